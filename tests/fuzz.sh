#!/bin/sh
# Run one libFuzzer target for a number of seconds over its seeds in
# tests/data/fuzz/<target>/ and its growing corpus in out/fuzz/<target>/.
# A finding is saved under out/fuzz/ and fails the run: copy it into
# tests/data/fuzz/<target>/ as a regression case once fixed.
target=$1
seconds=$2
bin=build/fuzz/fuzz_$target
mkdir -p "out/fuzz/$target"
log=out/fuzz/$target.log
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp \
    "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="out/fuzz/$target-" -print_final_stats=1 \
    "out/fuzz/$target" "tests/data/fuzz/$target" >"$log" 2>&1
rc=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
if [ "$rc" -ne 0 ]; then
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5
    echo "fuzz: $target: finding after ${runs:-?} runs (exit $rc), see $log"
    exit 1
fi
echo "fuzz: $target: ${runs:-?} runs in $seconds s, no finding"
