#!/usr/bin/env python3
"""Compare stakegraph binaries phase by phase on a shared, noisy machine.

Runs `build -j JOBS` of CORPUS with each binary in turn, RUNS rounds (A B A B ...,
so that a change in the machine's load falls on all of them alike), with
STAKEGRAPH_TIMING=1, and prints for each binary the median wall seconds of the
whole run and of each phase (extract, finalize, analysis, write) and the phases'
median CPU seconds. Not part of make check: a tool for measuring a change.

usage: tests/ab.py RUNS CORPUS JOBS BINARY...
  e.g. tests/ab.py 7 out/bench/corpus10 2 /tmp/stakegraph-before ./stakegraph
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

PHASES = ("extract", "finalize", "analysis", "write")


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__.strip().splitlines()[-2].strip())
    runs, corpus, jobs, bins = int(argv[1]), argv[2], argv[3], argv[4:]
    res = {b: {} for b in bins}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "g.json")
        for _ in range(runs):
            for b in bins:
                t = time.perf_counter()
                p = subprocess.run([b, "build", "-j", jobs, "-o", out, corpus],
                                   env=dict(os.environ, STAKEGRAPH_TIMING="1"),
                                   capture_output=True, text=True)
                elapsed = time.perf_counter() - t
                if p.returncode != 0:
                    sys.exit(f"ab: {b} failed: {p.stderr.strip()[-300:]}")
                res[b].setdefault("elapsed", []).append(elapsed)
                for m in re.finditer(r"timing: (\w+) ([\d.]+) s, cpu ([\d.]+) s", p.stderr):
                    res[b].setdefault(m.group(1), []).append(float(m.group(2)))
                    res[b].setdefault(m.group(1) + "-cpu", []).append(float(m.group(3)))
    for b in bins:
        keys = ["elapsed"] + [k for p in PHASES for k in (p, p + "-cpu") if k in res[b]]
        print(b, " ".join(f"{k} {statistics.median(res[b][k]):.3f}" for k in keys))


if __name__ == "__main__":
    main(sys.argv)
