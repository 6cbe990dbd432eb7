#!/usr/bin/env python3
"""Differential fuzzing of owl's arithmetic_overflow / unconditional_panic
lints against rustc.

Usage: fuzz_lint.py OWL N SEED [-O] [mild]

Generates N random Tier-1 programs from SEED (lets, mutable locals,
reassignment and compound assignment, arithmetic, shifts, division, casts,
tuples, arrays, indexing, branches, loops, borrows, comparisons of
aggregates, size_of, a helper function with parameters) and compares, for
each, the lint diagnostics (message, position, label, in order) that
`rustc --edition 2021` and `owl check` print. `-O` compiles both in release
mode; `mild` uses small literals, so that more programs are accepted.
Programs that either compiler rejects for another reason are skipped.
Mismatching programs are kept in $LINT_FUZZ_KEEP (default /tmp/lint-fuzz).

Known remaining difference: rustc promotes constant expressions whose
address is taken (println! of literal-only arithmetic) and lints them out
of order and inside dead branches; those show up as mismatches (-O
mismatches that differ only in order are reported as ORDER-ONLY).
"""
import os, random, re, subprocess, sys, tempfile

OWL = sys.argv[1]
N = int(sys.argv[2])
SEED = int(sys.argv[3])
OPT = "-O" in sys.argv[4:]
MILD = "mild" in sys.argv[4:]
KEEP = os.environ.get("LINT_FUZZ_KEEP", "/tmp/lint-fuzz")
os.makedirs(KEEP, exist_ok=True)

TYPES = ["i32", "u8", "i8", "usize", "i64", "u32"]
INFO = {"i32": (-2**31, 2**31-1), "u8": (0, 255), "i8": (-128, 127), "usize": (0, 2**64-1),
        "i64": (-2**63, 2**63-1), "u32": (0, 2**32-1)}


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.vars = []   # (name, type, mutable, is_array_len or None)
        self.n = 0
        self.lines = []
        self.depth = 0

    def fresh(self):
        self.n += 1
        return f"v{self.n}"

    def lit(self, t):
        lo, hi = INFO[t]
        r = self.r.random()
        if MILD:
            if r < 0.03:
                return f"{t}::MAX"
            if r < 0.1:
                return f"0{self.suffix(t)}"
            return f"{self.r.randint(1, 9)}{self.suffix(t)}"
        if r < 0.2:
            return f"{t}::MAX"
        if r < 0.3 and lo < 0:
            return f"{t}::MIN"
        if r < 0.45:
            v = self.r.choice([0, 1, 2, 3, 5, 7, 100, 127, 200, 255])
            v = min(v, hi)
        elif r < 0.55 and lo < 0:
            v = -self.r.choice([1, 2, 5, 100])
            return f"({v}{self.suffix(t)})"
        else:
            v = self.r.randint(0, min(hi, 300))
        return f"{v}{self.suffix(t)}"

    def suffix(self, t):
        return t if self.r.random() < 0.3 else ""

    def var_of(self, t):
        c = [v for v in self.vars if v[1] == t]
        return self.r.choice(c)[0] if c else None

    def expr(self, t, d=0):
        r = self.r.random()
        if d > 2 or r < 0.3:
            v = self.var_of(t)
            if v and self.r.random() < 0.7:
                return v
            return self.lit(t)
        if r < 0.65:
            op = self.r.choice(["+", "-", "*", "/", "%", "+", "-", "*", "<<", ">>", "&", "|"])
            if op in ("<<", ">>"):
                rt = self.r.choice(TYPES)
                return f"({self.expr(t, d+1)} {op} {self.expr(rt, d+1) if self.r.random()<0.5 else self.r.choice(['1','7','8','31','32','40','63','64'])})"
            return f"({self.expr(t, d+1)} {op} {self.expr(t, d+1)})"
        if r < 0.72 and INFO[t][0] < 0:
            return f"-{self.expr(t, d+1)}"
        if r < 0.78:
            ot = self.r.choice(TYPES)
            return f"({self.expr(ot, d+1)} as {t})"
        if r < 0.80:
            return f"id_{t}({self.expr(t, d+1)})"
        if r < 0.83:
            return self.r.choice([f"('a' as {t})", f"(true as {t})", f"(2.5f64 as {t})", f"(-7.9f32 as {t})",
                                  f"(loop {{ break {self.expr(t, d+1)}; }})"])
        if r < 0.88:
            return f"(if {self.cond(d+1)} {{ {self.expr(t, d+1)} }} else {{ {self.expr(t, d+1)} }})"
        if r < 0.93:
            arrs = [v for v in self.vars if v[1] == f"[{t}; 3]"]
            if arrs:
                return f"{self.r.choice(arrs)[0]}[{self.expr('usize', d+1)}]"
            tups = [v for v in self.vars if v[1] == f"({t}, {t})"]
            if tups:
                return f"{self.r.choice(tups)[0]}.{self.r.randint(0,1)}"
            return self.lit(t)
        return f"{{ {self.expr(t, d+1)} }}"

    def cond(self, d=0):
        r = self.r.random()
        if r < 0.2:
            return self.r.choice(["true", "false"])
        if r < 0.3:
            b = self.var_of("bool")
            if b:
                return b
        t = self.r.choice(TYPES)
        op = self.r.choice(["<", ">", "==", "!=", "<=", ">="])
        return f"{self.expr(t, d+1)} {op} {self.expr(t, d+1)}"

    def emit(self, s):
        self.lines.append("    " * (self.depth + 1) + s)

    def stmt(self):
        r = self.r.random()
        if r < 0.35 or not self.vars:
            t = self.r.choice(TYPES)
            name = self.fresh()
            mut = self.r.random() < 0.4
            annot = f": {t}" if self.r.random() < 0.7 else ""
            e = self.expr(t)
            if not annot and not re.search(r"[a-z]", e.replace(t, "")):
                annot = f": {t}"
            if annot == "":
                annot = f": {t}"
            self.emit(f"let {'mut ' if mut else ''}{name}{annot} = {e};")
            self.vars.append((name, t, mut))
        elif r < 0.45:
            t = self.r.choice(TYPES)
            name = self.fresh()
            mut = self.r.random() < 0.3
            self.emit(f"let {'mut ' if mut else ''}{name}: [{t}; 3] = [{self.expr(t)}, {self.expr(t)}, {self.expr(t)}];")
            self.vars.append((name, f"[{t}; 3]", mut))
        elif r < 0.5:
            t = self.r.choice(TYPES)
            name = self.fresh()
            mut = self.r.random() < 0.3
            self.emit(f"let {'mut ' if mut else ''}{name}: ({t}, {t}) = ({self.expr(t)}, {self.expr(t)});")
            self.vars.append((name, f"({t}, {t})", mut))
        elif r < 0.52:
            name = self.fresh()
            self.emit(f"let {name}: bool = {self.cond()};")
            self.vars.append((name, "bool", False))
        elif r < 0.68:
            muts = [v for v in self.vars if v[2] and v[1] in TYPES]
            if muts:
                v = self.r.choice(muts)
                op = self.r.choice(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "=", "=op"])
                rt = v[1] if op not in ("<<=", ">>=") else self.r.choice(TYPES)
                if op == "=op":
                    bop = self.r.choice(["/", "%", "+", "-", "*", "<<"])
                    rt2 = v[1] if bop != "<<" else self.r.choice(TYPES)
                    self.emit(f"{v[0]} = {v[0]} {bop} {self.expr(rt2)};")
                else:
                    self.emit(f"{v[0]} {op} {self.expr(rt)};")
        elif r < 0.73:
            arrs = [v for v in self.vars if v[2] and v[1].startswith("[")]
            if arrs:
                v = self.r.choice(arrs)
                et = v[1][1:v[1].index(";")]
                self.emit(f"{v[0]}[{self.expr('usize')}] = {self.expr(et)};")
        elif r < 0.8:
            v = self.r.choice(self.vars)
            if v[1] in TYPES:
                self.emit(f'println!("{{}}", {v[0]});')
            else:
                self.emit(f'println!("{{:?}}", {v[0]});')
        elif r < 0.86 and self.depth < 2:
            saved = list(self.vars)
            self.emit(f"if {self.cond()} {{")
            self.depth += 1
            for _ in range(self.r.randint(1, 3)):
                self.stmt()
            self.depth -= 1
            self.vars = saved
            self.emit("} else {")
            self.depth += 1
            for _ in range(self.r.randint(0, 2)):
                self.stmt()
            self.depth -= 1
            self.vars = saved
            self.emit("}")
        elif r < 0.9 and self.depth < 2:
            saved = list(self.vars)
            self.emit(f"while {self.cond()} {{")
            self.depth += 1
            for _ in range(self.r.randint(1, 3)):
                self.stmt()
            self.emit("break;")
            self.depth -= 1
            self.vars = saved
            self.emit("}")
        elif r < 0.93 and self.depth < 2:
            saved = list(self.vars)
            self.emit("{")
            self.depth += 1
            for _ in range(self.r.randint(1, 3)):
                self.stmt()
            self.depth -= 1
            self.vars = saved
            self.emit("}")
        elif r < 0.94:
            v = self.r.choice(self.vars)
            if v[1] in TYPES:
                self.emit(f"let r{self.fresh()} = &{v[0]};")
        elif r < 0.955:
            agg = [v for v in self.vars if v[1].startswith("(") or v[1].startswith("[")]
            if agg:
                v = self.r.choice(agg)
                et = v[1][1:v[1].index(",")] if v[1].startswith("(") else v[1][1:v[1].index(";")]
                lit = f"({self.lit(et)}, {self.lit(et)})" if v[1].startswith("(") else f"[{self.lit(et)}, {self.lit(et)}, {self.lit(et)}]"
                name = self.fresh()
                self.emit(f"let {name}: bool = {v[0]} {self.r.choice(['==', '!=', '<'])} {lit};")
                self.vars.append((name, "bool", False))
        elif r < 0.965:
            name = self.fresh()
            self.emit(f"let {name}: usize = std::mem::size_of::<{self.r.choice(TYPES)}>();")
            self.vars.append((name, "usize", False))
        elif r < 0.975:
            t = self.r.choice(TYPES)
            name = self.fresh()
            self.emit(f"let {name}: {t};")
            self.emit(f"{name} = {self.expr(t)};")
            self.vars.append((name, t, False))
        else:
            t = self.r.choice(TYPES)
            self.emit(f"println!(\"{{}}\", {self.expr(t)});")

    def program(self):
        helper = []
        if self.r.random() < 0.5:
            t = self.r.choice(TYPES)
            self.vars = [("p1", t, False), ("p2", t, True)]
            for _ in range(self.r.randint(2, 6)):
                self.stmt()
            helper = [f"fn helper(p1: {t}, mut p2: {t}) -> {t} {{"] + self.lines + [f"    p1 + p2", "}"]
            self.lines = []
            self.vars = []
        for _ in range(self.r.randint(3, 10)):
            self.stmt()
        if helper:
            self.lines.append(f"    println!(\"{{}}\", helper({self.lit(t)}, {self.lit(t)}));")
        # use everything once so nothing is optimised away differently
        out = list(helper)
        for t in TYPES:
            out.append(f"fn id_{t}(x: {t}) -> {t} {{ x }}")
        out.append("#[allow(unused)]")
        out.append("fn main() {")
        out += self.lines
        out.append("}")
        return "\n".join(out) + "\n"


LINT = re.compile(r"^(error|warning): (this arithmetic operation will overflow|this operation will panic at runtime)$")


def lints(stderr):
    res = []
    lines = stderr.split("\n")
    for i, l in enumerate(lines):
        if LINT.match(l):
            loc = lines[i + 1].strip()
            loc = re.sub(r"^--> .*?:", "--> ", loc)
            lab = ""
            for j in range(i + 2, min(i + 8, len(lines))):
                m = re.match(r"^\s*\|\s*\^+ (.*)$", lines[j])
                if m:
                    lab = m.group(1)
                    break
            res.append((l, loc, lab))
    return res


def main():
    rng = random.Random(SEED)
    d = tempfile.mkdtemp()
    bad = 0
    checked = 0
    rejected = 0
    for k in range(N):
        src = Gen(rng).program()
        path = os.path.join(d, "p.rs")
        open(path, "w").write(src)
        args = ["rustc", "--edition", "2021", "-o", os.path.join(d, "pbin"), "p.rs"]
        if OPT:
            args.insert(1, "-O")
        rp = subprocess.run(args, cwd=d, capture_output=True, text=True)
        rl = lints(rp.stderr)
        if rp.returncode != 0 and not rl:
            continue   # some other rustc error
        if re.search(r"^error(\[E\d+\])?: (?!this arithmetic|this operation will panic|aborting)", rp.stderr, re.M):
            continue
        oargs = [OWL, "check", "p.rs"] + (["-O"] if OPT else [])
        op = subprocess.run(oargs, cwd=d, capture_output=True, text=True)
        ol = lints(op.stderr)
        if op.returncode not in (0, 1) or (op.returncode == 1 and not ol):
            if "not supported" in op.stderr or re.search(r"^error", op.stderr, re.M):
                continue
        checked += 1
        if rl:
            rejected += 1
        if rl != ol and OPT and sorted(rl) == sorted(ol):
            print(f"ORDER-ONLY (-O promotion) seed {SEED} #{k}")
            continue
        if rl != ol:
            bad += 1
            name = os.path.join(KEEP, f"f{SEED}_{k}{'_O' if OPT else ''}{'_m' if MILD else ''}.rs")
            open(name, "w").write(src)
            print(f"MISMATCH {name}\n rustc: {rl}\n owl:   {ol}")
    print(f"checked {checked} (rustc rejected {rejected}), mismatches {bad}")


main()
