#!/usr/bin/env bash
# New machine to first result: install what is missing, build Owl, then
# compile and run an example that puts a String on the heap.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh"
example="${1:-$root/examples/04_string_on_heap.rs}"
echo
echo "== $ example: $(basename "$example")"
sed -n '1,/^fn main/p' "$example" | grep '^//' || true
echo
echo "== owl run $(basename "$example")"
"$root/build/compiler/owl" run "$example"
echo
echo "== owl layout $(basename "$example")   (where every byte lives)"
"$root/build/compiler/owl" layout "$example"
