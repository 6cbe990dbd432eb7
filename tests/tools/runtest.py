#!/usr/bin/env python3
"""runtest.py: compile one run test with owl, run it, compare with rustc's results.

    runtest.py --owl OWL --runtime-dir DIR TEST.rs [--valgrind] [--differential]

TEST.rs sits next to TEST.stdout, TEST.stderr and TEST.status, which
tests/tools/gen_expected.py produced with rustc 1.95. The runner

 1. compiles `OWL build TEST.rs -o TMP/prog [FLAGS]` from the test's directory
    (so that panic locations read `TEST.rs:LINE:COL`, as in the expectations),
    FLAGS coming from a `// owl-flags: ...` line of the test (e.g. -O);
    OWL_RUNTIME_DIR is set to --runtime-dir in case owl wants it;
    a non-zero exit of owl is a failure and owl's stderr is shown;
 2. runs TMP/prog with RUST_BACKTRACE unset, stdin from /dev/null, a 10 s
    timeout, and compares stdout, stderr and the exit status (128+N for a
    death by signal N) with the checked-in files, printing a unified diff;
 3. with --valgrind, runs the program again under
    `valgrind --error-exitcode=99 --leak-check=full
     --errors-for-leak-kinds=definite,indirect -q` and fails on memory errors
    or definite/indirect leaks; a test with a `// owl-no-valgrind` line (stack
    overflow tests: valgrind's own stack handling differs) is not run under it;
 4. with --differential, also compiles the test with the rustc on PATH and
    compares that program's output with the expectation (stale expectation?)
    and with owl's; without rustc it prints DIFFERENTIAL SKIPPED and goes on.

Masking before every comparison: `thread 'main' (DIGITS)` becomes
`thread 'main' (TID)` (the id is the pid), and in tests that print addresses
every `0x[0-9a-f]+` becomes `0xPTR`. A test prints addresses when its source
has a `{...:p}`-style format spec, calls `as_ptr`, or carries a
`// owl-mask-pointers` line. Other tests are compared without the pointer mask
so that `{:#x}` and friends are really checked (masking them would hide
`0xff` vs `0xfe`).

Exit status: 0 pass, 1 fail. Python 3 standard library only.
"""
import argparse
import difflib
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile

RUN_TIMEOUT = 10          # seconds, as rustc's program gets in gen_expected.py
VALGRIND_TIMEOUT = 120    # valgrind slows programs down 20-50x
COMPILE_TIMEOUT = 120

THREAD_RE = re.compile(rb"thread 'main' \(\d+\)")
PTR_RE = re.compile(rb"0x[0-9a-f]+")
PTR_SPEC_RE = re.compile(r"\{[^{}\"]*:[^{}\"]*p\}")


def directive(text, name):
    """The value of a `// NAME:` line, or None; '' for a bare `// NAME` line."""
    m = re.search(r"^//\s*" + re.escape(name) + r"\b:?(.*)$", text, re.M)
    return None if m is None else m.group(1).strip()


def prints_pointers(text):
    return (PTR_SPEC_RE.search(text) is not None or "as_ptr" in text
            or directive(text, "owl-mask-pointers") is not None)


def mask(data, pointers):
    data = THREAD_RE.sub(b"thread 'main' (TID)", data)
    if pointers:
        data = PTR_RE.sub(b"0xPTR", data)
    return data


def run_env():
    env = dict(os.environ)
    env.pop("RUST_BACKTRACE", None)
    env.pop("RUST_LIB_BACKTRACE", None)
    return env


def no_core():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def status_of(returncode):
    return 128 - returncode if returncode < 0 else returncode


class Result:
    """What one run of a program produced: stdout, stderr (bytes), status."""

    def __init__(self, stdout, stderr, status, timed_out=False):
        self.stdout, self.stderr, self.status = stdout, stderr, status
        self.timed_out = timed_out


def run_prog(argv, cwd, timeout):
    try:
        r = subprocess.run(argv, cwd=cwd, env=run_env(), stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout, preexec_fn=no_core)
        return Result(r.stdout, r.stderr, status_of(r.returncode))
    except subprocess.TimeoutExpired as e:
        return Result(e.stdout or b"", e.stderr or b"", None, timed_out=True)


def diff(label_a, a, label_b, b):
    la = a.decode("utf-8", "replace").splitlines(keepends=True)
    lb = b.decode("utf-8", "replace").splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(la, lb, label_a, label_b):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def compare(name_a, a, name_b, b, pointers):
    """Messages describing every difference between two results; [] if equal."""
    problems = []
    if b.timed_out:
        problems.append(f"{name_b}: timed out after {RUN_TIMEOUT} s\n")
    for stream in ("stdout", "stderr"):
        xa = mask(getattr(a, stream), pointers)
        xb = mask(getattr(b, stream), pointers)
        if xa != xb:
            problems.append(f"{stream} differs:\n" + diff(f"{stream} ({name_a})", xa,
                                                          f"{stream} ({name_b})", xb))
    if not b.timed_out and a.status != b.status:
        problems.append(f"exit status differs: {name_a} {a.status}, {name_b} {b.status}\n")
    return problems


def load_expected(test):
    stem = test[:-3]
    try:
        with open(stem + ".stdout", "rb") as f:
            out = f.read()
        with open(stem + ".stderr", "rb") as f:
            err = f.read()
        with open(stem + ".status") as f:
            status = int(f.read().strip())
    except (OSError, ValueError) as e:
        return None, f"missing or bad expectation file: {e}"
    return Result(out, err, status), None


def main():
    ap = argparse.ArgumentParser(description="Compile a run test with owl and compare "
                                 "its behaviour with rustc's recorded behaviour.")
    ap.add_argument("--owl", required=True, help="path to the owl compiler")
    ap.add_argument("--runtime-dir", default=None,
                    help="directory of the runtime library (exported as OWL_RUNTIME_DIR)")
    ap.add_argument("--valgrind", action="store_true")
    ap.add_argument("--differential", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("test")
    a = ap.parse_args()

    test = os.path.abspath(a.test)
    tdir, base = os.path.split(test)
    name = base[:-3] if base.endswith(".rs") else base
    try:
        with open(test, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        print(f"FAIL {name}: cannot read test: {e}")
        return 1
    flags = (directive(text, "owl-flags") or "").split()
    pointers = prints_pointers(text)
    expected, err = load_expected(test)
    if expected is None:
        print(f"FAIL {name}: {err}")
        return 1

    failures = []
    tmp = tempfile.mkdtemp(prefix=f"owl-run-{name}-")
    try:
        # 1. compile with owl
        prog = os.path.join(tmp, "prog")
        cmd = [os.path.abspath(a.owl), "build", base, "-o", prog] + flags
        env = dict(os.environ)
        if a.runtime_dir:
            env["OWL_RUNTIME_DIR"] = os.path.abspath(a.runtime_dir)
        print("$ (cd " + tdir + " && " + " ".join(cmd) + ")")
        try:
            cp = subprocess.run(cmd, cwd=tdir, env=env, stdin=subprocess.DEVNULL,
                                capture_output=True, timeout=COMPILE_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as e:
            print(f"FAIL {name}: could not run owl: {e}")
            return 1
        if cp.returncode != 0 or not os.path.exists(prog):
            sys.stdout.write(cp.stderr.decode("utf-8", "replace"))
            print(f"FAIL {name}: owl exited with status {status_of(cp.returncode)}")
            return 1

        # 2. run and compare with the expectation
        got = run_prog([prog], tdir, RUN_TIMEOUT)
        failures += compare("expected", expected, "owl", got, pointers)

        # 3. valgrind
        if a.valgrind:
            if directive(text, "owl-no-valgrind") is not None:
                print(f"valgrind not run: {name} has an owl-no-valgrind line")
            elif shutil.which("valgrind") is None:
                print("VALGRIND SKIPPED: valgrind not on PATH")
            else:
                log = os.path.join(tmp, "valgrind.log")
                vg = ["valgrind", "--error-exitcode=99", "--leak-check=full",
                      "--errors-for-leak-kinds=definite,indirect", "-q",
                      f"--log-file={log}", prog]
                v = run_prog(vg, tdir, VALGRIND_TIMEOUT)
                vlog = ""
                if os.path.exists(log):
                    with open(log, encoding="utf-8", errors="replace") as f:
                        vlog = f.read()
                if v.timed_out:
                    failures.append(f"valgrind: timed out after {VALGRIND_TIMEOUT} s\n")
                elif v.status == 99 or v.status != expected.status:
                    failures.append(f"valgrind: status {v.status} (expected "
                                    f"{expected.status}; 99 = memory errors or leaks)\n"
                                    + vlog)

        # 4. differential run against the live rustc
        if a.differential:
            rustc = shutil.which("rustc")
            if rustc is None:
                print("DIFFERENTIAL SKIPPED: rustc not on PATH")
            else:
                rprog = os.path.join(tmp, "rustc-prog")
                rcmd = [rustc, "--edition", "2021"] + flags + ["-o", rprog, base]
                rc = subprocess.run(rcmd, cwd=tdir, stdin=subprocess.DEVNULL,
                                    capture_output=True)
                if rc.returncode != 0:
                    failures.append("differential: rustc rejected the test:\n"
                                    + rc.stderr.decode("utf-8", "replace"))
                else:
                    live = run_prog([rprog], tdir, RUN_TIMEOUT)
                    for p in compare("expected", expected, "rustc now", live, pointers):
                        failures.append("differential (stale expectation?): " + p)
                    for p in compare("rustc now", live, "owl", got, pointers):
                        failures.append("differential: " + p)
    finally:
        if a.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    if failures:
        for f in failures:
            sys.stdout.write(f if f.endswith("\n") else f + "\n")
        print(f"FAIL {name}")
        return 1
    print(f"PASS {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
