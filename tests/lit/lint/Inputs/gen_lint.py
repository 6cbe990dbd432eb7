#!/usr/bin/env python3
"""Records rustc's verdict on a lint test program as lit RUN and FileCheck lines.

Usage: gen_lint.py TEST.rs [TEST.rs ...]

TEST.rs holds the program; everything from the first line starting with
`// RUN:` on is replaced. A `// owl-flags: -O` line passes -O to both
compilers (release builds lint the same operations). The program is
compiled with `rustc --edition 2021` in a temporary directory under its
own name, so `-->` paths are relative; the test then checks that
`owl check` exits with rustc's status (1 when a lint at deny level fired,
else 0) and prints rustc's whole stderr, the file's path matched with
{{.*}}. rustc must print nothing but the arithmetic_overflow and
unconditional_panic lints: programs with other errors or warnings are
refused (owl does not print rustc's other warnings).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

LINTS = ("this arithmetic operation will overflow", "this operation will panic at runtime")


def escape(line):
    # FileCheck reads {{...}} as a regex and [[...]] as a variable.
    return line.replace("{{", "{{[{][{]}}").replace("[[", "{{[[][[]}}")


def check_only_lints(path, err):
    for line in err.split("\n"):
        m = re.match(r"^(error|warning)(\[\w+\])?: (.*)$", line)
        if not m:
            continue
        msg = m.group(3)
        if msg in LINTS or re.match(r"aborting due to|\d+ warnings? emitted", msg):
            continue
        sys.exit(f"{path}: rustc printed something else than the lints:\n{err}")


def gen(path):
    text = open(path).read()
    cut = text.find("// RUN:")
    code = (text if cut < 0 else text[:cut]).rstrip("\n") + "\n"
    m = re.search(r"^//\s*owl-flags:(.*)$", code, re.M)
    flags = m.group(1).split() if m else []
    name = os.path.basename(path)
    d = tempfile.mkdtemp()
    try:
        with open(os.path.join(d, name), "w") as f:
            f.write(code)
        p = subprocess.run(["rustc", "--edition", "2021"] + flags + ["-o", "out", name], cwd=d,
                           capture_output=True, text=True)
    finally:
        shutil.rmtree(d)
    err = p.stderr
    if p.returncode not in (0, 1):
        sys.exit(f"{path}: rustc exited with {p.returncode}")
    check_only_lints(path, err)
    fl = "".join(" " + f for f in flags)
    run = [f"// RUN: sh -c '%owl check{fl} %s 2> %t.err; test $? -eq {p.returncode}'"]
    if not err:
        run.append("// RUN: sh -c 'test ! -s %t.err'")
        out = []
    else:
        run.append("// RUN: FileCheck %s --check-prefix=ERR --match-full-lines "
                   "--strict-whitespace < %t.err")
        out = []
        for i, line in enumerate(err.rstrip("\n").split("\n")):
            m = re.match(r"^(\s*--> )" + re.escape(name) + r"(:\d+:\d+)$", line)
            if m:
                line = escape(m.group(1)) + "{{.*}}" + escape(name + m.group(2))
            else:
                line = escape(line)
            if i == 0:
                out.append(f"// ERR:{line}")
            elif line == "":
                out.append("// ERR-EMPTY:")
            else:
                out.append(f"// ERR-NEXT:{line}")
    with open(path, "w") as f:
        f.write(code + "\n" + "\n".join(run + out) + "\n")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for path in sys.argv[1:]:
        gen(path)


if __name__ == "__main__":
    main()
