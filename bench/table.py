#!/usr/bin/env python3
"""bench/run's frame: runs each row source `bench/<thing>` in turn and prints ONE table of
every row, anvis beside its peer, the load average when the row was measured, the ratio last.

A row source is an executable `bench/<thing>`. bench/run gives it, in the environment:
  BENCH_BIN   the folder of the release build (anvis, anvis-bench), already built
  BENCH_DATA  the national preset (seed 1), already generated
  REPEATS     repeats per timing (the source reports its median or best)
It prints its rows on stdout, one JSON object a line (anything else on stdout is ignored,
progress and notes go to stderr):
  {"path": "query: filter + count", "unit": "ms", "anvis": 1.9, "peer": 4.2,
   "peer_name": "DuckDB", "target": 0.5, "note": "values agree", "ok": true}
`peer`, `target` (the ratio to meet, at or below), `note`, `ok` (false: wrong result) and
`load` (the 1-minute load average when measured; the frame fills it in when absent) are
optional. A source that fails or is absent gives a row saying so, and the frame exits 1.

  python3 bench/table.py [--json FILE] open write xlsx assignment simulation queries
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["open", "write", "xlsx", "assignment", "simulation", "queries"]


def load_average():
    return os.getloadavg()[0]


def run_source(name):
    """The rows of one source, and a problem (text) or None."""
    script = os.path.join(HERE, name)
    if not os.access(script, os.X_OK):
        return [], f"no bench/{name} yet"
    print(f"bench/{name} …", file=sys.stderr, flush=True)
    proc = subprocess.run([script], stdout=subprocess.PIPE, text=True)
    rows = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict) and "path" in row and "anvis" in row:
            row.setdefault("load", load_average())
            rows.append(row)
    if proc.returncode != 0:
        return rows, f"bench/{name} exited with status {proc.returncode}"
    if not rows:
        return rows, f"bench/{name} printed no rows"
    return rows, None


def number(x):
    if x is None:
        return "—"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.3f}" if abs(x) < 1 else f"{x:.2f}"


def main():
    p = argparse.ArgumentParser(description="bench/run's table")
    p.add_argument("--json", help="also write every row to this file")
    p.add_argument("sources", nargs="*", default=SOURCES)
    args = p.parse_args()
    start_load = os.getloadavg()
    rows, problems = [], []
    for name in args.sources:
        got, problem = run_source(name)
        rows.extend(got)
        if problem:
            problems.append(problem)
            rows.append({"path": f"{name}: {problem}", "unit": "", "anvis": None, "ok": False})

    header = ["path", "unit", "anvis", "peer", "peer is", "load", "target", "ratio"]
    table = []
    failed = bool(problems)
    for r in rows:
        a, b = r.get("anvis"), r.get("peer")
        ratio = a / b if a is not None and b else None
        target = r.get("target")
        mark = ""
        if ratio is not None and target is not None and ratio > target:
            mark = " over"
        if r.get("ok") is False and r.get("anvis") is not None:
            mark += " WRONG"
            failed = True
        path = r["path"] + (f" ({r['note']})" if r.get("note") else "")
        table.append([
            path, r.get("unit", ""), number(a), number(b), r.get("peer_name", ""),
            f"{r['load']:.2f}" if r.get("load") is not None else "",
            f"≤ {target:g}" if target is not None else "",
            (f"{ratio:.2f}" if ratio is not None else "—") + mark,
        ])
    widths = [max(len(str(x)) for x in col) for col in zip(header, *table)]
    right = {2, 3, 5, 7}
    def line(cells):
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()
    print(f"load average at start of the table: {' '.join(f'{x:.2f}' for x in start_load)}"
          f" ({os.cpu_count()} cores)")
    print(line(header))
    print(line(["-" * w for w in widths]))
    for cells in table:
        print(line(cells))
    over = [r for r, cells in zip(rows, table) if cells[-1].endswith("over")]
    print(f"{len(rows)} rows; {len(over)} over their target" + (f"; problems: {'; '.join(problems)}" if problems else ""))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
