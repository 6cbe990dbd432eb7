#!/usr/bin/env bash
# New machine to a green test run: install what is missing, build Owl,
# and run every test through ctest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
# rustup installs rustc under ~/.cargo/bin, which a non-login shell may lack.
if ! command -v rustc >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/rustc" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
fi
if command -v rustc >/dev/null 2>&1; then
    echo "test: rustc found ($(rustc --version)): run tests also compare with rustc live"
else
    echo "test: ############################################################"
    echo "test: rustc NOT on PATH: differential comparison against rustc is SKIPPED;"
    echo "test: run tests compare with the checked-in rustc outputs only."
    echo "test: ############################################################"
fi
bash "$root/scripts/build.sh" -DOWL_WERROR=ON
cd "${OWL_BUILD_DIR:-$root/build}"
ctest -j"$(nproc)" --output-on-failure --timeout 300
