#!/usr/bin/env python3
"""diff_types.py: the report's type layouts against rustc's, for random types.

Usage: diff_types.py --owl OWL [--count 300] [--seed 1] [--per-program 25]
                     [--keep DIR]

Generates `count` random Tier-1 types (primitives, references, &str, String,
(), nested tuples and arrays), deterministic for a seed. For each chunk of
types it writes one program that, per type T, declares `let vN: T = ...;`
and prints size_of::<T>(), align_of::<T>() and the address of the value and
of its fields (`&vN.1`, `&vN.0[1]`, ...). It builds the program with rustc
and with owl, runs both, and checks, for every type:
  1. owl's program prints the same sizes, alignments and field offsets
     (address differences) as rustc's;
  2. `owl layout --format=json` lists T in `types` with rustc's size and
     alignment, and the field offsets computed from its `types` entries
     (fields by name, arrays by stride) equal rustc's;
  3. the report's frame slot of vN has T's size and alignment.
rustc must be on PATH; without it the test prints a loud SKIPPED line and
exits 0 (it cannot know the truth without rustc).
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

INTS = ["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"]
PRIMS = INTS + ["f32", "f64", "bool", "char"]


class Ty:
    """kind: prim, unit, str_ref, string, ref, tuple, array."""

    def __init__(self, kind, name=None, elems=(), n=0):
        self.kind, self.name, self.elems, self.n = kind, name, list(elems), n

    def __str__(self):
        k = self.kind
        if k in ("prim",):
            return self.name
        if k == "unit":
            return "()"
        if k == "str_ref":
            return "&str"
        if k == "string":
            return "String"
        if k == "ref":
            return "&" + str(self.elems[0])
        if k == "tuple":
            inner = ", ".join(str(e) for e in self.elems)
            return f"({inner},)" if len(self.elems) == 1 else f"({inner})"
        if k == "array":
            return f"[{self.elems[0]}; {self.n}]"
        raise ValueError(k)

    def is_copy(self):
        if self.kind == "string":
            return False
        if self.kind in ("tuple", "array"):
            return all(e.is_copy() for e in self.elems)
        return True


def gen_type(rng, depth):
    r = rng.random()
    if depth <= 0 or r < 0.35:
        x = rng.random()
        if x < 0.62:
            return Ty("prim", rng.choice(PRIMS))
        if x < 0.75:
            return Ty("str_ref")
        if x < 0.88:
            return Ty("string")
        if x < 0.95:
            return Ty("ref", elems=[Ty("prim", rng.choice(PRIMS))])
        return Ty("unit")
    if r < 0.75:
        return Ty("tuple", elems=[gen_type(rng, depth - 1) for _ in range(rng.randint(1, 5))])
    if r < 0.92:
        elem = gen_type(rng, depth - 1)
        return Ty("array", elems=[elem], n=rng.randint(0, 4))
    return Ty("ref", elems=[gen_type(rng, depth - 1)])


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.prelude = []
        self.k = 0

    def value(self, t):
        rng = self.rng
        k = t.kind
        if k == "prim":
            n = t.name
            if n in INTS:
                return f"{rng.randint(0, 100)}{n}"
            if n in ("f32", "f64"):
                return f"{rng.randint(0, 9)}.5{n}"
            if n == "bool":
                return rng.choice(["true", "false"])
            return "'" + rng.choice("abcxyz") + "'"
        if k == "unit":
            return "()"
        if k == "str_ref":
            return '"' + rng.choice(["", "a", "hello", "héllo"]) + '"'
        if k == "string":
            return 'String::from("' + rng.choice(["", "s", "owl"]) + '")'
        if k == "ref":
            name = f"r{self.k}"
            self.k += 1
            v = self.value(t.elems[0])
            self.prelude.append(f"    let {name}: {t.elems[0]} = {v};")
            return "&" + name
        if k == "tuple":
            vs = [self.value(e) for e in t.elems]
            return "(" + ", ".join(vs) + ("," if len(vs) == 1 else "") + ")"
        if k == "array":
            if t.n == 0:
                return "[]"
            if t.elems[0].is_copy():
                return f"[{self.value(t.elems[0])}; {t.n}]"
            return "[" + ", ".join(self.value(t.elems[0]) for _ in range(t.n)) + "]"
        raise ValueError(k)


def paths(t, prefix="", budget=None):
    """Field paths to print: every tuple field, array elements 0 and 1."""
    if budget is None:
        budget = [14]
    out = []
    if t.kind == "tuple":
        for i, e in enumerate(t.elems):
            if budget[0] <= 0:
                break
            budget[0] -= 1
            p = f"{prefix}.{i}"
            out.append(p)
            out += paths(e, p, budget)
    elif t.kind == "array":
        for i in range(min(t.n, 2)):
            if budget[0] <= 0:
                break
            budget[0] -= 1
            p = f"{prefix}[{i}]"
            out.append(p)
            out += paths(t.elems[0], p, budget)
    return out


def program(types, rng):
    g = Gen(rng)
    body = []
    for i, t in enumerate(types):
        g.prelude = []
        v = g.value(t)
        body += g.prelude
        body.append(f"    let v{i}: {t} = {v};")
        body.append(f'    println!("T{i} size {{}} align {{}}", std::mem::size_of::<{t}>(), '
                    f'std::mem::align_of::<{t}>());')
        body.append(f'    println!("T{i} base {{:p}}", &v{i});')
        for p in paths(t):
            body.append(f'    println!("T{i} {p} {{:p}}", &v{i}{p});')
    return "fn main() {\n" + "\n".join(body) + "\n}\n"


LINE = re.compile(r"^T(\d+) (\S+) (\S+)(?: align (\d+))?$")


def parse(out):
    """{i: {"size": n, "align": n, "base": addr, "paths": {path: offset}}}"""
    res = {}
    for line in out.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        i = int(m.group(1))
        d = res.setdefault(i, {"paths": {}})
        if m.group(2) == "size":
            d["size"], d["align"] = int(m.group(3)), int(m.group(4))
        elif m.group(2) == "base":
            d["base"] = int(m.group(3), 16)
        else:
            d["paths"][m.group(2)] = int(m.group(3), 16) - d["base"]
    return res


STEP = re.compile(r"\.(\d+)|\[(\d+)\]")


def report_offset(by_name, tname, path):
    off = 0
    for m in STEP.finditer(path):
        t = by_name.get(tname)
        if t is None:
            raise KeyError(f"{tname!r} not in types")
        if m.group(1) is not None:
            f = [f for f in t["fields"] if f["name"] == m.group(1)]
            if not f:
                raise KeyError(f"{tname!r} has no field {m.group(1)}")
            off += f[0]["offset"]
            tname = f[0]["type"]
        else:
            off += int(m.group(2)) * t["stride"]
            tname = t["elem"]
    return off


def run(cmd, **kw):
    env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, **kw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--owl", required=True)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-program", type=int, default=25)
    ap.add_argument("--keep", help="write the generated programs here")
    args = ap.parse_args()
    rustc = shutil.which("rustc")
    if rustc is None:
        print("=" * 72)
        print("DIFFERENTIAL SKIPPED: rustc is not on PATH, so there is no truth to")
        print("compare owl's layouts with. Install rustc 1.95 to run this test.")
        print("=" * 72)
        return 0
    rng = random.Random(args.seed)
    types = [gen_type(rng, rng.randint(0, 3)) for _ in range(args.count)]
    failures = []
    checked = 0
    with tempfile.TemporaryDirectory(prefix="owl-difftypes-") as tmp:
        out_dir = args.keep or tmp
        os.makedirs(out_dir, exist_ok=True)
        for c in range(0, len(types), args.per_program):
            chunk = types[c:c + args.per_program]
            src = os.path.join(out_dir, f"types_{c // args.per_program:02d}.rs")
            with open(src, "w", encoding="utf-8") as f:
                f.write(program(chunk, rng))
            rexe, oexe = os.path.join(tmp, "rustc-prog"), os.path.join(tmp, "owl-prog")
            r = run([rustc, "--edition", "2021", "-A", "warnings", src, "-o", rexe])
            if r.returncode:
                failures.append(f"{src}: rustc rejected the generated program:\n{r.stderr}")
                continue
            o = run([args.owl, "build", src, "-o", oexe])
            if o.returncode:
                failures.append(f"{src}: owl build failed:\n{o.stderr}")
                continue
            truth = parse(run([rexe]).stdout)
            owl_run = parse(run([oexe]).stdout)
            lay = run([args.owl, "layout", src, "--format=json"])
            if lay.returncode:
                failures.append(f"{src}: owl layout failed:\n{lay.stderr}")
                continue
            report = json.loads(lay.stdout)
            by_name = {t["name"]: t for t in report["types"]}
            main_fn = [f for f in report["functions"] if f["name"] == "main"][0]
            slots = {s["name"]: s for s in main_fn["frame"]["slots"]}
            for i, t in enumerate(chunk):
                name = str(t)
                want = truth.get(i)
                if want is None or "size" not in want:
                    failures.append(f"{src}: T{i} {name}: rustc's program printed nothing")
                    continue
                checked += 1
                got = owl_run.get(i, {})
                for key in ("size", "align"):
                    if got.get(key) != want[key]:
                        failures.append(f"T{i} {name}: owl's program says {key} "
                                        f"{got.get(key)}, rustc's {want[key]}")
                for p, off in want["paths"].items():
                    if got.get("paths", {}).get(p) != off:
                        failures.append(f"T{i} {name}: &v{p} is at +{got.get('paths', {}).get(p)}"
                                        f" in owl's program, +{off} in rustc's")
                rt = by_name.get(name)
                if rt is None:
                    failures.append(f"T{i} {name}: not in the report's types list")
                    continue
                if (rt["size"], rt["align"]) != (want["size"], want["align"]):
                    failures.append(f"T{i} {name}: the report says size {rt['size']} align "
                                    f"{rt['align']}, rustc {want['size']} {want['align']}")
                for p, off in want["paths"].items():
                    try:
                        ro = report_offset(by_name, name, p)
                    except KeyError as e:
                        failures.append(f"T{i} {name}: {p}: {e}")
                        continue
                    if ro != off:
                        failures.append(f"T{i} {name}: the report puts {p} at +{ro}, "
                                        f"rustc at +{off}")
                s = slots.get(f"v{i}")
                if s is None or (s["size"], s["align"]) != (want["size"], want["align"]):
                    failures.append(f"T{i} {name}: frame slot v{i} is "
                                    f"{s and (s['size'], s['align'])}, rustc says "
                                    f"{(want['size'], want['align'])}")
    for f in failures:
        print("FAIL", f)
    print(f"{checked} types checked against rustc, {len(failures)} mismatches")
    return 1 if failures or checked < args.count else 0


if __name__ == "__main__":
    sys.exit(main())
