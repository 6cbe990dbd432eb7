#!/usr/bin/env python3
"""golden.py: `owl layout` of the examples against checked-in golden files.

Usage: golden.py --owl OWL [--update] [NAME ...]

For each example (examples/NAME.rs; all of them without NAMEs) runs
`owl layout NAME.rs --format=F` in the examples directory for F in text,
markdown and json, and compares the output with tests/report/golden/NAME.txt,
NAME.md and NAME.json. The JSON is also checked against
tests/tools/layout-report.schema.json.

Machine-code sizes (the CODE section, and the stack bytes each call takes,
which come from the function's prologue) change whenever code generation
changes, so they are masked on both sides before comparing; everything else
(offsets, sizes, frames, events, heap owners) must match exactly, modulo
line wrapping. With --update the golden files are rewritten instead: read
the diff (git diff tests/report/golden) as a learner would before committing.
"""
import argparse
import difflib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.path.join(ROOT, "examples")
GOLDEN = os.path.join(HERE, "golden")
SCHEMA = os.path.join(ROOT, "tests", "tools", "layout-report.schema.json")
FORMATS = [("text", "txt"), ("markdown", "md"), ("json", "json")]

sys.path.insert(0, os.path.join(ROOT, "tests", "tools"))
import validate_json_schema  # noqa: E402

MASKS = [
    (re.compile(r"(\s`?(?:owl\.[\w.]+|main)`?(?: \|)?)\s+\d+\b"), r"\1 N"),  # CODE rows
    (re.compile(r"Each call takes \d+ bytes"), "Each call takes N bytes"),
    (re.compile(r"\d+(?:\.\d+)?%"), "P%"),
    (re.compile(r"(Deepest call chain:[^,]*),\s+\d+\s+bytes"), r"\1, N bytes"),
    (re.compile(r'"(code_size|machine_frame)": \d+'), r'"\1": N'),
    (re.compile(r'("symbol": "main", "size": )\d+'), r"\1N"),
]


def mask(text):
    for rx, rep in MASKS:
        text = rx.sub(rep, text)
    return text


def same(a, b):
    """Equal after masking, whitespace runs (line wrapping) aside."""
    return " ".join(mask(a).split()) == " ".join(mask(b).split())


def layout(owl, name, fmt):
    env = dict(os.environ)
    env.pop("RUST_BACKTRACE", None)
    r = subprocess.run([owl, "layout", f"{name}.rs", f"--format={fmt}", "--color=never"],
                       cwd=EXAMPLES, capture_output=True, text=True, env=env, timeout=60)
    return r.returncode, r.stdout, r.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--owl", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(f[:-3] for f in os.listdir(EXAMPLES) if f.endswith(".rs"))
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    failed = 0
    for name in names:
        problems = []
        for fmt, ext in FORMATS:
            rc, out, err = layout(os.path.abspath(args.owl), name, fmt)
            if rc:
                problems.append(f"owl layout --format={fmt} exited {rc}:\n{err}")
                continue
            if fmt == "json":
                v = validate_json_schema.Validator(schema)
                v.validate(json.loads(out), schema)
                problems += [f"schema: {e}" for e in v.errors[:20]]
            path = os.path.join(GOLDEN, f"{name}.{ext}")
            if args.update:
                os.makedirs(GOLDEN, exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(out)
                continue
            try:
                with open(path, encoding="utf-8") as f:
                    want = f.read()
            except OSError:
                problems.append(f"no golden file {os.path.relpath(path, ROOT)} "
                                f"(run golden.py --update)")
                continue
            if not same(want, out):
                diff = difflib.unified_diff(mask(want).splitlines(), mask(out).splitlines(),
                                            f"golden/{name}.{ext}", "owl layout", lineterm="",
                                            n=2)
                problems.append(f"--format={fmt} differs from the golden file "
                                "(code sizes masked):\n" + "\n".join(list(diff)[:60]))
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            print(f"{'UPDATED' if args.update else 'PASS'} {name}")
    print(f"{len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
