#!/usr/bin/env bash
# trace.sh: what the runtime memory trace costs at run time.
#
#   bench/trace.sh [--owl PATH] [--rustc PATH] [-n RUNS] [FILE.rs]
#
# Builds FILE.rs (default bench/trace_loop.rs, a loop-heavy program) four
# ways: `owl build`, `owl build --trace`, `owl build --trace
# --trace-format=json` and `rustc --edition 2021` (all debug builds: --trace
# needs one). Runs each RUNS times (default 5), round-robin so that a change
# in machine load hits all alike, with stdout and the trace sent to
# /dev/null, and prints the median wall-clock time of each, the slowdown of
# the traced runs over the untraced one, owl's untraced time over rustc's,
# and how many bytes one traced run writes. Times come from bash's
# $EPOCHREALTIME. Exit status: 0 ok; 1 a build or run failed; 2 bad usage
# or a tool is missing. Needs bash 5 and coreutils.
set -u

usage() {
    sed -n '4,5p' "$0" | sed 's/^# *//' >&2
    exit 2
}

here="$(cd "$(dirname "$0")" && pwd)"
owl=${OWL:-owl}
rustc=${RUSTC:-rustc}
runs=5
file="$here/trace_loop.rs"

while [ $# -gt 0 ]; do
    case "$1" in
        --owl) [ $# -ge 2 ] || usage; owl=$2; shift ;;
        --owl=*) owl=${1#--owl=} ;;
        --rustc) [ $# -ge 2 ] || usage; rustc=$2; shift ;;
        --rustc=*) rustc=${1#--rustc=} ;;
        -n|--runs) [ $# -ge 2 ] || usage; runs=$2; shift ;;
        -h|--help) usage ;;
        -*) echo "error: unknown option $1" >&2; usage ;;
        *) file=$1 ;;
    esac
    shift
done
case "$runs" in
    ''|*[!0-9]*|0) echo "error: -n needs a positive number, got '$runs'" >&2; exit 2 ;;
esac

find_tool() {
    local path
    if [[ "$1" == */* ]]; then
        [ -x "$1" ] && { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; return; }
    else
        path=$(command -v "$1" 2>/dev/null) && { echo "$path"; return; }
    fi
    echo "error: $1 not found. $2" >&2
    exit 2
}
owl=$(find_tool "$owl" "Build owl first and pass --owl path/to/owl (or set OWL).") || exit 2
rustc=$(find_tool "$rustc" "Install rustc or pass --rustc path/to/rustc (or set RUSTC).") || exit 2
[ -f "$file" ] || { echo "error: no file $file" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/owl-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# The programs, and how each is built.
names=(owl owl_trace owl_trace_json rustc)
build() {
    case "$1" in
        owl) "$owl" build "$file" -o "$tmp/owl" ;;
        owl_trace) "$owl" build "$file" --trace -o "$tmp/owl_trace" ;;
        owl_trace_json) "$owl" build "$file" --trace --trace-format=json -o "$tmp/owl_trace_json" ;;
        rustc) "$rustc" --edition 2021 "$file" -o "$tmp/rustc" ;;
    esac
}
for n in "${names[@]}"; do
    if ! build "$n" >"$tmp/err" 2>&1; then
        echo "error: building $n failed:" >&2
        cat "$tmp/err" >&2
        exit 1
    fi
done

# time_ns PROG: runs it with stdout and stderr to /dev/null; elapsed ns.
time_ns() {
    local t0 t1
    t0=${EPOCHREALTIME/[.,]/}
    env -u RUST_BACKTRACE "$1" >/dev/null 2>/dev/null </dev/null || return 1
    t1=${EPOCHREALTIME/[.,]/}
    echo $(((t1 - t0) * 1000))
}

# median and ms: bench/stats.sh
source "$(dirname "${BASH_SOURCE[0]}")/stats.sh"

declare -A times
for n in "${names[@]}"; do times[$n]=""; done
for _ in $(seq "$runs"); do
    for n in "${names[@]}"; do
        t=$(time_ns "$tmp/$n") || { echo "error: $n failed to run" >&2; exit 1; }
        times[$n]="${times[$n]} $t"
    done
done

declare -A med
for n in "${names[@]}"; do
    # shellcheck disable=SC2086
    med[$n]=$(median ${times[$n]})
done
bytes=$(env -u RUST_BACKTRACE "$tmp/owl_trace" 2>&1 >/dev/null | wc -c)
json_bytes=$(env -u RUST_BACKTRACE "$tmp/owl_trace_json" 2>&1 >/dev/null | wc -c)

echo "program: $file ($runs runs each, median wall-clock time)"
printf '  %-40s %9s ms\n' "owl build (untraced)" "$(ms "${med[owl]}")"
printf '  %-40s %9s ms  (%s bytes of trace)\n' "owl build --trace" \
    "$(ms "${med[owl_trace]}")" "$bytes"
printf '  %-40s %9s ms  (%s bytes of trace)\n' "owl build --trace --trace-format=json" \
    "$(ms "${med[owl_trace_json]}")" "$json_bytes"
printf '  %-40s %9s ms\n' "rustc (debug)" "$(ms "${med[rustc]}")"
base=${med[owl]}
((base > 0)) || base=1
echo "slowdown of tracing: text $((med[owl_trace] / base))x, json $((med[owl_trace_json] / base))x"
echo "owl untraced / rustc: $(awk -v a="${med[owl]}" -v b="${med[rustc]}" \
    'BEGIN { printf "%.2f", b ? a / b : 0 }')"
