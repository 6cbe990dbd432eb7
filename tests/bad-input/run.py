#!/usr/bin/env python3
"""run.py: run bad-input cases (tests/bad-input/cases.py) against owl.

    run.py --owl OWL [--time-scale N] CASE...     run the named cases
    run.py --owl OWL --all                         run every case
    run.py --list                                  print the case names
    run.py --owl OWL --show CASE                   run and print what owl did

For each case the input is written (or generated) into a fresh temporary
directory, owl runs there with a timeout, and the case passes when
  - the exit status is the expected one, and owl's own status is 0, 1 or 2
    (a compiled program's status for `owl run` cases);
  - owl was not killed by a signal and did not time out (a hang, or a phase
    that is too slow: the limit is the case's timeout times --time-scale);
  - owl's peak memory (its resident set, with what it ran) stayed within
    the case's memory limit times --memory-scale (a phase that is
    quadratic in memory fails it long before it exhausts the machine);
  - stderr has no sanitizer report, no internal compiler error, and matches
    every pattern of the case;
  - stdout is the expected one, where the case gives it.
A case marked xfail (a known, reported bug) reports XFAIL and does not fail
the run; once it passes it fails with "remove its xfail", so the catalogue
cannot silently go stale.
Exit status: 0 all passed, 1 a case failed. Python 3 standard library only.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES  # noqa: E402

CRASH_PATTERNS = [
    r"ERROR: AddressSanitizer",
    r"ERROR: LeakSanitizer",
    r"\.(c|h|y|l):\d+:\d+: runtime error:",  # UBSan
    r"internal compiler error",      # owl's ICE()
    r"Segmentation fault|core dumped",
]


def substitute(args, tmp, src):
    return [a.replace("{tmp}", tmp).replace("{src}", src) for a in args]


class Result:
    def __init__(self, returncode, stdout, stderr, peak_mb):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.peak_mb = peak_mb


def run_owl(argv, tmp, env, limit):
    """Runs owl with its output in files, reaped by wait4 for its peak
    resident set. Raises subprocess.TimeoutExpired after `limit` seconds."""
    out_path, err_path = os.path.join(tmp, ".stdout"), os.path.join(tmp, ".stderr")
    with open(out_path, "wb") as fo, open(err_path, "wb") as fe:
        p = subprocess.Popen(argv, cwd=tmp, env=env, stdin=subprocess.DEVNULL,
                             stdout=fo, stderr=fe)
        deadline = time.monotonic() + limit
        delay = 0.001
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                p.kill()
                os.wait4(p.pid, 0)
                p.returncode = -9
                raise subprocess.TimeoutExpired(argv, limit)
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
    p.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, "rb") as f:
        out = f.read()
    with open(err_path, "rb") as f:
        err = f.read()
    return Result(p.returncode, out, err, usage.ru_maxrss / 1024)


def run_case(case, owl, scale, show=False, mem_scale=1.0):
    """Returns a list of problems (empty when the case passes)."""
    tmp = tempfile.mkdtemp(prefix="owl-bad-")
    try:
        src = os.path.join(tmp, case.file)
        if case.src is not None:
            with open(src, "wb") as f:
                f.write(case.src)
        elif case.gen is not None:
            case.gen(src)
        if case.setup:
            case.setup(tmp)
        argv = [owl] + substitute(case.args, tmp, case.file)
        env = dict(os.environ)
        env.pop("RUST_BACKTRACE", None)
        env["TMPDIR"] = tmp
        limit = case.timeout * scale
        start = time.monotonic()
        try:
            r = run_owl(argv, tmp, env, limit)
        except subprocess.TimeoutExpired:
            return [f"timed out after {limit:.0f} s (hang, or too slow)"]
        elapsed = time.monotonic() - start
        status = r.returncode if r.returncode >= 0 else 128 - r.returncode
        err = r.stderr.decode("utf-8", "replace")
        if show:
            print(f"status {status} in {elapsed:.2f} s, peak memory {r.peak_mb:.0f} MB")
            print("--- stdout (first 20 lines)")
            print("\n".join(r.stdout.decode("utf-8", "replace").splitlines()[:20]))
            print("--- stderr (first 30 lines)")
            print("\n".join(ln[:200] for ln in err.splitlines()[:30]))
        problems = []
        if r.returncode < 0 and not case.program:
            problems.append(f"owl was killed by signal {-r.returncode}")
        if r.peak_mb > case.memory * mem_scale:
            problems.append(f"peak memory {r.peak_mb:.0f} MB, over the limit of "
                            f"{case.memory * mem_scale:.0f} MB")
        if status != case.status:
            problems.append(f"exit status {status}, expected {case.status}")
        if not case.program and status not in (0, 1, 2):
            problems.append(f"owl's exit status {status} is not one of 0, 1, 2")
        for pat in CRASH_PATTERNS:
            if re.search(pat, err):
                problems.append(f"stderr shows a crash: /{pat}/")
        for pat in case.stderr:
            if not re.search(pat, err):
                problems.append(f"stderr does not match /{pat}/")
        if case.stdout is not None and r.stdout != case.stdout:
            problems.append(f"stdout {r.stdout[:200]!r}, expected {case.stdout[:200]!r}")
        if problems:
            lines = [ln if len(ln) <= 200 else ln[:200] + "..." for ln in err.splitlines()[:40]]
            problems.append("stderr was:\n" + "\n".join(lines))
        return problems
    finally:
        for root, dirs, _ in os.walk(tmp):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o755)
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--owl")
    ap.add_argument("--time-scale", type=float, default=1.0,
                    help="multiply every time limit (sanitizer builds are slower)")
    ap.add_argument("--memory-scale", type=float, default=1.0,
                    help="multiply every memory limit (sanitizer builds use more)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    names = [c.name for c in CASES]
    if len(set(names)) != len(names):
        sys.exit("cases.py: duplicate case names")
    if a.list:
        print("\n".join(names))
        return 0
    if not a.owl:
        sys.exit("run.py: --owl is required")
    todo = CASES if a.all else [c for c in CASES if c.name in a.cases]
    unknown = set(a.cases) - set(names)
    if unknown:
        sys.exit("run.py: unknown case(s): " + ", ".join(sorted(unknown)))
    failed = 0
    for case in todo:
        problems = run_case(case, a.owl, a.time_scale, a.show, a.memory_scale)
        if case.xfail and problems:
            print(f"XFAIL {case.name}: known bug: {case.xfail}")
            for p in problems[:-1]:
                print("  " + p)
            continue
        if case.xfail:
            problems = [f"passes now: remove its xfail ({case.xfail})"]
        if problems:
            failed += 1
            print(f"FAIL {case.name}")
            for p in problems:
                print("  " + p.replace("\n", "\n    "))
        else:
            print(f"PASS {case.name}")
    if len(todo) > 1:
        print(f"{len(todo) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
