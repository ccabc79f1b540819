#!/bin/sh
# The demo's commands under valgrind memcheck: zero errors and no leak from
# stakegraph's own code (third-party font caches suppressed by tests/valgrind.supp).
SG=${1:-./stakegraph}
T=$(mktemp -d /tmp/sg_vg.XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
# vg NAME EXIT CMD...: the command exits EXIT and valgrind finds nothing (99)
vg() {
    name=$1; want=$2; shift 2
    valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
        --suppressions=tests/valgrind.supp "$@" >"$T/out" 2>"$T/err"
    rc=$?
    if [ "$rc" -eq "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: memcheck $name (exit $rc)"; head -40 "$T/err"
    fi
}
vg build 0 $SG build -o "$T/g.json" graphs/sample
vg render 0 $SG render -o "$T/map.svg" "$T/g.json"
vg grid 0 $SG render -f grid -o "$T/grid.svg" "$T/g.json"
vg rank 0 $SG rank --top 10 "$T/g.json"
vg influence 0 $SG influence "$T/g.json" Shropshire
vg quotes 0 $SG quotes "$T/g.json"
vg export 0 $SG export -f gexf -o "$T/g.gexf" "$T/g.json"
vg error 1 $SG rank "$T/none.json"
echo "memcheck: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
