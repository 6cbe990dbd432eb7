#!/usr/bin/env bash
# A long fuzz campaign: builds the libFuzzer targets (clang, -DOWL_FUZZ=ON)
# into build-fuzz/, runs each for FUZZ_TIME seconds (default 600) from the
# seed corpus plus everything earlier campaigns found (build-fuzz/corpus-*),
# and prints per target: executions, executions/s, coverage (edges and
# features), corpus size, and findings (crash-, leak-, timeout-, oom- files,
# kept in build-fuzz/findings/TARGET/).
#
#   FUZZ_TIME=3600 FUZZ_JOBS=2 bash bench/fuzz.sh [fuzz_parse] [fuzz_frontend]
#
# FUZZ_JOBS (default 1) fuzzing processes per target, under libFuzzer's
# -fork, which goes on after a finding. FUZZ_JOBS=0 fuzzes in one process
# instead: about twice the executions per second (no restarts and corpus
# merges), but the first finding ends the run. FUZZ_RUNS ends each target
# after that many executions, if FUZZ_TIME has not ended it first.
#
# Reproduce a finding:  build-fuzz/tests/fuzz/TARGET build-fuzz/findings/TARGET/crash-...
# Reduce it:            ... -minimize_crash=1 -runs=100000 crash-...
# then keep it in tests/fuzz/regressions/ (docs/testing.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${OWL_FUZZ_BUILD_DIR:-$root/build-fuzz}"
time_s="${FUZZ_TIME:-600}"
jobs="${FUZZ_JOBS:-1}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_parse fuzz_frontend)

command -v clang >/dev/null || { echo "fuzz.sh: clang is needed (apt-get install clang)"; exit 2; }
CC=clang cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOWL_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >/dev/null

dir="$build/tests/fuzz"

# The time limit is wall-clock time, so on a busy machine an input can
# time out only because the fuzzer got no CPU. Each timeout is run again
# alone: one that finishes well within the limit is reported as such (and
# stays in findings/ to look at); one that does not is a hang to fix.
recheck_timeouts() {  # target, findings dir
    local f ms
    for f in "$2"/timeout-*; do
        [ -e "$f" ] || continue
        ms=$( { timeout 60 "$dir/$1" -timeout=30 "$f" 2>&1 || true; } |
              sed -nE 's/^Executed .* in ([0-9]+) ms$/\1/p')
        if [ -n "$ms" ] && [ "$ms" -lt 5000 ]; then
            echo "  $(basename "$f"): alone in $ms ms (the machine was busy, not a hang)"
        else
            echo "  $(basename "$f"): HANGS alone too: reproduce with $dir/$1 $f"
        fi
    done
}
printf '%-14s %12s %9s %8s %9s %8s %9s\n' target execs exec/s cov features corpus findings
for t in "${targets[@]}"; do
    corpus="$dir/corpus-$t"
    findings="$build/findings/$t"
    mkdir -p "$corpus" "$findings"
    log="$build/findings/$t.log"
    # -fork keeps the campaign going after a finding; each job writes
    # its artifacts to $findings.
    mode=(-fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    [ "$jobs" = 0 ] && mode=()
    [ -n "${FUZZ_RUNS:-}" ] && mode+=(-runs="$FUZZ_RUNS")
    start=$EPOCHSECONDS
    ( cd "$findings" && "$dir/$t" "${mode[@]}" \
          -max_total_time="$time_s" -timeout=10 -rss_limit_mb=8192 -malloc_limit_mb=2048 -max_len=4096 \
          -dict="$root/tests/fuzz/rust.dict" -print_final_stats=1 \
          -artifact_prefix="$findings/" "$corpus" "$dir/seeds" ) >"$log" 2>&1 || true
    # (grep finds nothing in some logs: `|| true`, or set -e ends the script)
    execs=$( { grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" || true; } |
             awk '{s+=$2} END {print s+0}')
    if [ "$execs" = 0 ]; then
        # -fork prints per-round lines: "#N: cov: C ft: F corp: X exec/s: E ..."
        execs=$( { grep -oE '^#[0-9]+' "$log" || true; } | tail -1 | tr -d '#')
    fi
    line=$( { grep -E 'cov: [0-9]+' "$log" || true; } | tail -1)
    cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$line")
    ft=$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$line")
    corp=$(ls "$corpus" | wc -l)
    nfind=$(ls "$findings" | grep -cE '^(crash|leak|timeout|oom|slow-unit)-' || true)
    rate=$(( ${execs:-0} / (EPOCHSECONDS - start > 0 ? EPOCHSECONDS - start : 1) ))
    printf '%-14s %12s %9s %8s %9s %8s %9s\n' "$t" "${execs:-?}" "$rate" "${cov:-?}" "${ft:-?}" "$corp" "$nfind"
    recheck_timeouts "$t" "$findings"
done
echo "logs and findings: $build/findings/"
