#!/usr/bin/env bash
# New machine to a green test run: install what is missing, build Owl,
# and run every test through ctest, in three configurations:
#
#   build/         LLVM 14, -Werror: the whole suite (run tests also under
#                  valgrind and compared with rustc live)
#   build-asan/    clang, the compiler under AddressSanitizer + UBSan (the
#                  runtime stays unsanitized), -Werror, with the libFuzzer
#                  targets: the whole suite except the rustc-heavy parts
#                  (valgrind, the live rustc comparison and most random
#                  programs already ran in build/), plus each fuzz target
#                  for a short bounded time
#   build-llvm19/  LLVM 19, -Werror: the same suite as build-asan/, without
#                  fuzzing: portability proven, not hoped for
#
# OWL_TEST_CONFIGS picks configurations (default: all three, which is what
# CI runs; OWL_TEST_CONFIGS=main for a quick local run). A configuration
# that cannot run (LLVM 19 not installed) fails the run, loudly.
# docs/testing.md has the measured times.
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
configs="${OWL_TEST_CONFIGS:-main asan llvm19}"
jobs="$(nproc)"
status=0
summary=()

run_config() {  # name, build dir, cmake args...
    local name="$1" dir="$2"
    shift 2
    local start=$SECONDS
    echo
    echo "test: ==== configuration $name ($dir) ===="
    OWL_BUILD_DIR="$dir" bash "$root/scripts/build.sh" "$@"
    local built=$SECONDS
    if ! (cd "$dir" && ctest -j"$jobs" --output-on-failure --timeout 600); then
        status=1
        summary+=("$name: FAILED (build $((built - start)) s, tests $((SECONDS - built)) s)")
    else
        summary+=("$name: passed (build $((built - start)) s, tests $((SECONDS - built)) s)")
    fi
}

for c in $configs; do
    case "$c" in
    main)
        run_config main "${OWL_BUILD_DIR:-$root/build}" -DOWL_WERROR=ON ;;
    asan)
        run_config asan "$root/build-asan" -DCMAKE_C_COMPILER=clang -DOWL_WERROR=ON -DOWL_SANITIZE=ON \
            -DOWL_FUZZ=ON -DOWL_RUN_TEST_FLAGS= -DOWL_GEN_COUNT=40 ;;
    llvm19)
        if [ -e /usr/lib/llvm-19/lib/cmake/llvm/LLVMConfig.cmake ]; then
            run_config llvm19 "$root/build-llvm19" -DOWL_WERROR=ON \
                -DLLVM_DIR=/usr/lib/llvm-19/lib/cmake/llvm -DOWL_RUN_TEST_FLAGS= -DOWL_GEN_COUNT=40
        else
            echo "test: ############################################################"
            echo "test: LLVM 19 NOT installed: the LLVM 19 configuration cannot run"
            echo "test: ############################################################"
            status=1
            summary+=("llvm19: FAILED (LLVM 19 not installed: apt-get install llvm-19-dev)")
        fi ;;
    *) echo "test: unknown configuration $c"; exit 2 ;;
    esac
done
echo
echo "test: ==== summary ===="
printf 'test: %s\n' "${summary[@]}"
echo "test: total $SECONDS s"
exit $status
