#!/usr/bin/env python3
"""anvis against DuckDB on one data set folder, in one run: the queries in queries.json,
each timed in process (anvis-bench for anvis, the duckdb module for DuckDB), load excluded.

Prints per query both medians and the ratio anvis/DuckDB, and both load times. The two sides
take turns, one run each, so that a busy machine slows both alike. With --rows, prints
bench/run's rows (JSON lines, see bench/table.py) on stdout and the table on stderr.
"""
import argparse
import csv as csvmodule
import io
import json
import math
import os
import statistics
import subprocess
import sys
import time

import duckdb

HERE = os.path.dirname(os.path.abspath(__file__))


def enum_columns(anvis, data):
    """{table: {column: [values]}} for the enumerated fields, as anvis's `describe` lists them."""
    out = {}
    for table in ["areas", "organisations", "departments", "units", "cases", "teams"]:
        run = subprocess.run([anvis, "--data", data, "--format", "csv", "-c", f"describe {table}"],
                             check=True, capture_output=True, text=True)
        lines = run.stdout.splitlines()[1:]
        for row in csvmodule.DictReader(io.StringIO("\n".join(lines))):
            t = row.get("type", "")
            if t.startswith("enum(") and t.endswith(")"):
                out.setdefault(table, {})[row["field"]] = t[5:-1].split("|")
    return out


def use_enums(con, enums):
    """Gives DuckDB the enumerated columns as ENUM types, so that both sides do the same work."""
    for table, columns in enums.items():
        present = {row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()}
        for column, values in columns.items():
            if column not in present:  # a field anvis derives (e.g. a department's area_status)
                continue
            type_name = f"enum_{table}_{column}"
            listed = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
            con.execute(f"CREATE TYPE {type_name} AS ENUM ({listed})")
            con.execute(f'ALTER TABLE {table} ALTER "{column}" TYPE {type_name}')


def anvis_rows(anvis, data, query):
    """The query's rows as anvis writes them in csv mode."""
    run = subprocess.run([anvis, "--data", data, "--format", "csv", "-c", query],
                         check=True, capture_output=True, text=True)
    rows = list(csvmodule.reader(io.StringIO(run.stdout)))
    return rows[1:]


def same_value(a, b):
    """anvis's csv text against a DuckDB value; numbers as anvis rounds them (2 decimals, 4 below 1)."""
    if b is None:
        return a == ""
    if isinstance(b, bool):
        return a == ("true" if b else "false")
    if isinstance(b, (int, float)) or type(b).__name__ == "Decimal":
        try:
            x = float(a)
        except ValueError:
            return False
        y = float(b)
        return math.isclose(x, y, rel_tol=1e-9, abs_tol=0.0000501 if abs(y) < 1 else 0.00501)
    return a == str(b)[:10] if hasattr(b, "isoformat") else a == str(b)


def duckdb_load(data, enums):
    """An in-memory DuckDB with the data set's tables (as anvis has them) and the load time in ms."""
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
    use_enums(con, enums)
    return con, (time.perf_counter() - start) * 1000


class AnvisServer:
    """anvis-bench --serve: the data set loaded once; one query run per request."""

    def __init__(self, bench, data):
        self.proc = subprocess.Popen([bench, data, "--serve"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1)
        self.hello = self._read()

    def _read(self):
        line = self.proc.stdout.readline()
        if not line:
            sys.exit("anvis-bench --serve ended early")
        reply = json.loads(line)
        if "error" in reply:
            sys.exit(f"anvis-bench: {reply['error']}")
        return reply

    def run(self, query, repeats=1):
        self.proc.stdin.write(json.dumps({"query": query, "repeats": repeats}) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def timings(server, con, queries, repeats):
    """Per query: anvis's and DuckDB's times, alternating one run of each after a warm-up of
    each, so that both are measured under the same load; DuckDB's values; the load average."""
    out = []
    for q in queries:
        rows = server.run(q["anvis"])["rows"]
        values = con.execute(q["sql"]).fetchall()
        mine, theirs = [], []
        for _ in range(repeats):
            mine.extend(server.run(q["anvis"])["ms"])
            t = time.perf_counter()
            con.execute(q["sql"]).fetchall()
            theirs.append((time.perf_counter() - t) * 1000)
        out.append({"rows": rows, "anvis_ms": mine, "duck_ms": theirs, "values": values,
                    "load": os.getloadavg()[0]})
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bench", required=True, help="the anvis-bench binary")
    p.add_argument("--data", required=True)
    p.add_argument("--repeats", type=int, default=15)
    p.add_argument("--anvis", help="the anvis binary (default: beside anvis-bench), for the values")
    p.add_argument("--rows", action="store_true",
                   help="bench/run's rows (JSON lines, see bench/table.py) on stdout; the table on stderr")
    args = p.parse_args()
    if args.rows:
        rows_out, sys.stdout = sys.stdout, sys.stderr
    with open(os.path.join(HERE, "queries.json"), encoding="utf-8") as f:
        queries = json.load(f)

    shell = args.anvis or os.path.join(os.path.dirname(args.bench), "anvis")
    enums = enum_columns(shell, args.data)
    server = AnvisServer(args.bench, args.data)
    con, duck_load = duckdb_load(args.data, enums)
    duck = timings(server, con, queries, args.repeats)
    server.close()
    anvis = {"load_ms": server.hello["load_ms"], "units": server.hello["units"],
             "queries": [{"rows": d["rows"], "ms": d["anvis_ms"]} for d in duck]}
    for d in duck:
        d["ms"] = d["duck_ms"]
    # Values, not only row counts: every cell of every result, in order.
    differences = {}
    for q, d in zip(queries, duck):
        mine = anvis_rows(shell, args.data, q["anvis"])
        theirs = d["values"]
        if len(mine) != len(theirs):
            differences[q["name"]] = f"rows differ: anvis {len(mine)} duckdb {len(theirs)}"
            continue
        for r, (a, b) in enumerate(zip(mine, theirs)):
            if len(a) != len(b) or not all(same_value(x, y) for x, y in zip(a, b)):
                differences[q["name"]] = f"row {r} differs: anvis {a} duckdb {list(b)}"
                break

    print(f"data: {args.data} ({anvis['units']} units), median of {args.repeats} runs after a warm-up, "
          f"anvis and DuckDB alternating")
    print(f"anvis {os.path.basename(args.bench)} (release; all cores from 250,000 rows) vs DuckDB {duckdb.__version__} "
          f"({duckdb.connect().execute('SELECT current_setting(' + repr('threads') + ')').fetchone()[0]} threads)")
    print()
    print(f"{'query':<30} {'rows':>5} {'anvis ms':>10} {'duckdb ms':>10} {'ratio':>7}")
    worst = 0.0
    for q, a, d in zip(queries, anvis["queries"], duck):
        am = statistics.median(a["ms"])
        dm = statistics.median(d["ms"])
        ratio = am / dm if dm > 0 else float("inf")
        worst = max(worst, ratio)
        flag = f"  ({differences[q['name']]})" if q["name"] in differences else "  values agree"
        print(f"{q['name']:<30} {a['rows']:>5} {am:>10.3f} {dm:>10.3f} {ratio:>7.2f}{flag}")
        if args.rows:
            row = {"path": f"query: {q['name']}", "unit": "ms", "anvis": am, "peer": dm,
                   "peer_name": f"DuckDB {duckdb.__version__}", "target": 0.5,
                   "ok": q["name"] not in differences, "load": d["load"],
                   "note": differences.get(q["name"], "values agree")}
            print(json.dumps(row), file=rows_out)
    print()
    label = "load (CSV to tables)" if anvis.get("load_kind", "csv") == "csv" else "load (anvis: generate)"
    print(f"{label:<30} {'':>5} {anvis['load_ms']:>10.1f} {duck_load:>10.1f} "
          f"{anvis['load_ms'] / duck_load:>7.2f}")
    print(f"worst query ratio: {worst:.2f}")
    if differences:
        print(f"{len(differences)} of {len(queries)} queries give different values")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
