#!/usr/bin/env python3
"""gen.py: random Tier-1 Rust programs for differential testing (RustSmith-style).

    gen.py --seed N                 a valid program with defined behaviour
    gen.py --seed N --mutant KIND   the same program with one error rustc
                                    reports: KIND is one of MUTANTS below,
                                    the ownership errors E0382 (use after
                                    move), E0384 (assignment twice to an
                                    immutable), E0381 (use before init),
                                    E0596 (&mut of an immutable), E0499 (two
                                    &mut), E0502 (a read while &mut-borrowed),
                                    E0505 (a move while borrowed), E0506 (an
                                    assignment while borrowed); the type and
                                    name errors E0308, E0425, E0599, E0061;
                                    and rustc's deny-by-default lints
                                    `overflow` (arithmetic_overflow) and
                                    `panic` (unconditional_panic). The
                                    expected code (None for a lint) and
                                    line:col go to stderr: `expect E0382 12:20`

The same seed always gives the same program (Python's own PRNG, seeded).

What a program holds: integers of every width, bool, char, f32, f64,
String and &str, tuples and arrays (nested), consts and statics, shadowing,
tuple destructuring, `let r = &x;` (x then left alone until r's last use,
after which it may change again: non-lexical lifetimes), `r = &CONSTANT;`
(promoted by rustc, so r outlives the statement); if, else if, for
over ranges, while, loop with `break value`, break and continue; functions
taking values, `&T`, `&mut T`, `&str` and `String` (moved in and back),
returning tuples, with early returns and loops; String building (push_str,
push, +=, +, clone, format!) and its len/capacity; wrapping arithmetic done
in a wider type and cast back; recursion (rsum, rfib, rgcd, rdigits);
late initialisation; block expressions; `let _ = e;`; assert!, assert_eq!
and assert_ne! that hold; size_of/align_of; integer literals in decimal,
hex, octal and binary with `_`, chars and strings with \\u{..} and \\x..
escapes, raw strings; println!, print!, eprintln! with the format specs
Tier 1 knows (width, fill, alignment, sign, #, 0, precision, x X o b e E ?,
#?, inline names, positional arguments, widths from arguments `1$`, `w$`);
functions without a result, taking tuples and arrays. Some programs
end with a deliberate panic (overflow, division by zero, an index out of
bounds, panic!, assert_eq!) that both builds must report alike.

How programs stay valid: the generator builds a small AST and carries a
reference interpreter. Each statement it proposes is appended and the whole
program re-run; if the run overflows, divides by zero, indexes out of
bounds, uses a moved String or takes too many steps, the statement is taken
back and another proposed. So every program that comes out runs to the end
without a panic (but the deliberate one), with every arithmetic result in
range. Every variable is printed after it is bound or changed. Moves happen
only in the block that declared the String (never in a branch or loop), so
a use after a move is always a static error, never a dynamic one. Python 3
standard library only.
"""
import argparse
import random
import struct
import sys

INTS = {  # name: (bits, signed)
    "i8": (8, True), "i16": (16, True), "i32": (32, True), "i64": (64, True),
    "u8": (8, False), "u16": (16, False), "u32": (32, False), "u64": (64, False),
    "usize": (64, False), "isize": (64, True), "i128": (128, True), "u128": (128, False),
}
COMMON_INTS = ["i32", "i32", "i64", "u8", "u32", "u64", "usize", "i8", "i16", "u16", "isize",
               "i128", "u128"]
SCALARS = ["bool", "f64", "char", "f32"]
FLOATS = ("f64", "f32")
CHARS = ["a", "Z", "0", " ", "\u00df", "\u00e9", "\n", "\t", "'", '"', "\\", "\U0001f989", "~"]
STRS = ["", "a", "hello", "owl", "x y", "\u00fcn\u00ef", "tab\t", "q\"uote", "back\\slash",
        "line\nbreak", "\U0001f989!"]
MUTANTS = ["E0382", "E0384", "E0381", "E0596", "E0499", "E0502", "E0505", "E0506",
           "E0308", "E0425", "E0599", "E0061", "overflow", "panic",
           "E0382-loop", "E0382-branch", "E0381-branch", "E0597", "E0507", "E0716",
           "E0381-discarded", "E0502-len"]
# Kinds owl does not report as rustc does yet, left out of the rotation
# (diff.py --mutant KIND still makes them).
KNOWN_GAPS = []


class GenError(Exception):
    """The program as built so far would misbehave: take the last step back."""


class BreakSig(Exception):
    def __init__(self, value=None):
        Exception.__init__(self)
        self.value = value


class ContinueSig(Exception):
    pass


class ReturnSig(Exception):
    def __init__(self, value):
        Exception.__init__(self)
        self.value = value


SIGNALS = (BreakSig, ContinueSig, ReturnSig)


def rng_of(t):
    bits, signed = INTS[t]
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)


def wrap(t, v):
    bits, signed = INTS[t]
    v &= (1 << bits) - 1
    if signed and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def f32r(x):
    """x rounded to the nearest f32 (inf when that overflows)."""
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")


def check(t, v):
    lo, hi = rng_of(t)
    if not lo <= v <= hi:
        raise GenError("overflow")
    return v


# ---- types --------------------------------------------------------------------------
# A type is a string: an integer name, "bool", "char", "f64", "String", "&str";
# or a tuple: ("tuple", a, b, ...), ("array", elem, n), and for parameters
# only ("ref", t) and ("refmut", t).

def ty_str(t):
    if isinstance(t, tuple):
        if t[0] == "tuple":
            return "(" + ", ".join(ty_str(x) for x in t[1:]) + ")"
        if t[0] == "ref":
            return "&" + ty_str(t[1])
        if t[0] == "refmut":
            return "&mut " + ty_str(t[1])
        return "[%s; %d]" % (ty_str(t[1]), t[2])
    return t


def is_copy(t):
    return t != "String"


def is_tuple(t):
    return isinstance(t, tuple) and t[0] == "tuple"


def is_array(t):
    return isinstance(t, tuple) and t[0] == "array"


def comparable(t):
    """Types whose == and < rustc and the interpreter agree on (no floats:
    NaN compares unequal to itself, and Python's tuples compare by identity first)."""
    if t in INTS or t in ("bool", "char", "&str"):
        return True
    if is_tuple(t):
        return all(comparable(x) for x in t[1:])
    if is_array(t):
        return comparable(t[1])
    return False


def leaf_paths(t, want, prefix=()):
    """Paths (tuple field numbers as "fN", array indices as ints) from a value
    of type t down to the parts of type `want`."""
    out = []
    if t == want and prefix:
        out.append(prefix)
    if is_tuple(t):
        for i, et in enumerate(t[1:]):
            out += leaf_paths(et, want, prefix + ("f%d" % i,))
    elif is_array(t):
        for i in range(t[2]):
            out += leaf_paths(t[1], want, prefix + (i,))
    return out


def path_get(v, path):
    for p in path:
        v = v[p if isinstance(p, int) else int(p[1:])]
    return v


def path_set(v, path, new):
    """A copy of v with the part at path replaced (values are never shared)."""
    if not path:
        return new
    p = path[0]
    i = p if isinstance(p, int) else int(p[1:])
    lst = list(v)
    lst[i] = path_set(lst[i], path[1:], new)
    return lst if isinstance(v, list) else tuple(lst)


def path_code(path):
    return "".join("[%d]" % p if isinstance(p, int) else ".%s" % p[1:] for p in path)


# ---- values ----------------------------------------------------------------------------

class SVal:
    """A String: its text and its capacity (None where Rust does not pin it
    down the way both builds would agree on, e.g. after format!)."""

    def __init__(self, text, cap):
        self.text, self.cap = text, cap

    def pushed(self, more):
        need = len(self.text.encode()) + len(more.encode())
        cap = self.cap
        if cap is not None and need > cap:
            cap = max(2 * cap, need, 8)
        return SVal(self.text + more, cap)


class Ref:
    """A `&` or `&mut` argument: the cell it points to."""

    def __init__(self, cell):
        self.cell = cell


def deref(v):
    return v.cell.value if isinstance(v, Ref) else v


def text_of(v):
    v = deref(v)
    return v.text if isinstance(v, SVal) else v


def char_code(c):
    esc = {"\n": "\\n", "\t": "\\t", "'": "\\'", "\\": "\\\\"}
    if ord(c) % 3 == 0 and c not in esc:
        return "'\\u{%x}'" % ord(c)  # the same char, spelled as an escape
    if ord(c) % 3 == 1 and ord(c) < 0x80 and c not in esc:
        return "'\\x%02x'" % ord(c)
    return "'%s'" % esc.get(c, c)


def str_code(s):
    """A string literal; spelled raw (r"..", r#".."#) when the text allows,
    or with \\u{..} escapes, for some texts."""
    k = sum(map(ord, s)) % 5
    if k == 0 and "\n" not in s and "\t" not in s and '"#' not in s:
        return ('r#"%s"#' if '"' in s or "\\" in s else 'r"%s"') % s
    body = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    if k == 1:
        body = "".join(ch if ord(ch) < 0x80 else "\\u{%x}" % ord(ch) for ch in body)
    return '"%s"' % body


def int_code(v, t):
    """v (>= 0) spelled in decimal, hex, octal or binary, sometimes with _."""
    k = (v * 2654435761 >> 5) % 8
    if k == 1:
        return "0x%x%s" % (v, t)
    if k == 2:
        return "0o%o_%s" % (v, t)
    if k == 3 and v < 1 << 20:
        return "0b%s%s" % (bin(v)[2:], t)
    if k == 4 and v >= 1000:
        return "{:_}".format(v) + "_" + t
    return "%d%s" % (v, t)


def fmt_value(t, v):
    """Display, as far as the interpreter needs it (the text of to_string/format!)."""
    if t == "bool":
        return "true" if v else "false"
    if t in INTS:
        return str(v)
    return text_of(v)


# ---- the interpreter's state ------------------------------------------------------------

class Cell:
    def __init__(self, ty, value, mutable):
        self.ty, self.value, self.mutable = ty, value, mutable
        self.moved = False


class Env:
    def __init__(self, prog):
        self.prog = prog
        self.scopes = [{}]
        self.steps = 0
        self.parent = None
        self.dry = False  # a copy for dry runs

    def lookup(self, name):
        for s in reversed(self.scopes):
            if name in s:
                return s[name]
        raise GenError("unbound " + name)

    def speculate(self):
        """A copy to run code on that must not affect the real run (values
        are never mutated in place, so copying the cells is enough)."""
        e = Env(self.prog)
        e.scopes = []
        for s in self.scopes:
            d = {}
            for n, c in s.items():
                c2 = Cell(c.ty, c.value, c.mutable)
                c2.moved = c.moved
                d[n] = c2
            e.scopes.append(d)
        e.steps = self.steps
        e.parent = self
        e.dry = True
        return e

    def step(self):
        self.steps += 1
        if self.parent:
            self.parent.step()
        if self.steps > 20000:
            raise GenError("too many steps")


def dry_run(code, env):
    """Run code (a block or an expression) on a copy of the state: rustc's
    constant propagation lints code that is never run too."""
    try:
        return code.eval(env.speculate()) if isinstance(code, Expr) else code.run(env.speculate())
    except SIGNALS:
        return None


# ---- expressions ---------------------------------------------------------------------------

class Expr:
    prec = 100  # binding strength of the printed form (100: atomic)

    def code(self):
        raise NotImplementedError

    def paren(self, min_prec):
        c = self.code()
        return "(" + c + ")" if self.prec < min_prec else c


def expr_names(e):
    """The variable names an expression mentions."""
    out = set()
    if isinstance(e, (Var, RefMut, Deref, StrRef)):
        out.add(e.name)
    for v in vars(e).values():
        for x in (v if isinstance(v, list) else [v]):
            x = getattr(x, "init", x)  # the let of a block expression
            if isinstance(x, Expr):
                out |= expr_names(x)
    return out


class Lit(Expr):
    def __init__(self, ty, v):
        self.ty, self.v = ty, v

    def code(self):
        t = self.ty
        if t == "bool":
            return "true" if self.v else "false"
        if t == "char":
            return char_code(self.v)
        if t == "&str":
            return str_code(self.v)
        if t in FLOATS:
            text = repr(float(self.v))
            text += t if t == "f32" or "e" not in text else ""
            return "(" + text + ")" if self.v < 0 else text
        if self.v < 0:
            return "(%d%s)" % (self.v, t) if self.v != rng_of(t)[0] else "%s::MIN" % t
        if self.v == rng_of(t)[1] and self.v > 255:
            return "%s::MAX" % t
        return int_code(self.v, t)

    def eval(self, env):
        return f32r(self.v) if self.ty == "f32" else self.v


class StrLit(Expr):
    """A new String: String::from("..."), "...".to_string(), String::new(),
    String::with_capacity(n)."""
    ty = "String"

    def __init__(self, kind, text, cap=0):
        self.kind, self.text, self.cap = kind, text, cap

    def code(self):
        if self.kind == "from":
            return "String::from(%s)" % str_code(self.text)
        if self.kind == "add":
            return "%s + %s" % (a[0].code(), a[1].paren(11))
        if self.kind == "to_string":
            return "%s.to_string()" % str_code(self.text)
        if self.kind == "new":
            return "String::new()"
        return "String::with_capacity(%d)" % self.cap

    def eval(self, env):
        if self.kind in ("from", "to_string"):
            return SVal(self.text, len(self.text.encode()))
        return SVal("", 0 if self.kind == "new" else self.cap)


class Var(Expr):
    def __init__(self, name, ty, move=False):
        self.name, self.ty, self.move = name, ty, move

    def code(self):
        return self.name

    def eval(self, env):
        c = env.lookup(self.name)
        if c.moved:
            raise GenError("use after move")
        if self.move:
            c.moved = True
        return c.value


class Deref(Expr):
    """*p for a & or &mut parameter p."""
    prec = 11

    def __init__(self, name, ty):
        self.name, self.ty = name, ty

    def code(self):
        return "*" + self.name

    def eval(self, env):
        return env.lookup(self.name).value.cell.value


class AddrOf(Expr):
    """&e: a reference to a temporary (or to a variable's copy: only read)."""
    prec = 11

    def __init__(self, a):
        self.a, self.ty = a, ("ref", a.ty)

    def code(self):
        return "&" + self.a.paren(11)

    def eval(self, env):
        return Ref(Cell(self.a.ty, self.a.eval(env), False))


class RefMut(Expr):
    """&mut x of a variable x."""
    prec = 11

    def __init__(self, name, ty):
        self.name, self.ty = name, ("refmut", ty)

    def code(self):
        return "&mut " + self.name

    def eval(self, env):
        return Ref(env.lookup(self.name))


class StrRef(Expr):
    """&s of a String where a &str is wanted (deref coercion)."""
    prec = 11
    ty = "&str"

    def __init__(self, name):
        self.name = name

    def code(self):
        return "&" + self.name

    def eval(self, env):
        c = env.lookup(self.name)
        if c.moved:
            raise GenError("use after move")
        return c.value.text


class Bin(Expr):
    PREC = {"*": 10, "/": 10, "%": 10, "+": 9, "-": 9, "<<": 8, ">>": 8, "&": 7, "^": 6, "|": 5,
            "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4, "&&": 3, "||": 2}

    def __init__(self, op, a, b, ty):
        self.op, self.a, self.b, self.ty = op, a, b, ty
        self.prec = self.PREC[op]

    def code(self):
        # comparisons do not chain in Rust: parenthesise operands of equal strength
        return "%s %s %s" % (self.a.paren(self.prec + (1 if self.prec == 4 else 0)), self.op,
                             self.b.paren(self.prec + 1))

    def eval(self, env):
        op = self.op
        if op in ("&&", "||"):
            x = self.a.eval(env)
            if (op == "&&") != bool(x):
                dry_run(self.b, env)  # not run, but linted
                return x
            return self.b.eval(env)
        x, y = self.a.eval(env), self.b.eval(env)
        if op in ("==", "!=", "<", "<=", ">", ">="):
            x, y = text_of(x), text_of(y)
            return {"==": x == y, "!=": x != y, "<": x < y, "<=": x <= y, ">": x > y,
                    ">=": x >= y}[op]
        t = self.ty
        if t == "f64":
            return {"+": x + y, "-": x - y, "*": x * y}[op]
        if t == "f32":
            return f32r({"+": x + y, "-": x - y, "*": x * y}[op])
        if t == "bool":
            return {"&": x & y, "|": x | y, "^": x ^ y}[op]
        return int_op(t, op, x, y)


def int_op(t, op, x, y):
    if op == "+":
        return check(t, x + y)
    if op == "-":
        return check(t, x - y)
    if op == "*":
        return check(t, x * y)
    if op in ("/", "%"):
        if y == 0:
            raise GenError("div by zero")
        q = abs(x) // abs(y) * (1 if (x < 0) == (y < 0) else -1)
        check(t, q)  # MIN / -1 and MIN % -1 both overflow
        return q if op == "/" else x - q * y
    if op == "&":
        return x & y
    if op == "|":
        return x | y
    if op == "^":
        return x ^ y
    if op in ("<<", ">>"):
        bits = INTS[t][0]
        if not 0 <= y < bits:
            raise GenError("shift")
        return wrap(t, x << y) if op == "<<" else x >> y
    raise AssertionError(op)


class Unary(Expr):
    prec = 11

    def __init__(self, op, a, ty):
        self.op, self.a, self.ty = op, a, ty

    def code(self):
        return self.op + self.a.paren(11)

    def eval(self, env):
        v = self.a.eval(env)
        if self.op == "-":
            return -v if self.ty in FLOATS else check(self.ty, -v)
        if self.ty == "bool":
            return not v
        return wrap(self.ty, ~v)


class Cast(Expr):
    # `as` binds tighter than *, but `x as i32 < y` parses `<` as generics:
    # a cast inside anything else is always parenthesised.
    prec = 1

    def __init__(self, a, ty):
        self.a, self.ty = a, ty

    def code(self):
        return "%s as %s" % (self.a.paren(10.5), self.ty)

    def eval(self, env):
        v = self.a.eval(env)
        src = self.a.ty
        if self.ty == "char":
            return chr(v)  # only from u8
        if src == "bool":
            return int(v)
        if src == "char":
            return wrap(self.ty, ord(v))
        if src in FLOATS:
            if self.ty in FLOATS:
                return f32r(v) if self.ty == "f32" else v
            lo, hi = rng_of(self.ty)
            if v != v:
                return 0
            if v in (float("inf"), float("-inf")):
                return hi if v > 0 else lo
            return max(lo, min(hi, int(v)))
        if self.ty == "f64":
            return float(v)
        if self.ty == "f32":
            return f32r(float(v))  # exact in a double first: only from 32-bit integers
        return wrap(self.ty, v)


class Field(Expr):
    """base.path: tuple fields and array elements, nested (t.1.0, a[2].1)."""

    def __init__(self, base, path, ty):
        self.base, self.path, self.ty = base, path, ty

    def code(self):
        return self.base.paren(100) + path_code(self.path)

    def eval(self, env):
        return path_get(deref(self.base.eval(env)), self.path)


class Index(Expr):
    def __init__(self, base, idx, ty):
        self.base, self.idx, self.ty = base, idx, ty

    def code(self):
        return "%s[%s]" % (self.base.paren(100), self.idx.code())

    def eval(self, env):
        a, i = deref(self.base.eval(env)), self.idx.eval(env)
        if not 0 <= i < len(a):
            raise GenError("index out of bounds")
        return a[i]


class Aggregate(Expr):
    def __init__(self, kind, items, ty):
        self.kind, self.items, self.ty = kind, items, ty

    def code(self):
        inner = ", ".join(x.code() for x in self.items)
        if self.kind == "tuple":
            return "(" + inner + ("," if len(self.items) == 1 else "") + ")"
        return "[" + inner + "]"

    def eval(self, env):
        vals = [x.eval(env) for x in self.items]
        return tuple(vals) if self.kind == "tuple" else list(vals)


class IfExpr(Expr):
    def __init__(self, cond, a, b, ty):
        self.cond, self.a, self.b, self.ty = cond, a, b, ty
        self.prec = 0

    def code(self):
        return "if %s { %s } else { %s }" % (self.cond.code(), self.a.code(), self.b.code())

    def eval(self, env):
        c = self.cond.eval(env)
        dry_run(self.b if c else self.a, env)  # the arm not taken is linted too
        return self.a.eval(env) if c else self.b.eval(env)


class StrOp(Expr):
    """String-producing or String-reading operations."""

    def __init__(self, kind, args, ty):
        self.kind, self.args, self.ty = kind, args, ty

    def code(self):
        a = self.args
        if self.kind in ("len", "capacity", "is_empty", "clone"):
            return "%s.%s()" % (a[0].paren(100), self.kind)
        if self.kind == "concat":
            return "%s.clone() + %s" % (a[0].code(), a[1].paren(11))
        if self.kind == "add":
            return "%s + %s" % (a[0].code(), a[1].paren(11))
        if self.kind == "to_string":
            return "%s.to_string()" % a[0].paren(100)
        if self.kind == "format":
            return 'format!("{}-{}", %s, %s)' % (a[0].code(), a[1].code())
        raise AssertionError

    def eval(self, env):
        v = [deref(x.eval(env)) for x in self.args]
        k = self.kind
        if k == "len":
            return len(text_of(v[0]).encode())
        if k == "is_empty":
            return text_of(v[0]) == ""
        if k == "capacity":
            if v[0].cap is None:
                raise GenError("capacity not pinned down")
            return v[0].cap
        if k == "clone":
            return SVal(v[0].text, len(v[0].text.encode()))
        if k == "concat":
            return SVal(v[0].text, len(v[0].text.encode())).pushed(text_of(v[1]))
        if k == "add":
            return v[0].pushed(text_of(v[1]))
        if k == "to_string":
            t = self.args[0].ty
            s = fmt_value(t, v[0])
            return SVal(s, len(s.encode()) if t in ("String", "&str") else None)
        return SVal(fmt_value(self.args[0].ty, v[0]) + "-" + fmt_value(self.args[1].ty, v[1]), None)


def size_align(t):
    """rustc's size and alignment of t on x86-64 (tuples reordered: no
    padding but at the end)."""
    if t in INTS:
        b = INTS[t][0] // 8
        return b, b
    simple = {"bool": (1, 1), "char": (4, 4), "f64": (8, 8), "f32": (4, 4), "String": (24, 8), "&str": (16, 8)}
    if t in simple:
        return simple[t]
    if t[0] == "ref":
        return (16, 8) if t[1] == "&str" else (8, 8)
    if is_array(t):
        s, a = size_align(t[1])
        return s * t[2], a
    parts = [size_align(x) for x in t[1:]]
    align = max(a for _, a in parts)
    size = sum(s for s, _ in parts)
    return (size + align - 1) // align * align, align


class SizeOf(Expr):
    """std::mem::size_of::<T>() or align_of."""
    ty = "usize"

    def __init__(self, what, t):
        self.what, self.t = what, t

    def code(self):
        return "std::mem::%s_of::<%s>()" % (self.what, ty_str(self.t))

    def eval(self, env):
        s, a = size_align(self.t)
        return s if self.what == "size" else a


class BlockExpr(Expr):
    """{ let a = e; a OP f }"""
    prec = 0  # an operand `{ .. } >> 1` at the start of a statement would be a block

    def __init__(self, let, tail, ty):
        self.let, self.tail, self.ty = let, tail, ty

    def code(self):
        return "{ %s %s }" % (self.let.lines("")[0], self.tail.code())

    def eval(self, env):
        env.scopes.append({})
        try:
            self.let.run(env)
            return self.tail.eval(env)
        finally:
            env.scopes.pop()


class RecCall(Expr):
    """A call of one of the recursive functions in RECURSIVE."""

    def __init__(self, fn, args, ty):
        self.fn, self.args, self.ty = fn, args, ty

    def code(self):
        return "%s(%s)" % (self.fn, ", ".join(a.code() for a in self.args))

    def eval(self, env):
        vals = [a.eval(env) for a in self.args]
        return RECURSIVE[self.fn][1](*vals)


def rec_sum(n):
    if n > 3000:
        raise GenError("too deep")
    return n * (n + 1) // 2


def rec_fib(n):
    if n > 22:
        raise GenError("too slow")
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def rec_gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def rec_digits(n):
    return len(str(n)) if n else 1


RECURSIVE = {  # name: (source, Python equivalent, parameter types, result type)
    "rsum": (["fn rsum(n: u32) -> u64 {", "    if n == 0 { 0 } else { n as u64 + rsum(n - 1) }", "}"],
             rec_sum, ["u32"], "u64"),
    "rfib": (["fn rfib(n: u32) -> u64 {", "    if n < 2 {", "        return n as u64;", "    }",
              "    rfib(n - 1) + rfib(n - 2)", "}"], rec_fib, ["u32"], "u64"),
    "rgcd": (["fn rgcd(a: u64, b: u64) -> u64 {", "    if b == 0 { a } else { rgcd(b, a % b) }", "}"],
             rec_gcd, ["u64", "u64"], "u64"),
    "rdigits": (["fn rdigits(n: u128) -> u32 {", "    if n < 10 {", "        1", "    } else {",
                 "        1 + rdigits(n / 10)", "    }", "}"], rec_digits, ["u128"], "u32"),
}


class Call(Expr):
    def __init__(self, fn, args):
        self.fn, self.args, self.ty = fn, args, fn.ret

    def code(self):
        return "%s(%s)" % (self.fn.name, ", ".join(a.code() for a in self.args))

    def eval(self, env):
        vals = [a.eval(env) for a in self.args]
        return self.fn.call(env, vals)


# ---- statements --------------------------------------------------------------------------------

class Let:
    def __init__(self, name, ty, init, mutable, annotate):
        self.name, self.ty, self.init, self.mutable, self.annotate = name, ty, init, mutable, annotate

    def lines(self, ind):
        ann = ": " + ty_str(self.ty) if self.annotate else ""
        if self.init is None:
            return [ind + "let %s%s%s;" % ("mut " if self.mutable else "", self.name, ann)]
        return [ind + "let %s%s%s = %s;" % ("mut " if self.mutable else "", self.name, ann,
                                              self.init.code())]

    def run(self, env):
        v = self.init.eval(env) if self.init is not None else None
        env.scopes[-1][self.name] = Cell(self.ty, v, self.mutable)


class LetTuple:
    """let (a, mut b, _) = e;"""

    def __init__(self, names, muts, init):
        self.names, self.muts, self.init = names, muts, init  # a name None is `_`

    def lines(self, ind):
        pats = ["_" if n is None else ("mut " if m else "") + n for n, m in zip(self.names, self.muts)]
        return [ind + "let (%s) = %s;" % (", ".join(pats), self.init.code())]

    def run(self, env):
        v = self.init.eval(env)
        for i, (n, m) in enumerate(zip(self.names, self.muts)):
            if n is not None:
                env.scopes[-1][n] = Cell(self.init.ty[i + 1], v[i], m)


class Assign:
    def __init__(self, target, op, value, path=(), elem_ty=None):
        self.target, self.op, self.value, self.path, self.elem_ty = target, op, value, path, elem_ty

    def lines(self, ind):
        return [ind + "%s%s %s= %s;" % (self.target, path_code(self.path), self.op, self.value.code())]

    def run(self, env):
        v = self.value.eval(env)  # a compound assignment of integers evaluates its right side first
        c = env.lookup(self.target)
        if c.moved:
            raise GenError("assign to moved")
        if self.op:
            t = self.elem_ty or c.ty
            v = int_op(t, self.op, path_get(c.value, self.path), v)
        c.value = path_set(c.value, self.path, v)


class DerefAssign:
    """*p = e; or *p OP= e; through a &mut parameter."""

    def __init__(self, name, ty, op, value):
        self.name, self.ty, self.op, self.value = name, ty, op, value

    def lines(self, ind):
        return [ind + "*%s %s= %s;" % (self.name, self.op, self.value.code())]

    def run(self, env):
        v = self.value.eval(env)
        cell = env.lookup(self.name).value.cell
        if env.dry:
            return  # the cell is the caller's real one
        cell.value = int_op(self.ty, self.op, cell.value, v) if self.op else v


class MutRef:
    """let r = &mut x; then *r OP= e; (or *r = *r OP e;): x changed through a
    reference that is dead by the next statement."""

    def __init__(self, ref, target, ty, op, value, spelled_out):
        self.ref, self.target, self.ty, self.op, self.value = ref, target, ty, op, value
        self.spelled_out = spelled_out

    def lines(self, ind):
        if self.spelled_out:
            rhs = Bin(self.op, Deref(self.ref, self.ty), self.value, self.ty)
            second = "*%s = %s;" % (self.ref, rhs.code())
        else:
            second = "*%s %s= %s;" % (self.ref, self.op, self.value.code())
        return [ind + "let %s = &mut %s;" % (self.ref, self.target), ind + second]

    def run(self, env):
        c = env.lookup(self.target)
        v = self.value.eval(env)
        c.value = int_op(self.ty, self.op, c.value, v)


class RefLet:
    """let r = &x;"""

    def __init__(self, name, target, ty, annotate):
        self.name, self.target, self.ty, self.annotate = name, target, ty, annotate

    def lines(self, ind):
        ann = ": " + ty_str(("ref", self.ty)) if self.annotate else ""
        return [ind + "let %s%s = &%s;" % (self.name, ann, self.target)]

    def run(self, env):
        env.scopes[-1][self.name] = Cell(("ref", self.ty), Ref(env.lookup(self.target)), False)


class LetUnderscore:
    """let _ = e;"""

    def __init__(self, e):
        self.e = e

    def lines(self, ind):
        return [ind + "let _ = %s;" % self.e.code()]

    def run(self, env):
        self.e.eval(env)


class Assert:
    """assert!(c); assert_eq!(a, b); assert_ne!(a, b); (all hold)"""

    def __init__(self, kind, args, msg=None):
        self.kind, self.args, self.msg = kind, args, msg

    def lines(self, ind):
        extra = ', "%s {}", %s' % (self.msg[0], self.msg[1].code()) if self.msg else ""
        return [ind + "%s!(%s%s);" % (self.kind, ", ".join(a.code() for a in self.args), extra)]

    def run(self, env):
        v = [text_of(a.eval(env)) for a in self.args]
        if self.msg:
            self.msg[1].eval(env)
        ok = v[0] if self.kind == "assert" else (v[0] == v[1]) == (self.kind == "assert_eq")
        if not ok:
            raise GenError("assertion fails")


class RefConst:
    """let r: &T; r = &CONSTANT-EXPR; (rustc promotes the constant, so the
    reference outlives the statement)"""

    def __init__(self, name, ty, value):
        self.name, self.ty, self.value = name, ty, value

    def lines(self, ind):
        return [ind + "let %s: %s;" % (self.name, ty_str(("ref", self.ty))),
                ind + "%s = &%s;" % (self.name, self.value.paren(11))]

    def run(self, env):
        v = self.value.eval(env)
        env.scopes[-1][self.name] = Cell(("ref", self.ty), Ref(Cell(self.ty, v, False)), False)


class Print:
    def __init__(self, fmt, args, macro="println"):
        self.fmt, self.args, self.macro = fmt, args, macro
        self.fmt_tail = ""  # named arguments: ", w = 5"

    def lines(self, ind):
        return [ind + '%s!("%s"%s%s);' % (self.macro, self.fmt, "".join(", " + a.code() for a in self.args),
                                          self.fmt_tail)]

    def run(self, env):
        for a in self.args:
            a.eval(env)


class PushStr:
    """s.push_str(x); s.push(c); s += x;"""

    def __init__(self, name, kind, arg):
        self.name, self.kind, self.arg = name, kind, arg

    def lines(self, ind):
        if self.kind == "+=":
            return [ind + "%s += %s;" % (self.name, self.arg.code())]
        return [ind + "%s.%s(%s);" % (self.name, self.kind, self.arg.code())]

    def run(self, env):
        more = self.arg.eval(env)
        c = env.lookup(self.name)
        if c.moved:
            raise GenError("moved")
        c.value = c.value.pushed(more)


class Raw:
    """Lines the interpreter does not run (mutants only)."""

    def __init__(self, *text):
        self.text = text

    def lines(self, ind):
        return [ind + t for t in self.text]

    def run(self, env):
        raise AssertionError("mutants are not run")


class Block:
    def __init__(self):
        self.stmts = []

    def lines(self, ind):
        out = []
        for s in self.stmts:
            out += s.lines(ind)
        return out

    def run(self, env, new_scope=True):
        if new_scope:
            env.scopes.append({})
        try:
            for i, s in enumerate(self.stmts):
                env.step()
                try:
                    s.run(env)
                except SIGNALS:
                    # what follows a jump never runs, but rustc lints it
                    rest = Block()
                    rest.stmts = self.stmts[i + 1:]
                    dry_run(rest, env)
                    raise
        finally:
            if new_scope:
                env.scopes.pop()


class If:
    def __init__(self, cond):
        self.cond, self.then, self.else_ = cond, Block(), Block()

    def lines(self, ind):
        out = [ind + "if %s {" % self.cond.code()] + self.then.lines(ind + "    ")
        if len(self.else_.stmts) == 1 and isinstance(self.else_.stmts[0], If):
            # else { if .. } is written `else if ..`: the same scopes
            inner = self.else_.stmts[0].lines(ind)
            return out + [ind + "} else " + inner[0].lstrip()] + inner[1:]
        if self.else_.stmts:
            out += [ind + "} else {"] + self.else_.lines(ind + "    ")
        return out + [ind + "}"]

    def run(self, env):
        taken = self.cond.eval(env)
        # rustc's constant propagation lints dead branches too: run the
        # branch not taken on a copy, so that it cannot overflow either.
        dry_run(self.else_ if taken else self.then, env)
        (self.then if taken else self.else_).run(env)


class LateInit:
    """let v; if c { v = a; } else { v = b; }"""

    def __init__(self, name, ty, cond, a, b, annotate):
        self.name, self.ty, self.cond, self.a, self.b, self.annotate = name, ty, cond, a, b, annotate

    def lines(self, ind):
        ann = ": " + ty_str(self.ty) if self.annotate else ""
        return [ind + "let %s%s;" % (self.name, ann), ind + "if %s {" % self.cond.code(),
                ind + "    %s = %s;" % (self.name, self.a.code()), ind + "} else {",
                ind + "    %s = %s;" % (self.name, self.b.code()), ind + "}"]

    def run(self, env):
        c = self.cond.eval(env)
        dry_run(self.b if c else self.a, env)
        v = self.a.eval(env) if c else self.b.eval(env)
        env.scopes[-1][self.name] = Cell(self.ty, v, False)


class Jump:
    """break; / break value; / continue; / return value;"""

    def __init__(self, kind, value=None):
        self.kind, self.value = kind, value

    def lines(self, ind):
        return [ind + self.kind + ("" if self.value is None else " " + self.value.code()) + ";"]

    def run(self, env):
        v = self.value.eval(env) if self.value is not None else None
        if self.kind == "break":
            raise BreakSig(v)
        if self.kind == "continue":
            raise ContinueSig()
        raise ReturnSig(v)


class For:
    def __init__(self, var, lo, hi, inclusive):
        self.var, self.lo, self.hi, self.inclusive, self.body = var, lo, hi, inclusive, Block()

    def lines(self, ind):
        return ([ind + "for %s in %s..%s%s {" % (self.var, self.lo.code(), "=" if self.inclusive else "",
                                                 self.hi.code())]
                + self.body.lines(ind + "    ") + [ind + "}"])

    def run(self, env):
        lo, hi = self.lo.eval(env), self.hi.eval(env)
        end = hi + (1 if self.inclusive else 0)
        if end <= lo:  # a body never run is still linted: run it once on a copy
            spec = env.speculate()
            spec.scopes.append({self.var: Cell(self.lo.ty, lo, False)})
            dry_run(self.body, spec)
        for i in range(lo, end):
            env.scopes.append({self.var: Cell(self.lo.ty, i, False)})
            try:
                self.body.run(env)
            except ContinueSig:
                pass
            except BreakSig:
                break
            finally:
                env.scopes.pop()


class While:
    """let mut c = 0; while c < n { c += 1; body }"""

    def __init__(self, counter, ty, limit):
        self.counter, self.ty, self.limit, self.body = counter, ty, limit, Block()

    def lines(self, ind):
        c, t = self.counter, self.ty
        return ([ind + "let mut %s = 0%s;" % (c, t), ind + "while %s < %d%s {" % (c, self.limit, t),
                 ind + "    %s += 1;" % c] + self.body.lines(ind + "    ") + [ind + "}"])

    def run(self, env):
        cell = Cell(self.ty, 0, True)
        env.scopes[-1][self.counter] = cell
        if self.limit == 0:
            spec = env.speculate()
            spec.lookup(self.counter).value = 1
            dry_run(self.body, spec)
        while cell.value < self.limit:
            env.step()
            cell.value += 1
            try:
                self.body.run(env)
            except ContinueSig:
                pass
            except BreakSig:
                break


class LoopLet:
    """let mut c = 0; let v = loop { c += 1; body if c >= n { break e; } };"""

    def __init__(self, name, ty, counter, cty, limit, annotate):
        self.name, self.ty, self.counter, self.cty, self.limit = name, ty, counter, cty, limit
        self.annotate = annotate
        self.body = Block()
        self.exit = None  # the value of the final break

    def lines(self, ind):
        c, ct = self.counter, self.cty
        ann = ": " + ty_str(self.ty) if self.annotate else ""
        return ([ind + "let mut %s = 0%s;" % (c, ct), ind + "let %s%s = loop {" % (self.name, ann),
                 ind + "    %s += 1;" % c] + self.body.lines(ind + "    ")
                + [ind + "    if %s >= %d%s {" % (c, self.limit, ct),
                   ind + "        break %s;" % self.exit.code(), ind + "    }", ind + "};"])

    def run(self, env):
        cell = Cell(self.cty, 0, True)
        env.scopes[-1][self.counter] = cell
        while True:
            env.step()
            cell.value += 1
            try:
                self.body.run(env)
            except BreakSig as b:
                v = b.value
                break
            if cell.value >= self.limit:
                v = self.exit.eval(env)
                break
            dry_run(self.exit, env)
        env.scopes[-1][self.name] = Cell(self.ty, v, False)


class ExprStmt:
    def __init__(self, e):
        self.e = e

    def lines(self, ind):
        return [ind + self.e.code() + ";"]

    def run(self, env):
        self.e.eval(env)


class Fn:
    def __init__(self, name, params, ret):
        # params: [(name, ty, mutable)]
        self.name, self.params, self.ret = name, params, ret
        self.body, self.tail = Block(), None

    def lines(self):
        ret = "" if self.ret == "()" else " -> " + ty_str(self.ret)
        sig = "fn %s(%s)%s {" % (self.name, ", ".join("%s%s: %s" % ("mut " if m else "", n, ty_str(t))
                                                      for n, t, m in self.params), ret)
        tail = [] if self.tail is None else ["    " + self.tail.code()]
        return [sig] + self.body.lines("    ") + tail + ["}"]

    def call(self, env, vals):
        saved, saved_parent = env.scopes, env.parent
        env.scopes = [{n: Cell(t, v, m) for (n, t, m), v in zip(self.params, vals)}]
        try:
            env.step()
            try:
                self.body.run(env, new_scope=False)
                return None if self.tail is None else self.tail.eval(env)
            except ReturnSig as r:
                return r.value
        finally:
            env.scopes = saved
            env.parent = saved_parent


# ---- the generator -------------------------------------------------------------------------------

class Program:
    def __init__(self):
        self.fns = []
        self.raw_fns = []  # helpers of a deliberate panic, as lines
        self.items = []  # (const or static, name, type, literal)
        self.main = Block()

    def lines(self):
        out = ["%s %s: %s = %s;" % (k, n, ty_str(t), e.code()) for k, n, t, e in self.items]
        out += [""] if out else []
        for f in self.raw_fns:
            out += f + [""]
        for f in self.fns:
            out += f.lines() + [""]
        return out + ["fn main() {"] + self.main.lines("    ") + ["}"]

    def run(self):
        env = Env(self)
        env.scopes[0] = {n: Cell(t, e.eval(env), False) for _, n, t, e in self.items}
        self.main.run(env)
        return env


class Scope:
    """What the generator knows statically about the variables in scope."""

    def __init__(self, parent=None, block_id=0, loop=None):
        self.vars = {}  # name -> (ty, mutable, block_id)
        self.parent = parent
        self.block_id = block_id
        self.moved = set()
        self.refs = {}  # a live `let r = &x;` of this block: r -> x (x is frozen)
        # the innermost loop: None, "plain" (for, while) or ("value", ty)
        self.loop = loop if loop is not None or parent is None else parent.loop

    def all(self):
        out, s, seen = [], self, set()
        while s:
            for n, v in s.vars.items():
                if n not in seen:
                    seen.add(n)
                    out.append((n,) + v)
            s = s.parent
        moved, frozen = self.moved_all(), self.frozen_all()
        # a borrowed variable can be read, not changed or moved
        return [v if v[0] not in frozen else (v[0], v[1], False, -9) for v in out if v[0] not in moved]

    def frozen_all(self):
        f, s = set(), self
        while s:
            f |= set(s.refs.values())
            s = s.parent
        return f

    def moved_all(self):
        m, s = set(), self
        while s:
            m |= s.moved
            s = s.parent
        return m


def has_str(t):
    if t == "&str":
        return True
    if is_tuple(t):
        return any(has_str(x) for x in t[1:])
    if is_array(t):
        return has_str(t[1])
    return False


SPECS = {
    "int": ["{:x}", "{:#x}", "{:X}", "{:#X}", "{:o}", "{:#o}", "{:b}", "{:#b}", "{:>8}", "{:<6}|",
            "{:^7}", "{:*^9}", "{:+}", "{:08}", "{:+08}", "{:#010x}", "{:?}", "{:e}", "{:>+6}"],
    "f64": ["{:?}", "{:.2}", "{:e}", "{:10.3}", "{:08.3}", "{:+.1}", "{:<9.2}|", "{:E}", "{:.0}"],
    "f32": ["{:?}", "{:.3}", "{:e}", "{:>9.1}", "{:08.3}", "{:+}"],
    "str": ["{:?}", "{:>8}", "{:<8}|", "{:^8}", "{:.3}", "{:*>10.2}", "{:-^7}"],
    "char": ["{:?}", "{:>4}", "{:^5}|", "{:-<3}"],
    "bool": ["{:?}", "{:>6}", "{:<7}|"],
    "agg": ["{:#?}", "{:3?}"],
}


class Gen:
    def __init__(self, seed, max_stmts=40):
        self.r = random.Random(seed)
        self.prog = Program()
        self.counter = 0
        self.max_stmts = max_stmts
        self.blocks = 0

    def fresh(self, prefix="v"):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    # -- types --
    def scalar(self):
        r = self.r
        return r.choice(COMMON_INTS) if r.random() < 0.8 else r.choice(SCALARS)

    def rand_type(self, depth=0):
        r = self.r.random()
        if depth >= 2 or (depth == 1 and r < 0.8):
            if depth >= 1 and self.r.random() < 0.08:
                return "&str"
            return self.scalar()
        if depth == 0:
            if r < 0.5:
                return self.scalar()
            if r < 0.62:
                return "String"
            if r < 0.68:
                return "&str"
        if self.r.random() < 0.5:
            return ("tuple",) + tuple(self.rand_type(depth + 1) for _ in range(self.r.randint(2, 3)))
        return ("array", self.rand_type(depth + 1), self.r.randint(1, 4))

    # -- expressions --
    def lit(self, t):
        r = self.r
        if t == "bool":
            return Lit(t, r.random() < 0.5)
        if t == "char":
            return Lit(t, r.choice(CHARS))
        if t == "&str":
            return Lit(t, r.choice(STRS))
        if t in FLOATS:
            return Lit(t, r.choice([0.5, 1.25, 3.0, -2.5, 100.0, 0.1, 1e10, 7.75, 0.0, 1e-7, 123.456]))
        if t == "String":
            k = r.random()
            if k < 0.55:
                return StrLit("from", r.choice(STRS))
            if k < 0.75:
                return StrLit("to_string", r.choice(STRS))
            if k < 0.9:
                return StrLit("new", "")
            return StrLit("with_capacity", "", r.choice([0, 1, 4, 10, 32]))
        if is_tuple(t):
            return Aggregate("tuple", [self.lit(x) for x in t[1:]], t)
        if is_array(t):
            return Aggregate("array", [self.lit(t[1]) for _ in range(t[2])], t)
        lo, hi = rng_of(t)
        x = r.random()
        if x < 0.6:
            v = r.randint(max(lo, -100), min(hi, 100))
        elif x < 0.8:
            v = r.randint(lo, hi)
        else:
            v = r.choice([lo, hi, 0, 1, hi // 2])
        return Lit(t, v)

    def expr(self, t, scope, depth):
        r = self.r
        # a String variable read by value would be a move: clone it instead
        cands = [v for v in scope.all() if v[1] == t and is_copy(t)]
        refs = [v[0] for v in scope.all() if v[1] == ("ref", t) and is_copy(t)]
        x = r.random()
        if refs and x < 0.1:
            return Deref(r.choice(refs), t)
        if depth <= 0 or x < 0.15:
            if cands and r.random() < 0.6:
                return self.var_expr(cands, t)
            return self.lit(t)
        if cands and x < 0.35:
            return self.var_expr(cands, t)
        if t in INTS:
            return self.int_expr(t, scope, depth)
        if t == "bool":
            return self.bool_expr(scope, depth)
        if t in FLOATS:
            k = r.random()
            if k < 0.5:
                return Bin(r.choice(["+", "-", "*"]), self.expr(t, scope, depth - 1),
                           self.expr(t, scope, depth - 1), t)
            if k < 0.8:
                srcs = ["i32", "u8", "i64", "u128", "f32"] if t == "f64" else ["i32", "u8", "i16", "f64"]
                return Cast(self.expr(r.choice(srcs), scope, depth - 1), t)
            if k < 0.9:
                return self.project(t, scope, depth)
            return self.lit(t)
        if t == "char":
            k = r.random()
            if k < 0.3:
                return Cast(self.expr("u8", scope, depth - 1), "char")
            if k < 0.5:
                return IfExpr(self.expr("bool", scope, depth - 1), self.expr(t, scope, depth - 1),
                              self.expr(t, scope, depth - 1), t)
            if k < 0.65:
                return self.call(t, scope, depth)
            if k < 0.85:
                return self.project(t, scope, depth)
            return self.lit(t)
        if t == "&str":
            if r.random() < 0.3:
                return IfExpr(self.expr("bool", scope, depth - 1), self.lit(t), self.lit(t), t)
            return self.project(t, scope, depth) if r.random() < 0.3 else self.lit(t)
        if t == "String":
            return self.string_expr(scope, depth)
        k = r.random()
        if k < 0.25:
            return self.call(t, scope, depth)
        if k < 0.4:
            return self.project(t, scope, depth)
        if is_tuple(t):
            return Aggregate("tuple", [self.expr(x, scope, depth - 1) for x in t[1:]], t)
        return Aggregate("array", [self.expr(t[1], scope, depth - 1) for _ in range(t[2])], t)

    def int_expr(self, t, scope, depth):
        r = self.r
        k = r.random()
        if k < 0.4:
            op = r.choice(["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "+", "-"])
            if op in ("<<", ">>"):
                return Bin(op, self.expr(t, scope, depth - 1),
                           Lit(t, r.randint(0, INTS[t][0] - 1)), t)
            return Bin(op, self.expr(t, scope, depth - 1), self.expr(t, scope, depth - 1), t)
        if k < 0.46 and INTS[t][0] <= 64:
            # wrapping arithmetic: exact in a wider type, truncated back
            wide = "i128"
            op = r.choice(["+", "-", "*"] if INTS[t][0] <= 32 else ["+", "-"])
            return Cast(Bin(op, Cast(self.expr(t, scope, depth - 1), wide),
                            Cast(self.expr(t, scope, depth - 1), wide), wide), t)
        if k < 0.52 and INTS[t][1]:
            return Unary("-", self.expr(t, scope, depth - 1), t)
        if k < 0.56:
            return Unary("!", self.expr(t, scope, depth - 1), t)
        if k < 0.68:
            src = r.choice(COMMON_INTS + ["bool", "f64", "char", "f32"])
            return Cast(self.expr(src, scope, depth - 1), t)
        if k < 0.76 and t == "usize":
            kind = r.choice(["len", "len", "capacity"])
            if kind == "len" and r.random() < 0.4:
                return StrOp("len", [self.str_expr(scope)], t)
            return StrOp(kind, [self.string_ref(scope)], t)
        if k < 0.81:
            return self.call(t, scope, depth)
        if k < 0.84 and t in ("u64", "u32"):
            name = r.choice([n for n, (_, _, _, rt) in RECURSIVE.items() if rt == t])
            src, _, pts, _ = RECURSIVE[name]
            if src not in self.prog.raw_fns:
                self.prog.raw_fns.append(src)
            args = [Bin("%", self.expr(pt, scope, depth - 1), Lit(pt, 25), pt) if name == "rfib"
                    else self.expr(pt, scope, depth - 1) for pt in pts]
            return RecCall(name, args, t)
        if k < 0.88:
            tmp = self.fresh("b")
            inner = Scope(scope)
            inner.vars[tmp] = (t, False, -3)
            let = Let(tmp, t, self.expr(t, scope, depth - 1), False, r.random() < 0.5)
            return BlockExpr(let, Bin(r.choice(["+", "-", "^", "*", "&"]), Var(tmp, t),
                                      self.expr(t, inner, depth - 1), t), t)
        if k < 0.92:
            return IfExpr(self.expr("bool", scope, depth - 1), self.expr(t, scope, depth - 1),
                          self.expr(t, scope, depth - 1), t)
        return self.project(t, scope, depth)

    def bool_expr(self, scope, depth):
        r = self.r
        k = r.random()
        if k < 0.4:
            u = r.choice(COMMON_INTS + ["char", "bool"])
            return Bin(r.choice(["==", "!=", "<", "<=", ">", ">="]), self.expr(u, scope, depth - 1),
                       self.expr(u, scope, depth - 1), "bool")
        if k < 0.5:
            # Strings, &strs and aggregates compare too
            aggs = [v for v in scope.all() if (v[1] in ("String", "&str")
                                               or (isinstance(v[1], tuple) and comparable(v[1])))]
            if aggs:
                n, vt = r.choice(aggs)[:2]
                if vt == "String":
                    other = self.string_ref(scope) if r.random() < 0.6 else None
                    if other is not None and other.ty != "String":
                        other = self.lit("String")  # String == &String does not compile
                    op = r.choice(["==", "!=", "<", ">="])
                    if other is None:
                        return Bin(r.choice(["==", "!="]), Var(n, vt), self.lit("&str"), "bool")
                    return Bin(op, Var(n, vt), other, "bool")
                return Bin(r.choice(["==", "!=", "<", "<=", ">", ">="]), Var(n, vt),
                           self.expr(vt, scope, depth - 1), "bool")
        if k < 0.7:
            return Bin(r.choice(["&&", "||", "&", "|", "^"]), self.expr("bool", scope, depth - 1),
                       self.expr("bool", scope, depth - 1), "bool")
        if k < 0.78:
            return Unary("!", self.expr("bool", scope, depth - 1), "bool")
        if k < 0.84:
            return StrOp("is_empty", [self.string_ref(scope) if r.random() < 0.6 else self.str_expr(scope)],
                         "bool")
        if k < 0.92:
            return self.project("bool", scope, depth)
        return self.call("bool", scope, depth)

    def string_expr(self, scope, depth):
        r = self.r
        k = r.random()
        if k < 0.2:
            return StrOp("clone", [self.string_ref(scope)], "String")
        if k < 0.35:
            return StrOp("concat", [self.string_ref(scope), self.str_expr(scope)], "String")
        if k < 0.5:
            src = r.choice(["String", "&str", "char"])
            arg = self.string_ref(scope) if src == "String" else self.expr(src, scope, 0)
            return StrOp("to_string", [arg], "String")
        if k < 0.62:
            return StrOp("format", [self.expr(r.choice(COMMON_INTS), scope, depth - 1),
                                    self.string_ref(scope)], "String")
        if k < 0.72:
            return self.call("String", scope, depth)
        return self.lit("String")

    def const_expr(self, t, depth=2):
        """An expression of literals only, which rustc can promote: no
        division, no && or ||."""
        r = self.r
        if t in INTS and depth > 0 and r.random() < 0.5:
            return Bin(r.choice(["+", "-", "*", "&", "|", "^"]), self.const_expr(t, depth - 1),
                       self.const_expr(t, depth - 1), t)
        if is_tuple(t):
            return Aggregate("tuple", [self.const_expr(x, depth - 1) for x in t[1:]], t)
        if is_array(t):
            return Aggregate("array", [self.const_expr(t[1], depth - 1) for _ in range(t[2])], t)
        return self.lit(t)

    def var_expr(self, cands, t):
        name = self.r.choice(cands)[0]
        return Var(name, t)

    def string_ref(self, scope):
        """A String to read (not move): a variable, or a new one."""
        cands = [v for v in scope.all() if v[1] in ("String", ("ref", "String"))]
        if cands and self.r.random() < 0.8:
            return Var(*self.r.choice(cands)[:2])
        return self.lit("String")

    def str_expr(self, scope):
        """A &str: a literal, a &str variable, or &s of a String."""
        r = self.r
        strs = [v for v in scope.all() if v[1] == "&str"]
        owned = [v for v in scope.all() if v[1] == "String"]
        k = r.random()
        if strs and k < 0.35:
            return Var(r.choice(strs)[0], "&str")
        if owned and k < 0.65:
            return StrRef(r.choice(owned)[0])
        return self.lit("&str")

    def project(self, t, scope, depth):
        """t from a tuple field or an array element, nested."""
        r = self.r
        cands = []
        for n, vt, _, _ in scope.all():
            if isinstance(vt, tuple):
                # through a reference too: r.0, r[1] (auto-deref)
                for p in leaf_paths(vt[1] if vt[0] == "ref" else vt, t):
                    cands.append((n, vt, p))
        if not cands:
            return self.lit(t)
        n, vt, path = r.choice(cands)
        if isinstance(path[-1], int) and r.random() < 0.3 and len(path) == 1:
            arr_len = (vt[1] if vt[0] == "ref" else vt)[2]
            idx = Bin("%", self.expr("usize", scope, 0), Lit("usize", arr_len), "usize")
            return Index(Var(n, vt), idx, t)
        return Field(Var(n, vt), path, t)

    def call(self, t, scope, depth):
        r = self.r
        fns = [f for f in self.prog.fns if f.ret == t]
        if fns and r.random() < 0.5:
            f = r.choice(fns)
        elif len(self.prog.fns) < 8 and depth > 1 and not has_str(t):
            f = self.make_fn(t)
        else:
            return self.lit(t)
        args = self.call_args(f, scope, depth)
        return Call(f, args) if args is not None else self.lit(t)

    def call_args(self, f, scope, depth, moved=None):
        """Arguments for f, or None if this scope cannot supply them (a &mut
        needs a mutable variable, used nowhere else in the call)."""
        r = self.r
        args, targets = [], []
        for _, pt, _ in f.params:
            if pt == "String":
                if moved is not None:
                    args.append(Var(moved, "String", move=True))
                    moved = None
                else:
                    args.append(StrOp("clone", [self.string_ref(scope)], "String")
                                if r.random() < 0.5 else self.lit("String"))
            elif pt == "&str":
                args.append(self.str_expr(scope))
            elif isinstance(pt, tuple) and pt[0] == "ref":
                args.append(AddrOf(self.expr(pt[1], scope, depth - 1)))
            elif isinstance(pt, tuple) and pt[0] == "refmut":
                muts = [v[0] for v in scope.all() if v[1] == pt[1] and v[2] and v[0] not in targets]
                if not muts:
                    return None
                targets.append(r.choice(muts))
                args.append(RefMut(targets[-1], pt[1]))
            else:
                args.append(self.expr(pt, scope, depth - 1))
        for a in args:
            others = set()
            for b in args:
                if b is not a:
                    others |= expr_names(b)
            if isinstance(a, RefMut) and a.name in others:
                return None
        return args

    def make_fn(self, ret):
        r = self.r
        params = []
        if ret == "String" and r.random() < 0.7:
            params.append((self.fresh("s"), "String", True))
        for _ in range(r.randint(0, 3)):
            k = r.random()
            t = r.choice(COMMON_INTS)
            if k < 0.55:
                params.append((self.fresh("p"), t, r.random() < 0.2))
            elif k < 0.6:
                params.append((self.fresh("p"), r.choice(["bool", "char"]), False))
            elif k < 0.65:
                params.append((self.fresh("p"), self.rand_type(1) if r.random() < 0.3 else
                               ("tuple", t, self.scalar()), False))
            elif k < 0.77:
                params.append((self.fresh("p"), ("ref", t), False))
            elif k < 0.9:
                params.append((self.fresh("p"), ("refmut", t), False))
            else:
                params.append((self.fresh("p"), "&str", False))
        f = Fn(self.fresh("fun"), params, ret)
        scope = Scope()
        for n, t, m in params:
            scope.vars[n] = (t, m, -1)
        # Bodies use only operations that cannot fail whatever the arguments
        # (safe_expr): every call runs them with new arguments.
        body = f.body.stmts
        for n, t, m in params:
            if m and t in INTS:
                body.append(Assign(n, r.choice(["^", "|", "&"]), self.lit(t)))
            elif t == "String":
                body.append(PushStr(n, r.choice(["push_str", "+="]), self.lit("&str")) if r.random() < 0.7
                            else PushStr(n, "push", self.lit("char")))
        if r.random() < 0.3:
            st = If(self.safe_expr("bool", scope))
            st.then.stmts.append(Jump("return", None if ret == "()" else self.safe_expr(ret, scope)))
            body.append(st)
        for _ in range(r.randint(0, 3)):
            t = r.choice(COMMON_INTS)
            n = self.fresh()
            body.append(Let(n, t, self.safe_expr(t, scope), False, True))
            scope.vars[n] = (t, False, -1)
        if r.random() < 0.25:
            t = r.choice(COMMON_INTS)
            acc = self.fresh("acc")
            body.append(Let(acc, t, self.safe_expr(t, scope), True, True))
            loop = For(self.fresh("ix"), Lit("i32", 0), Lit("i32", r.randint(0, 5)), False)
            loop.body.stmts.append(Assign(acc, r.choice(["^", "|"]), Cast(Var(loop.var, "i32"), t)))
            body.append(loop)
            scope.vars[acc] = (t, False, -1)
        for n, t, m in params:
            if isinstance(t, tuple) and t[0] == "refmut":
                body.append(DerefAssign(n, t[1], r.choice(["", "^", "|", "&"]), self.safe_expr(t[1], scope)))
        f.tail = None if ret == "()" else self.safe_expr(ret, scope)
        self.prog.fns.insert(0, f)
        return f

    def safe_expr(self, t, scope):
        """An expression that cannot fail whatever the variables hold."""
        r = self.r
        if t in INTS:
            cands = [Var(v[0], t) for v in scope.all() if v[1] == t]
            cands += [Deref(v[0], t) for v in scope.all() if v[1] in (("ref", t), ("refmut", t))]
            cands += [Field(Var(v[0], v[1]), p, t) for v in scope.all()
                      if isinstance(v[1], tuple) and v[1][0] in ("tuple", "array") for p in leaf_paths(v[1], t)]
            if cands and r.random() < 0.7:
                v = r.choice(cands)
                op = r.choice(["&", "|", "^", ">>", "cast"])
                if op == "cast":
                    return Cast(r.choice(cands), t)
                amount = Lit(t, r.randint(0, INTS[t][0] - 1))
                return Bin(op, v, amount if op == ">>" else self.lit(t), t)
            others = [Var(v[0], v[1]) for v in scope.all() if v[1] in INTS or v[1] == "char"]
            others += [Deref(v[0], v[1][1]) for v in scope.all()
                       if isinstance(v[1], tuple) and v[1][0] in ("ref", "refmut")]
            strs = [v[0] for v in scope.all() if v[1] in ("&str", "String")]
            if strs and r.random() < 0.2:
                return Cast(StrOp("len", [Var(r.choice(strs), "&str")], "usize"), t)
            if others and r.random() < 0.5:
                return Cast(r.choice(others), t)
            return self.lit(t)
        if t == "bool":
            ints = [v for v in scope.all() if v[1] in INTS]
            if ints and r.random() < 0.7:
                n, vt = r.choice(ints)[:2]
                return Bin(r.choice(["==", "!=", "<", ">="]), Var(n, vt), self.lit(vt), "bool")
            return self.lit(t)
        if t == "String":
            owned = [v[0] for v in scope.all() if v[1] == "String"]
            if owned:
                return Var(owned[0], "String", move=True)
            return self.lit(t)
        if is_tuple(t):
            return Aggregate("tuple", [self.safe_expr(x, scope) for x in t[1:]], t)
        if is_array(t):
            return Aggregate("array", [self.safe_expr(t[1], scope) for _ in range(t[2])], t)
        cands = [v for v in scope.all() if v[1] == t]
        if cands and r.random() < 0.5:
            return Var(r.choice(cands)[0], t)
        return self.lit(t)

    # -- statements --
    def try_add(self, block, stmt):
        block.stmts.append(stmt)
        try:
            self.prog.run()
            return True
        except (GenError, RecursionError):
            block.stmts.pop()
            return False
        except SIGNALS:  # a jump that escaped its loop: not something we generate
            block.stmts.pop()
            return False

    def print_var(self, block, name, t):
        r = self.r
        inner = t[1] if isinstance(t, tuple) and t[0] == "ref" else t
        if inner in INTS:
            kind = "int"
        elif inner in ("String", "&str"):
            kind = "str"
        elif isinstance(inner, tuple):
            kind = "agg"
        else:
            kind = inner
        spec = "{:?}" if kind == "agg" else "{}"
        if r.random() < 0.35:
            spec = r.choice(SPECS[kind])
        k = r.random()
        macro = "eprintln" if k < 0.05 else "print" if k < 0.1 else "println"
        if r.random() < 0.06 and kind != "agg":
            # the value twice by position, and a width taken from an argument
            w = r.randint(0, 12)
            block.stmts.append(Print("%s = {0} [{0:>1$}] [{0:<w$}]" % name, [Var(name, t), Lit("usize", w)],
                                     macro))
            block.stmts[-1].fmt_tail = ", w = %d" % (w + 1)
            return
        end = "\\n" if macro == "print" else ""
        if r.random() < 0.2:  # the variable named inside the braces
            j = spec.index("}")
            block.stmts.append(Print("%s = {%s%s}%s%s" % (name, name, spec[1:j], spec[j + 1:], end), [],
                                     macro))
        else:
            block.stmts.append(Print("%s = %s%s" % (name, spec, end), [Var(name, t)], macro))
        if r.random() < 0.08:
            block.stmts.append(Print("size {} align {}", [SizeOf("size", t), SizeOf("align", t)]))

    def new_name(self, scope, t):
        """A fresh name, or (shadowing) one already in scope."""
        if self.r.random() < 0.15:
            # not loop counters; not constants or statics (`let K = ..` would be a pattern)
            old = [v[0] for v in scope.all() if not v[0].startswith(("c", "w")) and not v[0].isupper()]
            if old:
                return self.r.choice(old)
        return self.fresh()

    def gen_block(self, block, scope, depth, budget, loop=None):
        r = self.r
        self.blocks += 1
        my_id = self.blocks
        scope = Scope(scope, my_id, loop)
        for _ in range(budget):
            if self.stmt_count() >= self.max_stmts:
                break
            k = r.random()
            if k < 0.3:
                self.gen_let(block, scope, my_id)
            elif k < 0.42:
                self.gen_assign(block, scope)
            elif k < 0.48:
                strs = [v for v in scope.all() if v[1] == "String" and v[2]]
                if strs:
                    n = r.choice(strs)[0]
                    kind = r.choice(["push_str", "push", "+=", "push_str"])
                    arg = self.lit("char") if kind == "push" else self.str_expr(scope)
                    if isinstance(arg, StrRef) and arg.name == n:
                        continue  # s.push_str(&s) borrows s twice
                    if self.try_add(block, PushStr(n, kind, arg)):
                        self.print_var(block, n, "String")
            elif k < 0.53:
                self.gen_move(block, scope, my_id)
            elif k < 0.56:
                muts = [v for v in scope.all() if v[2] and v[1] in INTS]
                if muts:
                    n, t = r.choice(muts)[:2]
                    value = self.expr(t, scope, 2)
                    if n not in expr_names(value):
                        op = r.choice(["+", "-", "*", "^", "|", "&", "%"])
                        if self.try_add(block, MutRef(self.fresh("r"), n, t, op, value, r.random() < 0.5)):
                            self.print_var(block, n, t)
            elif k < 0.59:
                tups = [v for v in scope.all() if is_tuple(v[1])]
                if tups:
                    n, t = r.choice(tups)[:2]
                    names = [None if r.random() < 0.2 else self.fresh() for _ in t[1:]]
                    muts = [r.random() < 0.3 for _ in t[1:]]
                    if self.try_add(block, LetTuple(names, muts, Var(n, t))):
                        for nm, m, et in zip(names, muts, t[1:]):
                            if nm is not None:
                                scope.vars[nm] = (et, m, my_id)
                                self.print_var(block, nm, et)
            elif k < 0.67 and depth > 0:
                st = If(self.expr("bool", scope, 2))
                if self.try_add(block, st):
                    self.gen_block(st.then, scope, depth - 1, r.randint(1, 4))
                    if r.random() < 0.6:
                        self.gen_block(st.else_, scope, depth - 1, r.randint(1, 3))
            elif k < 0.74 and depth > 0:
                t = r.choice(["i32", "usize", "u8", "i64", "u16", "i128"])
                lo = r.randint(0, 3)
                st = For(self.fresh("ix"), Lit(t, lo), Lit(t, lo + r.randint(0, 4)), r.random() < 0.3)
                if self.try_add(block, st):
                    inner = Scope(scope, -2, "plain")
                    inner.vars[st.var] = (t, False, -2)
                    self.gen_block(st.body, inner, depth - 1, r.randint(1, 4))
            elif k < 0.78 and depth > 0:
                t = r.choice(["i32", "usize", "u8", "u64"])
                st = While(self.fresh("w"), t, r.randint(0, 4))
                if self.try_add(block, st):
                    scope.vars[st.counter] = (t, False, my_id)
                    inner = Scope(scope, -2, "plain")
                    self.gen_block(st.body, inner, depth - 1, r.randint(1, 4))
                    self.print_var(block, st.counter, t)
            elif k < 0.82 and depth > 0:
                self.gen_loop_let(block, scope, depth, my_id)
            elif k < 0.87 and scope.loop is not None:
                st = If(self.expr("bool", scope, 2))
                if scope.loop == "plain":
                    st.then.stmts.append(Jump(r.choice(["break", "continue"])))
                else:
                    st.then.stmts.append(Jump("break", self.expr(scope.loop[1], scope, 2)))
                self.try_add(block, st)
            elif k < 0.88:
                self.gen_call_stmt(block, scope)
            elif k < 0.895:
                self.gen_ref(block, scope, my_id)
            elif k < 0.9:
                t = self.rand_type()
                if t != "String":
                    st = RefConst(self.fresh("r"), t, self.const_expr(t))
                    if self.try_add(block, st):
                        scope.vars[st.name] = (("ref", t), False, my_id)
                        self.print_var(block, st.name, ("ref", t))
            elif k < 0.915:
                self.gen_assert(block, scope)
            elif k < 0.93:
                t = self.rand_type()
                if t == "String" or not is_copy(t):
                    continue
                st = LateInit(self.fresh(), t, self.expr("bool", scope, 2),
                              self.expr(t, scope, 2), self.expr(t, scope, 2), r.random() < 0.5)
                if self.try_add(block, st):
                    scope.vars[st.name] = (t, False, my_id)
                    scope.moved.discard(st.name)
                    self.print_var(block, st.name, t)
            else:
                t = r.choice(COMMON_INTS)
                self.try_add(block, ExprStmt(self.call(t, scope, 3)))

    def gen_let(self, block, scope, my_id):
        r = self.r
        t = self.rand_type()
        name = self.new_name(scope, t)
        init = self.expr(t, scope, r.randint(1, 3))
        mutable = r.random() < 0.4 and t not in ("f64", "f32", "&str")
        if self.try_add(block, Let(name, t, init, mutable, r.random() < 0.5)):
            scope.vars[name] = (t, mutable, my_id)
            scope.moved.discard(name)
            self.print_var(block, name, t)

    def gen_assign(self, block, scope):
        r = self.r
        muts = [v for v in scope.all() if v[2] and (v[1] in INTS or leaf_paths(v[1], "i32")
                                                    or leaf_paths(v[1], "u8") or leaf_paths(v[1], "i64"))]
        if not muts:
            return
        n, t = r.choice(muts)[:2]
        path, et = (), t
        if t not in INTS:
            options = [(p, lt) for lt in ("i32", "u8", "i64") for p in leaf_paths(t, lt)]
            path, et = r.choice(options)
        op = r.choice(["", "+", "-", "*", "", "^", "/", "%", "&", "|", "<<", ">>"])
        if op in ("<<", ">>"):
            value = Lit(et, r.randint(0, INTS[et][0] - 1))
        else:
            value = self.expr(et, scope, 2)
        if self.try_add(block, Assign(n, op, value, path, et if path else None)):
            self.print_var(block, n, t)

    def gen_move(self, block, scope, my_id):
        """A String moved, only one declared in this very block: into a new
        variable, or into a function that hands it back."""
        r = self.r
        strs = [v for v in scope.all() if v[1] == "String" and v[3] == my_id]
        if not strs:
            return
        n = r.choice(strs)[0]
        new = self.fresh()
        k = r.random()
        if k < 0.35:
            init = Var(n, "String", move=True)
        elif k < 0.55:
            other = self.str_expr(scope)
            if n in expr_names(other):
                return
            init = StrOp("add", [Var(n, "String", move=True), other], "String")
        else:
            fns = [f for f in self.prog.fns if f.ret == "String" and f.params and f.params[0][1] == "String"]
            if fns and r.random() < 0.5:
                f = r.choice(fns)
            elif len(self.prog.fns) < 8:
                f = self.make_fn("String")
                if not (f.params and f.params[0][1] == "String"):
                    return
            else:
                return
            args = self.call_args(f, scope, 2, moved=n)
            if args is None:
                return
            init = Call(f, args)
        if self.try_add(block, Let(new, "String", init, r.random() < 0.3, r.random() < 0.3)):
            scope.moved.add(n)
            scope.vars[new] = ("String", block.stmts[-1].mutable, my_id)
            self.print_var(block, new, "String")

    def gen_assert(self, block, scope):
        """An assertion that holds, or `let _ = e;`."""
        r = self.r
        k = r.random()
        if k < 0.2:
            t = self.rand_type()
            if t != "String":  # a String variable would be moved
                self.try_add(block, LetUnderscore(self.expr(t, scope, 2)))
            return
        t = r.choice(COMMON_INTS + ["bool", "char"])
        if k < 0.45:
            st = Assert("assert", [self.expr("bool", scope, 2)])
        else:
            st = Assert(r.choice(["assert_eq", "assert_ne"]), [self.expr(t, scope, 2), self.expr(t, scope, 2)])
        if r.random() < 0.3:
            st.msg = ("check", self.expr(r.choice(COMMON_INTS), scope, 1))
        self.try_add(block, st)

    def gen_ref(self, block, scope, my_id):
        """let r = &x; (x is frozen while r lives), or the end of such an r
        declared in this block: it is used no more, and (non-lexical
        lifetimes) x may change again."""
        r = self.r
        if scope.refs and r.random() < 0.4:
            ref = r.choice(sorted(scope.refs))
            del scope.refs[ref]
            scope.vars.pop(ref, None)
            return
        cands = [v for v in scope.all() if not (isinstance(v[1], tuple) and v[1][0] == "ref")
                 and not v[0].isupper()]
        if not cands:
            return
        x, t = r.choice(cands)[:2]
        st = RefLet(self.fresh("r"), x, t, r.random() < 0.4)
        if self.try_add(block, st):
            scope.vars[st.name] = (("ref", t), False, my_id)
            scope.refs[st.name] = x
            self.print_var(block, st.name, ("ref", t))

    def gen_loop_let(self, block, scope, depth, my_id):
        r = self.r
        t = self.rand_type()
        if t == "String":
            t = "i32"
        ct = r.choice(["i32", "u8", "usize"])
        st = LoopLet(self.new_name(scope, t), t, self.fresh("c"), ct, r.randint(1, 4), r.random() < 0.5)
        outer = Scope(scope, my_id)
        outer.vars[st.counter] = (ct, False, my_id)
        st.exit = self.expr(t, outer, 2)
        if not self.try_add(block, st):
            return
        inner = Scope(outer, -2, ("value", t))
        self.gen_block(st.body, inner, depth - 1, r.randint(1, 4), ("value", t))
        # the final break sits at the end of the body: names the body shadows
        # would mean something else there
        declared = {s.name for s in st.body.stmts if isinstance(s, (Let, LoopLet, LateInit, RefLet, RefConst))}
        declared |= {n for s in st.body.stmts if isinstance(s, LetTuple) for n in s.names}
        declared |= {s.counter for s in st.body.stmts if isinstance(s, (While, LoopLet))}
        if expr_names(st.exit) & declared:
            st.exit = self.lit(t)
        scope.vars[st.counter] = (ct, False, my_id)
        scope.vars[st.name] = (t, False, my_id)
        self.print_var(block, st.name, t)

    def gen_call_stmt(self, block, scope):
        """A call for its effect on &mut arguments, whose targets are printed."""
        fns = [f for f in self.prog.fns if any(isinstance(p[1], tuple) and p[1][0] == "refmut"
                                               for p in f.params)]
        if not fns:
            if len(self.prog.fns) >= 8:
                return
            f = self.make_fn(self.r.choice(COMMON_INTS + ["()"] * 4))
        else:
            f = self.r.choice(fns)
        args = self.call_args(f, scope, 2)
        if args is None:
            return
        if self.try_add(block, ExprStmt(Call(f, args))):
            for a in args:
                if isinstance(a, RefMut):
                    self.print_var(block, a.name, a.ty[1])

    def stmt_count(self):
        def count(b):
            n = 0
            for s in b.stmts:
                n += 1
                for sub in ("then", "else_", "body"):
                    if hasattr(s, sub):
                        n += count(getattr(s, sub))
            return n
        return count(self.prog.main)

    def panic_ending(self):
        """A deliberate panic at the end of main, out of sight of rustc's
        constant propagation (operands pass through a function parameter)."""
        r = self.r
        k = r.randrange(7)
        t = r.choice(COMMON_INTS)
        lo, hi = rng_of(t)
        name = self.fresh("boom")
        main = self.prog.main.stmts
        if k == 0:
            op, a, b = r.choice([("+", hi, r.randint(1, 3)), ("-", lo, 1), ("*", hi, 2)])
            fn = ["fn %s(a: %s, b: %s) -> %s {" % (name, t, t, t), "    a %s b" % op, "}"]
            main.append(Raw('println!("{}", %s(%s, %s));' % (name, Lit(t, a).code(), Lit(t, b).code())))
        elif k == 1:
            op = r.choice(["/", "%"])
            fn = ["fn %s(a: %s, b: %s) -> %s {" % (name, t, t, t), "    a %s b" % op, "}"]
            main.append(Raw('println!("{}", %s(%s, 0%s));' % (name, self.lit(t).code(), t)))
        elif k == 2:
            n = r.randint(1, 4)
            fn = ["fn %s(a: [%s; %d], i: usize) -> %s {" % (name, t, n, t), "    a[i]", "}"]
            main.append(Raw('println!("{}", %s(%s, %d));' % (name, self.lit(("array", t, n)).code(),
                                                            n + r.randint(0, 5))))
        elif k == 3:
            bits = INTS[t][0]
            fn = ["fn %s(a: %s, b: u32) -> %s {" % (name, t, t), "    a %s b" % r.choice(["<<", ">>"]), "}"]
            main.append(Raw('println!("{}", %s(%s, %d));' % (name, self.lit(t).code(), bits + r.randint(0, 9))))
        elif k == 4 and INTS[t][1]:
            fn = ["fn %s(a: %s) -> %s {" % (name, t, t), "    -a", "}"]
            main.append(Raw('println!("{}", %s(%s::MIN));' % (name, t)))
        elif k == 5:
            a = self.lit(t).v
            fn = ["fn %s(a: %s, b: %s) {" % (name, t, t), "    assert_eq!(a, b);", "}"]
            main.append(Raw("%s(%s, %s);" % (name, Lit(t, a).code(), Lit(t, a ^ 1).code())))
        else:
            fn = ["fn %s(code: %s, what: &str) {" % (name, t),
                  '    panic!("stopped at {} because of {:?}", code, what);', "}"]
            main.append(Raw("%s(%s, %s);" % (name, self.lit(t).code(), self.lit("&str").code())))
        self.prog.raw_fns.append(fn)

    def generate(self):
        root = Scope()
        for i in range(self.r.choice([0, 0, 1, 2, 3])):
            t = self.r.choice(COMMON_INTS + ["bool", "char", "&str", "f64"])
            kind = self.r.choice(["const", "static"])
            name = "%s%d" % ("K" if kind == "const" else "S", i + 1)
            self.prog.items.append((kind, name, t, self.lit(t)))
            root.vars[name] = (t, False, 0)
        self.gen_block(self.prog.main, root, 3, self.max_stmts)
        if self.r.random() < 0.08:
            self.panic_ending()
        return self.prog


# ---- mutants ------------------------------------------------------------------------------------

def borrowed(stmts):
    """The names that some `let r = &x;` borrows, anywhere in these statements."""
    out = set()
    for s in stmts:
        if isinstance(s, RefLet):
            out.add(s.target)
        for sub in ("then", "else_", "body"):
            if hasattr(s, sub):
                out |= borrowed(getattr(s, sub).stmts)
    return out


def top_lets(main, pred):
    """Indices of main's top-level lets (followed by their print) that pred
    accepts, of variables never borrowed (the error inserted must be the first)."""
    taken = borrowed(main)
    return [i for i, s in enumerate(main[:-1]) if isinstance(s, Let) and s.init is not None
            and isinstance(main[i + 1], Print) and pred(s) and s.name not in taken]


def place(main, r, pred, make):
    """A top-level let pred accepts (its index), one made up and inserted
    at a random place if the program has none."""
    lets = top_lets(main, pred)
    if lets:
        return r.choice(lets)
    i = r.randint(0, len(main))
    let = make()
    main[i:i] = [let, Print("%s = {}" % let.name, [Var(let.name, let.ty)])]
    return i


def mutate(prog, kind, r):
    """Inject one ownership error into main's top level. Returns (code, index
    of the statement in main, line within it, marker) of the error rustc
    reports, the column being where the marker (text, offset) is found in
    that line; or None if this program offers no place for it."""
    main = prog.main.stmts
    if main and isinstance(main[-1], Raw):
        main.pop()  # no deliberate panic: the error comes first anyway, but keep it simple
    ints = lambda s: s.ty in INTS  # noqa: E731
    if kind == "E0382":
        moves = [i for i, s in enumerate(main) if isinstance(s, Let) and s.init is not None
                 and any(isinstance(x, Var) and x.move for x in walk(s.init))]
        if moves:
            i = r.choice(moves)
            victim = [x for x in walk(main[i].init) if isinstance(x, Var) and x.move][0].name
            main.insert(i + 1, Raw('println!("moved: {}", %s);' % victim))
            return ("E0382", i + 1, 0, (", " + victim + ")", 2))
        i = place(main, r, lambda s: s.ty == "String", new_string)
        n = main[i].name
        main.insert(i + 2, Raw("let mmv = %s;" % n, 'println!("moved: {}", %s);' % n))
        return ("E0382", i + 2, 1, (", " + n + ")", 2))
    if kind == "E0384":
        i = place(main, r, lambda s: not s.mutable and ints(s), lambda: new_int(False))
        s = main[i]
        main.insert(i + 2, Assign(s.name, "", Lit(s.ty, 1)))
        return ("E0384", i + 2, 0, ("", 0))
    if kind == "E0381":
        name = "uninit"  # (E0381-branch is in nested_error)
        main.insert(0, Let(name, "i32", None, False, True))
        main.insert(1 + r.randint(0, len(main) - 1), Print("uninit: {}", [Var(name, "i32")]))
        idx = [j for j, s in enumerate(main) if isinstance(s, Print) and s.fmt == "uninit: {}"][0]
        return ("E0381", idx, 0, (", uninit)", 2))
    if kind == "E0596":
        i = place(main, r, lambda s: not s.mutable and ints(s), lambda: new_int(False))
        s = main[i]
        main.insert(i + 2, Raw("let mr1 = &mut %s;" % s.name, "*mr1 = %s;" % Lit(s.ty, 1).code()))
        return ("E0596", i + 2, 0, ("&mut ", 0))
    rest = other_error(main, prog, kind, r) or nested_error(main, kind, r)
    if rest:
        return rest
    if kind == "E0505":
        i = place(main, r, lambda s: s.ty == "String", new_string)
        n = main[i].name
        main.insert(i + 2, Raw("let mr1 = &%s;" % n, "let mmv = %s;" % n, 'println!("{} {}", mr1, mmv);'))
        return ("E0505", i + 2, 1, ("= ", 2))
    i = place(main, r, lambda s: s.mutable and ints(s), lambda: new_int(True))
    n, one = main[i].name, Lit(main[i].ty, 1).code()
    if kind == "E0499":
        main.insert(i + 2, Raw("let mr1 = &mut %s;" % n, "let mr2 = &mut %s;" % n, "*mr1 = *mr2;"))
        return ("E0499", i + 2, 1, ("&mut", 0))
    if kind == "E0502":
        main.insert(i + 2, Raw("let mr1 = &mut %s;" % n, 'println!("borrowed: {}", %s);' % n,
                               "*mr1 = %s;" % one))
        return ("E0502", i + 2, 1, (", %s)" % n, 2))
    if kind == "E0506":
        main.insert(i + 2, Raw("let mr1 = &%s;" % n, "%s = %s;" % (n, one), 'println!("{}", mr1);'))
        return ("E0506", i + 2, 1, ("", 0))
    raise ValueError(kind)


def other_error(main, prog, kind, r):
    """The errors that are not about ownership: a type or name error, a
    deny-by-default lint, inserted at a random place in main."""
    i = r.randint(0, len(main))
    if kind == "E0308":
        main.insert(i, Raw("let mm: u8 = true;"))
        return ("E0308", i, 0, ("true", 0))
    if kind == "E0425":
        main.insert(i, Raw('println!("{}", no_such_name);'))
        return ("E0425", i, 0, ("no_such", 0))
    if kind == "E0599":
        main.insert(i, Raw("let mm = 5i32.no_such_method();"))
        return ("E0599", i, 0, ("no_such", 0))
    if kind == "E0061":
        prog.raw_fns.append(["fn mfun(a: i32, b: i32) -> i32 {", "    a ^ b", "}"])
        main.insert(i, Raw("let mm = mfun(1i32);"))
        return ("E0061", i, 0, ("mfun", 0))
    if kind == "overflow":
        t = r.choice(COMMON_INTS)
        lo, hi = rng_of(t)
        a, op, b = r.choice([(hi, "+", 1), (lo, "-", 1), (hi, "*", 2)])
        main.insert(i, Raw("let ml: %s = %s;" % (t, Lit(t, a).code()),
                           "let mo = ml %s %s;" % (op, Lit(t, b).code())))
        return (None, i, 1, ("ml ", 0))
    if kind == "panic":
        if r.random() < 0.5:
            n = r.randint(1, 4)
            main.insert(i, Raw("let ma = [7i32; %d];" % n, "let mo = ma[%d];" % (n + r.randint(0, 3))))
            return (None, i, 1, ("ma[", 0))
        t = r.choice(COMMON_INTS)
        main.insert(i, Raw("let mo = %s %s 0%s;" % (Lit(t, 7).code(), r.choice("/%"), t)))
        return (None, i, 0, ("7", 0))
    return None


def nested_error(main, kind, r):
    """Ownership errors that need a loop, a branch or a block."""
    if kind in ("E0382-loop", "E0382-branch", "E0507"):
        # a String of its own: rustc reports one use per move, the first
        # in its walk of the MIR, which may be a later use of a program's String
        i = place(main, r, lambda s: kind == "E0507" and s.ty == "String", new_string)
        n = main[i].name
        if kind == "E0382-loop":  # moved in the previous iteration
            main.insert(i + 2, Raw("for _ in 0..2 {", "    let mmv = %s;" % n, "}"))
            return ("E0382", i + 2, 1, ("= ", 2))
        if kind == "E0507":  # a move out of a reference
            main.insert(i + 2, Raw("let mr1 = &%s;" % n, "let mmv = *mr1;"))
            return ("E0507", i + 2, 1, ("*mr1", 0))
        main.insert(i + 2, Raw("if %s.len() > 3 {" % n, "    let mmv = %s;" % n, "}",
                               'println!("maybe moved: {}", %s);' % n))
        return ("E0382", i + 2, 3, (", %s)" % n, 2))
    if kind == "E0381-branch":
        i = place(main, r, lambda s: s.ty in INTS, lambda: new_int(False))
        n = main[i].name
        main.insert(i + 2, Raw("let mvu: i32;", "if %s > %s {" % (n, Lit(main[i].ty, 1).code()),
                               "    mvu = 1;", "}", 'println!("maybe uninit: {}", mvu);'))
        return ("E0381", i + 2, 4, (", mvu)", 2))
    i = r.randint(0, len(main))
    if kind == "E0597":  # a reference that outlives its referent
        main.insert(i, Raw("let mr1;", "{", "    let mvy = 5i32;", "    mr1 = &mvy;", "}",
                           'println!("{}", mr1);'))
        return ("E0597", i, 3, ("&mvy", 0))
    if kind == "E0381-discarded":  # a value thrown away is still read
        main.insert(i, Raw("let mvd: i32;", "mvd;"))
        return ("E0381", i, 1, ("", 0))
    if kind == "E0502-len":  # an array's len() borrows it, under a `&mut`
        main.insert(i, Raw("let mut mva = [1, 2];", "let mr1 = &mut mva;", "let mvn = mva.len();",
                           "mr1[0] = 3;", 'println!("{} {:?}", mvn, mva);'))
        return ("E0502", i, 2, ("mva.len", 0))
    if kind == "E0716":  # a reference to a temporary dropped at the end of the statement
        main.insert(i, Raw("let mr1: &String;", 'mr1 = &String::from("tmp");', 'println!("{}", mr1);'))
        return ("E0716", i, 1, ("String::", 0))
    return None


def new_string():
    return Let("mvs", "String", StrLit("from", "mutant"), False, False)


def new_int(mutable):
    return Let("mvi", "i32", Lit("i32", 5), mutable, True)


def walk(e):
    yield e
    for v in vars(e).values():
        for x in (v if isinstance(v, list) else [v]):
            x = getattr(x, "init", x)
            if isinstance(x, Expr):
                yield from walk(x)


def render(prog, mut=None):
    lines = prog.lines()
    text = "\n".join(lines) + "\n"
    if not mut:
        return text, None
    code, stmt_index, sub, (marker, offset) = mut
    line_no = lines.index("fn main() {") + 2  # the first line of main's first statement
    for s in prog.main.stmts[:stmt_index]:
        line_no += len(s.lines(""))
    line_no += sub
    line = lines[line_no - 1]
    if marker:
        col = line.index(marker) + 1 + offset
    else:
        col = len(line) - len(line.lstrip()) + 1
    return text, (code, line_no, col)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--mutant", choices=MUTANTS + KNOWN_GAPS)
    ap.add_argument("--max-stmts", type=int, default=40)
    a = ap.parse_args()
    text, expect = generate(a.seed, a.mutant, a.max_stmts)
    if a.mutant and not expect:
        print("no place for %s in this program" % a.mutant, file=sys.stderr)
        return 3
    sys.stdout.write(text)
    if expect:
        print("expect %s %d:%d" % expect, file=sys.stderr)
    return 0


def generate(seed, mutant=None, max_stmts=40):
    """(program text, (code, line, col) or None)."""
    sys.setrecursionlimit(10000)
    g = Gen(seed, max_stmts)
    prog = g.generate()
    if not mutant:
        return render(prog)
    mut = mutate(prog, mutant, random.Random(seed * 7919 + 1))
    if not mut:
        return None, None
    return render(prog, mut)


if __name__ == "__main__":
    sys.exit(main())
