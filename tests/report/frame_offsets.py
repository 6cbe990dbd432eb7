#!/usr/bin/env python3
"""frame_offsets.py: the report's frame offsets against the running program.

Usage: frame_offsets.py --owl OWL PROGRAM.rs [PROGRAM.rs ...]

Each program prints lines "ADDR <function>[#call] <name>[@line][<path>] <{:p}>".
The test builds the program with owl (debug), runs it, and takes the report
from `owl layout --format=json`. Then, for every function call:
  - for every two named locals a and b, addr(b) - addr(a) must equal
    offset(b) - offset(a) in the report's frame (every local lives at its
    offset inside one frame object);
  - for a field path (t.1, m[2], o.1.1, p[1].1), addr(path) - addr(t) must
    equal the offset of that path computed from the report's `types` list
    (fields by name, arrays by stride).
A name may carry @LINE to pick one of several shadowed locals. Prints each
check; exits 1 on any mismatch.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ADDR = re.compile(r"^ADDR (\S+) (\S+) (0x[0-9a-f]+)$")
PATH = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(@\d+)?((?:\.\d+|\[\d+\])*)$")
STEP = re.compile(r"\.(\d+)|\[(\d+)\]")


def path_offset(types, tname, path):
    """Offset of a field path inside a value of type tname, from `types`."""
    by_name = {t["name"]: t for t in types}
    off = 0
    for m in STEP.finditer(path):
        t = by_name.get(tname)
        if t is None:
            raise KeyError(f"type {tname!r} is not in the report's types list")
        if m.group(1) is not None:
            f = [f for f in t["fields"] if f["name"] == m.group(1)]
            if not f:
                raise KeyError(f"type {tname!r} has no field {m.group(1)}")
            off += f[0]["offset"]
            tname = f[0]["type"]
        else:
            if "stride" not in t:
                raise KeyError(f"type {tname!r} is not an array")
            off += int(m.group(2)) * t["stride"]
            tname = t["elem"]
    return off


def find_slot(fn, name, line):
    cands = [s for s in fn["frame"]["slots"] if s["name"] == name]
    if line is not None:
        cands = [s for s in cands if s["declared"] and s["declared"]["line"] == line]
    if len(cands) != 1:
        raise KeyError(f"{len(cands)} slots named {name}"
                       + (f" declared on line {line}" if line else "") + f" in {fn['name']}")
    return cands[0]


def check(owl, src, tmp):
    failures = []
    exe = os.path.join(tmp, "prog")
    r = subprocess.run([owl, "build", src, "-o", exe], capture_output=True, text=True)
    if r.returncode:
        return [f"owl build failed:\n{r.stderr}"]
    run = subprocess.run([exe], capture_output=True, text=True, timeout=20,
                         env={k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"})
    if run.returncode:
        return [f"program exited {run.returncode}:\n{run.stderr}"]
    rep = subprocess.run([owl, "layout", src, "--format=json"], capture_output=True, text=True)
    if rep.returncode:
        return [f"owl layout failed:\n{rep.stderr}"]
    report = json.loads(rep.stdout)
    fns = {f["name"]: f for f in report["functions"]}
    calls = {}
    for line in run.stdout.splitlines():
        m = ADDR.match(line)
        if m:
            calls.setdefault(m.group(1), []).append((m.group(2), int(m.group(3), 16)))
    if not calls:
        return ["the program printed no ADDR lines"]
    nchecks = 0
    for call, entries in calls.items():
        fname = call.split("#")[0]
        fn = fns.get(fname)
        if fn is None:
            failures.append(f"{call}: no function {fname} in the report")
            continue
        slots = {}
        for name, addr in entries:
            m = PATH.match(name)
            if not m:
                failures.append(f"{call}: cannot parse name {name!r}")
                continue
            base, at, path = m.group(1), m.group(2), m.group(3)
            try:
                slot = find_slot(fn, base, int(at[1:]) if at else None)
            except KeyError as e:
                failures.append(f"{call}: {e}")
                continue
            key = base + (at or "")
            if not path:
                slots[key] = (slot, addr)
        ref_key = next(iter(slots), None)
        if ref_key is None:
            failures.append(f"{call}: no whole local printed")
            continue
        ref_slot, ref_addr = slots[ref_key]
        for key, (slot, addr) in slots.items():
            want = slot["offset"] - ref_slot["offset"]
            got = addr - ref_addr
            nchecks += 1
            if want != got:
                failures.append(f"{call}: &{key} - &{ref_key} is {got} at run time, "
                                f"the report says {want} (offsets {slot['offset']} and "
                                f"{ref_slot['offset']})")
        for name, addr in entries:
            m = PATH.match(name)
            if not m or not m.group(3):
                continue
            key = m.group(1) + (m.group(2) or "")
            if key not in slots:
                failures.append(f"{call}: field {name} printed without its local {key}")
                continue
            slot, base_addr = slots[key]
            try:
                want = path_offset(report["types"], slot["type"], m.group(3))
            except KeyError as e:
                failures.append(f"{call}: {name}: {e}")
                continue
            got = addr - base_addr
            nchecks += 1
            if want != got:
                failures.append(f"{call}: &{name} - &{key} is {got} at run time, the report's "
                                f"types say {want}")
    print(f"{os.path.basename(src)}: {nchecks} address differences checked")
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--owl", required=True)
    ap.add_argument("programs", nargs="+")
    args = ap.parse_args()
    bad = 0
    with tempfile.TemporaryDirectory(prefix="owl-frames-") as tmp:
        for src in args.programs:
            failures = check(args.owl, src, tmp)
            for f in failures:
                print(f"FAIL {os.path.basename(src)}: {f}")
            bad += bool(failures)
    print(f"{len(args.programs) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
