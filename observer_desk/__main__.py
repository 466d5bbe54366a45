import sys

from observer_desk.cli import main

sys.exit(main())
