#!/usr/bin/env bash
# compile.sh: how long owl takes to build a program, compared with rustc.
#
#   bench/compile.sh [--owl PATH] [--rustc PATH] [-n RUNS] [-O]
#                    [--fail-above RATIO] [FILE.rs ...]
#
# For each file (default: every examples/NN_*.rs) it times `owl build FILE
# -o TMP` and `rustc --edition 2021 FILE -o TMP` (debug builds; with -O both
# get -O), RUNS times each (default 10) after one untimed warm-up run each,
# alternating owl and rustc so that a change in machine load hits both
# alike. Wall-clock time of the whole command, linking included, measured
# with bash's $EPOCHREALTIME (microseconds, read without starting a process:
# `date +%s%N` would add the start-up of two `date` processes, ~2 ms, to
# every measurement).
#
# Prints, per file, the median time of each compiler in milliseconds and the
# ratio owl/rustc, then the median of the per-file ratios. The target is a
# ratio of at most 0.15 (see bench/README.md). With --fail-above RATIO the
# script exits 1 when the overall ratio is above RATIO (for CI).
#
# Exit status: 0 ok; 1 a build failed or the ratio is above --fail-above;
# 2 bad usage or a compiler is missing. Needs only bash (5 or later) and coreutils.
set -u

usage() {
    sed -n '4,5p' "$0" | sed 's/^# *//' >&2
    exit 2
}

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
owl=${OWL:-owl}
rustc=${RUSTC:-rustc}
runs=10
opt=()
fail_above=""
files=()

while [ $# -gt 0 ]; do
    case "$1" in
        --owl) [ $# -ge 2 ] || usage; owl=$2; shift ;;
        --owl=*) owl=${1#--owl=} ;;
        --rustc) [ $# -ge 2 ] || usage; rustc=$2; shift ;;
        --rustc=*) rustc=${1#--rustc=} ;;
        -n|--runs) [ $# -ge 2 ] || usage; runs=$2; shift ;;
        -O) opt=(-O) ;;
        --fail-above) [ $# -ge 2 ] || usage; fail_above=$2; shift ;;
        -h|--help) usage ;;
        -*) echo "error: unknown option $1" >&2; usage ;;
        *) files+=("$1") ;;
    esac
    shift
done

case "$runs" in
    ''|*[!0-9]*|0) echo "error: -n needs a positive number, got '$runs'" >&2; exit 2 ;;
esac
if [ -n "$fail_above" ] && ! [[ "$fail_above" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
    echo "error: --fail-above needs a number like 0.15, got '$fail_above'" >&2
    exit 2
fi

# find_tool NAME HINT: the absolute path of an executable, or exit 2.
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

if [ ${#files[@]} -eq 0 ]; then
    for f in "$root"/examples/[0-9]*.rs; do
        [ -e "$f" ] && files+=("$f")
    done
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "error: no input files (examples/ is empty?)" >&2
    exit 2
fi
# Absolute paths: each build runs from its file's folder.
for i in "${!files[@]}"; do
    f=${files[$i]}
    if [ -f "$f" ] && [[ "$f" != /* ]]; then
        files[$i]="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
    fi
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/owl-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# time_ns CMD...: runs CMD quietly; prints elapsed nanoseconds, or returns 1
# with the first line of its stderr (or its status) in $tmp/err.
time_ns() {
    local t0 t1 status
    t0=${EPOCHREALTIME/[.,]/}
    "$@" >/dev/null 2>"$tmp/err"
    status=$?
    t1=${EPOCHREALTIME/[.,]/}
    if [ $status -ne 0 ]; then
        [ -s "$tmp/err" ] || echo "exit status $status" >"$tmp/err"
        return 1
    fi
    echo $(((t1 - t0) * 1000))
}

# median and ms: bench/stats.sh
source "$(dirname "${BASH_SOURCE[0]}")/stats.sh"

# ratio MILLI: thousandths as a decimal number (1234 -> 1.234).
ratio() {
    printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000))
}

owl_build() { "$owl" build "${opt[@]}" "$1" -o "$tmp/owl.out"; }
rustc_build() { "$rustc" --edition 2021 "${opt[@]}" "$1" -o "$tmp/rustc.out"; }

mode="debug"
[ ${#opt[@]} -gt 0 ] && mode="-O"
echo "owl:   $owl"
echo "rustc: $rustc ($("$rustc" --version 2>/dev/null | head -1))"
echo "$runs runs each, $mode builds, median wall-clock time"
echo
printf '%-32s %10s %10s %10s\n' "file" "owl ms" "rustc ms" "owl/rustc"

ratios=()
failed=0
for file in "${files[@]}"; do
    name=$(basename "$file")
    if [ ! -f "$file" ]; then
        printf '%-32s %s\n' "$name" "missing file"
        failed=1
        continue
    fi
    # Build from the file's folder, as a user would; warm the caches once.
    dir=$(dirname "$file")
    cd "$dir" || exit 2
    if ! time_ns owl_build "$name" >/dev/null; then
        printf '%-32s %s\n' "$name" "owl build failed: $(head -1 "$tmp/err")"
        failed=1
        continue
    fi
    if ! time_ns rustc_build "$name" >/dev/null; then
        printf '%-32s %s\n' "$name" "rustc failed: $(head -1 "$tmp/err")"
        failed=1
        continue
    fi
    owl_times=()
    rustc_times=()
    ok=1
    for ((i = 0; i < runs; i++)); do
        t=$(time_ns owl_build "$name") || { ok=0; break; }
        owl_times+=("$t")
        t=$(time_ns rustc_build "$name") || { ok=0; break; }
        rustc_times+=("$t")
    done
    if [ $ok = 0 ]; then
        printf '%-32s %s\n' "$name" "a build failed during timing: $(head -1 "$tmp/err")"
        failed=1
        continue
    fi
    o=$(median "${owl_times[@]}")
    r=$(median "${rustc_times[@]}")
    ((r > 0)) || r=1
    milli=$(((o * 1000 + r / 2) / r))
    ratios+=("$milli")
    printf '%-32s %10s %10s %10s\n' "$name" "$(ms "$o")" "$(ms "$r")" "$(ratio "$milli")"
done

echo
if [ ${#ratios[@]} -eq 0 ]; then
    echo "no file was built by both compilers"
    exit 1
fi
overall=$(median "${ratios[@]}")
echo "overall median ratio owl/rustc: $(ratio "$overall") over ${#ratios[@]} files (target <= 0.150)"

if [ -n "$fail_above" ]; then
    # Compare as thousandths: 0.15 -> 150.
    int=${fail_above%%.*}
    frac=${fail_above#*.}
    [ "$frac" = "$fail_above" ] && frac=""
    frac=$(printf '%-3s' "$frac" | tr ' ' 0 | cut -c1-3)
    limit=$((10#$int * 1000 + 10#$frac))
    if ((overall > limit)); then
        echo "FAIL: above $fail_above"
        exit 1
    fi
fi
exit $failed
