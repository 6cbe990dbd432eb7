#!/usr/bin/env python3
"""diff.py: differential testing of owl against rustc on random programs.

    diff.py --owl OWL [--seed S] [--count N] [--jobs J] [--mutants]
    diff.py --owl OWL --one SEED [--mutant KIND] [--keep DIR]   one program
    diff.py --owl OWL --reduce SEED [--mutant KIND]              shrink a failure

Program i of a run is `gen.py --seed S+i` (and, with --mutants, every third
program also gets one error, of each kind in gen.MUTANTS in turn), so any
failure is reproduced by its seed alone. For each program:
  valid:   rustc and owl both compile it (rustc --edition 2021); both
           executables run (10 s limit) and must agree on stdout, stderr and
           exit status; a program rustc rejects is a generator bug, reported
           apart.
  mutant:  both must reject it (status 1) with the same first error code at
           the same line:col, and that must be what the generator meant.
A rustc that takes more than 120 s (an overloaded machine) gets a second
try, then a TIMEOUT line; owl taking that long is a disagreement.
Prints one line per disagreement, then `N passed, M failed`. Without rustc
on PATH it says so loudly and exits 77 (ctest: skipped). Exit 1 on any
disagreement. Python 3 standard library only.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

MUTANTS = gen.MUTANTS
FIRST_ERROR = re.compile(r"^error(?:\[(E\d{4})\])?: .*\n\s*--> [^:\n]*:(\d+):(\d+)", re.M)
THREAD_RE = re.compile(rb"thread 'main' \(\d+\)")


def env_no_backtrace():
    env = dict(os.environ)
    env.pop("RUST_BACKTRACE", None)
    env.pop("RUST_LIB_BACKTRACE", None)
    return env


def run(argv, cwd, timeout):
    try:
        r = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL, env=env_no_backtrace())
        status = r.returncode if r.returncode >= 0 else 128 - r.returncode
        return status, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b"timed out"


def first_error(stderr):
    m = FIRST_ERROR.search(stderr.decode("utf-8", "replace"))
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


def check_program(owl, text, expect, tmp):
    """None if owl and rustc agree, else (kind, message). kind: 'owl' or 'generator'."""
    src = os.path.join(tmp, "prog.rs")
    with open(src, "w") as f:
        f.write(text)
    rs, _, rerr = run(["rustc", "--edition", "2021", "-A", "warnings", "prog.rs", "-o", "r.exe"],
                      tmp, 120)
    os_, _, oerr = run([owl, "build", "prog.rs", "-o", "o.exe"], tmp, 120)
    if rs is None:
        return "timeout", "rustc took more than 120 s (an overloaded machine)"
    if os_ is None:
        return "owl", "owl took more than 120 s to compile"
    if expect:
        want = expect
        got_r = first_error(rerr) if rs == 1 else None
        got_o = first_error(oerr) if os_ == 1 else None
        if got_r != want:
            return "generator", "rustc gave %s (status %s), the generator meant %s" % (got_r, rs, want)
        if os_ not in (0, 1, 2):
            return "owl", "owl crashed (status %s): %s" % (os_, oerr.decode("utf-8", "replace")[-500:])
        if got_o != want:
            return "owl", "rustc reports %s %d:%d, owl %s (status %s)" % (want + (got_o, os_))
        return None
    if rs != 0:
        return "generator", "rustc rejected a generated program: " + rerr.decode("utf-8", "replace")[:800]
    if os_ != 0:
        return "owl", "owl failed to compile (status %s): %s" % (os_, oerr.decode("utf-8", "replace")[:800])
    r = run(["./r.exe"], tmp, 10)
    o = run(["./o.exe"], tmp, 10)
    problems = []
    if r[0] != o[0]:
        problems.append("exit status: rustc's program %s, owl's %s" % (r[0], o[0]))
    if r[1] != o[1]:
        rl, ol = r[1].decode("utf-8", "replace").splitlines(), o[1].decode("utf-8", "replace").splitlines()
        for i in range(max(len(rl), len(ol))):
            a = rl[i] if i < len(rl) else "<none>"
            b = ol[i] if i < len(ol) else "<none>"
            if a != b:
                problems.append("stdout line %d: rustc `%s`, owl `%s`" % (i + 1, a, b))
                break
    if THREAD_RE.sub(b"", r[2]) != THREAD_RE.sub(b"", o[2]):
        problems.append("stderr differs: rustc %r, owl %r" % (r[2][:300], o[2][:300]))
    return ("owl", "; ".join(problems)) if problems else None


def one(owl, seed, mutant, keep=None):
    text, expect = gen.generate(seed, mutant)
    if text is None:
        return seed, mutant, None, None  # no place for this mutant: skipped
    tmp = tempfile.mkdtemp(prefix="owl-diff-")
    try:
        res = check_program(owl, text, expect, tmp)
        if res and res[0] == "timeout":
            res = check_program(owl, text, expect, tmp)  # once more
        if keep:
            os.makedirs(keep, exist_ok=True)
            shutil.copy(os.path.join(tmp, "prog.rs"), os.path.join(keep, "seed%d%s.rs"
                                                                  % (seed, "-" + mutant if mutant else "")))
        return seed, mutant, text, res
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def block_end(lines, i):
    """The index of the line closing the block line i opens (same indentation)."""
    ind = len(lines[i]) - len(lines[i].lstrip())
    for j in range(i + 1, len(lines)):
        s = lines[j]
        if s.strip() and len(s) - len(s.lstrip()) == ind and s.strip().startswith("}"):
            if s.strip() in ("}", "};"):
                return j
            return None  # `} else {`: the if and its else go together or not at all
    return None


def reduce(owl, seed, mutant):
    """Greedy removal: a smaller program on which owl still disagrees. Tries
    whole blocks (a line ending in `{` with everything up to its closing
    brace) and single lines; for a mutant the expected line moves up with
    every line removed above it, and the line of the error itself stays."""
    text, expect = gen.generate(seed, mutant)
    tmp = tempfile.mkdtemp(prefix="owl-reduce-")
    try:
        base = check_program(owl, text, expect, tmp)
        if not base or base[0] != "owl":
            print("seed %d does not show an owl disagreement" % seed)
            return 0
        lines = text.splitlines()
        changed = True
        while changed:
            changed = False
            i = 0
            while i < len(lines):
                s = lines[i].strip()
                if lines[i].rstrip().endswith("{"):
                    j = block_end(lines, i)
                elif s in ("}", "};") or s.startswith("}"):
                    j = None
                else:
                    j = i
                if j is not None and (not expect or not i <= expect[1] - 1 <= j):
                    cand = lines[:i] + lines[j + 1:]
                    want = expect
                    if expect and j < expect[1] - 1:
                        want = (expect[0], expect[1] - (j - i + 1), expect[2])
                    res = check_program(owl, "\n".join(cand) + "\n", want, tmp) if cand else None
                    if res and res[0] == "owl":
                        lines, expect, changed = cand, want, True
                        continue
                i += 1
        print("\n".join(lines))
        print("// disagreement: " + check_program(owl, "\n".join(lines) + "\n", expect, tmp)[1],
              file=sys.stderr)
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--owl", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--mutants", action="store_true",
                    help="every third program carries an ownership error (needs the borrow checker)")
    ap.add_argument("--one", type=int, metavar="SEED")
    ap.add_argument("--mutant", choices=MUTANTS + gen.KNOWN_GAPS)
    ap.add_argument("--keep", metavar="DIR", help="copy the programs here")
    ap.add_argument("--reduce", type=int, metavar="SEED")
    a = ap.parse_args()

    if not shutil.which("rustc"):
        print("#" * 72)
        print("diff.py: rustc NOT on PATH: the differential test against rustc is SKIPPED")
        print("#" * 72)
        return 77
    owl = os.path.abspath(a.owl)
    if a.reduce is not None:
        return reduce(owl, a.reduce, a.mutant)
    if a.one is not None:
        seed, mutant, text, res = one(owl, a.one, a.mutant, a.keep)
        print(text or "(no place for this mutant)")
        print("AGREE" if not res else "%s: %s" % res)
        return 1 if res else 0

    jobs = []
    for i in range(a.count):
        seed = a.seed + i
        mutant = MUTANTS[(seed // 3) % len(MUTANTS)] if a.mutants and seed % 3 == 2 else None
        jobs.append((seed, mutant))
    agree = failed = gen_bugs = skipped = timeouts = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        futs = [ex.submit(one, owl, s, m, a.keep) for s, m in jobs]
        for fut in concurrent.futures.as_completed(futs):
            seed, mutant, text, res = fut.result()
            what = "seed %d%s" % (seed, " --mutant " + mutant if mutant else "")
            if text is None:
                skipped += 1
            elif res is None:
                agree += 1
            elif res[0] == "timeout":
                timeouts += 1
                print("TIMEOUT %s: %s" % (what, res[1]))
            elif res[0] == "generator":
                gen_bugs += 1
                print("GENERATOR %s: %s" % (what, res[1]))
            else:
                failed += 1
                print("DISAGREE %s: %s" % (what, res[1]))
                print("  reproduce: python3 tests/gen/diff.py --owl OWL --one %d%s" %
                      (seed, " --mutant " + mutant if mutant else ""))
    print("%d programs (seeds %d..%d): %d agree, %d disagree, %d generator errors, %d skipped, "
          "%d rustc timeouts" % (len(jobs), a.seed, a.seed + a.count - 1, agree, failed, gen_bugs,
                                 skipped, timeouts))
    print("%d passed, %d failed" % (agree + skipped, failed + gen_bugs + timeouts))
    return 1 if failed or gen_bugs or timeouts else 0


if __name__ == "__main__":
    sys.exit(main())
