#!/usr/bin/env python3
"""Appends owl's --dump-ast output for a test program as `// AST:` lines.

Usage: gen_ast.py OWL TEST.rs

Unlike gen_expect.py the expectation comes from owl itself, so review it
before committing: it records what the type checker inferred (each node's
type after the colon) and which coercions it inserted.
"""
import subprocess
import sys

RUN = "// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace\n"


def main():
    owl, path = sys.argv[1], sys.argv[2]
    text = open(path).read()
    cut = text.find("// RUN:")
    code = (text if cut < 0 else text[:cut]).rstrip("\n") + "\n"
    with open(path, "w") as f:
        f.write(code)
    p = subprocess.run([owl, "check", "--dump-ast", path], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{path}: owl failed:\n{p.stderr}")
    lines = p.stdout.rstrip("\n").split("\n")
    out = []
    for i, line in enumerate(lines):
        line = line.replace("{{", "{{[{][{]}}").replace("[[", "{{[[][[]}}")
        out.append(("// AST:" if i == 0 else "// AST-NEXT:") + line)
    with open(path, "w") as f:
        f.write(code + "\n" + RUN + "\n".join(out) + "\n")


if __name__ == "__main__":
    main()
