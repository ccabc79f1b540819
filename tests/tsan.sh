#!/bin/sh
# The threaded build under ThreadSanitizer: build -j 3 of the sample and of a
# generated 2 MB corpus (its workers holding and merging article graphs, finalize's
# and the writer's threads, reading texts from the text store's file: that binary
# spills it past 1 MB) reports no data race, and writes the same bytes as the plain
# binary with one thread.
TSAN_SG=${1:-build/stakegraph-tsan}
SG=${2:-./stakegraph}
PY=${PYTHON:-python3}
T=$(mktemp -d /tmp/sg_tsan.XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0

# A kernel that maps memory where this ThreadSanitizer cannot work makes it stop
# before main: say so rather than pass or fail on it.
if ! TSAN_OPTIONS=report_bugs=0 "$TSAN_SG" --version >/dev/null 2>"$T/probe"; then
    echo "tsan: skipped, ThreadSanitizer cannot run here: $(head -c 200 "$T/probe")"
    exit 0
fi

$PY tests/gen_corpus.py "$T/two" 2 >/dev/null
for src in graphs/sample "$T/two"; do
    "$SG" build -j 1 -o "$T/one.json" "$src" 2>/dev/null
    TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$TSAN_SG" build -j 3 -o "$T/three.json" \
        "$src" >/dev/null 2>"$T/err"
    rc=$?
    if [ "$rc" -ne 0 ] || grep -q "ThreadSanitizer" "$T/err"; then
        fail=$((fail + 1))
        echo "FAIL: tsan build -j 3 $src (exit $rc)"
        grep -A12 "WARNING: ThreadSanitizer" "$T/err" | head -30
    elif ! cmp -s "$T/one.json" "$T/three.json"; then
        fail=$((fail + 1))
        echo "FAIL: tsan build -j 3 $src differs from -j 1"
    else
        pass=$((pass + 1))
    fi
done
echo "tsan: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
