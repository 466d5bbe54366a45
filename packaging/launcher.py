"""The frozen program's entry point: the same `main` as the `observer-desk` console script."""

import sys

from observer_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
