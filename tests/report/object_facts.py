#!/usr/bin/env python3
"""object_facts.py: the report's CODE and STATIC facts against readelf.

Usage: object_facts.py --owl OWL PROGRAM.rs [PROGRAM.rs ...]

The report reads code sizes and sections from the object it compiles with
its own small ELF reader; this test reads the same object with binutils'
readelf (an independent implementation) and checks, per program:
  - every function's code_size equals st_size of its owl.<name> symbol, and
    the entry wrapper's size equals `main`'s;
  - every static's object section and size equal its symbol's;
  - every literal the report places in the object is really in that section
    (its bytes occur in the section's contents).
Without readelf on PATH it prints a loud SKIPPED line and exits 0.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SYM = re.compile(r"^\s*\d+:\s+([0-9a-f]+)\s+(\d+)\s+(\w+)\s+\w+\s+\w+\s+(\w+)\s+(\S+)\s*$")
SEC = re.compile(r"^\s*\[\s*(\d+)\]\s+(\S+)\s+")


def readelf(obj):
    secs, syms = {}, {}
    out = subprocess.run(["readelf", "-SW", obj], capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = SEC.match(line)
        if m:
            secs[m.group(1)] = m.group(2)
    out = subprocess.run(["readelf", "-sW", obj], capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = SYM.match(line)
        if m:
            syms[m.group(5)] = {"value": int(m.group(1), 16), "size": int(m.group(2)),
                                "type": m.group(3), "section": secs.get(m.group(4))}
    return secs, syms


def section_bytes(obj, name):
    r = subprocess.run(["readelf", "-x", name, obj], capture_output=True, text=True)
    data = bytearray()
    for line in r.stdout.splitlines():
        m = re.match(r"^\s+0x[0-9a-f]+ ((?:[0-9a-f]{2,8} ){1,4})", line)
        if m:
            data += bytes.fromhex(m.group(1).replace(" ", ""))
    return bytes(data)


def check(owl, src, tmp):
    fails = []
    obj = os.path.join(tmp, "prog.o")
    r = subprocess.run([owl, "build", src, "--emit=obj", "-o", obj], capture_output=True,
                       text=True)
    if r.returncode:
        return [f"owl build --emit=obj failed:\n{r.stderr}"], 0
    r = subprocess.run([owl, "layout", src, "--format=json"], capture_output=True, text=True)
    if r.returncode:
        return [f"owl layout failed:\n{r.stderr}"], 0
    rep = json.loads(r.stdout)
    _, syms = readelf(obj)
    n = 0
    for f in rep["functions"]:
        s = syms.get(f["symbol"])
        n += 1
        if s is None:
            fails.append(f"no symbol {f['symbol']} in the object")
        elif s["size"] != f["code_size"]:
            fails.append(f"{f['name']}: code_size {f['code_size']}, readelf says {s['size']}")
    n += 1
    if syms.get("main", {}).get("size") != rep["code"]["entry"]["size"]:
        fails.append(f"entry: {rep['code']['entry']['size']}, readelf says "
                     f"{syms.get('main', {}).get('size')}")
    for st in rep["statics"]:
        n += 1
        if st["kind"] == "static":
            s = syms.get(st["symbol"])
            if s is None:
                fails.append(f"no symbol {st['symbol']}")
                continue
            if (s["section"], s["size"]) != (st["object_section"], st["size"]):
                fails.append(f"{st['symbol']}: report {st['object_section']} {st['size']}, "
                             f"readelf {s['section']} {s['size']}")
        elif st["in_object"]:
            data = section_bytes(obj, st["object_section"])
            if st["text"].encode("utf-8") not in data:
                fails.append(f"{st['symbol']} {st['text']!r}: not in {st['object_section']}")
    return fails, n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--owl", required=True)
    ap.add_argument("programs", nargs="+")
    args = ap.parse_args()
    if shutil.which("readelf") is None:
        print("=" * 72)
        print("OBJECT CHECK SKIPPED: readelf (binutils) is not on PATH")
        print("=" * 72)
        return 0
    bad = 0
    with tempfile.TemporaryDirectory(prefix="owl-objfacts-") as tmp:
        for src in args.programs:
            fails, n = check(args.owl, src, tmp)
            for f in fails:
                print(f"FAIL {os.path.basename(src)}: {f}")
            if not fails:
                print(f"PASS {os.path.basename(src)}: {n} facts agree with readelf")
            bad += bool(fails)
    print(f"{len(args.programs) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
