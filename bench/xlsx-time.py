#!/usr/bin/env python3
"""Excel workbooks (issue 15's two speed targets), in one run:

1. Loading examples/aalborg from workbooks (`anvis convert … --to xlsx`, one workbook per table)
   against loading it from its csv files: `anvis validate DIR`, whole process, REPEATS runs each,
   interleaved; the median of each. Target: at most 3× the csv load.
2. Writing `units | where rent < 4000` of the national preset (≈ 116,000 rows) to a workbook
   after the load (`anvis-bench write DIR xlsx …`: `.once FILE.xlsx`, then the query), against
   the 2 s the issue allows (and the csv write of the same rows beside it, in the note).

    python3 bench/xlsx-time.py BIN_DIR NATIONAL_DIR [REPEATS] [--rows]

With --rows, bench/run's JSON rows (bench/table.py); else a short table.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
AALBORG = os.path.join(HERE, "..", "examples", "aalborg")
QUERY = "units | where rent < 4000"
WRITE_BUDGET_MS = 2000.0


def wall(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def load_times(anvis, repeats, books):
    csv, xlsx = [], []
    wall([anvis, "validate", AALBORG])  # warm the page cache
    wall([anvis, "validate", books])
    for _ in range(repeats):
        csv.append(wall([anvis, "validate", AALBORG]))
        xlsx.append(wall([anvis, "validate", books]))
    return statistics.median(xlsx), statistics.median(csv)


def write_times(bench, data, repeats, out):
    result = {}
    for mode in ["xlsx", "csv"]:
        run = subprocess.run([bench, "write", data, mode, str(repeats), QUERY, out + "." + mode],
                             check=True, capture_output=True, text=True)
        result[mode] = json.loads(run.stdout)
    return result


def main():
    as_rows = "--rows" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--rows"]
    bin_dir, data = args[0], args[1]
    repeats = int(args[2]) if len(args) > 2 else 5
    anvis, bench = os.path.join(bin_dir, "anvis"), os.path.join(bin_dir, "anvis-bench")
    with tempfile.TemporaryDirectory() as tmp:
        books = os.path.join(tmp, "aalborg-xlsx")
        subprocess.run([anvis, "convert", AALBORG, "--to", "xlsx", "--out", books], check=True,
                       stdout=subprocess.DEVNULL)
        load_avg = os.getloadavg()[0]
        xlsx, csv = load_times(anvis, repeats, books)
        written = write_times(bench, data, repeats, os.path.join(tmp, "n"))
        write_avg = os.getloadavg()[0]
    w, c = written["xlsx"], written["csv"]
    w_ms, c_ms = statistics.median(w["ms"]), statistics.median(c["ms"])
    rows = [
        {"path": "load examples/aalborg: xlsx vs csv (anvis validate, whole process)", "unit": "ms",
         "anvis": round(xlsx, 1), "peer": round(csv, 1), "peer_name": "anvis, csv files", "target": 3.0,
         "load": load_avg},
        {"path": f"write xlsx: {QUERY} ({w['rows']} rows), after load", "unit": "ms",
         "anvis": round(w_ms, 1), "peer": WRITE_BUDGET_MS, "peer_name": "issue 15's budget", "target": 1.0,
         "ok": w["rows"] == c["rows"], "load": write_avg,
         "note": f"{w['bytes'] / 1e6:.1f} MB; csv of the same rows {c_ms:.0f} ms"},
    ]
    if as_rows:
        for r in rows:
            print(json.dumps(r))
        return
    print(f"median of {repeats}; load average {load_avg:.2f} / {write_avg:.2f}")
    for r in rows:
        print(f"{r['path']}: {r['anvis']} ms against {r['peer']} ms ({r['peer_name']}), "
              f"ratio {r['anvis'] / r['peer']:.2f}" + (f"; {r['note']}" if r.get("note") else ""))


if __name__ == "__main__":
    main()
