#!/usr/bin/env python3
"""errtest.py: check owl's diagnostics for a program against rustc's.

    errtest.py --owl OWL TEST.rs [--differential]
    errtest.py --update [--rustc RUSTC] TEST.rs ...

TEST.rs is a program rustc rejects, or accepts with warnings; TEST.stderr
beside it is the whole of what `rustc --edition 2021 --error-format=human
TEST.rs` printed (rustc 1.95, run from the test's directory so paths read
`TEST.rs`). The runner checks

 1. `owl check TEST.rs --no-memory-notes` (from the test's directory) exits
    with status 1 (0 when TEST.stderr holds no error) and prints exactly
    TEST.stderr, once the explain footer's
    `rustc --explain` is read as `owl explain` (owl names its own command);
 2. `owl check TEST.rs`, with the memory notes, prints the same text plus
    only the notes: removing every line that the note-less output lacks
    (the `= note:` lines and the `|` line that opens them when nothing of
    rustc's follows) gives the note-less output back, and there is one
    memory note per error;
 3. `owl check TEST.rs --error-format=json` prints one JSON object per line
    with rustc's keys ($message_type, message, code, level, spans with byte
    offsets, lines, columns, labels, children, rendered), whose error codes
    and primary spans are those of the human output;
 4. with --differential and rustc on PATH: rustc, run live, reports the same
    error codes in the same order at the same primary line:column as owl
    (DIFFERENTIAL SKIPPED when rustc is missing).

--update regenerates TEST.stderr with rustc and refuses a test which rustc
accepts silently, or for which rustc prints a warning of a lint owl does not
have (owl's warnings: unused_variables, unused_mut, unused_parens).

Exit status: 0 pass, 1 fail. Python 3 standard library only.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

EXPLAIN_RE = re.compile(r"`(rustc --explain|owl explain) (E\d{4})`")
HEADER_RE = re.compile(r"^(error|warning)(\[(E\d{4})\])?: (.*)$")
ARROW_RE = re.compile(r"^\s*--> (.*):(\d+):(\d+)$")
# The warnings owl reports (unused_variables), and the summary line.
OWL_WARNING_RE = re.compile(r"unused variable: `|variable `[^`]*` is assigned to, but never used$"
                            r"|variable does not need to be mutable$"
                            r"|unnecessary parentheses around "
                            r"|\d+ warnings? emitted$")


def norm_explain(text):
    return EXPLAIN_RE.sub(lambda m: "`EXPLAIN " + m.group(2) + "`", text)


def rustc_cmd(rustc, base, tmp):
    """rustc checking one file; the metadata goes to a directory of our own
    (rustc puts temporary files beside its output)."""
    return [rustc, "--edition", "2021", "--error-format=human", "--emit=metadata",
            "-o", os.path.join(tmp, "out.rmeta"), base]


def run(cmd, cwd):
    cp = subprocess.run(cmd, cwd=cwd, capture_output=True, stdin=subprocess.DEVNULL,
                        timeout=120)
    return cp.returncode, cp.stdout.decode("utf-8", "replace"), cp.stderr.decode(
        "utf-8", "replace")


def errors_of(human):
    """(code, line, col) of every error of a human-format output, in order."""
    out = []
    lines = human.splitlines()
    for i, line in enumerate(lines):
        m = HEADER_RE.match(line)
        if not m or m.group(1) != "error" or m.group(4).startswith("aborting due to"):
            continue
        loc = None
        if i + 1 < len(lines):
            a = ARROW_RE.match(lines[i + 1])
            if a:
                loc = (int(a.group(2)), int(a.group(3)))
        out.append((m.group(3), loc))
    return out


def strip_notes(with_notes, without):
    """with_notes minus the lines the note-less output lacks; also the
    number of removed `= note:` lines."""
    a = with_notes.splitlines(keepends=True)
    b = without.splitlines(keepends=True)
    # a longest-common-subsequence walk would do; the notes only ever add
    # lines, so a greedy match of b inside a is exact
    kept, removed, notes, j = [], [], 0, 0
    for line in a:
        if j < len(b) and line == b[j]:
            kept.append(line)
            j += 1
        else:
            removed.append(line)
    ok = j == len(b)
    for line in removed:
        s = line.strip()
        if s.startswith("= note:"):
            notes += 1
        elif s not in ("|", ""):
            ok = False
    return ok, notes, removed


SPAN_KEYS = {"file_name", "byte_start", "byte_end", "line_start", "line_end", "column_start",
             "column_end", "is_primary", "text", "label", "suggested_replacement",
             "suggestion_applicability", "expansion"}
DIAG_KEYS = {"$message_type", "message", "code", "level", "spans", "children", "rendered"}


def check_json(stderr, human_errors):
    problems = []
    got = []
    for n, line in enumerate(stderr.splitlines(), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            problems.append(f"json line {n} does not parse: {e}")
            continue
        missing = DIAG_KEYS - set(d)
        if missing:
            problems.append(f"json line {n}: missing keys {sorted(missing)}")
            continue
        for sp in d["spans"]:
            if SPAN_KEYS - set(sp):
                problems.append(f"json line {n}: span lacks {sorted(SPAN_KEYS - set(sp))}")
        for ch in d["children"]:
            if {"message", "code", "level", "spans", "children", "rendered"} - set(ch):
                problems.append(f"json line {n}: child lacks keys")
        if d["level"] == "error" and d["code"]:
            prim = [s for s in d["spans"] if s["is_primary"]]
            loc = (prim[0]["line_start"], prim[0]["column_start"]) if prim else None
            got.append((d["code"]["code"], loc))
    if got != human_errors:
        problems.append(f"json errors {got} differ from the human output's {human_errors}")
    return problems


def check(owl, test, differential):
    tdir, base = os.path.split(os.path.abspath(test))
    stem = base[:-3]
    problems = []
    try:
        with open(os.path.join(tdir, stem + ".stderr"), encoding="utf-8") as f:
            expected = f.read()
    except OSError as e:
        print(f"FAIL {stem}: no expectation: {e}")
        return 1

    # 1. the rustc text, byte for byte
    rc, _, plain = run([owl, "check", base, "--no-memory-notes", "--color=never"], tdir)
    want_rc = 1 if errors_of(expected) or re.search(r"^error", expected, re.M) else 0
    if rc != want_rc:
        problems.append(f"owl check exited {rc}, expected {want_rc}")
    if norm_explain(plain) != norm_explain(expected):
        import difflib
        problems.append("stderr differs (expected rustc, got owl --no-memory-notes):\n" + "".join(
            difflib.unified_diff(norm_explain(expected).splitlines(True),
                                 norm_explain(plain).splitlines(True), "rustc", "owl")))

    # 2. the memory notes add notes and nothing else
    rc2, _, noted = run([owl, "check", base, "--color=never"], tdir)
    ok, notes, removed = strip_notes(noted, plain)
    nerr = len(errors_of(plain))
    if rc2 != rc:
        problems.append(f"exit status {rc2} with memory notes, {rc} without")
    if not ok:
        problems.append("the memory notes changed more than their own lines:\n" + "".join(removed))
    elif notes != nerr:
        problems.append(f"{notes} memory notes for {nerr} errors")

    # 3. JSON
    _, _, js = run([owl, "check", base, "--error-format=json", "--no-memory-notes"], tdir)
    problems += check_json(js, errors_of(plain))

    # 4. live differential
    if differential:
        rustc = shutil.which("rustc")
        if rustc is None:
            print("DIFFERENTIAL SKIPPED: rustc not on PATH")
        else:
            tmp = tempfile.mkdtemp(prefix="owl-errtest-")
            try:
                _, _, live = run(rustc_cmd(rustc, base, tmp), tdir)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            want = errors_of(live)
            got = errors_of(plain)
            if want != got:
                problems.append(f"differential: rustc reports {want}, owl {got}")

    if problems:
        print(f"FAIL {stem}")
        for p in problems:
            print(p.rstrip())
        return 1
    print(f"PASS {stem}")
    return 0


def update(rustc, tests):
    bad = 0
    for test in tests:
        tdir, base = os.path.split(os.path.abspath(test))
        stem = base[:-3]
        tmp = tempfile.mkdtemp(prefix="owl-errtest-")
        try:
            rc, _, err = run(rustc_cmd(rustc, base, tmp), tdir)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if rc == 0 and not err:
            print(f"REFUSED {stem}: rustc accepts it without a word")
            bad += 1
            continue
        foreign = [w for w in re.findall(r"^warning: (.*)$", err, re.M)
                   if not OWL_WARNING_RE.match(w)]
        if foreign:
            print(f"REFUSED {stem}: rustc warns (a lint owl lacks):\n{err}")
            bad += 1
            continue
        with open(os.path.join(tdir, stem + ".stderr"), "w", encoding="utf-8") as f:
            f.write(err)
        print(f"wrote {stem}.stderr")
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--owl")
    ap.add_argument("--differential", action="store_true")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--rustc", default=shutil.which("rustc") or "rustc")
    ap.add_argument("tests", nargs="+")
    a = ap.parse_args()
    if a.update:
        return update(a.rustc, a.tests)
    if not a.owl:
        ap.error("--owl is required")
    status = 0
    for t in a.tests:
        status |= check(os.path.abspath(a.owl), t, a.differential)
    return status


if __name__ == "__main__":
    sys.exit(main())
