#!/usr/bin/env python3
"""Time from start to the first `anvis> ` prompt, through a pseudo-terminal (pexpect).

    swift build -c release --scratch-path .build-release --product anvis
    python3 bench/prompt-time.py .build-release/release/anvis examples/aalborg 15
"""
import pexpect, sys, time, statistics, os
binary, data, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
env = dict(os.environ, TERM="xterm", INPUTRC="/dev/null", ANVIS_HISTORY="/tmp/pt_hist", NO_COLOR="1")
times = []
for _ in range(n):
    t0 = time.perf_counter()
    p = pexpect.spawn(binary, ["--data", data], env=env, dimensions=(40, 120))
    p.expect("anvis> ", timeout=20)
    times.append((time.perf_counter() - t0) * 1000)
    p.sendeof(); p.expect(pexpect.EOF); p.close()
print("prompt ms: median %.1f, min %.1f, max %.1f over %d runs" % (statistics.median(times), min(times), max(times), n))
