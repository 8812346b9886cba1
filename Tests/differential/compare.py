#!/usr/bin/env python3
"""Compares anvis query results with DuckDB's for the same data and equivalent SQL.

Usage: compare.py DIR   (DIR holds TABLE.csv files, queries.json as DifferentialTests writes)
Exit status: 0 all agree, 1 some differ, 2 duckdb is not installed.
"""
import csv
import datetime
import decimal
import io
import json
import math
import os
import sys

try:
    import duckdb
except ImportError:
    print("duckdb is not installed: pip install duckdb")
    sys.exit(2)


def norm(v):
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()[:10]
    if isinstance(v, decimal.Decimal):
        return float(v)
    return v


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        # true/false equals only true/false: 1 is not true.
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if a == b:
            return True
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def same_csv(cell, b):
    """anvis's csv text against a DuckDB value: numbers to 1e-9 relative (csv must be lossless),
    booleans only as true/false, a missing value as an empty cell."""
    if b is None:
        return cell == ""
    if isinstance(b, bool):
        return cell == ("true" if b else "false")
    if isinstance(b, (int, float)):
        try:
            x = float(cell)
        except ValueError:
            return False
        if math.isnan(x) or math.isnan(float(b)):
            return math.isnan(x) and math.isnan(float(b))
        if isinstance(b, int) and cell.lstrip("-").isdigit():
            return int(cell) == b
        return x == b or math.isclose(x, float(b), rel_tol=1e-9, abs_tol=1e-9)
    return cell == b


def csv_problem(text, names, rows):
    """Why anvis's csv output differs from DuckDB's result, or None."""
    table = list(csv.reader(io.StringIO(text, newline="")))
    if not table or table[0] != names:
        return f"csv header differs: anvis {table[:1]} duckdb {names}"
    if len(table) - 1 != len(rows):
        return f"csv row counts differ: anvis {len(table) - 1} duckdb {len(rows)}"
    for r, (a, b) in enumerate(zip(table[1:], rows)):
        if not a and len(names) == 1:
            a = [""]  # one column, a missing value: the csv line is empty
        if len(a) != len(b) or not all(same_csv(x, y) for x, y in zip(a, b)):
            return f"csv row {r} differs: anvis {a} duckdb {b}"
    return None


def main():
    folder = sys.argv[1]
    with open(os.path.join(folder, "queries.json"), encoding="utf-8") as f:
        payload = json.load(f)
    con = duckdb.connect()
    for t in payload["tables"]:
        cols = {"__rn": "BIGINT"}
        for c in t["columns"]:
            cols[c["name"]] = c["type"]
        path = os.path.join(folder, t["name"] + ".csv")
        con.execute(
            f"CREATE TABLE {t['name']} AS SELECT * FROM read_csv(?, header=true, columns=?, "
            "nullstr='', allow_quoted_nulls=false, quote='\"', escape='\"')",
            [path, cols],
        )
    failures = 0
    for i, q in enumerate(payload["queries"]):
        try:
            cur = con.execute(q["sql"])
            names = [d[0] for d in cur.description]
            rows = [[norm(v) for v in row] for row in cur.fetchall()]
        except Exception as e:  # noqa: BLE001
            failures += 1
            print(f"#{i} DuckDB failed: {e}\n  anvis: {q['anvis']}\n  sql: {q['sql']}\n")
            continue
        problem = None
        if names != q["columns"]:
            problem = f"columns differ: anvis {q['columns']} duckdb {names}"
        elif len(rows) != len(q["rows"]):
            problem = f"row counts differ: anvis {len(q['rows'])} duckdb {len(rows)}"
        else:
            for r, (a, b) in enumerate(zip(q["rows"], rows)):
                if len(a) != len(b) or not all(same(x, y) for x, y in zip(a, b)):
                    problem = f"row {r} differs: anvis {a} duckdb {b}"
                    break
        if not problem and "csv" in q:
            problem = csv_problem(q["csv"], names, rows)
        if problem:
            failures += 1
            if failures <= 15:
                print(f"#{i} {problem}\n  anvis: {q['anvis']}\n  sql: {q['sql']}\n")
    total = len(payload["queries"])
    print(f"{total - failures} of {total} queries agree with DuckDB {duckdb.__version__}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
