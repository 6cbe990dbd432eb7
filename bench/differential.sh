#!/usr/bin/env bash
# A long differential campaign: COUNT random programs (default 2000) from
# tests/gen/gen.py, each compiled by owl and by rustc, their outputs compared
# (tests/gen/diff.py). Seeds start at SEED (default: a new one from the
# clock, printed, so that every campaign explores new programs and any
# failure is reproducible with --one SEED).
#
#   COUNT=10000 SEED=5000000 MUTANTS=1 bash bench/differential.sh [OWL]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
owl="${1:-$root/build/compiler/owl}"
count="${COUNT:-2000}"
seed="${SEED:-$(( $(date +%s) % 100000 * 1000 ))}"
args=(--owl "$owl" --seed "$seed" --count "$count" --jobs "${JOBS:-$(nproc)}")
[ -n "${MUTANTS:-}" ] && args+=(--mutants)
[ -x "$owl" ] || { echo "differential.sh: no owl at $owl (bash scripts/build.sh first)"; exit 2; }
echo "differential: $count programs from seed $seed ($(rustc --version 2>/dev/null || echo 'no rustc'))"
start=$SECONDS
set +e
python3 "$root/tests/gen/diff.py" "${args[@]}"
status=$?
set -e
secs=$((SECONDS - start))
echo "differential: $secs s, $(python3 -c "print(round($count / max($secs, 1), 1))") programs/s"
exit $status
