#!/usr/bin/env python3
"""gen.py: random Tier-1 Rust programs for differential testing (RustSmith-style).

    gen.py --seed N                 a valid program with defined behaviour
    gen.py --seed N --mutant KIND   the same program with one ownership error:
                                    E0382 (use after move), E0384 (assignment
                                    twice to an immutable), E0381 (use before
                                    init); the expected code and line:col are
                                    printed to stderr as `expect E0382 12:20`

The same seed always gives the same program (Python's own PRNG, seeded).

How programs stay valid: the generator builds a small AST and carries a
reference interpreter. Each statement it proposes is appended and the whole
program re-run; if the run overflows, divides by zero, indexes out of
bounds, uses a moved String or takes too many steps, the statement is taken
back and another proposed. So every program that comes out runs to the end
without a panic, with every arithmetic result in range ("no overflow unless
intended": none is). Every variable is printed after it is bound or changed.
Moves happen only in the block that declared the String (never in a branch
or loop), so a use after a move is always a static error, never a dynamic
one. Python 3 standard library only.
"""
import argparse
import random
import sys

INTS = {  # name: (bits, signed)
    "i8": (8, True), "i16": (16, True), "i32": (32, True), "i64": (64, True),
    "u8": (8, False), "u16": (16, False), "u32": (32, False), "u64": (64, False),
    "usize": (64, False), "isize": (64, True), "i128": (128, True), "u128": (128, False),
}
COMMON_INTS = ["i32", "i32", "i64", "u8", "u32", "u64", "usize", "i8", "i16", "u16", "isize",
               "i128", "u128"]


class GenError(Exception):
    """The program as built so far would misbehave: take the last step back."""


def rng_of(t):
    bits, signed = INTS[t]
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)


def wrap(t, v):
    bits, signed = INTS[t]
    v &= (1 << bits) - 1
    if signed and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def check(t, v):
    lo, hi = rng_of(t)
    if not lo <= v <= hi:
        raise GenError("overflow")
    return v


# ---- types --------------------------------------------------------------------------
# A type is a string: an integer name, "bool", "String", "f64", ("tuple", a, b),
# or ("array", elem, n).

def ty_str(t):
    if isinstance(t, tuple):
        if t[0] == "tuple":
            return "(" + ", ".join(ty_str(x) for x in t[1:]) + ")"
        return "[%s; %d]" % (ty_str(t[1]), t[2])
    return t


def is_copy(t):
    return t != "String"


# ---- the interpreter's state ------------------------------------------------------------

class Cell:
    def __init__(self, ty, value, mutable):
        self.ty, self.value, self.mutable = ty, value, mutable
        self.moved = False


class Env:
    def __init__(self, prog):
        self.prog = prog
        self.scopes = [{}]
        self.out = []
        self.steps = 0

    def lookup(self, name):
        for s in reversed(self.scopes):
            if name in s:
                return s[name]
        raise GenError("unbound " + name)

    def speculate(self):
        """A copy to run code on that must not affect the real run."""
        e = Env(self.prog)
        e.scopes = []
        for s in self.scopes:
            d = {}
            for n, c in s.items():
                c2 = Cell(c.ty, list(c.value) if isinstance(c.value, list) else c.value, c.mutable)
                c2.moved = c.moved
                d[n] = c2
            e.scopes.append(d)
        e.steps = self.steps
        e.parent = self
        return e

    def step(self):
        self.steps += 1
        if getattr(self, "parent", None):
            self.parent.step()
        if self.steps > 20000:
            raise GenError("too many steps")


def fmt_value(t, v, debug):
    if t == "String":
        return '"%s"' % v if debug else v
    if t == "bool":
        return "true" if v else "false"
    if t == "f64":
        return repr(v)  # only used for equality with itself; rustc is the oracle
    if isinstance(t, tuple) and t[0] == "tuple":
        return "(" + ", ".join(fmt_value(x, y, True) for x, y in zip(t[1:], v)) + ")"
    if isinstance(t, tuple):
        return "[" + ", ".join(fmt_value(t[1], y, True) for y in v) + "]"
    return str(v)


# ---- expressions ---------------------------------------------------------------------------

class Expr:
    prec = 100  # binding strength of the printed form (100: atomic)

    def code(self):
        raise NotImplementedError

    def paren(self, min_prec):
        c = self.code()
        return "(" + c + ")" if self.prec < min_prec else c


class Lit(Expr):
    def __init__(self, ty, v):
        self.ty, self.v = ty, v

    def code(self):
        t = self.ty
        if t == "bool":
            return "true" if self.v else "false"
        if t == "f64":
            text = repr(float(self.v)) + ("f64" if "e" not in repr(float(self.v)) else "")
            return "(" + text + ")" if self.v < 0 else text
        if t == "String":
            return 'String::from("%s")' % self.v
        if self.v < 0:
            return "(%d%s)" % (self.v, t) if self.v != rng_of(t)[0] else "%s::MIN" % t
        if self.v == rng_of(t)[1] and self.v > 255:
            return "%s::MAX" % t
        return "%d%s" % (self.v, t)

    def eval(self, env):
        return self.v


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
            # the right side is evaluated even when it would be skipped:
            # rustc lints it all the same
            x, y = self.a.eval(env), self.b.eval(env)
            return (x and y) if op == "&&" else (x or y)
        x, y = self.a.eval(env), self.b.eval(env)
        if op in ("==", "!=", "<", "<=", ">", ">="):
            return {"==": x == y, "!=": x != y, "<": x < y, "<=": x <= y, ">": x > y,
                    ">=": x >= y}[op]
        t = self.ty
        if t == "f64":
            try:
                return {"+": x + y, "-": x - y, "*": x * y}[op]
            except OverflowError:
                raise GenError("float")
        if t == "bool":
            return {"&": x & y, "|": x | y, "^": x ^ y}[op]
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
            return -v if self.ty == "f64" else check(self.ty, -v)
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
        if src == "bool":
            return int(v)
        if src == "f64":
            if v != v:
                return 0
            lo, hi = rng_of(self.ty)
            return max(lo, min(hi, int(v)))
        if self.ty == "f64":
            return float(v)
        return wrap(self.ty, v)


class Field(Expr):
    def __init__(self, base, i, ty):
        self.base, self.i, self.ty = base, i, ty

    def code(self):
        return "%s.%d" % (self.base.paren(100), self.i)

    def eval(self, env):
        return self.base.eval(env)[self.i]


class Index(Expr):
    def __init__(self, base, idx, ty):
        self.base, self.idx, self.ty = base, idx, ty

    def code(self):
        return "%s[%s]" % (self.base.paren(100), self.idx.code())

    def eval(self, env):
        a, i = self.base.eval(env), self.idx.eval(env)
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
        # both arms: rustc lints the one not taken as well
        c, a, b = self.cond.eval(env), self.a.eval(env), self.b.eval(env)
        return a if c else b


class StrOp(Expr):
    """String-producing or String-reading operations."""

    def __init__(self, kind, args, ty):
        self.kind, self.args, self.ty = kind, args, ty

    def code(self):
        a = self.args
        if self.kind == "len":
            return "%s.len()" % a[0].code()
        if self.kind == "clone":
            return "%s.clone()" % a[0].code()
        if self.kind == "concat":
            return "%s.clone() + &%s" % (a[0].code(), a[1].code())
        if self.kind == "to_string":
            return "%s.to_string()" % a[0].paren(100)
        if self.kind == "format":
            return 'format!("{}-{}", %s, %s)' % (a[0].code(), a[1].code())
        raise AssertionError

    def eval(self, env):
        v = [x.eval(env) for x in self.args]
        if self.kind == "len":
            return len(v[0].encode())
        if self.kind == "clone":
            return v[0]
        if self.kind == "concat":
            return v[0] + v[1]
        if self.kind == "to_string":
            return fmt_value(self.args[0].ty, v[0], False)
        return fmt_value(self.args[0].ty, v[0], False) + "-" + fmt_value(self.args[1].ty, v[1], False)


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


class Assign:
    def __init__(self, target, op, value, path=()):
        self.target, self.op, self.value, self.path = target, op, value, path

    def lines(self, ind):
        place = self.target + "".join("[%d]" % p if isinstance(p, int) else ".%s" % p[1:]
                                      for p in self.path)
        return [ind + "%s %s= %s;" % (place, self.op, self.value.code())]

    def run(self, env):
        c = env.lookup(self.target)
        v = self.value.eval(env)
        if c.moved:
            raise GenError("assign to moved")
        if self.op:
            t = c.ty if not self.path else self.elem_ty
            old = self.get(c.value)
            v = Bin(self.op, Lit(t, old), Lit(t, v), t).eval(env)
        self.set(c, v)

    def get(self, value):
        for p in self.path:
            value = value[p if isinstance(p, int) else int(p[1:])]
        return value

    def set(self, c, v):
        if not self.path:
            c.value = v
            return
        p = self.path[0]
        if isinstance(p, int):
            c.value = list(c.value)
            c.value[p] = v
        else:
            lst = list(c.value)
            lst[int(p[1:])] = v
            c.value = tuple(lst)


class Print:
    def __init__(self, fmt, args):
        self.fmt, self.args = fmt, args

    def lines(self, ind):
        return [ind + 'println!("%s"%s);' % (self.fmt, "".join(", " + a.code() for a in self.args))]

    def run(self, env):
        for a in self.args:
            a.eval(env)
        env.out.append(self.fmt)


class PushStr:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def lines(self, ind):
        return [ind + '%s.push_str("%s");' % (self.name, self.text)]

    def run(self, env):
        c = env.lookup(self.name)
        if c.moved:
            raise GenError("moved")
        c.value += self.text


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
            for s in self.stmts:
                env.step()
                s.run(env)
        finally:
            if new_scope:
                env.scopes.pop()


class If:
    def __init__(self, cond):
        self.cond, self.then, self.else_ = cond, Block(), Block()

    def lines(self, ind):
        out = [ind + "if %s {" % self.cond.code()] + self.then.lines(ind + "    ")
        if self.else_.stmts:
            out += [ind + "} else {"] + self.else_.lines(ind + "    ")
        return out + [ind + "}"]

    def run(self, env):
        taken = self.cond.eval(env)
        # rustc's constant propagation lints dead branches too: run the
        # branch not taken on a copy, so that it cannot overflow either.
        (self.else_ if taken else self.then).run(env.speculate())
        (self.then if taken else self.else_).run(env)


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
            self.body.run(spec)
        for i in range(lo, end):
            env.scopes.append({self.var: Cell(self.lo.ty, i, False)})
            try:
                self.body.run(env)
            finally:
                env.scopes.pop()


class ExprStmt:
    def __init__(self, e):
        self.e = e

    def lines(self, ind):
        return [ind + self.e.code() + ";"]

    def run(self, env):
        self.e.eval(env)


class Fn:
    def __init__(self, name, params, ret):
        self.name, self.params, self.ret = name, params, ret  # params: [(name, ty)]
        self.body, self.tail = Block(), None

    def lines(self):
        sig = "fn %s(%s) -> %s {" % (self.name, ", ".join("%s: %s" % (n, ty_str(t)) for n, t in self.params),
                                     ty_str(self.ret))
        return [sig] + self.body.lines("    ") + ["    " + self.tail.code(), "}"]

    def call(self, env, vals):
        saved = env.scopes
        env.scopes = [{n: Cell(t, v, False) for (n, t), v in zip(self.params, vals)}]
        try:
            env.step()
            self.body.run(env, new_scope=False)
            return self.tail.eval(env)
        finally:
            env.scopes = saved


# ---- the generator -------------------------------------------------------------------------------

class Program:
    def __init__(self):
        self.fns = []
        self.main = Block()

    def lines(self):
        out = []
        for f in self.fns:
            out += f.lines() + [""]
        return out + ["fn main() {"] + self.main.lines("    ") + ["}"]

    def run(self):
        env = Env(self)
        self.main.run(env)
        return env


class Scope:
    """What the generator knows statically about the variables in scope."""

    def __init__(self, parent=None, block_id=0):
        self.vars = {}  # name -> (ty, mutable, block_id)
        self.parent = parent
        self.block_id = block_id
        self.moved = set()

    def all(self):
        out, s, seen = [], self, set()
        while s:
            for n, v in s.vars.items():
                if n not in seen:
                    seen.add(n)
                    out.append((n,) + v)
            s = s.parent
        return [v for v in out if v[0] not in self.moved_all()]

    def moved_all(self):
        m, s = set(), self
        while s:
            m |= s.moved
            s = s.parent
        return m


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
    def rand_type(self, depth=0):
        r = self.r.random()
        if r < 0.55 or depth > 0:
            return self.r.choice(COMMON_INTS) if self.r.random() < 0.85 else self.r.choice(["bool", "f64"])
        if r < 0.7:
            return "String"
        if r < 0.85:
            return ("tuple", self.rand_type(1), self.rand_type(1))
        return ("array", self.r.choice(COMMON_INTS[:7]), self.r.randint(1, 5))

    # -- expressions --
    def lit(self, t):
        r = self.r
        if t == "bool":
            return Lit(t, r.random() < 0.5)
        if t == "f64":
            return Lit(t, r.choice([0.5, 1.25, 3.0, -2.5, 100.0, 0.1, 1e10, 7.75]))
        if t == "String":
            return Lit(t, r.choice(["", "a", "hello", "owl", "x y", "ünï"]))
        if isinstance(t, tuple) and t[0] == "tuple":
            return Aggregate("tuple", [self.lit(x) for x in t[1:]], t)
        if isinstance(t, tuple):
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
        x = r.random()
        if depth <= 0 or x < 0.15:
            if cands and r.random() < 0.6:
                return self.var_expr(cands, t)
            return self.lit(t)
        if cands and x < 0.35:
            return self.var_expr(cands, t)
        if t in INTS:
            k = r.random()
            if k < 0.45:
                op = r.choice(["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "+", "-"])
                if op in ("<<", ">>"):
                    return Bin(op, self.expr(t, scope, depth - 1),
                               Lit(t, r.randint(0, INTS[t][0] - 1)), t)
                return Bin(op, self.expr(t, scope, depth - 1), self.expr(t, scope, depth - 1), t)
            if k < 0.55 and INTS[t][1]:
                return Unary("-", self.expr(t, scope, depth - 1), t)
            if k < 0.6:
                return Unary("!", self.expr(t, scope, depth - 1), t)
            if k < 0.72:
                src = r.choice(COMMON_INTS + ["bool", "f64"])
                return Cast(self.expr(src, scope, depth - 1), t)
            if k < 0.8 and t == "usize":
                return StrOp("len", [self.string_ref(scope)], t)
            if k < 0.88:
                return self.call(t, scope, depth)
            if k < 0.94:
                return IfExpr(self.expr("bool", scope, depth - 1), self.expr(t, scope, depth - 1),
                              self.expr(t, scope, depth - 1), t)
            return self.project(t, scope, depth)
        if t == "bool":
            k = r.random()
            if k < 0.5:
                u = r.choice(COMMON_INTS)
                return Bin(r.choice(["==", "!=", "<", "<=", ">", ">="]), self.expr(u, scope, depth - 1),
                           self.expr(u, scope, depth - 1), "bool")
            if k < 0.75:
                return Bin(r.choice(["&&", "||", "&", "|", "^"]), self.expr("bool", scope, depth - 1),
                           self.expr("bool", scope, depth - 1), "bool")
            if k < 0.85:
                return Unary("!", self.expr("bool", scope, depth - 1), "bool")
            return self.call(t, scope, depth)
        if t == "f64":
            k = r.random()
            if k < 0.5:
                return Bin(r.choice(["+", "-", "*"]), self.expr(t, scope, depth - 1),
                           self.expr(t, scope, depth - 1), t)
            if k < 0.8:
                return Cast(self.expr(r.choice(["i32", "u8", "i64"]), scope, depth - 1), t)
            return self.lit(t)
        if t == "String":
            k = r.random()
            if k < 0.3:
                return StrOp("clone", [self.string_ref(scope)], t)
            if k < 0.5:
                return StrOp("concat", [self.string_ref(scope), self.string_ref(scope)], t)
            if k < 0.7:
                return StrOp("to_string", [self.string_ref(scope)], t)
            if k < 0.85:
                return StrOp("format", [self.expr(r.choice(COMMON_INTS), scope, depth - 1),
                                        self.string_ref(scope)], t)
            return self.lit(t)
        if t[0] == "tuple":
            return Aggregate("tuple", [self.expr(x, scope, depth - 1) for x in t[1:]], t)
        return Aggregate("array", [self.expr(t[1], scope, depth - 1) for _ in range(t[2])], t)

    def var_expr(self, cands, t):
        name = self.r.choice(cands)[0]
        return Var(name, t)

    def string_ref(self, scope):
        cands = [v for v in scope.all() if v[1] == "String"]
        if cands and self.r.random() < 0.8:
            return Var(self.r.choice(cands)[0], "String")
        return self.lit("String")

    def project(self, t, scope, depth):
        """t from a tuple field or an array element."""
        r = self.r
        for n, vt, _, _ in scope.all():
            if isinstance(vt, tuple) and vt[0] == "tuple":
                for i, et in enumerate(vt[1:]):
                    if et == t and r.random() < 0.7:
                        return Field(Var(n, vt), i, t)
            if isinstance(vt, tuple) and vt[0] == "array" and vt[1] == t and r.random() < 0.7:
                idx = self.expr("usize", scope, 0) if r.random() < 0.3 else Lit("usize", r.randrange(vt[2]))
                return Index(Var(n, vt), idx, t)
        return self.lit(t)

    def call(self, t, scope, depth):
        r = self.r
        fns = [f for f in self.prog.fns if f.ret == t]
        if fns and r.random() < 0.5:
            f = r.choice(fns)
        elif len(self.prog.fns) < 8 and depth > 1:
            f = self.make_fn(t)
        else:
            return self.lit(t)
        return Call(f, [self.expr(pt, scope, depth - 1) if pt != "String" else self.lit("String")
                        for _, pt in f.params])

    def make_fn(self, ret):
        r = self.r
        params = [(self.fresh("p"), r.choice(COMMON_INTS + ["bool"])) for _ in range(r.randint(0, 3))]
        f = Fn(self.fresh("f"), params, ret)
        scope = Scope()
        for n, t in params:
            scope.vars[n] = (t, False, -1)
        # Bodies are straight-line: every call runs them with new arguments,
        # and a let that fails for one argument would fail the whole program.
        for _ in range(r.randint(0, 3)):
            t = r.choice(COMMON_INTS)
            n = self.fresh()
            f.body.stmts.append(Let(n, t, self.safe_expr(t, scope), False, True))
            scope.vars[n] = (t, False, -1)
        f.tail = self.safe_expr(ret, scope)
        self.prog.fns.insert(0, f)
        return f

    def safe_expr(self, t, scope):
        """An expression that cannot fail whatever the variables hold."""
        r = self.r
        cands = [v for v in scope.all() if v[1] == t]
        if t in INTS:
            if cands and r.random() < 0.7:
                v = Var(r.choice(cands)[0], t)
                op = r.choice(["&", "|", "^", ">>", "cast"])
                if op == "cast":
                    return Cast(Var(r.choice(cands)[0], t), t)
                amount = Lit(t, r.randint(0, INTS[t][0] - 1))
                return Bin(op, v, amount if op == ">>" else self.lit(t), t)
            others = [v for v in scope.all() if v[1] in INTS]
            if others and r.random() < 0.5:
                n, vt = r.choice(others)[:2]
                return Cast(Var(n, vt), t)
            return self.lit(t)
        if t == "bool":
            ints = [v for v in scope.all() if v[1] in INTS]
            if ints and r.random() < 0.7:
                n, vt = r.choice(ints)[:2]
                return Bin(r.choice(["==", "!=", "<", ">="]), Var(n, vt), self.lit(vt), "bool")
            return self.lit(t)
        return self.lit(t)

    # -- statements --
    def try_add(self, block, stmt):
        block.stmts.append(stmt)
        try:
            self.prog.run()
            return True
        except GenError:
            block.stmts.pop()
            return False
        except RecursionError:
            block.stmts.pop()
            return False

    def print_var(self, block, name, t):
        debug = isinstance(t, tuple)
        spec = "{:?}" if debug else "{}"
        if t in INTS and self.r.random() < 0.3:
            spec = self.r.choice(["{:x}", "{:>8}", "{:<6}|", "{:+}", "{:08}", "{:#b}", "{:^7}", "{:#X}"])
        if t == "f64" and self.r.random() < 0.3:
            spec = self.r.choice(["{:.2}", "{:e}", "{:?}", "{:10.3}"])
        block.stmts.append(Print("%s = %s" % (name, spec), [Var(name, t)]))

    def gen_block(self, block, scope, depth, budget):
        r = self.r
        self.blocks += 1
        my_id = self.blocks
        scope = Scope(scope, my_id)
        for _ in range(budget):
            if self.stmt_count() >= self.max_stmts:
                break
            k = r.random()
            if k < 0.4:
                t = self.rand_type()
                name = self.fresh()
                init = self.expr(t, scope, r.randint(1, 3))
                mutable = r.random() < 0.4 and t != "f64"
                if self.try_add(block, Let(name, t, init, mutable, r.random() < 0.5)):
                    scope.vars[name] = (t, mutable, my_id)
                    self.print_var(block, name, t)
            elif k < 0.6:
                muts = [v for v in scope.all() if v[2] and v[1] in INTS]
                if not muts:
                    continue
                n, t = r.choice(muts)[:2]
                op = r.choice(["", "+", "-", "*", "", "^"])
                if self.try_add(block, Assign(n, op, self.expr(t, scope, 2))):
                    self.print_var(block, n, t)
            elif k < 0.68:
                strs = [v for v in scope.all() if v[1] == "String" and v[2]]
                if strs:
                    n = r.choice(strs)[0]
                    if self.try_add(block, PushStr(n, r.choice(["!", "ab", " ", "ß"]))):
                        self.print_var(block, n, "String")
            elif k < 0.74:
                # a move, only of a String declared in this very block
                strs = [v for v in scope.all() if v[1] == "String" and v[3] == my_id]
                if strs:
                    n = r.choice(strs)[0]
                    new = self.fresh()
                    if self.try_add(block, Let(new, "String", Var(n, "String", move=True), False, False)):
                        scope.moved.add(n)
                        scope.vars[new] = ("String", False, my_id)
                        self.print_var(block, new, "String")
            elif k < 0.84 and depth > 0:
                st = If(self.expr("bool", scope, 2))
                if self.try_add(block, st):
                    self.gen_block(st.then, scope, depth - 1, r.randint(1, 4))
                    if r.random() < 0.6:
                        self.gen_block(st.else_, scope, depth - 1, r.randint(1, 3))
            elif k < 0.94 and depth > 0:
                t = r.choice(["i32", "usize", "u8", "i64"])
                lo = r.randint(0, 3)
                st = For(self.fresh("i"), Lit(t, lo), Lit(t, lo + r.randint(0, 4)), r.random() < 0.3)
                if self.try_add(block, st):
                    inner = Scope(scope, -2)
                    inner.vars[st.var] = (t, False, -2)
                    self.gen_block(st.body, inner, depth - 1, r.randint(1, 4))
            else:
                t = r.choice(COMMON_INTS)
                self.try_add(block, ExprStmt(self.call(t, scope, 3)))

    def stmt_count(self):
        def count(b):
            n = 0
            for s in b.stmts:
                n += 1
                if isinstance(s, If):
                    n += count(s.then) + count(s.else_)
                elif isinstance(s, For):
                    n += count(s.body)
            return n
        return count(self.prog.main)

    def generate(self):
        self.gen_block(self.prog.main, None, 3, self.max_stmts)
        return self.prog


# ---- mutants ------------------------------------------------------------------------------------

def mutate(prog, kind, r):
    """Inject one ownership error into main's top level. Returns (code, line, col)
    of the error rustc reports, computed from the printed program, or None if
    this program offers no place for it."""
    main = prog.main.stmts
    if kind == "E0382":
        moves = [i for i, s in enumerate(main) if isinstance(s, Let) and isinstance(s.init, Var)
                 and s.init.move]
        if not moves:
            return None
        i = r.choice(moves)
        victim = main[i].init.name
        main.insert(i + 1, Print("moved: {}", [Var(victim, "String")]))
        return ("E0382", i + 1, 'println!("moved: {}", ')
    if kind == "E0384":
        lets = [i for i, s in enumerate(main) if isinstance(s, Let) and not s.mutable and s.ty in INTS]
        if not lets:
            return None
        i = r.choice(lets)
        s = main[i]
        main.insert(i + 2, Assign(s.name, "", Lit(s.ty, 1)))
        return ("E0384", i + 2, "")
    if kind == "E0381":
        name = "uninit"
        main.insert(0, Let(name, "i32", None, False, True))
        main.insert(1 + r.randint(0, len(main) - 1), Print("uninit: {}", [Var(name, "i32")]))
        idx = [j for j, s in enumerate(main) if isinstance(s, Print) and s.fmt == "uninit: {}"][0]
        return ("E0381", idx, 'println!("uninit: {}", ')
    raise ValueError(kind)


def render(prog, mut=None):
    lines = prog.lines()
    text = "\n".join(lines) + "\n"
    if not mut:
        return text, None
    code, stmt_index, prefix = mut
    # the statement is main's stmt_index-th: find its printed line
    nfn_lines = sum(len(f.lines()) + 1 for f in prog.fns)
    line_no = nfn_lines + 2  # "fn main() {" is line nfn_lines+1
    for s in prog.main.stmts[:stmt_index]:
        line_no += len(s.lines(""))
    line = lines[line_no - 1]
    col = len(line) - len(line.lstrip()) + 1 + len(prefix)
    return text, (code, line_no, col)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--mutant", choices=["E0382", "E0384", "E0381"])
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
