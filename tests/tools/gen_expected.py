#!/usr/bin/env python3
"""gen_expected.py: produce the expected results of the run tests with rustc.

For every tests/run/NAME.rs given (default: all of them) this compiles the
program with the oracle, `rustc --edition 2021 [-O] -o TMP NAME.rs` (-O when
the file has a `// owl-flags: -O` line), runs it with RUST_BACKTRACE unset,
stdin from /dev/null and a 10 s timeout, and writes NAME.stdout, NAME.stderr
and NAME.status (decimal; 128+N for a death by signal N, so SIGABRT is 134)
beside the test.

rustc is invoked from the test's own directory with the bare file name, so
panic locations read `NAME.rs:LINE:COL`; runtest.py invokes owl the same way.
A program that rustc rejects is an error: run tests must be valid Rust.

Usage: gen_expected.py [--rustc PATH] [TEST.rs ...]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUN_DIR = os.path.normpath(os.path.join(HERE, "..", "run"))
TIMEOUT = 10


def owl_flags(src_text):
    """The extra compiler flags named by a `// owl-flags:` line."""
    m = re.search(r"^//\s*owl-flags:(.*)$", src_text, re.M)
    return m.group(1).split() if m else []


def run_env():
    env = dict(os.environ)
    env.pop("RUST_BACKTRACE", None)
    env.pop("RUST_LIB_BACKTRACE", None)
    return env


def status_of(returncode):
    return 128 - returncode if returncode < 0 else returncode


def gen_one(rustc, path, tmp):
    path = os.path.abspath(path)
    d, base = os.path.split(path)
    name = base[:-3]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    flags = owl_flags(text)
    exe = os.path.join(tmp, name)
    cmd = [rustc, "--edition", "2021"] + flags + ["-o", exe, base]
    cp = subprocess.run(cmd, cwd=d, capture_output=True, text=True)
    if cp.returncode != 0:
        sys.stderr.write(f"FAIL {base}: rustc rejected it\n{cp.stderr}")
        return False
    if cp.stderr.strip():
        sys.stderr.write(f"note {base}: rustc warnings\n{cp.stderr}")
    try:
        r = subprocess.run([exe], cwd=d, env=run_env(), stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT,
                           preexec_fn=lambda: __import__("resource").setrlimit(
                               __import__("resource").RLIMIT_CORE, (0, 0)))
    except subprocess.TimeoutExpired:
        sys.stderr.write(f"FAIL {base}: timed out after {TIMEOUT} s\n")
        return False
    stem = os.path.join(d, name)
    with open(stem + ".stdout", "wb") as f:
        f.write(r.stdout)
    with open(stem + ".stderr", "wb") as f:
        f.write(r.stderr)
    with open(stem + ".status", "w") as f:
        f.write(f"{status_of(r.returncode)}\n")
    print(f"ok   {base}: status {status_of(r.returncode)}")
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rustc", default=shutil.which("rustc") or "rustc")
    ap.add_argument("tests", nargs="*")
    a = ap.parse_args()
    tests = a.tests or sorted(glob.glob(os.path.join(RUN_DIR, "*.rs")))
    ok = True
    with tempfile.TemporaryDirectory(prefix="owl-gen-") as tmp:
        for t in tests:
            ok = gen_one(a.rustc, t, tmp) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
