#!/usr/bin/env python3
"""Writing a result to a file: anvis against DuckDB's COPY … TO, in one run, after the load.

    python3 bench/write-time.py BIN_DIR DATA_DIR [REPEATS] [--rows]

anvis: `anvis-bench write` answers the query in a shell in csv (then json) mode and writes the
output in pieces to a file, as the executable writes standard output. DuckDB: the same tables
(units with its department's organisation, area and area status, as anvis has them), then
`COPY (SELECT * FROM units WHERE rent < 4000) TO FILE` as CSV (header) and as JSON (an array).
Both times include running the query; both write the same rows and columns. Prints the median
of REPEATS runs (default 5) and the ratio anvis/DuckDB; with --rows, bench/run's JSON rows
(bench/table.py) instead.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import duckdb

QUERY_ANVIS = "units | where rent < 4000"
QUERY_SQL = "SELECT * FROM units WHERE rent < 4000"


def duckdb_times(data, repeats, out):
    con = duckdb.connect()
    csv = lambda name: os.path.join(data, name + ".csv")  # noqa: E731
    for name in ["areas", "departments"]:
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv(?, header=true)", [csv(name)])
    con.execute(
        "CREATE TABLE units AS SELECT u.*, d.organisation, d.area, a.status AS area_status "
        "FROM read_csv(?, header=true) u JOIN departments d ON u.department = d.id "
        "JOIN areas a ON d.area = a.id ORDER BY u.id",
        [csv("units")],
    )
    result = {}
    for fmt, options in [("csv", "(FORMAT csv, HEADER)"), ("json", "(FORMAT json, ARRAY true)")]:
        times = []
        for _ in range(repeats + 1):
            start = time.perf_counter()
            con.execute(f"COPY ({QUERY_SQL}) TO '{out}.{fmt}' {options}")
            times.append((time.perf_counter() - start) * 1000)
        result[fmt] = {"ms": times[1:], "bytes": os.path.getsize(f"{out}.{fmt}")}
    rows = con.execute(f"SELECT count(*) FROM ({QUERY_SQL})").fetchone()[0]
    return rows, result


def anvis_times(bench, data, mode, repeats, out):
    run = subprocess.run([bench, "write", data, mode, str(repeats), QUERY_ANVIS, out],
                         check=True, capture_output=True, text=True)
    return json.loads(run.stdout)


TARGETS = {"csv": 1.0, "json": 1.5}


def main():
    args = [a for a in sys.argv[1:] if a != "--rows"]
    as_rows = "--rows" in sys.argv
    bin_dir, data = args[0], args[1]
    repeats = int(args[2]) if len(args) > 2 else 5
    bench = os.path.join(bin_dir, "anvis-bench")
    with tempfile.TemporaryDirectory() as tmp:
        rows, duck = duckdb_times(data, repeats, os.path.join(tmp, "duck"))
        if as_rows:
            for mode in ["csv", "json"]:
                mine = anvis_times(bench, data, mode, repeats, os.path.join(tmp, "anvis." + mode))
                print(json.dumps({
                    "path": f"write {mode}: {QUERY_ANVIS} ({rows} rows), after load", "unit": "ms",
                    "anvis": round(statistics.median(mine["ms"]), 1),
                    "peer": round(statistics.median(duck[mode]["ms"]), 1), "peer_name": "DuckDB COPY … TO",
                    "target": TARGETS[mode], "ok": mine["rows"] == rows,
                    "note": f"{mine['bytes'] / 1e6:.1f} MB vs {duck[mode]['bytes'] / 1e6:.1f} MB"}))
            return
        print(f"write `{QUERY_ANVIS}` ({rows} rows) after the load, median of {repeats}; "
              f"DuckDB {duckdb.__version__}, load average {os.getloadavg()[0]:.2f}")
        print(f"{'format':<8} {'anvis ms':>10} {'duckdb ms':>10} {'ratio':>7} {'anvis MB':>9} {'duckdb MB':>10}")
        for mode in ["csv", "json"]:
            mine = anvis_times(bench, data, mode, repeats, os.path.join(tmp, "anvis." + mode))
            if mine["rows"] != rows:
                print(f"rows differ: anvis {mine['rows']} duckdb {rows}")
            a, d = statistics.median(mine["ms"]), statistics.median(duck[mode]["ms"])
            print(f"{mode:<8} {a:>10.1f} {d:>10.1f} {a / d:>7.2f} {mine['bytes'] / 1e6:>9.1f} "
                  f"{duck[mode]['bytes'] / 1e6:>10.1f}")


if __name__ == "__main__":
    main()
