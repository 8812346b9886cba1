#!/usr/bin/env python3
"""best-fit assignment: anvis's solver against SciPy's linear_sum_assignment and lapjv (PyPI).

Every solver reads the same matrices (numpy default_rng with a fixed seed), maximising the total
score as best-fit does: anvis through `anvis-bench assign` (scores and allowed pairs written once
as little-endian files), the peers on the same cost matrix anvis builds (top score less each
score; a forbidden pair costs (top + 1) × (min(rows, columns) + 1)). lapjv takes square matrices
only.

Matrices: uniform real scores (a unique optimum) and integer scores 0…100 with a fifth of the
pairs forbidden (many ties, as the product's match scores have). Assignments are compared
exactly: with a unique optimum anvis's must equal each peer's; under ties a peer may return
another optimum, so its total must equal anvis's exactly and its canonical form (anvis's
documented tie-break: row 0 the smallest column it can have in an optimum, then row 1, ...) must
equal anvis's assignment.

Prints each solver's time (best of --repeat, five times that on 500×2000) and the ratios anvis/peer. Every clock times the
solve of the same cost matrix: the peers are handed it built, and so is anvis's solver
(`anvis-bench assign … --costs=FILE`, the matrix written bit for bit). anvis's time from the
scores, building the matrix included (`maximumScore`, what best-fit calls), is shown beside it;
the two must give the same assignment.

  swift build -c release --scratch-path .build-release --product anvis-bench
  python3 bench/assignment.py [--bin $BENCH_BIN/anvis-bench] [--seed 1] [--repeat 3] [--rows]

The binary defaults to $BENCH_BIN/anvis-bench, BENCH_BIN to .build-release/release, as in every
bench script. --rows prints bench/table.py's JSON rows (bench/assignment runs it so) instead of
the table; it exits 1 when an assignment differs.
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

try:
    import lapjv
except ImportError:  # the table says so; bench/requirements.txt pins it
    lapjv = None

# (rows, columns, kind): kind "real" uniform [0, 100); "ties" integers 0..100, 20 % forbidden.
MATRICES = [(500, 2000, "real"), (2000, 2000, "real"), (500, 2000, "ties"), (2000, 2000, "ties")]


def best_of(repeat, solve):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = solve()
        best = min(best, time.perf_counter() - start)
    return best, result


def costs(scores, allowed):
    """The cost matrix anvis's maximumScore minimises."""
    top = max(0.0, float(scores[allowed].max())) if allowed.any() else 0.0
    forbidden = (top + 1) * (min(scores.shape) + 1)
    return np.where(allowed, top - scores, forbidden)


def full_assignment(rows, r, c):
    out = [-1] * rows
    for i, j in zip(r.tolist(), c.tolist()):
        out[i] = j
    return out


def placed(assignment, allowed):
    return [j if j >= 0 and allowed[i, j] else -1 for i, j in enumerate(assignment)]


def total(assignment, scores):
    return sum(scores[i, j] for i, j in enumerate(assignment) if j >= 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bin", default=os.path.join(os.environ.get("BENCH_BIN", ".build-release/release"), "anvis-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", action="store_true", help="JSON rows for bench/table.py")
    args = parser.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: swift build -c release --scratch-path .build-release")

    rng = np.random.default_rng(args.seed)
    show = (lambda *a, **k: print(*a, **k, file=sys.stderr)) if args.rows else print
    show(f"{'matrix':>16}  {'scipy s':>8}  {'lapjv s':>8}  {'anvis s':>8}  "
          f"{'/scipy':>6}  {'/lapjv':>6}  {'scores s':>8}  assignments")
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for rows, cols, kind in MATRICES:
            # A solve of a few milliseconds is at the mercy of one scheduler tick: on the small
            # matrices (rows × columns × the shorter side, a rough count of the work, under 10⁹)
            # every solver gets five times the repeats.
            repeat = args.repeat * (5 if rows * cols * min(rows, cols) < 10**9 else 1)
            if kind == "real":
                scores = rng.uniform(0, 100, size=(rows, cols))
                allowed = np.ones((rows, cols), dtype=bool)
            else:
                scores = rng.integers(0, 101, size=(rows, cols)).astype(np.float64)
                allowed = rng.random((rows, cols)) >= 0.2
            cost = costs(scores, allowed)
            score_file = os.path.join(folder, "scores.f64")
            allowed_file = os.path.join(folder, "allowed.u8")
            cost_file = os.path.join(folder, "costs.f64")
            scores.astype("<f8").tofile(score_file)
            np.ascontiguousarray(cost, dtype="<f8").tofile(cost_file)
            allowed.astype(np.uint8).tofile(allowed_file)

            peers = {}
            t, (r, c) = best_of(repeat, lambda: linear_sum_assignment(cost))
            peers["scipy"] = (t, full_assignment(rows, r, c))
            if lapjv is not None and rows == cols:
                t, out = best_of(repeat, lambda: lapjv.lapjv(cost))
                peers["lapjv"] = (t, [int(j) for j in out[0]])

            peer_files = []
            for name, (_, assignment) in peers.items():
                path = os.path.join(folder, f"{name}.json")
                with open(path, "w") as f:
                    json.dump(assignment, f)
                peer_files.append(path)
            out = subprocess.run(
                [args.bin, "assign", score_file, str(rows), str(cols), str(repeat),
                 allowed_file] + peer_files + [f"--costs={cost_file}"],
                check=True, capture_output=True, text=True).stdout
            anvis = json.loads(out)
            ours = anvis["columns"]

            verdicts = []
            for (name, (_, theirs)), canonical in zip(peers.items(), anvis["canonical"]):
                theirs_placed = placed(theirs, allowed)
                if total(theirs_placed, scores) != total(ours, scores):
                    verdicts.append(f"{name}: TOTAL DIFFERS")
                    failed = True
                elif theirs_placed == ours:
                    verdicts.append(f"{name}: identical")
                elif canonical == ours and kind == "ties":
                    verdicts.append(f"{name}: canonical equal")
                else:
                    verdicts.append(f"{name}: DIFFERS")
                    failed = True

            def cell(name):
                return f"{peers[name][0]:8.4f}" if name in peers else f"{'—':>8}"

            def ratio(name):
                return f"{anvis['seconds'] / peers[name][0]:6.2f}" if name in peers else f"{'—':>6}"

            if args.rows:
                # Targets (issue 14): 2000×2000 at or below lapjv, 500×2000 at or below 0.5× SciPy.
                for name in peers:
                    target = {("lapjv", True): 1.0, ("scipy", False): 0.5}.get((name, rows == cols))
                    verdict = next(v for v in verdicts if v.startswith(name + ":"))
                    print(json.dumps({
                        "path": f"assignment {rows}×{cols} {kind}", "unit": "ms",
                        "anvis": round(anvis["seconds"] * 1000, 2),
                        "peer": round(peers[name][0] * 1000, 2), "peer_name": name,
                        "target": target,
                        "note": verdict.split(": ", 1)[1]
                        + f"; from scores {anvis['seconds_from_scores'] * 1000:.2f} ms",
                        "ok": not verdict.endswith(("DIFFERS", "TOTAL DIFFERS"))}), flush=True)
            show(f"{rows:>5}×{cols:<5} {kind:<4}  {cell('scipy')}  {cell('lapjv')}  "
                  f"{anvis['seconds']:8.4f}  {ratio('scipy')}  {ratio('lapjv')}  "
                  f"{anvis['seconds_from_scores']:8.4f}  {', '.join(verdicts)}")
    if lapjv is None:
        show("lapjv is not installed (pip install -r bench/requirements.txt): its column is empty")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
