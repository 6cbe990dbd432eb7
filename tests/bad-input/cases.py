"""cases.py: the bad-input catalogue (see README.md and docs/testing.md).

Each Case is one input owl must survive: it states how the input is made
(bytes here, or a generator run at test time for the big ones, so that no
large file is committed), the command, the exit status, patterns stderr must
contain, and optionally the exact stdout. run.py checks every case for the
common rules too: no signal, no sanitizer report, no internal compiler
error, owl's own status in {0, 1, 2}, a time limit (a hang or a phase
that is quadratic fails it) and a memory limit (1 GB unless the case says
otherwise: a phase quadratic in memory fails it).

Patterns are Python regular expressions over stderr decoded as UTF-8 with
replacement. `LOC(l, c)` is the located-error pattern `--> input.rs:l:c`.
Python 3 standard library only.
"""

import re


def LOC(line, col, name="input.rs"):
    return r"--> " + re.escape(name) + ":%d:%d" % (line, col)


class Case:
    def __init__(self, name, src=None, gen=None, args=("check", "{src}"), status=1,
                 stderr=(), stdout=None, timeout=10, file="input.rs", setup=None,
                 program=False, note="", xfail=None, memory=1024):
        self.name = name
        self.src = src            # bytes of the input file, or None
        self.gen = gen            # function(path) writing the input, or None
        self.args = list(args)    # owl's arguments; {src} {tmp} {out} substituted
        self.status = status      # expected exit status
        self.stderr = list(stderr)  # regexes that must all match stderr
        self.stdout = stdout      # exact expected stdout (bytes) or None
        self.timeout = timeout    # seconds (scaled by --time-scale)
        self.file = file          # input file name inside the temp dir
        self.setup = setup        # function(tmpdir) run before owl, or None
        self.program = program    # status is a compiled program's (owl run)
        self.note = note          # what rustc does, where it differs
        self.xfail = xfail        # a known bug (text saying which), or None
        self.memory = memory      # peak resident set, MB (scaled by --memory-scale)


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


MAIN = b'fn main() {\n    println!("ok");\n}\n'
NESTED = "this program is nested too deeply for owl"
UNSUP = "is not supported by owl"

def nested(opening, closing, inner, n=100_000):
    def gen(path):
        write_text(path, "fn main() {\n    let x = " + opening * n + inner + closing * n
                   + ";\n    println!(\"{:?}\", x);\n}\n")
    return gen


def body(text):
    """A generator for a main whose body is `text` (a function of nothing)."""
    def gen(path):
        write_text(path, "fn main() {\n    " + text() + "\n}\n")
    return gen


def long_function(path, lines=200_000):
    with open(path, "w") as f:
        f.write("fn main() {\n    let mut x: u64 = 0;\n")
        f.write("    x += 1;\n" * lines)
        f.write("    println!(\"{}\", x);\n}\n")


def late_inits(path, n=100_000):
    # 200,000 statements, each local declared without a value and then
    # assigned (the ownership check tracks every one), each assignment a
    # checked addition (a basic block each): bitsets over locals x blocks
    # would need 10 GB.
    with open(path, "w") as f:
        f.write("fn main() {\n    let x0: u64 = 1;\n")
        for i in range(1, n):
            f.write("    let x%d: u64; x%d = x%d + 1;\n" % (i, i, i - 1))
        f.write("    println!(\"{}\", x%d);\n}\n" % (n - 1))


def mut_variables(path, n=60_000):
    # 120,000 statements: n `mut` variables, each assigned by a call and
    # mutated by a checked addition (two basic blocks a line). The
    # unused_mut lint asks, at each mutation, whether the variable may hold
    # a value: bitsets over mut variables x blocks needed 3.4 GB at 100,000.
    with open(path, "w") as f:
        f.write("fn f(x: i32) -> i32 { x }\nfn main() {\n")
        for i in range(n):
            f.write("    let mut a%d = f(%d); a%d += 1;\n" % (i, i % 1000, i))
        f.write("    println!(\"{}\", a0);\n}\n")


def strings_live_across(path, n=20_000):
    with open(path, "w") as f:
        f.write("fn main() {\n")
        for i in range(n):
            f.write("    let s%d = String::new();\n" % i)
        for i in range(n):
            f.write("    drop(s%d);\n" % i)
        f.write("}\n")


def string_moves(n):
    # A String made and moved on every line: drop elaboration tracks each.
    def gen(path):
        with open(path, "w") as f:
            f.write("fn main() {\n    let s0 = String::from(\"a\");\n")
            for i in range(1, n):
                f.write("    let s%d = s%d + \"a\";\n" % (i, i - 1))
            f.write("    println!(\"{}\", s%d.len());\n}\n" % (n - 1))
    return gen


def long_line(path):
    # One 1 MB line: a string literal, then its length printed.
    write_text(path, 'fn main() {\n    let s = "' + "a" * 1_000_000
               + '"; println!("{}", s.len());\n}\n')


def long_comment_line(path):
    write_text(path, "// " + "x" * 1_000_000 + "\nfn main() {\n    println!(\"ok\");\n}\n")


def long_ident(path):
    name = "a" * 100_000
    write_text(path, "fn main() {\n    let " + name + " = 7;\n    println!(\"{}\", "
               + name + ");\n}\n")


def many_errors(path):
    lines = ["fn main() {"]
    lines += ['    let x%d: i32 = "a";' % i for i in range(5000)]
    lines.append("}")
    write_text(path, "\n".join(lines) + "\n")


def many_moves_errors(path):
    # 5,000 uses after a move (E0382) in one function
    lines = ["fn main() {"]
    lines += ["    let s%d = String::new(); let t%d = s%d; let u%d = s%d;" % (i, i, i, i, i)
              for i in range(5000)]
    lines.append("}")
    write_text(path, "\n".join(lines) + "\n")


def many_borrow_errors(path):
    # 5,000 mutations of a borrowed String (E0502) in one function
    lines = ["fn main() {", "    let mut v = String::new();"]
    lines += ["    let r%d = &v; v.push_str(\"a\"); println!(\"{}\", r%d);" % (i, i)
              for i in range(5000)]
    lines.append("}")
    write_text(path, "\n".join(lines) + "\n")


def many_syntax_errors(path):
    write_text(path, "fn main() {\n" + "    let = ;\n" * 5000 + "}\n")


def many_functions(path):
    parts = ["fn f%d(x: i32) -> i32 { x + %d }\n" % (i, i % 7) for i in range(10_000)]
    parts.append("fn main() {\n    println!(\"{}\", f9999(1));\n}\n")
    write_text(path, "".join(parts))


def file_50mb(path):
    # 50 MB: a valid program followed by a block comment of 50 MB of text
    # (lines of 100 bytes); the lexer must skim it in linear time.
    with open(path, "w") as f:
        f.write('fn main() {\n    println!("ok");\n}\n/*\n')
        line = "x" * 99 + "\n"
        chunk = line * 10_000
        for _ in range(50):
            f.write(chunk)
        f.write("*/\n")


def functions_file(n):
    # n small functions: 100 bytes of code per 3 functions
    def gen(path):
        with open(path, "w") as f:
            for i in range(n):
                f.write("fn f%d(x: i32) -> i32 { x + %d }\n" % (i, i % 7))
            f.write("fn main() {\n    println!(\"{}\", f%d(1));\n}\n" % (n - 1))
    return gen


def file_too_big(path):
    # Over owl's 64 MiB source limit: refused at load, not read into a crash.
    with open(path, "wb") as f:
        f.write(b"fn main() {}\n//")
        chunk = b"x" * (1 << 20)
        for _ in range(65):
            f.write(chunk)


def many_placeholders(path):
    write_text(path, 'fn main() {\n    let x = 1;\n    println!("' + "{}" * 20_000
               + '"' + ", x" * 20_000 + ");\n}\n")


def mkdir_input(tmp):
    import os
    os.mkdir(os.path.join(tmp, "dir.rs"))


def read_only_dir(tmp):
    import os
    os.mkdir(os.path.join(tmp, "ro"))
    os.chmod(os.path.join(tmp, "ro"), 0o555)


CASES = [
    # ---- encodings and bytes --------------------------------------------------
    Case("empty-file", src=b"", stderr=[r"error\[E0601\]: `main` function not found in crate `input`"]),
    Case("whitespace-only", src=b" \n\t\n  \n", stderr=[r"error\[E0601\]"]),
    Case("comment-only", src=b"// nothing here\n/* at all */\n", stderr=[r"error\[E0601\]"]),
    Case("invalid-utf8", src=b"fn main() {\n    let s = \"\xff\xfe\";\n}\n",
         stderr=[r"stream did not contain valid UTF-8", LOC(2, 14)]),
    Case("invalid-utf8-truncated-at-eof", src=b"fn main() {}\n// \xe2\x82",
         stderr=[r"stream did not contain valid UTF-8", LOC(2, 4)]),
    Case("utf8-surrogate", src=b"fn main() {}\n// \xed\xa0\x80\n",
         stderr=[r"stream did not contain valid UTF-8", LOC(2, 4)]),
    Case("overlong-utf8", src=b"fn main() {}\n// \xc0\xaf\n",
         stderr=[r"stream did not contain valid UTF-8", LOC(2, 4)]),
    Case("nul-byte", src=b"fn main() {\n    let x = 1;\x00\n}\n",
         stderr=[r"unknown start of token: \\u\{0\}", LOC(2, 15)]),
    Case("nul-in-string", src=b"fn main() {\n    println!(\"a\x00b\");\n}\n",
         stderr=[r"unknown start of token: \\u\{0\}", LOC(2, 16)],
         note="rustc accepts a NUL inside a string literal; owl refuses NULs anywhere"),
    Case("bom", src=b"\xef\xbb\xbf" + MAIN, args=["run", "{src}"], status=0, stdout=b"ok\n",
         program=True),
    Case("crlf", src=MAIN.replace(b"\n", b"\r\n"), args=["run", "{src}"], status=0,
         stdout=b"ok\n", program=True),
    Case("crlf-error-location", src=b"fn main() {\r\n    let x: i32 = \"a\";\r\n}\r\n",
         stderr=[r"error\[E0308\]", LOC(2, 18)]),
    Case("lone-cr", src=b"fn main() {\r    println!(\"ok\");\n}\n", args=["run", "{src}"],
         status=0, stdout=b"ok\n", program=True, note="a CR alone is whitespace, as in rustc"),
    Case("shebang", src=b"#!/usr/bin/env owl\n" + MAIN, args=["run", "{src}"], status=0,
         stdout=b"ok\n", program=True),
    Case("non-ascii-identifier", src="fn main() {\n    let café = 1;\n    println!(\"{}\", café);\n}\n".encode(),
         args=["run", "{src}"], status=0, stdout=b"1\n", program=True),
    Case("emoji-identifier", src="fn main() {\n    let 🦀 = 1;\n}\n".encode(),
         stderr=[r"identifiers cannot contain emoji", LOC(2, 9)]),
    Case("control-characters", src=b"fn main() {\n    let x = 1;\x07\x1b\n}\n",
         stderr=[r"unknown start of token", LOC(2, 15)]),

    # ---- lexical errors ---------------------------------------------------------
    Case("unterminated-string", src=b'fn main() {\n    let s = "abc;\n}\n',
         stderr=[r"error\[E0765\]: unterminated double quote string", LOC(2, 13)]),
    Case("unterminated-raw-string", src=b'fn main() {\n    let s = r#"abc";\n}\n',
         stderr=[r"error\[E0748\]: unterminated raw string", LOC(2, 13)]),
    Case("unterminated-char", src=b"fn main() {\n    let c = '\\n;\n}\n",
         stderr=[r"error\[E0762\]: unterminated character literal", LOC(2, 13)]),
    Case("unterminated-block-comment", src=b"fn main() {\n    /* one\n}\n",
         stderr=[r"error\[E0758\]: unterminated block comment", LOC(2, 5)]),
    Case("unterminated-nested-comment", src=b"fn main() {}\n/* a /* b */\n",
         stderr=[r"error\[E0758\]: unterminated block comment", LOC(2, 1)]),
    Case("bad-escape", src=b'fn main() {\n    let s = "\\q";\n}\n',
         stderr=[r"unknown character escape: `q`", LOC(2, 15)]),
    Case("bad-unicode-escape", src=b"fn main() {\n    let c = '\\u{110000}';\n}\n",
         stderr=[r"invalid unicode character escape", LOC(2, 14)]),
    Case("surrogate-escape", src=b"fn main() {\n    let c = '\\u{D800}';\n}\n",
         stderr=[r"invalid unicode character escape", LOC(2, 14)]),
    Case("bad-hex-escape", src=b'fn main() {\n    let s = "\\xff";\n}\n',
         stderr=[r"out of range hex escape", LOC(2, 14)]),
    Case("empty-char", src=b"fn main() {\n    let c = '';\n}\n",
         stderr=[r"empty character literal", LOC(2, 14)]),
    Case("huge-integer-literal", src=b"fn main() {\n    let x = 999999999999999999999999999999999999999999;\n}\n",
         stderr=[r"integer literal is too large", LOC(2, 13)]),
    Case("stray-close-brace", src=b"fn main() {\n}\n}\n",
         stderr=[r"unexpected closing delimiter: `\}`", LOC(3, 1)]),
    Case("mismatched-delimiters", src=b"fn main() {\n    let x = (1];\n}\n",
         stderr=[r"mismatched closing delimiter: `\]`", LOC(2, 13)]),
    Case("unclosed-delimiter", src=b"fn main() {\n    let x = (1;\n",
         stderr=[r"this file contains an unclosed delimiter"]),
    Case("keyword-soup", src=b"fn fn let let if else while { ) ] } loop break\n",
         stderr=[r"unexpected closing delimiter: `\]`", LOC(1, 33)],
         note="rustc reports only the `]`; owl also reports the `)` first"),
    Case("missing-let", src=b"fn main() {\n    mut g = 1;\n}\n",
         stderr=[r"expected expression, found keyword `mut`", LOC(2, 5)],
         note="found by fuzz_frontend: the parser inserted `;` forever (24 GB, killed); "
              "rustc says `invalid variable declaration`"),
    Case("binary-garbage", gen=lambda p: open(p, "wb").write(bytes(range(1, 128)) * 50),
         stderr=[r"error"]),

    # ---- size and nesting ----------------------------------------------------------
    Case("nested-parens-100k", gen=nested("(", ")", "1"), args=["run", "{src}"], status=0,
         stdout=b"1\n", program=True, timeout=20,
         note="rustc overflows its stack (SIGSEGV) from about 5,000 levels"),
    Case("nested-blocks-100k", gen=nested("{", "}", "1"), stderr=[NESTED, LOC(2, 1012)],
         timeout=20, note="rustc crashes (SIGSEGV)"),
    Case("nested-arrays-100k", gen=nested("[", "]", "1"), stderr=[NESTED, LOC(2, 2012)],
         timeout=20),
    Case("nested-tuples-100k", gen=nested("(", ",)", "1"), stderr=[NESTED, LOC(2, 2012)],
         timeout=20),
    Case("nested-unary-100k", gen=body(lambda: "let x: i32 = " + "-" * 100_000 + "1;"),
         stderr=[NESTED, LOC(2, 2017)], timeout=20),
    Case("nested-refs-100k", gen=body(lambda: "let x = " + "&" * 100_000 + "1;"),
         stderr=[NESTED, LOC(2, 2012)], timeout=20),
    Case("binary-chain-100k", gen=body(lambda: "let x = 0" + " + 0" * 100_000 + ";"),
         stderr=[NESTED, LOC(2, 13)], timeout=20),
    Case("cast-chain-100k", gen=body(lambda: "let x = 1" + " as i32" * 100_000 + ";"),
         stderr=[NESTED, LOC(2, 13)], timeout=20),
    Case("field-chain-100k", gen=body(lambda: "let t = (1,); let x = t" + ".0" * 100_000 + ";"),
         stderr=[NESTED], timeout=20),
    Case("else-if-chain-100k",
         gen=body(lambda: "let c = true; let x = if c { 1 }" + " else if c { 1 }" * 100_000
                  + " else { 2 };"), stderr=[NESTED], timeout=30),
    Case("nested-types-100k",
         gen=body(lambda: "let y = 1; let x: " + "&" * 100_000 + "i32 = &y;"),
         stderr=[NESTED], timeout=20),
    Case("nested-if-2000-ok",
         gen=lambda p: write_text(p, "fn main() {\n    let mut n = 0;\n    " + "if n < 5000 { n += 1; " * 600
                                  + "}" * 600 + "\n    println!(\"{}\", n);\n}\n"),
         args=["run", "{src}"], status=0, stdout=b"600\n", program=True, timeout=30),
    Case("deep-expression-ok",
         gen=body(lambda: "let x: u64 = 0" + " + 1" * 1500 + "; println!(\"{}\", x);"),
         args=["run", "{src}"], status=0, stdout=b"1500\n", program=True, timeout=30),
    # Every phase of the front end is linear in a function's size (the
    # ownership check answers its dataflow on demand): a 200,000-line main
    # checks in about a second. LLVM needs about 20 KB a statement at -O0,
    # so the run case is smaller. Past 250,000 statements (limits.h) a
    # function gets a located error instead of exhausting memory.
    Case("function-200k-lines", gen=long_function, args=["check", "{src}"], status=0,
         timeout=30, note="rustc --emit=metadata takes 87 s and 2.8 GB on it"),
    Case("function-20k-lines", gen=lambda path: long_function(path, 20_000),
         args=["run", "{src}"], status=0, stdout=b"20000\n", program=True, timeout=60),
    Case("function-over-limit", gen=lambda path: long_function(path, 250_000),
         stderr=[r"error: function `main` is too large for owl: 250002 statements",
                 r"owl compiles functions of at most 250000 statements", LOC(1, 4)],
         timeout=30),
    Case("late-inits-200k-statements", gen=late_inits, args=["check", "{src}"], status=0,
         timeout=30),
    Case("mut-variables-60k", gen=mut_variables, args=["check", "{src}"], status=0,
         timeout=30),
    Case("string-moves-10k", gen=string_moves(10_000), args=["run", "{src}"], status=0,
         stdout=b"10000\n", program=True, timeout=60),
    # the ownership check and drop elaboration track 50,000 Strings across
    # 100,000 blocks: bitsets over values x blocks would need 1.2 GB each
    Case("string-moves-50k", gen=string_moves(50_000), args=["check", "{src}"], status=0,
         timeout=30),
    # 20,000 Strings made at the top and moved at the bottom: every one
    # lives across the whole function (a dataflow that walked the blocks
    # between each value's birth and its use would be quadratic)
    Case("strings-live-across-40k-statements", gen=strings_live_across, args=["check", "{src}"],
         status=0, timeout=30),
    Case("line-1mb", gen=long_line, args=["run", "{src}"], status=0, stdout=b"1000000\n",
         program=True, timeout=20),
    Case("comment-line-1mb", gen=long_comment_line, args=["run", "{src}"], status=0,
         stdout=b"ok\n", program=True, timeout=20),
    Case("identifier-100k", gen=long_ident, args=["run", "{src}"], status=0, stdout=b"7\n",
         program=True, timeout=20),
    Case("errors-5000", gen=many_errors,
         stderr=[r"error\[E0308\]: mismatched types", LOC(2, 19),
                 r"4000 more errors not shown", r"aborting due to 5000 previous errors"],
         timeout=20),
    # each ownership error's explanation searches the function (the moves
    # that reach the use, the later use of the borrow): per-location marks
    # shared by the searches, not allocated per error (20 s and 4.8 GB, and
    # 12 s and 4.7 GB, before)
    Case("ownership-errors-5000-E0382", gen=many_moves_errors,
         stderr=[r"error\[E0382\]: use of moved value: `s0`", LOC(2, 51),
                 r"aborting due to 5000 previous errors"], timeout=20),
    Case("ownership-errors-5000-E0502", gen=many_borrow_errors,
         stderr=[r"error\[E0502\]: cannot borrow `v` as mutable because it is also borrowed "
                 r"as immutable", LOC(3, 18), r"aborting due to 5000 previous errors"],
         timeout=20),
    Case("syntax-errors-5000", gen=many_syntax_errors,
         stderr=[r"expected identifier, found `=`|expected pattern, found `=`", LOC(2, 9)],
         timeout=20),
    Case("functions-10k", gen=many_functions, args=["run", "{src}"], status=0,
         stdout=b"4\n", program=True, timeout=60),
    Case("format-placeholders-20k", gen=many_placeholders, args=["check", "{src}"], status=0,
         timeout=30),
    Case("file-50mb", gen=file_50mb, args=["check", "{src}"], status=0, timeout=30),
    # Past limits.h's LIMIT_PROGRAM_SIZE (300,000 statements, 2 more per
    # function) the program gets one located error after parsing.
    Case("functions-99k", gen=functions_file(99_000), args=["check", "{src}"], status=0,
         timeout=30),
    Case("functions-over-limit", gen=functions_file(280_000),
         stderr=[r"error: this program is too large for owl: more than 300000 statements "
                 r"and functions", LOC(100001, 4)], timeout=30),
    Case("file-50mb-of-functions", gen=functions_file(1_400_000),
         stderr=[r"error: this program is too large for owl", LOC(100001, 4)], timeout=60,
         memory=2048,
         note="parsing builds the whole syntax tree before the limit is checked: 1.5 GB; "
              "a budget checked while parsing would bound it"),
    Case("file-over-64mib", gen=file_too_big, stderr=[r"error"], status=1, timeout=30),

    # ---- outside the subset ------------------------------------------------------------
    Case("unsupported-trait", src=b"trait T {}\nfn main() {}\n", stderr=[UNSUP, LOC(1, 1)]),
    Case("unsupported-closure", src=b"fn main() {\n    let f = |x: i32| x + 1;\n}\n",
         stderr=[UNSUP, LOC(2, 13)]),
    Case("unsupported-generics", src=b"fn id<T>(x: T) -> T { x }\nfn main() {}\n",
         stderr=[UNSUP, LOC(1, 7)]),
    Case("unsupported-module", src=b"mod m {}\nfn main() {}\n", stderr=[UNSUP, LOC(1, 1)]),
    Case("unsupported-struct", src=b"struct S { a: i32 }\nfn main() {}\n",
         stderr=[UNSUP, LOC(1, 1)]),
    Case("unsupported-enum", src=b"enum E { A }\nfn main() {}\n", stderr=[UNSUP, LOC(1, 1)]),
    Case("unsupported-impl", src=b"impl S {}\nfn main() {}\n", stderr=[UNSUP, LOC(1, 1)]),
    Case("unsupported-match", src=b"fn main() {\n    match 1 { _ => {} }\n}\n",
         stderr=[UNSUP, LOC(2, 5)]),
    Case("unsupported-if-let", src=b"fn main() {\n    if let 1 = 1 {}\n}\n",
         stderr=[UNSUP, LOC(2, 5)]),
    Case("unsupported-unsafe", src=b"fn main() {\n    unsafe {}\n}\n", stderr=[UNSUP, LOC(2, 5)]),
    Case("unsupported-macro-rules", src=b"macro_rules! m { () => {} }\nfn main() {}\n",
         stderr=[UNSUP, LOC(1, 1)]),
    Case("unsupported-async", src=b"async fn f() {}\nfn main() {}\n", stderr=[UNSUP, LOC(1, 1)]),
    Case("unsupported-vec", src=b"fn main() {\n    let v = vec![1];\n}\n",
         stderr=[UNSUP, LOC(2, 13)]),
    Case("unsupported-box", src=b"fn main() {\n    let b = Box::new(1);\n}\n",
         stderr=[UNSUP, LOC(2, 13)]),

    # ---- semantic corner cases -----------------------------------------------------------
    Case("const-cycle", src=b"const A: i32 = A;\nfn main() {}\n",
         stderr=[r"error\[E0391\]: cycle detected", LOC(1, 7)]),
    Case("static-cycle", src=b"static A: i32 = B;\nstatic B: i32 = A;\nfn main() {}\n",
         stderr=[r"error\[E0391\]: cycle detected"]),
    # rustc rejects these only when it generates code (`--emit=metadata`
    # accepts them), so they are built, not checked
    Case("array-too-big", src=b"fn main() {\n    let a = [0u8; 1 << 62];\n}\n",
         args=("build", "{src}", "-o", "{out}"),
         stderr=[r"values of the type `\[u8; 4611686018427387904\]` are too big for the target "
                 r"architecture", LOC(2, 9)]),
    Case("array-size-overflows", src=b"fn main() {\n    let a = [[0u64; 1 << 40]; 1 << 40];\n}\n",
         args=("build", "{src}", "-o", "{out}"),
         stderr=[r"are too big for the target architecture", LOC(2, 9)]),
    Case("array-too-big-checks", src=b"fn main() {\n    let a = [0u8; 1 << 62];\n}\n",
         status=0, stderr=[r"unused variable: `a`"],
         note="rustc's check (--emit=metadata) accepts it too"),
    Case("no-main", src=b"fn f() {}\n", stderr=[r"error\[E0601\]"]),

    # ---- files and command line ------------------------------------------------------------
    Case("missing-file", args=["check", "{tmp}/no-such-file.rs"], status=2,
         stderr=[r"couldn't read `.*no-such-file\.rs`: No such file or directory"]),
    Case("directory", setup=mkdir_input, args=["check", "{tmp}/dir.rs"], status=2,
         stderr=[r"couldn't read `.*dir\.rs`: Is a directory"]),
    Case("unwritable-output", src=MAIN, args=["build", "{src}", "-o", "{tmp}/missing/dir/prog"],
         status=2, stderr=[r"error"]),
    Case("read-only-output-dir", src=MAIN, setup=read_only_dir,
         args=["build", "{src}", "--emit=llvm-ir", "-o", "{tmp}/missing/out.ll"],
         status=2, stderr=[r"cannot write|couldn't|could not"]),
    Case("output-is-directory", src=MAIN, args=["build", "{src}", "-o", "{tmp}"], status=2,
         stderr=[r"error"]),
    Case("no-arguments", args=[], status=2, stderr=[r"Usage: owl"]),
    Case("unknown-command", args=["frobnicate", "x.rs"], status=2,
         stderr=[r"unknown command `frobnicate`"]),
    Case("unknown-option", src=MAIN, args=["build", "--bogus", "{src}"], status=2,
         stderr=[r"unknown option `--bogus`"]),
    Case("no-input", args=["build"], status=2, stderr=[r"no input file"]),

    # ---- at run time --------------------------------------------------------------------------
    Case("deep-recursion", src=b"fn f(n: u64) -> u64 {\n    if n == 0 { 0 } else { 1 + f(n - 1) }\n}\n"
                                b"fn main() {\n    println!(\"{}\", f(100_000_000));\n}\n",
         args=["run", "{src}"], status=134, program=True, timeout=30,
         stderr=[r"\nthread 'main' \(\d+\) has overflowed its stack\n"
                 r"fatal runtime error: stack overflow, aborting\n"]),
    Case("huge-stack-frame", src=b"fn main() {\n    let a = [1u8; 64_000_000];\n"
                                  b"    println!(\"{}\", a[7]);\n}\n",
         args=["run", "{src}"], status=134, program=True, timeout=30,
         stderr=[r"has overflowed its stack"],
         note="rustc's stack probes turn a frame larger than the stack into the overflow "
              "message; owl must emit probes too (\"probe-stack\"=\"inline-asm\")"),
]
