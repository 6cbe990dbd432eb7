#!/usr/bin/env python3
"""replay.py: run every fuzz regression input through owl (any build).

    replay.py --owl OWL DIR

Each file in DIR (an input that once crashed a fuzz target, reduced) goes
through `owl check` and `owl build --emit=obj`; owl must exit 0, 1 or 2 in
a few seconds without a signal, a sanitizer report or an internal compiler
error. Exit status 0 when all pass. Python 3 standard library only.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

CRASH = re.compile(r"ERROR: AddressSanitizer|ERROR: LeakSanitizer|"
                   r"\.(c|h|y|l):\d+:\d+: runtime error:|internal compiler error")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--owl", required=True)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("dir")
    a = ap.parse_args()
    files = sorted(f for f in os.listdir(a.dir) if not f.startswith(".")
                   and f != "README.md")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="owl-replay-") as tmp:
        for name in files:
            src = os.path.join(tmp, "input.rs")
            with open(os.path.join(a.dir, name), "rb") as f:
                data = f.read()
            with open(src, "wb") as f:
                f.write(data)
            for cmd in (["check", src], ["build", "--emit=obj", "-o", os.path.join(tmp, "o.o"), src]):
                try:
                    r = subprocess.run([a.owl] + cmd, cwd=tmp, capture_output=True,
                                       timeout=a.timeout, stdin=subprocess.DEVNULL)
                except subprocess.TimeoutExpired:
                    print(f"FAIL {name}: owl {cmd[0]} timed out")
                    failed += 1
                    continue
                err = r.stderr.decode("utf-8", "replace")
                if r.returncode not in (0, 1, 2) or CRASH.search(err):
                    print(f"FAIL {name}: owl {cmd[0]} exited {r.returncode}")
                    print("\n".join(ln[:200] for ln in err.splitlines()[-30:]))
                    failed += 1
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
