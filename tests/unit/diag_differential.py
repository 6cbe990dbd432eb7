#!/usr/bin/env python3
"""Differential test of owl's diagnostic renderer against rustc.

For every .rs file given (or found in the directories given), rustc 1.95
compiles it with --error-format=json; each diagnostic rustc reports is turned
into a diag_replay script (same message, spans, labels, children and
suggestions), and owl's renderer must then print exactly what rustc prints:
the whole stderr in the human format (plain and with --color=always), in the
short format and in the JSON format (after replacing `rustc --explain` with `owl explain`, and with the
JSON "explanation" and "expansion" fields set to null, which owl does not
model).

A file is skipped when rustc's output depends on things owl does not model
(spans in other files, macro backtraces) or when the JSON does not say how a
suggestion was shown (rustc's hidden suggestion styles).

Usage: diag_differential.py REPLAY-BINARY FILE-OR-DIR... [-v]
Exit status 1 if any compared file differs, 77 (skipped) without rustc.
"""
import json
import os
import subprocess
import sys
import tempfile

RUSTC = os.environ.get("RUSTC", "rustc")


def esc(s):
    if s is None:
        return "\\N"
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


class Skip(Exception):
    pass


def suggestion_style(sugg_msg, rendered):
    """How rustc showed a suggestion: 0 as a help block, 1 inline as a label
    with the code, 2 inline without it."""
    if "\nhelp: " + sugg_msg in rendered:
        return 0
    if "help: " + sugg_msg + ": `" in rendered:
        return 1
    if "help: " + sugg_msg in rendered:
        return 2
    raise Skip("hidden suggestion: " + sugg_msg)


def script_for(diag, fname, lines):
    rendered = diag["rendered"] or ""
    if "/rustc/" in rendered or "in this macro invocation" in rendered \
            or "originates in the macro" in rendered:
        raise Skip("macro backtrace or std span")
    code = diag["code"]["code"] if diag.get("code") else "-"
    lines.append("diag\t%s\t%s\t%s" % (diag["level"], code, esc(diag["message"])))
    # The `-->` line names the first of rustc's primary spans, which need not
    # be the first primary span in the JSON (that follows label order).
    prim = [s for s in diag["spans"] if s["is_primary"]]
    arrow = [l for l in rendered.split("\n") if l.lstrip().startswith("--> ")]
    if len(prim) > 1 and arrow:
        where = arrow[0].split("--> ", 1)[1]
        for s in prim:
            if where == "%s:%d:%d" % (s["file_name"], s["line_start"], s["column_start"]):
                lines.append("primary\t%d\t%d" % (s["byte_start"], s["byte_end"]))
                break

    def spans(lst, cmd):
        for s in lst:
            if s["file_name"] != fname:
                raise Skip("span in another file")
            lines.append("%s\t%s\t%d\t%d\t%s" % (cmd, "P" if s["is_primary"] else "S",
                                                 s["byte_start"], s["byte_end"],
                                                 esc(s["label"])))

    spans(diag["spans"], "label")
    for c in diag["children"]:
        if any(s.get("suggested_replacement") is not None for s in c["spans"]):
            style = suggestion_style(c["message"], rendered)
            lines.append("sugg\t0\t-\t%s" % esc(c["message"]))
            appl = "MachineApplicable"
            for s in c["spans"]:
                if s["file_name"] != fname:
                    raise Skip("suggestion in another file")
                lines.append("part\t%d\t%d\t%s" % (s["byte_start"], s["byte_end"],
                                                    esc(s["suggested_replacement"])))
                appl = s["suggestion_applicability"] or appl
            lines.append("suggattr\t%d\t%s" % (style, appl))
        else:
            lines.append("child\t%s\t%s" % (c["level"], esc(c["message"])))
            spans(c["spans"], "clabel")
    lines.append("emit")


def normalize_json(obj):
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k == "explanation" or k == "expansion":
                out[k] = None
            else:
                out[k] = normalize_json(v)
        return out
    if isinstance(obj, list):
        return [normalize_json(x) for x in obj]
    if isinstance(obj, str):
        return obj.replace("rustc --explain", "owl explain")
    return obj


def run_rustc(path, fmt):
    d = os.path.dirname(os.path.abspath(path))
    args = [RUSTC, "--edition", "2021", "-o", os.devnull, os.path.basename(path)]
    if fmt == "color":
        args.insert(1, "--color=always")
    elif fmt != "human":
        args.insert(1, "--error-format=" + fmt)
    p = subprocess.run(args, cwd=d, capture_output=True, text=True,
                       env=dict(os.environ, RUST_BACKTRACE="0"))
    return p.stderr


def check(replay, path, verbose):
    fname = os.path.basename(path)
    json_out = run_rustc(path, "json")
    diags = [json.loads(l) for l in json_out.splitlines() if l.startswith("{")]
    if not diags:
        return "nodiag"
    body = []
    for d in diags:
        if d["level"] == "failure-note" or d["message"].startswith("aborting due to") \
                or d["message"].endswith("emitted"):
            continue
        script_for(d, fname, body)
    results = {}
    for fmt in ("human", "short", "json", "color"):
        script = ["file\t%s\t%s" % (esc(fname), os.path.abspath(path))]
        script += ["format\thuman", "color"] if fmt == "color" else ["format\t" + fmt]
        script += body + ["finish"]
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as t:
            t.write("\n".join(script) + "\n")
        got = subprocess.run([replay, t.name], capture_output=True, text=True).stdout
        os.unlink(t.name)
        if fmt == "json":
            want = [json.dumps(normalize_json(json.loads(l)), ensure_ascii=False,
                               separators=(",", ":"))
                    for l in json_out.splitlines() if l.startswith("{")]
            want = "\n".join(want) + "\n"
        else:
            want = run_rustc(path, fmt).replace("rustc --explain", "owl explain")
        results[fmt] = (got == want, got, want)
    return results


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    replay, targets = args[0], args[1:]
    import shutil
    if not shutil.which(RUSTC) and not os.path.exists(RUSTC):
        home_rustc = os.path.expanduser("~/.cargo/bin/rustc")
        if os.path.exists(home_rustc):
            globals()["RUSTC"] = home_rustc
        else:
            print("diag differential: SKIPPED, rustc is not installed")
            return 77
    files = []
    for t in targets:
        if os.path.isdir(t):
            files += sorted(os.path.join(t, f) for f in os.listdir(t) if f.endswith(".rs"))
        else:
            files.append(t)
    def one(f):
        try:
            return f, check(replay, f, verbose)
        except Skip as e:
            return f, e

    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        outcomes = list(pool.map(one, files))
    ok = bad = skipped = 0
    for f, res in outcomes:
        if isinstance(res, Skip):
            skipped += 1
            if verbose:
                print("SKIP %s: %s" % (f, res))
            continue
        if res == "nodiag":
            continue
        fails = [fmt for fmt, (same, _, _) in res.items() if not same]
        if fails:
            bad += 1
            print("FAIL %s (%s)" % (f, ", ".join(fails)))
            if verbose:
                for fmt in fails:
                    _, got, want = res[fmt]
                    import difflib
                    for l in difflib.unified_diff(want.splitlines(), got.splitlines(),
                                                  "rustc", "owl", lineterm=""):
                        print("   " + l)
        else:
            ok += 1
    print("diag differential: %d files match rustc, %d differ, %d skipped" % (ok, bad, skipped))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
