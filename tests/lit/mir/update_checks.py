#!/usr/bin/env python3
"""update_checks.py: regenerate the MIR golden lines of tests/lit/mir tests.

    update_checks.py OWL TEST.rs...

Runs the owl command of each test's RUN line (up to the pipe), and replaces
the test's `// MIR...` lines by the dump: for each function, a MIR-LABEL on
its header and MIR-NEXT / MIR-EMPTY for every following line, so the whole
body is checked. A `// mir-golden: f g` line limits the check to those
functions. Review the diff before committing: the point of a golden test is
that a person has read the expected MIR and found it right.
"""
import re
import subprocess
import sys


def escape(line):
    # FileCheck reads [[...]] as a variable and {{...}} as a regex.
    return line.replace("{{", "{{\\{\\{}}").replace("[[", "{{\\[\\[}}")


def checks_for(dump, wanted):
    out = []
    cur = None
    for line in dump.splitlines():
        m = re.match(r"fn (\w+)\(", line)
        if m:
            cur = m.group(1)
            if wanted is None or cur in wanted:
                out.append("// MIR-LABEL: " + escape(line))
            continue
        if line.startswith("static "):
            if wanted is None:
                out.append("// MIR: " + escape(line))
            continue
        if cur is None or (wanted is not None and cur not in wanted):
            continue
        if line.strip() == "":
            out.append("// MIR-EMPTY:")
        else:
            out.append("// MIR-NEXT: " + escape(line.strip()))
        if line == "}":
            cur = None
    return out


def update(owl, path):
    with open(path) as f:
        lines = f.read().split("\n")
    run = next(l for l in lines if l.startswith("// RUN:"))
    cmd = run[len("// RUN:"):].split("|")[0].strip()
    cmd = cmd.replace("%owl", owl).replace("%s", path)
    dump = subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout
    wanted = None
    for l in lines:
        m = re.match(r"// mir-golden:(.*)", l)
        if m:
            wanted = set(m.group(1).split())
    body = [l for l in lines if not l.startswith("// MIR")]
    while body and body[-1] == "":
        body.pop()
    body.append("")
    body.extend(checks_for(dump, wanted))
    with open(path, "w") as f:
        f.write("\n".join(body) + "\n")


def main():
    owl = sys.argv[1]
    for path in sys.argv[2:]:
        update(owl, path)


if __name__ == "__main__":
    main()
