#!/usr/bin/env python3
"""best-fit assignment: anvis's solver against SciPy's linear_sum_assignment.

Both read the same random score matrices (numpy default_rng with a fixed seed, written once as
little-endian float64 files) and maximise the total score. Prints both times (best of
--repeat), the ratio and whether the totals agree.

  swift build -c release --scratch-path .build-release --product anvis-bench
  python3 bench/assignment.py [--bin $BENCH_BIN/anvis-bench] [--seed 1] [--repeat 3]

The binary defaults to $BENCH_BIN/anvis-bench, BENCH_BIN to .build-release/release, as in every
bench script.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

SHAPES = [(500, 2000), (2000, 2000)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bin", default=os.path.join(os.environ.get("BENCH_BIN", ".build-release/release"), "anvis-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: swift build -c release --scratch-path .build-release")

    rng = np.random.default_rng(args.seed)
    print(f"{'matrix':>11}  {'scipy s':>9}  {'anvis s':>9}  {'anvis/scipy':>11}  totals")
    with tempfile.TemporaryDirectory() as folder:
        for rows, cols in SHAPES:
            scores = rng.uniform(0, 100, size=(rows, cols))
            path = os.path.join(folder, f"scores_{rows}x{cols}.f64")
            scores.astype("<f8").tofile(path)

            best = float("inf")
            for _ in range(args.repeat):
                start = time.perf_counter()
                r, c = linear_sum_assignment(scores, maximize=True)
                best = min(best, time.perf_counter() - start)
            scipy_total = float(scores[r, c].sum())

            out = subprocess.run(
                [args.bin, "assign", path, str(rows), str(cols), str(args.repeat)],
                check=True, capture_output=True, text=True).stdout
            anvis = json.loads(out)
            same = "equal" if abs(anvis["total"] - scipy_total) < 1e-6 * scipy_total else (
                f"DIFFER {anvis['total']:.6f} vs {scipy_total:.6f}")
            print(f"{rows:>5}×{cols:<5}  {best:9.4f}  {anvis['seconds']:9.4f}  "
                  f"{anvis['seconds'] / best:11.2f}  {same}")


if __name__ == "__main__":
    main()
