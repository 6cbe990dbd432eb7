#!/usr/bin/env bash
# Configures and builds Owl into build/ (or $OWL_BUILD_DIR). Extra arguments
# go to cmake's configure step, e.g. -DOWL_SANITIZE=ON.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${OWL_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="${OWL_BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
