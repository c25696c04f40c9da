#!/usr/bin/env bash
# What CI runs when the development data exists: score every task and print the table.
#
# A metric below target never fails CI (targets are tracked in docs/results.md); a task
# that crashes does. Time is bounded: each task scores at most EVAL_LIMIT items, and the
# whole run stops after EVAL_TIMEOUT seconds keeping the tasks finished so far
# (frontlines eval rewrites artifacts/eval.json after every task).
set -uo pipefail
cd "$(dirname "$0")/.."

DATA="${FRONTLINES_SHARED_DATA:-../shared/data}"
LIMIT="${EVAL_LIMIT:-200}"
TIMEOUT="${EVAL_TIMEOUT:-600}"
OUT="${EVAL_JSON:-artifacts/eval.json}"

if [ ! -d "$DATA" ]; then
    echo "run_eval_ci: no development data at $DATA; skipping evaluation"
    exit 0
fi
mkdir -p "$(dirname "$OUT")"

timeout --signal=INT --kill-after=30 "$TIMEOUT" \
    frontlines eval --data "$DATA" --limit "$LIMIT" --json "$OUT"
status=$?

if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "run_eval_ci: stopped after ${TIMEOUT}s; tasks finished so far:"
    python - "$OUT" <<'PY'
import json, sys
from pathlib import Path
path = Path(sys.argv[1])
if not path.exists():
    sys.exit("no task finished")
for row in json.loads(path.read_text())["metrics"]:
    print(f"{row['task']:<20} {row['metric']:<40} {row['value']:>10.3f} {row['n']:>7}")
PY
    exit 0
fi
exit "$status"
