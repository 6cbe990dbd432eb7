#!/usr/bin/env bash
# A long differential campaign: COUNT random programs (default 2000) from
# tests/gen/gen.py, each compiled by owl and by rustc, their outputs compared
# (tests/gen/diff.py); every third one is a mutant with an ownership, type or
# lint error (MUTANTS=0 leaves them out). Seeds start at SEED (default: a new
# one from the clock, printed, so that every campaign explores new programs
# and any failure is reproducible with `diff.py --one SEED` at the printed
# commit of tests/gen). BATCH=N runs the campaign N programs at a time, each
# batch's result printed as it ends (a campaign stopped early keeps them).
#
#   COUNT=10000 BATCH=1000 SEED=4000000 JOBS=2 nice -n 10 bash bench/differential.sh [OWL]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
owl="${1:-$root/build/compiler/owl}"
count="${COUNT:-2000}"
batch="${BATCH:-$count}"
seed="${SEED:-$(( $(date +%s) % 100000 * 1000 ))}"
[ -x "$owl" ] || { echo "differential.sh: no owl at $owl (bash scripts/build.sh first)"; exit 2; }
gen_rev="$(git -C "$root" log -1 --format=%h -- tests/gen 2>/dev/null || echo unknown)"
echo "differential: $count programs from seed $seed, tests/gen at $gen_rev" \
     "($(rustc --version 2>/dev/null || echo 'no rustc'))"
start=$SECONDS
status=0
done_=0
while [ "$done_" -lt "$count" ]; do
  n=$(( count - done_ < batch ? count - done_ : batch ))
  args=(--owl "$owl" --seed $((seed + done_)) --count "$n" --jobs "${JOBS:-$(nproc)}")
  [ "${MUTANTS:-1}" != 0 ] && args+=(--mutants)
  python3 "$root/tests/gen/diff.py" "${args[@]}" || status=1
  done_=$((done_ + n))
  [ "$batch" -lt "$count" ] && echo "differential: $done_ of $count after $((SECONDS - start)) s"
done
secs=$((SECONDS - start))
echo "differential: $secs s, $(python3 -c "print(round($count / max($secs, 1), 1))") programs/s"
exit $status
