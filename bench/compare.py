#!/usr/bin/env python3
"""anvis against DuckDB on one data set folder, in one run: the queries in queries.json,
each timed in process (anvis-bench for anvis, the duckdb module for DuckDB), load excluded.

Prints per query both medians and the ratio anvis/DuckDB, and both load times.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import duckdb

HERE = os.path.dirname(os.path.abspath(__file__))


def duckdb_times(data, queries, repeats):
    con = duckdb.connect()
    start = time.perf_counter()
    csv = lambda name: os.path.join(data, name + ".csv")  # noqa: E731
    for name in ["areas", "organisations", "departments", "cases", "teams"]:
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv(?, header=true)", [csv(name)])
    # units carries its department's organisation, area and area status, as in anvis.
    con.execute(
        "CREATE TABLE units AS SELECT u.*, d.organisation, d.area, a.status AS area_status "
        "FROM read_csv(?, header=true) u JOIN departments d ON u.department = d.id "
        "JOIN areas a ON d.area = a.id ORDER BY u.id",
        [csv("units")],
    )
    load = (time.perf_counter() - start) * 1000
    out = []
    for q in queries:
        rows = len(con.execute(q["sql"]).fetchall())
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            con.execute(q["sql"]).fetchall()
            times.append((time.perf_counter() - t) * 1000)
        out.append({"rows": rows, "ms": times})
    return load, out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bench", required=True, help="the anvis-bench binary")
    p.add_argument("--data", required=True)
    p.add_argument("--repeats", type=int, default=15)
    args = p.parse_args()
    with open(os.path.join(HERE, "queries.json"), encoding="utf-8") as f:
        queries = json.load(f)

    run = subprocess.run(
        [args.bench, args.data, str(args.repeats)] + [q["anvis"] for q in queries],
        check=True, capture_output=True, text=True,
    )
    anvis = json.loads(run.stdout)
    duck_load, duck = duckdb_times(args.data, queries, args.repeats)

    print(f"data: {args.data} ({anvis['units']} units), median of {args.repeats} runs after a warm-up")
    print(f"anvis {os.path.basename(args.bench)} (release; one thread, two for quantiles) vs DuckDB {duckdb.__version__} "
          f"({duckdb.connect().execute('SELECT current_setting(' + repr('threads') + ')').fetchone()[0]} threads)")
    print()
    print(f"{'query':<30} {'rows':>5} {'anvis ms':>10} {'duckdb ms':>10} {'ratio':>7}")
    worst = 0.0
    for q, a, d in zip(queries, anvis["queries"], duck):
        am = statistics.median(a["ms"])
        dm = statistics.median(d["ms"])
        ratio = am / dm if dm > 0 else float("inf")
        worst = max(worst, ratio)
        flag = "" if a["rows"] == d["rows"] else f"  (rows differ: duckdb {d['rows']})"
        print(f"{q['name']:<30} {a['rows']:>5} {am:>10.3f} {dm:>10.3f} {ratio:>7.2f}{flag}")
    print()
    label = "load (CSV to tables)" if anvis.get("load_kind", "csv") == "csv" else "load (anvis: generate)"
    print(f"{label:<30} {'':>5} {anvis['load_ms']:>10.1f} {duck_load:>10.1f} "
          f"{anvis['load_ms'] / duck_load:>7.2f}")
    print(f"worst query ratio: {worst:.2f}")


if __name__ == "__main__":
    sys.exit(main())
