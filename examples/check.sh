#!/usr/bin/env bash
# check.sh: build every example with owl, run it, compare with rustc's output.
#
#   examples/check.sh OWL [NAME ...]
#
# OWL is the owl executable (a path, or a command on PATH). NAME selects
# examples (e.g. 07_move_and_reassign or errors/E0382_use_after_move);
# without names every example is checked.
#
# For each examples/NN_*.rs the script runs `OWL build NN_*.rs -o TMP/prog`
# from this folder (so panic locations read `NN_*.rs:LINE:COL`, as rustc's
# do), runs the program with RUST_BACKTRACE unset, stdin from /dev/null and a
# 10 s timeout, and compares:
#   stdout       with NN_*.stdout
#   exit status  with NN_*.status (0 when the file is absent)
#   stderr       with NN_*.stderr, when that file exists (panicking examples)
# after masking what legitimately differs between runs: every 0x... hex
# number becomes 0xPTR ({:p} addresses) and `thread 'main' (PID)` loses its
# process id.
#
# For each examples/errors/*.rs it runs `OWL check FILE.rs` from that folder
# and compares its stderr with FILE.stderr and its status with FILE.status;
# the final `rustc --explain` / `owl explain` hint is normalised, since owl
# names its own explain command.
#
# The expected files were produced by rustc 1.95 (`rustc --edition 2021`);
# see examples/README.md. Prints PASS/FAIL per example and a summary line;
# exits 1 if anything failed, 2 on bad usage.
set -u

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    echo "usage: $0 OWL [NAME ...]" >&2
    exit 2
fi

owl=$1
shift
# Resolve OWL before we change directory: a relative path must keep working.
if [[ "$owl" == */* ]]; then
    if [ ! -x "$owl" ]; then
        echo "error: $owl is not an executable file" >&2
        exit 2
    fi
    owl="$(cd "$(dirname "$owl")" && pwd)/$(basename "$owl")"
elif ! command -v "$owl" >/dev/null 2>&1; then
    echo "error: $owl not found on PATH" >&2
    exit 2
fi

here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/owl-examples.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

mask_run() {
    sed -E -e 's/0x[0-9a-f]+/0xPTR/g' \
           -e "s/thread '([^']*)' \([0-9]+\)/thread '\1' (PID)/g"
}

mask_diag() {
    sed -E -e 's/`(rustc --explain|owl explain) (E[0-9]{4})`/`EXPLAIN \2`/g'
}

passed=0
failed=0

# compare LABEL EXPECTED_FILE ACTUAL_FILE: prints a short diff on mismatch.
compare() {
    if cmp -s "$2" "$3"; then
        return 0
    fi
    echo "    $1 differs (expected vs owl):"
    diff -u "$2" "$3" | sed -n '3,22p' | sed 's/^/    /'
    return 1
}

check_run() {                   # NAME (an examples/NN_*.rs without .rs)
    local name=$1 ok=1 status expected_status=0
    cd "$here" || exit 2
    if ! "$owl" build "$name.rs" -o "$tmp/prog" >"$tmp/build.out" 2>&1; then
        echo "FAIL $name (owl build failed)"
        sed -n '1,15p' "$tmp/build.out" | sed 's/^/    /'
        return 1
    fi
    env -u RUST_BACKTRACE timeout 10 "$tmp/prog" </dev/null \
        >"$tmp/stdout" 2>"$tmp/stderr"
    status=$?
    rm -f "$tmp/prog"
    [ -f "$name.status" ] && expected_status=$(cat "$name.status")
    mask_run <"$name.stdout" >"$tmp/want.stdout"
    mask_run <"$tmp/stdout" >"$tmp/got.stdout"
    compare stdout "$tmp/want.stdout" "$tmp/got.stdout" || ok=0
    if [ -f "$name.stderr" ]; then
        mask_run <"$name.stderr" >"$tmp/want.stderr"
        mask_run <"$tmp/stderr" >"$tmp/got.stderr"
        compare stderr "$tmp/want.stderr" "$tmp/got.stderr" || ok=0
    fi
    if [ "$status" != "$expected_status" ]; then
        echo "    exit status $status, expected $expected_status"
        ok=0
    fi
    if [ $ok = 1 ]; then
        echo "PASS $name"
        return 0
    fi
    echo "FAIL $name"
    return 1
}

check_error() {                 # NAME (errors/FILE without .rs)
    local name=$1 base ok=1 status expected_status=1
    base=$(basename "$name")
    cd "$here/errors" || exit 2
    # --no-memory-notes: the .stderr files are rustc's text; owl's extra note
    # on where the bytes live is checked by tests/tools/errtest.py
    "$owl" check "$base.rs" --no-memory-notes >"$tmp/stdout" 2>"$tmp/stderr"
    status=$?
    [ -f "$base.status" ] && expected_status=$(cat "$base.status")
    mask_diag <"$base.stderr" >"$tmp/want.stderr"
    mask_diag <"$tmp/stderr" >"$tmp/got.stderr"
    compare stderr "$tmp/want.stderr" "$tmp/got.stderr" || ok=0
    if [ "$status" != "$expected_status" ]; then
        echo "    owl check exited $status, expected $expected_status"
        ok=0
    fi
    if [ $ok = 1 ]; then
        echo "PASS $name"
        return 0
    fi
    echo "FAIL $name"
    return 1
}

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for f in "$here"/[0-9]*.rs "$here"/errors/*.rs; do
        [ -e "$f" ] || continue
        f=${f#"$here"/}
        names+=("${f%.rs}")
    done
fi

for name in "${names[@]}"; do
    name=${name%.rs}
    if [[ "$name" == errors/* ]]; then
        if [ ! -f "$here/$name.rs" ]; then
            echo "FAIL $name (no such example)"
            failed=$((failed + 1))
            continue
        fi
        if check_error "$name"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    else
        if [ ! -f "$here/$name.rs" ]; then
            echo "FAIL $name (no such example)"
            failed=$((failed + 1))
            continue
        fi
        if check_run "$name"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
