#!/bin/sh
# Build ../shared/corpus and score it with ../shared/tools/score.py; fail below the
# targets of the extractor issues (entities 0.90, relations 0.80, quotes 0.85).
SG=${1:-./stakegraph}
SHARED=${SHARED:-../shared}
if [ ! -f "$SHARED/tools/score.py" ] || [ ! -d "$SHARED/corpus" ]; then
    echo "score: $SHARED absent, scoring skipped"
    exit 0
fi
out=$(mktemp /tmp/sg_score.XXXXXX.json)
trap 'rm -f "$out"' EXIT
"$SG" build -o "$out" "$SHARED/corpus" || exit 1
PY=$(command -v python3 || echo /usr/bin/python3)
"$PY" "$SHARED/tools/score.py" "$out" "$SHARED/gold" || exit 1
"$PY" "$SHARED/tools/score.py" "$out" "$SHARED/gold" --json | "$PY" -c '
import json, sys
r = json.load(sys.stdin)
need = {"entities": 0.90, "relations": 0.80, "quotes": 0.85}
bad = ["%s F1 %.3f < %.2f" % (k, r[k]["f1"], v) for k, v in need.items() if r[k]["f1"] < v]
print("score: " + ("; ".join(bad) if bad else "every F1 at or above its target"))
print("score: %d passed, %d failed" % (3 - len(bad), len(bad)))
sys.exit(1 if bad else 0)
'
