#!/usr/bin/env python3
"""Turns rustc's diagnostics for a test program into FileCheck lines.

Usage: gen_expect.py TEST.rs [--allow-warnings]

TEST.rs holds the program; everything from the first line starting with
`// RUN:` on is replaced. The program is compiled with `rustc --edition 2021`
(in a temporary directory, under the same file name, so the `-->` paths are
relative), rustc's stderr becomes `// ERR:` lines checked with
--match-full-lines --strict-whitespace, `rustc --explain` becomes
`owl explain`, and the file's path is matched with {{.*}}. Programs whose
rustc output has warnings are refused unless --allow-warnings is given:
owl prints only some of rustc's warnings (unused_parens, unused_variables).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

RUN = """// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
"""


def escape(line):
    # FileCheck reads {{...}} as a regex and [[...]] as a variable.
    out = []
    i = 0
    while i < len(line):
        if line.startswith("{{", i):
            out.append("{{[{][{]}}")
            i += 2
        elif line.startswith("[[", i):
            out.append("{{[[][[]}}")
            i += 2
        else:
            out.append(line[i])
            i += 1
    return "".join(out)


def main():
    path = sys.argv[1]
    allow_warnings = "--allow-warnings" in sys.argv
    prefix = "ERR"
    text = open(path).read()
    cut = text.find("// RUN:")
    code = text if cut < 0 else text[:cut]
    code = code.rstrip("\n") + "\n"
    name = os.path.basename(path)
    d = tempfile.mkdtemp()
    try:
        with open(os.path.join(d, name), "w") as f:
            f.write(code)
        p = subprocess.run(["rustc", "--edition", "2021", "-o", "out", name], cwd=d,
                           capture_output=True, text=True)
    finally:
        shutil.rmtree(d)
    err = p.stderr
    if p.returncode == 0:
        sys.exit(f"{path}: rustc accepted the program")
    if re.search(r"^warning", err, re.M) and not allow_warnings:
        sys.exit(f"{path}: rustc printed warnings:\n{err}")
    lines = err.rstrip("\n").split("\n")
    out = []
    for i, line in enumerate(lines):
        line = line.replace("rustc --explain", "owl explain")
        m = re.match(r"^(\s*--> )" + re.escape(name) + r"(:\d+:\d+)$", line)
        if m:
            line = escape(m.group(1)) + "{{.*}}" + escape(name + m.group(2))
        else:
            line = escape(line)
        if i == 0:
            out.append(f"// {prefix}:{line}")
        elif line == "":
            out.append(f"// {prefix}-EMPTY:")
        else:
            out.append(f"// {prefix}-NEXT:{line}")
    with open(path, "w") as f:
        f.write(code + "\n" + RUN + "\n".join(out) + "\n")


if __name__ == "__main__":
    main()
