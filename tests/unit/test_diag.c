/* test_diag.c: owl's diagnostics against rustc 1.95's, character for
 * character.
 *
 * Each test loads a program from tests/unit/diag/, builds with diag.h the
 * same diagnostics rustc reports for it (the builder calls double as
 * examples for the phases), and compares everything printed, closing lines
 * included, with rustc's own output stored next to the program (.stderr for
 * the human format, .short, .json with "explanation" and "expansion" set to
 * null, .color from --color=always), after replacing `rustc --explain` with
 * `owl explain`. Source loading is tested on files made in a temporary
 * directory.
 *
 * Usage: test_diag DIR   (DIR = tests/unit/diag). Prints a line per failure
 * with a diff-friendly dump; exits 1 if any check failed.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"

static int failures, checks;

/* ---- helpers ----------------------------------------------------------------- */

static char *read_all(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("FAIL cannot read %s: %s\n", path, strerror(errno));
        failures++;
        return arena_strdup(compiler_arena, "");
    }
    CharVec v = {0};
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        str_append(&v, buf, n);
    fclose(f);
    return v.data ? v.data : arena_strdup(compiler_arena, "");
}

/* rustc's output with owl's explain command. */
static char *golden(const char *name) {
    char *text = read_all(name);
    CharVec v = {0};
    for (char *p = text; *p;) {
        char *hit = strstr(p, "rustc --explain");
        if (!hit) {
            str_append(&v, p, strlen(p));
            break;
        }
        str_append(&v, p, (size_t)(hit - p));
        str_append(&v, "owl explain", 11);
        p = hit + strlen("rustc --explain");
    }
    return v.data ? v.data : arena_strdup(compiler_arena, "");
}

static void expect_str(const char *what, const char *got, const char *want) {
    checks++;
    if (strcmp(got, want) == 0)
        return;
    failures++;
    printf("FAIL %s\n--- want\n%s--- got\n%s---\n", what, want, got);
}

static void expect_int(const char *what, long got, long want) {
    checks++;
    if (got == want)
        return;
    failures++;
    printf("FAIL %s: got %ld, want %ld\n", what, got, want);
}

/* The span of `len` chars at line:col (1-based, chars), as rustc prints
 * positions. */
static Span sp(const SourceFile *f, uint32_t line, uint32_t col, uint32_t len) {
    uint32_t n;
    const char *text = src_line_text(f, line, &n);
    const char *p = text;
    for (uint32_t c = 1; c < col; c++)
        do
            p++;
        while (((unsigned char)*p & 0xC0) == 0x80);
    const char *q = p;
    for (uint32_t c = 0; c < len; c++)
        do
            q++;
        while (((unsigned char)*q & 0xC0) == 0x80);
    return span_at((uint32_t)(p - f->text), (uint32_t)(q - f->text));
}

static Span ins(const SourceFile *f, uint32_t line, uint32_t col) { return sp(f, line, col, 0); }

static FILE *capture;
static char *captured;
static size_t captured_len;

/* Loads NAME.rs (reporting through diag) and starts capturing output. */
static SourceFile *begin(const char *name, DiagFormat format, DiagColor color) {
    capture = open_memstream(&captured, &captured_len);
    diag_set_output(capture);
    diag_init(NULL, format, color);
    bool io;
    char *path = arena_printf(compiler_arena, "%s.rs", name);
    SourceFile *f = src_load(path, &io);
    if (!f) {
        printf("FAIL cannot load %s\n", path);
        failures++;
        exit(1);
    }
    diag_init(f, format, color);
    return f;
}

/* Stops capturing; returns what was printed. */
static char *end(void) {
    fclose(capture);
    diag_set_output(NULL);
    char *s = arena_strdup(compiler_arena, captured);
    free(captured);
    return s;
}

static void finish_and_compare(const char *name, const char *ext) {
    diag_finish();
    char *got = end();
    char *file = arena_printf(compiler_arena, "%s.%s", name, ext);
    expect_str(file, got, golden(file));
}

static const char *MOVE_NOTE = "consider changing this parameter type in function `%s` to borrow "
                               "instead if owning the value isn't necessary";
static const char *CLONE = "consider cloning the value if the performance cost is acceptable";

/* ---- E0382 -------------------------------------------------------------------- */

static void test_e0382_straight(void) {
    SourceFile *f = begin("e0382_straight", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0382", sp(f, 4, 23, 1), "value borrowed here after move",
                       "borrow of moved value: `%s`", "s");
    diag_label(d, sp(f, 2, 9, 1),
               "move occurs because `s` has type `String`, which does not implement the "
               "`Copy` trait");
    diag_label(d, sp(f, 3, 13, 1), "value moved here");
    diag_suggest(d, ins(f, 3, 14), ".clone()", "%s", CLONE);
    diag_emit(d);
    finish_and_compare("e0382_straight", "stderr");
}

/* The labels in rustc's order, so that the JSON matches too. */
static Diag *e0382_loop_diag(SourceFile *f) {
    Diag *d = diag_new(DIAG_ERROR, "E0382", sp(f, 7, 17, 1), NULL, "use of moved value: `s`");
    diag_label(d, sp(f, 6, 5, 13), "inside of this loop");
    diag_primary_label(d, sp(f, 7, 17, 1), "value moved here, in previous iteration of loop");
    diag_label(d, sp(f, 5, 9, 1),
               "move occurs because `s` has type `String`, which does not implement the "
               "`Copy` trait");
    Diag *n = diag_child(d, DIAG_NOTE, sp(f, 1, 15, 6), "this parameter takes ownership of the value",
                         MOVE_NOTE, "consume");
    diag_label(n, sp(f, 1, 4, 7), "in this function");
    diag_suggest(d, ins(f, 7, 18), ".clone()", "%s", CLONE);
    return d;
}

static void test_e0382_loop(void) {
    SourceFile *f = begin("e0382_loop", DIAG_HUMAN, COLOR_NEVER);
    diag_emit(e0382_loop_diag(f));
    finish_and_compare("e0382_loop", "stderr");

    f = begin("e0382_loop", DIAG_JSON, COLOR_NEVER);
    diag_emit(e0382_loop_diag(f));
    finish_and_compare("e0382_loop", "json");

    f = begin("e0382_loop", DIAG_HUMAN, COLOR_ALWAYS);
    diag_emit(e0382_loop_diag(f));
    finish_and_compare("e0382_loop", "color");
}

/* Gutter of width 2, a two-line gap elided as `...`, a one-line gap shown. */
static void test_e0382_cond(void) {
    SourceFile *f = begin("e0382_cond", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0382", sp(f, 10, 20, 1), "value borrowed here after move",
                       "borrow of moved value: `s`");
    diag_label(d, sp(f, 5, 9, 1),
               "move occurs because `s` has type `String`, which does not implement the "
               "`Copy` trait");
    diag_label(d, sp(f, 8, 17, 1), "value moved here");
    Diag *n = diag_child(d, DIAG_NOTE, sp(f, 1, 15, 6), "this parameter takes ownership of the value",
                         MOVE_NOTE, "consume");
    diag_label(n, sp(f, 1, 4, 7), "in this function");
    diag_suggest(d, ins(f, 8, 18), ".clone()", "%s", CLONE);
    diag_emit(d);
    finish_and_compare("e0382_cond", "stderr");
}

static void test_e0382_call(void) {
    SourceFile *f = begin("e0382_call", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0382", sp(f, 7, 26, 1), "value borrowed here after move",
                       "borrow of moved value: `s`");
    diag_label(d, sp(f, 5, 9, 1),
               "move occurs because `s` has type `String`, which does not implement the "
               "`Copy` trait");
    diag_label(d, sp(f, 6, 21, 1), "value moved here");
    Diag *n = diag_child(d, DIAG_NOTE, sp(f, 1, 15, 6), "this parameter takes ownership of the value",
                         MOVE_NOTE, "consume");
    diag_label(n, sp(f, 1, 4, 7), "in this function");
    diag_suggest(d, ins(f, 6, 22), ".clone()", "%s", CLONE);
    diag_emit(d);
    finish_and_compare("e0382_call", "stderr");
}

/* Two notes with snippets; the second elides lines 2-9 inside the note. */
static void test_e0382_struct(void) {
    SourceFile *f = begin("e0382_struct", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0382", sp(f, 11, 10, 1), "value used here after move",
                       "use of moved value: `p`");
    diag_label(d, sp(f, 9, 9, 1),
               "move occurs because `p` has type `Point`, which does not implement the "
               "`Copy` trait");
    diag_label(d, sp(f, 10, 10, 1), "value moved here");
    Diag *n = diag_child(d, DIAG_NOTE, sp(f, 5, 12, 5), "this parameter takes ownership of the value",
                         MOVE_NOTE, "show");
    diag_label(n, sp(f, 5, 4, 4), "in this function");
    n = diag_child(d, DIAG_NOTE, sp(f, 1, 1, 12), "consider implementing `Clone` for this type",
                   "if `Point` implemented `Clone`, you could clone the value");
    diag_label(n, sp(f, 10, 10, 1), "you could clone this value");
    diag_emit(d);
    finish_and_compare("e0382_struct", "stderr");
}

static Diag *e0382_partial_diag(SourceFile *f) {
    Diag *d = diag_new(DIAG_ERROR, "E0382", sp(f, 9, 13, 1), NULL,
                       "use of partially moved value: `p`");
    diag_label(d, sp(f, 7, 13, 6), "value partially moved here");
    diag_primary_label(d, sp(f, 9, 13, 1), "value used here after partial move");
    diag_note(d, "partial move occurs because `p.name` has type `String`, which does not "
                 "implement the `Copy` trait");
    return d;
}

static void test_e0382_partial(void) {
    SourceFile *f = begin("e0382_partial", DIAG_HUMAN, COLOR_NEVER);
    diag_emit(e0382_partial_diag(f));
    finish_and_compare("e0382_partial", "stderr");
    f = begin("e0382_partial", DIAG_JSON, COLOR_NEVER);
    diag_emit(e0382_partial_diag(f));
    finish_and_compare("e0382_partial", "json");
}

/* ---- E0384 ----------------------------------------------------------------------- */

/* rustc adds the "first assignment" label before the primary one. */
static Diag *e0384_diag(SourceFile *f) {
    Diag *d = diag_new(DIAG_ERROR, "E0384", sp(f, 4, 5, 5), NULL,
                       "cannot assign twice to immutable variable `%s`", "x");
    diag_label(d, sp(f, 2, 9, 1), "first assignment to `x`");
    diag_primary_label(d, sp(f, 4, 5, 5), "cannot assign twice to immutable variable");
    diag_suggest(d, ins(f, 2, 9), "mut ", "consider making this binding mutable");
    return d;
}

static void test_e0384(void) {
    SourceFile *f = begin("e0384", DIAG_HUMAN, COLOR_NEVER);
    diag_emit(e0384_diag(f));
    finish_and_compare("e0384", "stderr");
    f = begin("e0384", DIAG_JSON, COLOR_NEVER);
    diag_emit(e0384_diag(f));
    finish_and_compare("e0384", "json");
    f = begin("e0384", DIAG_SHORT, COLOR_NEVER);
    diag_emit(e0384_diag(f));
    finish_and_compare("e0384", "short");
}

/* An error and a lint warning: "; 1 warning emitted". */
static void test_e0384_arg(void) {
    SourceFile *f = begin("e0384_arg", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0384", sp(f, 2, 5, 5), "cannot assign to immutable argument",
                       "cannot assign to immutable argument `x`");
    diag_suggest(d, ins(f, 1, 6), "mut ", "consider making this binding mutable");
    diag_emit(d);
    Diag *w = diag_new(DIAG_WARNING, "unused_assignments", sp(f, 1, 6, 1), NULL,
                       "value passed to `x` is never read");
    diag_help(w, "maybe it is overwritten before being read?");
    diag_note(w, "`#[warn(unused_assignments)]` (part of `#[warn(unused)]`) on by default");
    diag_emit(w);
    finish_and_compare("e0384_arg", "stderr");
}

/* Tabs become four spaces; the column in `-->` counts the tab as one. */
static void test_tabs(void) {
    SourceFile *f = begin("tabs2", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0384", sp(f, 4, 3, 5), NULL,
                       "cannot assign twice to immutable variable `x`");
    diag_label(d, sp(f, 2, 6, 1), "first assignment to `x`");
    diag_primary_label(d, sp(f, 4, 3, 5), "cannot assign twice to immutable variable");
    diag_suggest(d, ins(f, 2, 6), "mut ", "consider making this binding mutable");
    diag_emit(d);
    finish_and_compare("tabs2", "stderr");
}

/* ---- E0381 ------------------------------------------------------------------------- */

static void test_e0381(void) {
    SourceFile *f = begin("e0381", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0381", sp(f, 3, 20, 1), "`x` used here but it isn't initialized",
                       "used binding `x` isn't initialized");
    diag_label(d, sp(f, 2, 9, 1), "binding declared here but left uninitialized");
    diag_suggest(d, ins(f, 2, 15), " = 42", "consider assigning a value");
    diag_emit(d);
    finish_and_compare("e0381", "stderr");

    f = begin("e0381_cond", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0381", sp(f, 7, 20, 1),
                 "`x` used here but it is possibly-uninitialized",
                 "used binding `x` is possibly-uninitialized");
    diag_label(d, sp(f, 2, 9, 1), "binding declared here but left uninitialized");
    diag_label(d, sp(f, 4, 8, 1), "if this `if` condition is `false`, `x` is not initialized");
    diag_label(d, ins(f, 6, 6), "an `else` arm might be missing here, initializing `x`");
    diag_emit(d);
    finish_and_compare("e0381_cond", "stderr");
}

/* ---- borrows ------------------------------------------------------------------------- */

static void test_borrows(void) {
    SourceFile *f = begin("e0505", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0505", sp(f, 7, 13, 1), "move out of `s` occurs here",
                       "cannot move out of `s` because it is borrowed");
    diag_label(d, sp(f, 5, 9, 1), "binding `s` declared here");
    diag_label(d, sp(f, 6, 13, 2), "borrow of `s` occurs here");
    diag_label(d, sp(f, 8, 20, 1), "borrow later used here");
    diag_suggest(d, ins(f, 6, 15), ".clone()", "%s", CLONE);
    diag_emit(d);
    finish_and_compare("e0505", "stderr");

    f = begin("e0502", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0502", sp(f, 4, 5, 9), "mutable borrow occurs here",
                 "cannot borrow `v` as mutable because it is also borrowed as immutable");
    diag_label(d, sp(f, 3, 18, 1), "immutable borrow occurs here");
    diag_label(d, sp(f, 5, 20, 5), "immutable borrow later used here");
    diag_emit(d);
    finish_and_compare("e0502", "stderr");

    /* Line 5 lies between two annotated lines: shown without a label. */
    f = begin("e0502b", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0502", sp(f, 4, 13, 6), "mutable borrow occurs here",
                 "cannot borrow `x` as mutable because it is also borrowed as immutable");
    diag_label(d, sp(f, 3, 13, 2), "immutable borrow occurs here");
    diag_label(d, sp(f, 6, 20, 1), "immutable borrow later used here");
    diag_emit(d);
    finish_and_compare("e0502b", "stderr");

    f = begin("e0499", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0499", sp(f, 4, 13, 6), "second mutable borrow occurs here",
                 "cannot borrow `s` as mutable more than once at a time");
    diag_label(d, sp(f, 3, 13, 6), "first mutable borrow occurs here");
    diag_label(d, sp(f, 5, 5, 1), "first borrow later used here");
    diag_emit(d);
    finish_and_compare("e0499", "stderr");

    f = begin("e0506", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0506", sp(f, 4, 5, 5),
                 "`x` is assigned to here but it was already borrowed",
                 "cannot assign to `x` because it is borrowed");
    diag_label(d, sp(f, 3, 13, 2), "`x` is borrowed here");
    diag_label(d, sp(f, 5, 23, 1), "borrow later used here");
    diag_emit(d);
    finish_and_compare("e0506", "stderr");

    f = begin("e0597", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0597", sp(f, 5, 13, 2), "borrowed value does not live long enough",
                 "`x` does not live long enough");
    diag_label(d, sp(f, 4, 13, 1), "binding `x` declared here");
    diag_label(d, sp(f, 6, 5, 1), "`x` dropped here while still borrowed");
    diag_label(d, sp(f, 7, 20, 1), "borrow later used here");
    diag_emit(d);
    finish_and_compare("e0597", "stderr");
}

/* ---- E0507: `+` insertions, the -/+ replacement form, a multipart suggestion ------------ */

static Diag *e0507c_diag(SourceFile *f) {
    Diag *d = diag_new(DIAG_ERROR, "E0507", sp(f, 4, 13, 2),
                       "move occurs because `*r` has type `String`, which does not implement the "
                       "`Copy` trait",
                       "cannot move out of `*r` which is behind a shared reference");
    Diag *h = diag_suggest(d, sp(f, 4, 13, 1), "", "consider removing the dereference here");
    diag_set_applicability(h, APPLY_MAYBE);
    h = diag_suggest(d, sp(f, 4, 13, 1), "", "%s", CLONE);
    diag_suggest_part(h, ins(f, 4, 15), ".clone()");
    return d;
}

static void test_e0507(void) {
    SourceFile *f = begin("e0507", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0507", sp(f, 4, 13, 4),
                       "move occurs because value has type `String`, which does not implement "
                       "the `Copy` trait",
                       "cannot move out of index of `Vec<String>`");
    diag_suggest(d, ins(f, 4, 13), "&", "consider borrowing here");
    diag_suggest(d, ins(f, 4, 17), ".clone()", "%s", CLONE);
    diag_emit(d);
    finish_and_compare("e0507", "stderr");

    f = begin("e0507b", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0507", sp(f, 4, 5, 6),
                 "move occurs because `q.name` has type `String`, which does not implement the "
                 "`Copy` trait",
                 "cannot move out of `q.name` which is behind a shared reference");
    diag_suggest(d, ins(f, 4, 11), ".clone()", "%s", CLONE);
    diag_emit(d);
    finish_and_compare("e0507b", "stderr");

    f = begin("e0507c", DIAG_HUMAN, COLOR_NEVER);
    diag_emit(e0507c_diag(f));
    finish_and_compare("e0507c", "stderr");
    f = begin("e0507c", DIAG_JSON, COLOR_NEVER);
    diag_emit(e0507c_diag(f));
    finish_and_compare("e0507c", "json");
}

/* ---- E0596, with a lint whose suggestion rustc shows inline ------------------------------- */

static void e0596b_diags(SourceFile *f) {
    Diag *d = diag_new(DIAG_ERROR, "E0596", sp(f, 2, 5, 1),
                       "`s` is a `&` reference, so it cannot be borrowed as mutable",
                       "cannot borrow `*s` as mutable, as it is behind a `&` reference");
    diag_suggest(d, ins(f, 1, 12), "mut ", "consider changing this to be a mutable reference");
    diag_emit(d);
    /* The primary span is `mut s`; the label on `mut ` is drawn over it. */
    Diag *w = diag_new(DIAG_WARNING, "unused_mut", sp(f, 5, 9, 5), NULL,
                       "variable does not need to be mutable");
    diag_note(w, "`#[warn(unused_mut)]` (part of `#[warn(unused)]`) on by default");
    diag_suggest_inline(w, sp(f, 5, 9, 4), "", "remove this `mut`");
    diag_emit(w);
}

static void test_e0596(void) {
    SourceFile *f = begin("e0596", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0596", sp(f, 3, 5, 1), "cannot borrow as mutable",
                       "cannot borrow `v` as mutable, as it is not declared as mutable");
    diag_suggest(d, ins(f, 2, 9), "mut ", "consider changing this to be mutable");
    diag_emit(d);
    finish_and_compare("e0596", "stderr");

    f = begin("e0596b", DIAG_HUMAN, COLOR_NEVER);
    e0596b_diags(f);
    finish_and_compare("e0596b", "stderr");
    f = begin("e0596b", DIAG_HUMAN, COLOR_ALWAYS);
    e0596b_diags(f);
    finish_and_compare("e0596b", "color");
}

/* ---- type and name errors ----------------------------------------------------------------- */

static void test_types(void) {
    /* Two labels on one line: the rightmost inline, the other hung below. */
    SourceFile *f = begin("e0308", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0308", sp(f, 2, 18, 7), "expected `i32`, found `&str`",
                       "mismatched types");
    diag_label(d, sp(f, 2, 12, 3), "expected due to this");
    diag_emit(d);
    finish_and_compare("e0308", "stderr");

    /* A replacement shown as a -/+ diff. */
    f = begin("e0425", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0425", sp(f, 3, 24, 1), NULL, "cannot find value `y` in this scope");
    Diag *h = diag_suggest(d, sp(f, 3, 24, 1), "x", "a local variable with a similar name exists");
    diag_set_applicability(h, APPLY_MAYBE);
    diag_emit(d);
    finish_and_compare("e0425", "stderr");

    /* A multi-line secondary span. */
    f = begin("ml_ifelse", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0308", sp(f, 6, 9, 4), "expected integer, found `&str`",
                 "`if` and `else` have incompatible types");
    diag_label(d, sp(f, 4, 9, 1), "expected because of this");
    diag_label(d, span_join(sp(f, 3, 13, 1), sp(f, 7, 5, 1)),
               "`if` and `else` have incompatible types");
    diag_emit(d);
    finish_and_compare("ml_ifelse", "stderr");

    /* A multi-line primary span starting its line: the `/` form. */
    f = begin("ml_fn", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, "E0317", span_join(sp(f, 2, 5, 1), sp(f, 4, 5, 1)),
                 "expected `i32`, found `()`", "`if` may be missing an `else` clause");
    diag_label(d, sp(f, 1, 17, 3), "expected `i32` because of this return type");
    diag_note(d, "`if` expressions without `else` evaluate to `()`");
    diag_help(d, "consider adding an `else` block that evaluates to the expected type");
    diag_emit(d);
    finish_and_compare("ml_fn", "stderr");

    /* The end of the file, past its last newline. */
    f = begin("syn3", DIAG_HUMAN, COLOR_NEVER);
    d = diag_new(DIAG_ERROR, NULL, span_at(f->len, f->len), NULL,
                 "this file contains an unclosed delimiter");
    diag_label(d, sp(f, 1, 11, 1), "unclosed delimiter");
    diag_label(d, sp(f, 2, 13, 1), "unclosed delimiter");
    diag_emit(d);
    finish_and_compare("syn3", "stderr");
}

/* Several codes: "Some errors have detailed explanations: E0382, E0384." */
static void test_several_codes(void) {
    SourceFile *f = begin("twoerr", DIAG_HUMAN, COLOR_NEVER);
    Diag *d = diag_new(DIAG_ERROR, "E0384", sp(f, 3, 5, 5), NULL,
                       "cannot assign twice to immutable variable `x`");
    diag_label(d, sp(f, 2, 9, 1), "first assignment to `x`");
    diag_primary_label(d, sp(f, 3, 5, 5), "cannot assign twice to immutable variable");
    diag_suggest(d, ins(f, 2, 9), "mut ", "consider making this binding mutable");
    diag_emit(d);
    d = diag_new(DIAG_ERROR, "E0382", sp(f, 6, 29, 1), "value borrowed here after move",
                 "borrow of moved value: `s`");
    diag_label(d, sp(f, 4, 9, 1),
               "move occurs because `s` has type `String`, which does not implement the "
               "`Copy` trait");
    diag_label(d, sp(f, 5, 13, 1), "value moved here");
    diag_suggest(d, ins(f, 5, 14), ".clone()", "%s", CLONE);
    diag_emit(d);
    Diag *w = diag_new(DIAG_WARNING, "unused_assignments", sp(f, 2, 13, 1), NULL,
                       "value assigned to `x` is never read");
    diag_help(w, "maybe it is overwritten before being read?");
    diag_note(w, "`#[warn(unused_assignments)]` (part of `#[warn(unused)]`) on by default");
    diag_emit(w);
    expect_int("twoerr errors", diag_error_count(), 2);
    expect_int("twoerr warnings", diag_warning_count(), 1);
    finish_and_compare("twoerr", "stderr");
}

/* ---- owl's own diagnostics ------------------------------------------------------------------- */

static void test_unsupported_and_limit(void) {
    SourceFile *f = begin("e0384", DIAG_HUMAN, COLOR_NEVER);
    error_unsupported(sp(f, 3, 5, 8), "`println!`");
    diag_finish();
    expect_str("error_unsupported", end(),
               "error: `println!` is not supported by owl\n"
               " --> e0384.rs:3:5\n"
               "  |\n"
               "3 |     println!(\"{}\", x);\n"
               "  |     ^^^^^^^^ not supported\n"
               "  |\n"
               "  = note: owl compiles a subset of Rust; see docs/language.md\n"
               "\n"
               "error: aborting due to 1 previous error\n"
               "\n");

    /* 5,000 errors: 1,000 printed, then one line about the rest. */
    f = begin("e0384", DIAG_SHORT, COLOR_NEVER);
    for (int i = 0; i < 5000; i++) {
        if (i == 0 || i == 999 || i == 1000 || i == 4999)
            expect_int(arena_printf(compiler_arena, "diag_too_many before error %d", i),
                       diag_too_many(), i >= 1000);
        error_at(sp(f, 4, 5, 5), "E0384", "here", "error number %d", i);
    }
    diag_finish();
    char *out = end();
    int lines = 0;
    for (char *p = out; *p; p++)
        lines += *p == '\n';
    expect_int("errors printed under the limit (+2 closing lines)", lines, 1000 + 2);
    expect_int("error count", diag_error_count(), 5000);
    checks++;
    if (!strstr(out, "e0384.rs:4:5: error[E0384]: error number 999: here\n"
                     "note: 4000 more errors not shown: owl prints the first 1000 errors\n"
                     "error: aborting due to 5000 previous errors\n")) {
        failures++;
        printf("FAIL error limit: tail is\n%s\n", out + (strlen(out) > 300 ? strlen(out) - 300 : 0));
    }

    /* Only warnings: rustc's "warning: 1 warning emitted". */
    f = begin("e0384", DIAG_HUMAN, COLOR_NEVER);
    diag_emit(diag_new(DIAG_WARNING, "unused_variables", sp(f, 2, 9, 1), NULL,
                       "unused variable: `x`"));
    diag_finish();
    expect_str("warnings only", end(),
               "warning: unused variable: `x`\n"
               " --> e0384.rs:2:9\n"
               "  |\n"
               "2 |     let x = 5;\n"
               "  |         ^\n"
               "\n"
               "warning: 1 warning emitted\n"
               "\n");
}

/* A fixed pseudo-random sequence (an LCG), so failures reproduce. */
static uint32_t rnd(uint32_t n) {
    static uint64_t seed = 12345;
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)((seed >> 33) % n);
}

/* Arbitrary spans, labels and suggestions over awkward text (tabs, wide and
 * combining characters, empty lines, a line longer than the terminal, deep
 * indentation, offsets past the end): rendering in every format must finish
 * (the sanitizer build checks memory) and end with a newline. */
static void test_random_stress(void) {
    const char *text =
        "fn main() {\n\tlet s = \"\xE6\x97\xA5\xE6\x9C\xAC\";\n\n"
        "    let e = \"e\xCC\x81\"; // \xF0\x9F\xA6\x80\n"
        "                                    let deep = 1;\n"
        "    let long = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + "
        "17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32;\n"
        "    {\n    }\n    // comment\n}\n";
    SourceFile *f = src_from_string("stress.rs", text, strlen(text));
    /* Valid offsets only (char boundaries), plus a few past the end. */
    uint32_t *bounds = ALLOC_N(uint32_t, f->len + 3);
    uint32_t nb = 0;
    for (uint32_t i = 0; i <= f->len; i++)
        if (i == f->len || ((unsigned char)f->text[i] & 0xC0) != 0x80)
            bounds[nb++] = i;
    bounds[nb++] = f->len + 5;
#define RND(n) rnd(n)
    static const char *labels[] = {NULL, "", "x", "a longer label with `code` in it",
                                   "label\twith tab", "multi\nline label"};
    int bad = 0;
    for (int iter = 0; iter < 3000; iter++) {
        uint32_t a = bounds[RND(nb)], b = bounds[RND(nb)];
        Span prim = span_at(a < b ? a : b, a < b ? b : a);
        Diag *d = diag_new(RND(3) ? DIAG_ERROR : DIAG_WARNING, RND(2) ? "E0308" : NULL, prim,
                           labels[RND(6)], "message %d%s", iter, RND(4) ? "" : "\nsecond line");
        for (uint32_t k = RND(5); k > 0; k--) {
            a = bounds[RND(nb)], b = bounds[RND(nb)];
            const char *l = labels[RND(6)];
            if (RND(3))
                diag_label(d, span_at(a < b ? a : b, a < b ? b : a), l ? "%s" : NULL, l);
            else
                diag_primary_label(d, span_at(a, b), l ? "%s" : NULL, l);
        }
        if (RND(2))
            diag_note(d, "a note");
        if (RND(2)) {
            a = bounds[RND(nb)];
            Diag *c = diag_child(d, DIAG_NOTE, span_at(a, bounds[RND(nb)]), labels[RND(6)], "n");
            diag_label(c, span_at(bounds[RND(nb)], bounds[RND(nb)]), "secondary");
        }
        for (uint32_t k = RND(3); k > 0; k--) {
            static const char *repl[] = {"", "x", " = 42", "mut ", "line\nbreak", "\t", "\xE6\x97\xA5"};
            a = bounds[RND(nb)], b = bounds[RND(nb)];
            Diag *h = RND(2) ? diag_suggest(d, span_at(a < b ? a : b, a < b ? b : a),
                                            repl[RND(7)], "try this")
                             : diag_suggest_inline(d, span_at(a, a), repl[RND(7)], "inline");
            if (RND(2))
                diag_suggest_part(h, span_at(bounds[RND(nb)], bounds[RND(nb)]), repl[RND(7)]);
        }
        const SourceFile *save = f;
        diag_init(save, DIAG_HUMAN, COLOR_NEVER);
        for (int fmt = 0; fmt < 4; fmt++) {
            char *out = diag_render(d, fmt == 3 ? DIAG_HUMAN : (DiagFormat)fmt, fmt == 3);
            size_t n = strlen(out);
            if (n == 0 || out[n - 1] != '\n')
                bad++;
        }
    }
#undef RND
    expect_int("random diagnostics rendered completely", bad, 0);
}

/* ---- source files ------------------------------------------------------------------------------ */

static char tmpdir[64];

#define WRITE_TMP(name, literal) write_tmp(name, literal, sizeof literal - 1)

static const char *write_tmp(const char *name, const char *bytes, size_t len) {
    char *path = arena_printf(compiler_arena, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    fwrite(bytes, 1, len, f);
    fclose(f);
    return path;
}

/* src_load on a file that must be refused: what it prints (rustc's words,
 * checked against rustc 1.95) and whether it calls that an I/O error. */
static void expect_load_error(const char *what, const char *path, bool want_io,
                              const char *want) {
    capture = open_memstream(&captured, &captured_len);
    diag_set_output(capture);
    diag_init(NULL, DIAG_HUMAN, COLOR_NEVER);
    bool io = !want_io;
    SourceFile *f = src_load(path, &io);
    expect_int(arena_printf(compiler_arena, "%s: refused", what), f == NULL, 1);
    expect_int(arena_printf(compiler_arena, "%s: io_error", what), io, want_io);
    diag_finish();
    expect_str(what, end(), want);
}

/* src_loc() counts on from the last position it computed (srcfile.c's
 * LocMemo). Every offset of text, also inside a character, asked forwards,
 * backwards and leaping, must get what a fresh file gives it. */
static void expect_positions_in_any_order(const char *text) {
    uint32_t len = (uint32_t)strlen(text);
    SourceFile *f = src_from_string("memo.rs", text, len);
    for (int order = 0; order < 3; order++) {
        for (uint32_t k = 0; k <= len; k++) {
            uint32_t i = order == 0 ? k : order == 1 ? len - k : (k * 7) % (len + 1);
            SourceFile *fresh = src_from_string("memo.rs", text, len);
            LineCol got = src_linecol(f, i), want = src_linecol(fresh, i);
            const char *what = arena_printf(compiler_arena, "memo order %d offset %u", order, i);
            expect_int(arena_printf(compiler_arena, "%s line", what), got.line, want.line);
            expect_int(arena_printf(compiler_arena, "%s col", what), got.col, want.col);
            fresh = src_from_string("memo.rs", text, len);
            expect_int(arena_printf(compiler_arena, "%s display col", what),
                       src_display_col(f, i), src_display_col(fresh, i));
        }
    }
}

static void test_src_load(void) {
    strcpy(tmpdir, "/tmp/owl_test_diag_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        printf("FAIL mkdtemp: %s\n", strerror(errno));
        failures++;
        return;
    }
    char *cwd = getcwd(NULL, 0);
    if (chdir(tmpdir) != 0)
        return;

    expect_load_error("missing file", "nope.rs", true,
                      "error: couldn't read `nope.rs`: No such file or directory (os error 2)\n"
                      "\n"
                      "error: aborting due to 1 previous error\n"
                      "\n");
    mkdir("d.rs", 0700);
    expect_load_error("directory", "d.rs", true,
                      "error: couldn't read `d.rs`: Is a directory (os error 21)\n"
                      "\n"
                      "error: aborting due to 1 previous error\n"
                      "\n");
    WRITE_TMP("bad.rs", "fn main() {\n    let s = \"a\xff" "b\";\n}\n");
    expect_load_error("invalid byte", "bad.rs", false,
                      "error: couldn't read `bad.rs`: stream did not contain valid UTF-8\n"
                      " --> bad.rs:2:15\n"
                      "  |\n"
                      "2 |     let s = \"a\xEF\xBF\xBD" "b\";\n"
                      "  |               ^ byte `255` is not valid utf-8\n"
                      "\n"
                      "error: aborting due to 1 previous error\n"
                      "\n");
    const char bad5[] = "fn main() { let s = \"\xe6\x97\xa5\xe6\x97\"; }\n";
    write_tmp("bad5.rs", bad5, sizeof bad5 - 1);
    expect_load_error("truncated sequence", "bad5.rs", false,
                      "error: couldn't read `bad5.rs`: stream did not contain valid UTF-8\n"
                      " --> bad5.rs:1:23\n"
                      "  |\n"
                      "1 | fn main() { let s = \"\xe6\x97\xa5\xEF\xBF\xBD\"; }\n"
                      "  |                        ^ bytes `[230, 151]` are not valid utf-8\n"
                      "\n"
                      "error: aborting due to 1 previous error\n"
                      "\n");
    WRITE_TMP("bad4.rs", "\xff");
    expect_load_error("invalid first byte", "bad4.rs", false,
                      "error: couldn't read `bad4.rs`: stream did not contain valid UTF-8\n"
                      "  |\n"
                      "  = note: invalid utf-8 at byte `0`\n"
                      "\n"
                      "error: aborting due to 1 previous error\n"
                      "\n");
    WRITE_TMP("nul.rs", "fn main() {\n  \0 let x = 1;\n}\n");
    expect_load_error("NUL byte", "nul.rs", false,
                      "error: unknown start of token: \\u{0}\n"
                      " --> nul.rs:2:3\n"
                      "  |\n"
                      "2 |   \xE2\x90\x80 let x = 1;\n"
                      "  |   ^\n"
                      "  |\n"
                      "  = help: source files must contain UTF-8 encoded text, unexpected null "
                      "bytes might occur when a different encoding is used\n"
                      "\n"
                      "error: aborting due to 1 previous error\n"
                      "\n");
    /* Too big: a sparse file, so nothing is written. */
    int fd = open("big.rs", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        if (ftruncate(fd, (off_t)65 << 20) != 0)
            printf("note: ftruncate failed\n");
        close(fd);
        expect_load_error("too big", "big.rs", false,
                          "error: couldn't read `big.rs`: the file is larger than owl's limit "
                          "of 64 MiB\n"
                          "\n"
                          "error: aborting due to 1 previous error\n"
                          "\n");
    }

    /* BOM and CRLF: stripped; lines, columns and the lexer's text as rustc
     * sees them; JSON offsets back in the file's own bytes. */
    WRITE_TMP("crlf.rs", "\xEF\xBB\xBF" "fn main() {\r\n    let x = 5;\r\n}\r\n");
    diag_init(NULL, DIAG_HUMAN, COLOR_NEVER);
    bool io;
    SourceFile *f = src_load("crlf.rs", &io);
    checks++;
    if (!f) {
        failures++;
        printf("FAIL crlf.rs refused\n");
    } else {
        expect_str("crlf text", f->text, "fn main() {\n    let x = 5;\n}\n");
        expect_int("crlf lines", f->nlines, 3);
        uint32_t len;
        const char *l2 = src_line_text(f, 2, &len);
        expect_str("crlf line 2", arena_strndup(compiler_arena, l2, len), "    let x = 5;");
        uint32_t x = (uint32_t)(strchr(f->text, 'x') - f->text);
        expect_int("crlf x line", src_linecol(f, x).line, 2);
        expect_int("crlf x col", src_linecol(f, x).col, 9);
        expect_int("crlf x original offset", src_original_offset(f, x), x + 3 + 1);
        expect_int("crlf end original offset", src_original_offset(f, f->len), 35);
    }

    /* Columns: chars for diagnostics, display width for panics. */
    const char *text = "\tprintln!(\"{}\", a[i]);\n    f(\"\xE6\x97\xA5\xE6\x9C\xAC\", a[i]);\n"
                       "    e\xCC\x81 + \xF0\x9F\xA6\x80 + x\n";
    f = src_from_string("cols.rs", text, strlen(text));
    uint32_t a1 = (uint32_t)(strstr(text, "a[i]") - text);
    expect_int("tab: char column", src_linecol(f, a1).col, 17);
    expect_int("tab: display column (rust-facts 4.1)", src_display_col(f, a1), 20);
    uint32_t a2 = (uint32_t)(strstr(strchr(text, '\n'), "a[i]") - text);
    expect_int("wide: char column", src_linecol(f, a2).col, 13);
    expect_int("wide: display column", src_display_col(f, a2), 15);
    uint32_t crab = (uint32_t)(strstr(text, "\xF0\x9F\xA6\x80") - text);
    expect_int("combining mark: char column", src_linecol(f, crab).col, 10);
    expect_int("combining mark: display column", src_display_col(f, crab), 9);
    uint32_t x = (uint32_t)(strrchr(text, 'x') - text);
    expect_int("emoji: char column", src_linecol(f, x).col, 14);
    expect_int("emoji: display column", src_display_col(f, x), 14);
    expect_int("end of file line", src_linecol(f, f->len).line, 3);
    expect_positions_in_any_order(text);

    if (chdir(cwd) != 0)
        printf("note: cannot return to %s\n", cwd);
    free(cwd);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0)
        printf("note: could not remove %s\n", tmpdir);
}

int main(int argc, char **argv) {
    if (argc != 2 || chdir(argv[1]) != 0) {
        fprintf(stderr, "usage: test_diag DIR (tests/unit/diag)\n");
        return 2;
    }
    compiler_arena = arena_new();
    test_e0382_straight();
    test_e0382_loop();
    test_e0382_cond();
    test_e0382_call();
    test_e0382_struct();
    test_e0382_partial();
    test_e0384();
    test_e0384_arg();
    test_tabs();
    test_e0381();
    test_borrows();
    test_e0507();
    test_e0596();
    test_types();
    test_several_codes();
    test_unsupported_and_limit();
    test_random_stress();
    test_src_load();
    printf("test_diag: %d checks, %d failed\n", checks, failures);
    arena_free(compiler_arena);
    return failures ? 1 : 0;
}
