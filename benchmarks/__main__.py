"""Run the benchmark scenarios: `uv run python -m benchmarks [--observers N] [--reports N]`."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .scenarios import Context, Outcome, load_scenarios


def _parser(names: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Timed scenarios over a generated mission. Scenarios: " + ", ".join(names))
    parser.add_argument("--observers", type=int, default=10_000, metavar="N",
                        help="observers in the generated mission (default 10,000)")
    parser.add_argument("--reports", type=int, default=100_000, metavar="N",
                        help="visit reports in the generated mission (default 100,000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--only", action="append", metavar="NAME", choices=names,
                        help="run only this scenario (may be repeated)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="keep the databases in DIR instead of a temporary folder")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="run each scenario N times and keep the fastest time and the fastest "
                             "baseline, which steadies the figures on a busy machine (default 1)")
    return parser


def _fastest(outcomes: list[Outcome]) -> Outcome:
    best = min(outcomes, key=lambda o: o.seconds)
    baselines = [o.baseline_seconds for o in outcomes if o.baseline_seconds is not None]
    return replace(best, baseline_seconds=min(baselines) if baselines else None)


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _table(results: list[tuple[str, Outcome]]) -> str:
    header = ("scenario", "seconds", "baseline s", "ratio", "notes")
    rows = [(name, _seconds(o.seconds), _seconds(o.baseline_seconds),
             "-" if o.ratio is None else f"{o.ratio:.2f}x", o.notes) for name, o in results]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(4)]
    lines = []
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [row[i].rjust(widths[i]) for i in (1, 2, 3)]
        lines.append("  ".join(cells + [row[4]]).rstrip())
    lines.insert(1, "-" * max(len(line) for line in lines))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    scenarios, broken = load_scenarios()
    for module, reason in broken.items():
        print(f"python -m benchmarks: scenario module {module} cannot be imported ({reason})",
              file=sys.stderr)
    args = _parser(list(scenarios)).parse_args(argv)
    if args.observers < 4 or args.reports < 1 or args.repeat < 1:
        print("python -m benchmarks: give at least 4 observers, 1 report and 1 repetition",
              file=sys.stderr)
        return 2
    chosen = [scenarios[name] for name in (args.only or scenarios)]

    with tempfile.TemporaryDirectory(prefix="observer-desk-bench-") as temporary:
        workdir = args.keep or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        context = Context(workdir, args.observers, args.reports, args.seed,
                          say=lambda message: print(message, flush=True))
        results: list[tuple[str, Outcome]] = []
        for item in chosen:
            print(f"{item.name}: {item.description}", flush=True)
            started = time.perf_counter()
            outcomes = []
            for attempt in range(1, args.repeat + 1):
                if args.repeat > 1:
                    print(f"  run {attempt} of {args.repeat}", flush=True)
                outcomes.append(item.run(context))
            results.append((item.name, _fastest(outcomes)))
            print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
        print()
        print(f"{args.observers:,} observers, {args.reports:,} reports, seed {args.seed}"
              + (f", fastest of {args.repeat} runs" if args.repeat > 1 else "")
              + (f"; databases kept in {workdir}" if args.keep else ""))
        print(_table(results))
    # Running everything must not hide a capability whose scenarios could not even be loaded.
    return 1 if broken and not args.only else 0


if __name__ == "__main__":
    sys.exit(main())
