#!/usr/bin/env python3
"""trace_test.py: the runtime memory trace (`owl run --trace`) of the examples.

Usage: trace_test.py --owl OWL [--update] CHECK [NAME ...]

NAME is an example (examples/NAME.rs) or one of the programs next to this
script (tests/trace/programs/NAME.rs); all of them without NAMEs. Each
example is built twice from the examples directory, with `owl build`,
`owl build --trace` and `owl build --trace=FILE --trace-format=json`, and run with RUST_BACKTRACE
unset. CHECK is one of

  example   for each NAME, all of:
            - stdout and the exit status under --trace equal those of the
              untraced build (addresses masked: they move from run to run);
            - the text trace equals tests/trace/golden/NAME.txt once its
              addresses are replaced by labels (@1, @2, ... in order of first
              appearance; a table cell keeps its width): the same address
              must come back wherever it did; the exit summary's counts
              are masked (N) here and checked by `valgrind`;
            - every address the program prints with {:p} (any 0x... in its
              stdout) appears in its trace;
            - every line of the JSON trace is a JSON object with the keys
              docs/trace.md documents, and each snapshot's slots lie inside
              their frames, innermost frame at the lowest address.
  cli       the options: --trace with -O, with `owl check`, --trace-format
            without --trace or with an unknown format are usage errors (exit
            2, with a message); `owl run --trace=FILE` writes the trace to
            FILE, leaves stderr to the program and returns its status (101
            after a panic); an untraced executable contains no trace code
            (no owl_trace_ symbol) and a traced one does. NAMEs are ignored.
  valgrind  for each NAME, the traced program under valgrind: its heap
            summary ("total heap usage: A allocs, F frees, B bytes
            allocated"; "in use at exit: ... in L blocks") minus that of an
            empty traced program (the C library's own start-up blocks, which
            go around owl's allocator) equals the counts the trace prints at
            exit (L: the blocks a panic leaves), and valgrind reports no
            errors. Without valgrind on PATH it FAILS, loudly.

With --update the golden files are rewritten instead of compared: read the
diff (git diff tests/trace/golden) before committing. Python 3 stdlib only.
"""
import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.path.join(ROOT, "examples")
GOLDEN = os.path.join(HERE, "golden")
PROGRAMS = os.path.join(HERE, "programs")


def source_of(name):
    for d in (EXAMPLES, PROGRAMS):
        path = os.path.join(d, f"{name}.rs")
        if os.path.exists(path):
            return path
    raise RuntimeError(f"no program {name}.rs in examples/ or tests/trace/programs/")
ADDR = re.compile(r"0x[0-9a-f]+")
CELL = re.compile(r"0x[0-9a-f]+( {2,})?")
THREAD = re.compile(r"thread 'main' \(\d+\)")
# The exit summary's numbers: a panic message holds the pid, whose length
# changes the runtime's buffer sizes. trace/valgrind checks them exactly.
COUNTS = re.compile(r"heap: \d+ allocs?, \d+ frees?, \d+ bytes? allocated|"
                    r"\d+ allocs? and \d+ frees? of these")
# The gap between two frames is the callee's machine frame, which LLVM 14
# and 19 lay out differently; the frame checks test the addresses themselves.
GAP = re.compile(r"\d+ bytes below ([^ ,]+)'s")
ENV = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}


def build(owl, src, out, *flags):
    r = subprocess.run([owl, "build", os.path.basename(src), "-o", out, *flags],
                       cwd=os.path.dirname(src),
                       capture_output=True, text=True, env=ENV, timeout=120)
    if r.returncode:
        raise RuntimeError(f"owl build {' '.join(flags)} {src} exited {r.returncode}:\n{r.stderr}")


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=ENV, timeout=300,
                       stdin=subprocess.DEVNULL)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def label_addresses(text):
    """Each distinct address becomes @N; in a table cell (followed by two or
    more spaces) the cell keeps its width, so the columns stay aligned."""
    labels = {}

    def sub(m):
        a = m.group(0).rstrip(" ")
        if a not in labels:
            labels[a] = f"@{len(labels) + 1}"
        return labels[a].ljust(len(m.group(0))) if m.group(1) else labels[a]

    text = THREAD.sub("thread 'main' (TID)", CELL.sub(sub, text))
    text = COUNTS.sub(lambda m: re.sub(r"\d+", "N", m.group(0)), text)
    text = GAP.sub(r"N bytes below \1's", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def split_trace(stderr):
    """The trace starts at its title line; a panic message may come before."""
    i = stderr.find("owl trace of ")
    return stderr[i:] if i >= 0 else stderr


COMMON = {"event", "line", "col", "function"}
NEEDS = {
    "call": {"addr", "size"},
    "return": {"addr", "size"},
    "alloc": {"addr", "size"},
    "free": {"addr", "size"},
    "realloc": {"addr", "size", "old_addr", "old_size"},
    "init": {"name", "addr", "size", "type", "value"},
    "assign": {"name"},
    "move": {"name", "from"},
    "copy": {"name", "from", "addr", "size", "type", "value"},
    "borrow": {"name", "from", "addr", "size", "type", "value"},
    "drop": {"name"},
    "snapshot": {"frames", "heap"},
    "panic": set(),
    "exit": {"status", "allocs", "frees", "bytes"},
    "start": {"version", "file"},
}
SLOT_KEYS = {"name", "addr", "size", "type", "value", "state"}
HEX = re.compile(r"^0x[0-9a-f]+$")


def check_json(text):
    problems = []
    events = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            problems.append(f"line {n}: not JSON ({e}): {line[:100]}")
            continue
        if not isinstance(obj, dict):
            problems.append(f"line {n}: not an object")
            continue
        missing = (COMMON | NEEDS.get(obj.get("event"), set())) - obj.keys()
        if obj.get("event") not in NEEDS:
            problems.append(f"line {n}: unknown event {obj.get('event')!r}")
        if missing:
            problems.append(f"line {n}: {obj.get('event')} lacks {sorted(missing)}")
        for key in ("addr", "old_addr", "from_addr"):
            if key in obj and not HEX.match(str(obj[key])):
                problems.append(f"line {n}: {key} {obj[key]!r} is not a \"0x...\" string")
        if obj.get("event") == "snapshot":
            problems += check_snapshot(n, obj)
        events.append(obj)
    if events and events[0].get("event") != "start":
        problems.append("the first line is not the start event")
    if events and events[-1].get("event") != "exit":
        problems.append("the last line is not the exit event")
    return problems, events


def check_snapshot(n, snap):
    problems = []
    prev = None
    for fr in snap["frames"]:
        base, size = int(fr["addr"], 16), fr["size"]
        if prev is not None and base <= prev:
            problems.append(f"line {n}: frame {fr['function']} (a caller) is not above "
                            "the frame listed before it")
        prev = base
        for sl in fr["slots"]:
            miss = SLOT_KEYS - sl.keys()
            if miss:
                problems.append(f"line {n}: slot lacks {sorted(miss)}")
                continue
            a = int(sl["addr"], 16)
            if not (base <= a and a + sl["size"] <= base + size):
                problems.append(f"line {n}: slot {sl['name']} at {sl['addr']} is outside "
                                f"frame {fr['function']} ({fr['addr']}, {size} bytes)")
    for b in snap["heap"]:
        if not {"addr", "size", "owner", "bytes"} <= b.keys():
            problems.append(f"line {n}: heap block lacks keys: {b}")
    return problems


def check_example(owl, name, tmp, update):
    src = source_of(name)
    plain, traced, js = (os.path.join(tmp, f"{name}.{k}") for k in ("plain", "traced", "json"))
    build(owl, src, plain)
    build(owl, src, traced, "--trace")
    jsonl = os.path.join(tmp, f"{name}.jsonl")
    build(owl, src, js, f"--trace={jsonl}", "--trace-format=json")
    cwd = os.path.dirname(src)
    rc0, out0, err0 = run([plain], cwd)
    rc1, out1, err1 = run([traced], cwd)
    rc2, out2, err2 = run([js], cwd)
    problems = []
    if (rc0, ADDR.sub("0xPTR", out0)) != (rc1, ADDR.sub("0xPTR", out1)):
        problems.append(f"stdout/status differ under --trace: untraced {rc0}, traced {rc1}\n" +
                        "\n".join(difflib.unified_diff(out0.splitlines(), out1.splitlines(),
                                                       "untraced", "traced", lineterm="")))
    if out2.count("\n") != out0.count("\n"):
        problems.append("stdout under --trace-format=json differs in length")
    trace = split_trace(err1)
    missing = sorted(set(ADDR.findall(out1)) - set(ADDR.findall(trace)))
    if missing:
        problems.append(f"printed with {{:p}} but absent from the trace: {missing}")
    if not ADDR.findall(out1) and "{:p}" in open(src, encoding="utf-8").read():
        problems.append("the program prints {:p} but no address was found in its stdout")
    masked = label_addresses(trace)
    path = os.path.join(GOLDEN, f"{name}.txt")
    if update:
        os.makedirs(GOLDEN, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(masked)
    else:
        try:
            with open(path, encoding="utf-8") as f:
                want = f.read()
        except OSError:
            want = None
            problems.append(f"no golden file {os.path.relpath(path, ROOT)} (run with --update)")
        if want is not None and want != masked:
            diff = difflib.unified_diff(want.splitlines(), masked.splitlines(),
                                        f"golden/{name}.txt", "trace", lineterm="", n=2)
            problems.append("the trace differs from the golden file (addresses labelled):\n" +
                            "\n".join(list(diff)[:80]))
    if THREAD.sub("", err2) != THREAD.sub("", err0):
        problems.append(f"with --trace=FILE, stderr is not the program's own:\n{err2[:500]}")
    with open(jsonl, encoding="utf-8") as f:
        jp, events = check_json(f.read())
    problems += [f"json: {p}" for p in jp[:20]]
    if events and not any(e["event"] == "snapshot" for e in events):
        problems.append("json: no snapshot")
    return problems


SUMMARY = re.compile(r"heap: (\d+) allocs?, (\d+) frees?, (\d+) bytes? allocated")
VG = re.compile(r"total heap usage: ([\d,]+) allocs, ([\d,]+) frees, ([\d,]+) bytes allocated")
VG_ERR = re.compile(r"ERROR SUMMARY: (\d+) errors")
IN_USE = re.compile(r"in use at exit: [\d,]+ bytes in ([\d,]+) blocks")
LIVE = re.compile(r"(\d+) blocks? of the program still live")


def valgrind_counts(prog, cwd):
    rc, out, err = run(["valgrind", "--error-exitcode=99", prog], cwd)
    m = VG.search(err)
    e = VG_ERR.search(err)
    if not m or not e:
        raise RuntimeError(f"no valgrind heap summary for {prog}:\n{err[-2000:]}")
    live = IN_USE.search(err)
    counts = tuple(int(x.replace(",", "")) for x in m.groups())
    return counts + (int(live.group(1).replace(",", "")),), int(e.group(1)), err


def check_valgrind(owl, name, tmp, base):
    src = source_of(name)
    prog = os.path.join(tmp, "prog")
    build(owl, src, prog, "--trace")
    counts, errors, err = valgrind_counts(prog, os.path.dirname(src))
    m = SUMMARY.search(err)
    live = LIVE.search(err)
    if not m or not live:
        return [f"no heap summary in the trace:\n{err[-1500:]}"]
    traced = tuple(int(x) for x in m.groups()) + (int(live.group(1)),)
    want = tuple(c - b for c, b in zip(counts, base))
    problems = []
    if traced != want:
        problems.append(f"trace counts {traced} (allocs, frees, bytes, live blocks) but "
                        "valgrind's minus "
                        f"the empty program's are {want} (valgrind {counts}, empty {base})")
    if errors:
        problems.append(f"valgrind reports {errors} errors:\n{err[-3000:]}")
    return problems


def check_cli(owl, tmp):
    problems = []
    ex = os.path.join(EXAMPLES, "07_move_and_reassign.rs")
    bad = [(["run", ex, "--trace", "-O"], "--trace needs a debug build"),
           (["check", ex, "--trace"], "--trace is an option of `owl build` and `owl run`"),
           (["build", ex, "--trace-format=json"], "--trace-format needs --trace"),
           (["build", ex, "--trace", "--trace-format=xml"], "unknown --trace-format")]
    for args, msg in bad:
        r = subprocess.run([owl, *args], capture_output=True, text=True, env=ENV, timeout=120,
                           cwd=tmp)
        if r.returncode != 2 or msg not in r.stderr:
            problems.append(f"owl {' '.join(args)}: want exit 2 and {msg!r}, got "
                            f"{r.returncode}: {r.stderr[:300]}")
    trace = os.path.join(tmp, "t.txt")
    src = os.path.join(EXAMPLES, "19_integer_overflow.rs")
    r = subprocess.run([owl, "run", os.path.basename(src), f"--trace={trace}"], cwd=EXAMPLES,
                       capture_output=True, text=True, env=ENV, timeout=120)
    with open(os.path.join(EXAMPLES, "19_integer_overflow.stderr")) as f:
        want_err = f.read()
    if r.returncode != 101:
        problems.append(f"owl run --trace=FILE of a panicking program exited {r.returncode}")
    if THREAD.sub("", r.stderr) != THREAD.sub("", want_err):
        problems.append(f"with --trace=FILE stderr is not just the panic message:\n{r.stderr}")
    try:
        with open(trace, encoding="utf-8") as f:
            text = f.read()
        if "panic in main" not in text or "@ exit: status 101 (panic)" not in text:
            problems.append("the trace file lacks the panic and the exit status")
    except OSError as e:
        problems.append(f"--trace=FILE wrote no file: {e}")
    for flags, want in (([], False), (["--trace"], True)):
        exe = os.path.join(tmp, "sym")
        build(owl, ex, exe, *flags)
        with open(exe, "rb") as f:
            has = b"owl_trace_" in f.read()
        if has != want:
            problems.append(f"owl build {' '.join(flags)}: owl_trace_ symbols "
                            f"{'present' if has else 'absent'}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--owl", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("check", choices=["example", "valgrind", "cli"])
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    owl = os.path.abspath(args.owl)
    names = args.names or sorted(f[:-3] for d in (EXAMPLES, PROGRAMS) for f in os.listdir(d)
                                 if f.endswith(".rs"))
    failed = 0
    with tempfile.TemporaryDirectory(prefix="owl-trace-") as tmp:
        if args.check == "cli":
            problems = check_cli(owl, tmp)
            for p in problems:
                print("FAIL " + p.replace("\n", "\n  "))
            print("PASS cli" if not problems else f"{len(problems)} failed")
            return 1 if problems else 0
        base = None
        if args.check == "valgrind":
            if not shutil.which("valgrind"):
                print("FAIL: valgrind is not on PATH")
                return 1
            empty = os.path.join(tmp, "empty.rs")
            with open(empty, "w") as f:
                f.write("fn main() {}\n")
            build(owl, empty, os.path.join(tmp, "prog"), "--trace")
            base, _, _ = valgrind_counts(os.path.join(tmp, "prog"), EXAMPLES)
        for name in names:
            try:
                if args.check == "example":
                    problems = check_example(owl, name, tmp, args.update)
                else:
                    problems = check_valgrind(owl, name, tmp, base)
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                problems = [str(e)]
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
