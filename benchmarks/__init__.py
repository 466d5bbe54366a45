"""Scale data and timed scenarios for Observer Desk: `uv run python -m benchmarks --help`."""
