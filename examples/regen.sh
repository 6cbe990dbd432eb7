#!/usr/bin/env bash
# regen.sh: rewrite the expected outputs of the examples with rustc.
#
#   examples/regen.sh [NAME ...]      (RUSTC=path overrides `rustc`)
#
# For NN_*.rs: NAME.stdout, and NAME.status + NAME.stderr when the program
# exits non-zero (a panic). For errors/*.rs: NAME.stderr (rustc's diagnostic)
# and NAME.status. Run from anywhere; rustc is invoked from the example's own
# folder with the bare file name so that locations read `NAME.rs:LINE:COL`.
# A warning from rustc is reported: examples should compile cleanly.
set -u
rustc=${RUSTC:-rustc}
command -v "$rustc" >/dev/null 2>&1 || { echo "error: $rustc not found" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/owl-regen.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for f in "$here"/[0-9]*.rs "$here"/errors/*.rs; do
        f=${f#"$here"/}
        names+=("${f%.rs}")
    done
fi

rc=0
for name in "${names[@]}"; do
    name=${name%.rs}
    dir="$here/$(dirname "$name")"
    base=$(basename "$name")
    cd "$dir" || exit 2
    if [[ "$name" == errors/* ]]; then
        "$rustc" --edition 2021 -o "$tmp/prog" "$base.rs" 2>"$base.stderr"
        status=$?
        echo "$status" >"$base.status"
        [ "$status" -ne 0 ] || { echo "error: $name compiled, but should not" >&2; rc=1; }
        echo "$name: status $status"
        continue
    fi
    if ! "$rustc" --edition 2021 -o "$tmp/prog" "$base.rs" 2>"$tmp/warn"; then
        cat "$tmp/warn" >&2
        echo "error: $name does not compile" >&2
        rc=1
        continue
    fi
    if [ -s "$tmp/warn" ]; then
        cat "$tmp/warn" >&2
        echo "warning: rustc warned about $name" >&2
    fi
    env -u RUST_BACKTRACE timeout 10 "$tmp/prog" </dev/null >"$base.stdout" 2>"$tmp/stderr"
    status=$?
    rm -f "$base.status" "$base.stderr"
    if [ "$status" -ne 0 ]; then
        echo "$status" >"$base.status"
        cp "$tmp/stderr" "$base.stderr"
    fi
    echo "$name: status $status"
done
exit $rc
