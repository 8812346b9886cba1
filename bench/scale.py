#!/usr/bin/env python3
"""Opening a data set at several sizes: anvis against DuckDB, whole process, in one run.

    python3 bench/scale.py ANVIS DIR [DIR...] [--runs N] [--rows]

For each folder (e.g. `anvis generate --preset national --scale 1|2|4 --out DIR`): the time and
peak memory (/usr/bin/time -v) of `anvis --data DIR -c 'units | count'` (load with every
validation, one query) and of a python3 process that reads the same six CSV files into DuckDB
tables (units joined to its department and area, as anvis holds it) and counts the units.
Prints the median of N runs (default 3) and the ratios anvis/DuckDB; with --rows, bench/run's
JSON rows (bench/table.py) instead.
"""
import json
import os
import re
import statistics
import subprocess
import sys

DUCK = r"""
import duckdb, os, sys
d = sys.argv[1]
con = duckdb.connect()
csv = lambda n: os.path.join(d, n + ".csv")
for n in ["areas", "organisations", "departments", "cases", "teams"]:
    con.execute(f"CREATE TABLE {n} AS SELECT * FROM read_csv(?, header=true)", [csv(n)])
con.execute("CREATE TABLE units AS SELECT u.*, d.organisation, d.area, a.status AS area_status "
            "FROM read_csv(?, header=true) u JOIN departments d ON u.department = d.id "
            "JOIN areas a ON d.area = a.id", [csv("units")])
print(con.execute("SELECT count(*) FROM units").fetchone()[0])
"""


def measure(command):
    run = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)", run.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    seconds = float(wall.group(2)) + 60 * float(wall.group(1) or 0)
    return seconds, int(rss.group(1)) / 1024, run.stdout.strip().splitlines()[-1]


def main():
    as_rows = "--rows" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--rows"]
    runs = 3
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    anvis, folders = args[0], args[1:]
    if not as_rows:
        print(f"opening, whole process, median of {runs}; load average {os.getloadavg()[0]:.2f}")
        print(f"{'data':<24} {'units':>9} {'anvis s':>8} {'duckdb s':>9} {'ratio':>6} "
              f"{'anvis MB':>9} {'duckdb MB':>10} {'ratio':>6}")
    for folder in folders:
        mine, theirs = [], []
        for _ in range(runs):
            mine.append(measure([anvis, "--data", folder, "--format", "csv", "-c", "units | count"]))
            theirs.append(measure(["python3", "-c", DUCK, folder]))
        at, dt = statistics.median(m[0] for m in mine), statistics.median(t[0] for t in theirs)
        am, dm = statistics.median(m[1] for m in mine), statistics.median(t[1] for t in theirs)
        name = os.path.basename(folder.rstrip("/"))
        if as_rows:
            print(json.dumps({"path": f"open {name} ({theirs[0][2]} units), whole process", "unit": "s",
                              "anvis": round(at, 2), "peer": round(dt, 2), "peer_name": "DuckDB read_csv",
                              "target": 1.0}))
            print(json.dumps({"path": f"peak memory after opening {name}", "unit": "MB", "anvis": round(am),
                              "peer": round(dm), "peer_name": "DuckDB read_csv", "note": "target ≤ 150 MB at 1×"}))
            continue
        print(f"{name:<24} {theirs[0][2]:>9} {at:>8.2f} {dt:>9.2f} {at / dt:>6.2f} "
              f"{am:>9.0f} {dm:>10.0f} {am / dm:>6.2f}")


if __name__ == "__main__":
    main()
