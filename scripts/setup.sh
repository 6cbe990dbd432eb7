#!/usr/bin/env bash
# Installs what Owl needs to build and test, if it is missing (Debian/Ubuntu).
# Safe to run repeatedly: it only calls apt-get when a tool is absent.
set -euo pipefail

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have cc        || need+=(gcc libc6-dev)
have cmake     || need+=(cmake)
have make      || need+=(make)
have flex      || need+=(flex)
have bison     || need+=(bison)
have python3   || need+=(python3)
have valgrind  || need+=(valgrind)
[ -e /usr/lib/llvm-14/include/llvm-c/Core.h ] || need+=(llvm-14-dev)
[ -e /usr/lib/llvm-14/lib/libLLVMCore.a ]     || need+=(llvm-14-dev)
[ -x /usr/lib/llvm-14/bin/FileCheck ]          || need+=(llvm-14-tools)
[ -e /usr/lib/llvm-14/build/utils/lit/lit.py ] || need+=(llvm-14-tools)
# CI's second and third configurations: LLVM 19, and clang for the
# sanitizer build with the libFuzzer targets (tests/fuzz).
[ -e /usr/lib/llvm-19/lib/cmake/llvm/LLVMConfig.cmake ] || need+=(llvm-19-dev)
[ -x /usr/lib/llvm-19/bin/llvm-config ]         || need+=(llvm-19)
have clang     || need+=(clang)
ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
               || need+=(libclang-rt-14-dev)
dpkg -s zlib1g-dev >/dev/null 2>&1 || need+=(zlib1g-dev)
dpkg -s libzstd-dev >/dev/null 2>&1 || need+=(libzstd-dev)
dpkg -s libtinfo-dev >/dev/null 2>&1 || need+=(libtinfo-dev)

if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        $(printf '%s\n' "${need[@]}" | sort -u) >/dev/null
fi
echo "setup: ok"
