/* diag.c: building, counting and emitting diagnostics.
 *
 * Phases build a Diag (level, code, message, labelled spans, children) with
 * the functions below and hand it to diag_emit(), which counts it, renders
 * it in the format chosen by diag_init() (diag_human.c, diag_json.c) and
 * writes it out at once, so diagnostics interleave correctly with anything
 * else on stderr. diag_finish() prints rustc's closing lines.
 *
 * Owl is not rustc, so the explain footer says `owl explain EXXXX` where
 * rustc says `rustc --explain EXXXX`; everything else matches rustc 1.95
 * character for character.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag_impl.h"

/* After this many errors, stop printing (but keep counting). */
enum { MAX_PRINTED_ERRORS = 1000 };

static const SourceFile *cur_file;
static DiagFormat cur_format;
static bool cur_color;
static FILE *out_file;               /* NULL: stderr */
static int n_errors, n_warnings;
static int hidden_errors, hidden_warnings; /* counted but not printed */
static bool finished;
static int render_limit = -1;        /* < 0: render every printed diagnostic */
static int rendered;
static VEC(const char *) codes;      /* distinct error codes emitted */

/* ---- state ---------------------------------------------------------------- */

static FILE *out(void) { return out_file ? out_file : stderr; }

/* COLOR_AUTO colours a terminal, as rustc does, unless NO_COLOR is set or
 * the terminal is dumb. */
static bool want_color(DiagColor c) {
    if (c == COLOR_ALWAYS)
        return true;
    if (c == COLOR_NEVER)
        return false;
    const char *term = getenv("TERM");
    if (getenv("NO_COLOR") || (term && strcmp(term, "dumb") == 0))
        return false;
    return isatty(fileno(out()));
}

void diag_init(const SourceFile *f, DiagFormat format, DiagColor color) {
    cur_file = f;
    cur_format = format;
    cur_color = format == DIAG_JSON ? false : want_color(color);
    n_errors = n_warnings = hidden_errors = hidden_warnings = 0;
    finished = false;
    rendered = 0;
    codes.data = NULL;
    codes.len = codes.cap = 0;
}

void diag_set_file(const SourceFile *f) { cur_file = f; }
const SourceFile *diag_current_file(void) { return cur_file; }
void diag_set_output(FILE *f) { out_file = f; }
void diag_set_render_limit(int n) { render_limit = n; }
int diag_error_count(void) { return n_errors; }
int diag_warning_count(void) { return n_warnings; }
bool diag_too_many(void) { return n_errors >= MAX_PRINTED_ERRORS; }

const char *diag_level_name(DiagLevel level) {
    switch (level) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    case DIAG_NOTE: return "note";
    case DIAG_HELP: return "help";
    default: return "failure-note";
    }
}

bool diag_is_error_code(const char *code) {
    if (!code || code[0] != 'E' || !code[1])
        return false;
    for (const char *p = code + 1; *p; p++)
        if (*p < '0' || *p > '9')
            return false;
    return true;
}

/* ---- builders ------------------------------------------------------------------ */

static Diag *new_diag(DiagLevel level, const char *code, const char *fmt, va_list ap) {
    Diag *d = ALLOC(Diag);
    d->level = level;
    d->code = code ? arena_strdup(compiler_arena, code) : NULL;
    d->message = arena_vprintf(compiler_arena, fmt, ap);
    return d;
}

/* A span from a buggy caller (hi before lo) is shown as empty rather than
 * crashing the renderer; offsets past the end are clamped when rendering. */
static Span sane(Span s) {
    if (s.hi < s.lo)
        s.hi = s.lo;
    return s;
}

static void add_label(Diag *d, Span span, bool primary, const char *text) {
    DiagLabel l = {sane(span), primary, text};
    vec_push(d->labels, l);
    if (primary)
        d->has_span = true;
}

Diag *diag_new(DiagLevel level, const char *code, Span primary, const char *label,
               const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *d = new_diag(level, code, fmt, ap);
    va_end(ap);
    add_label(d, primary, true, label ? arena_strdup(compiler_arena, label) : NULL);
    return d;
}

Diag *diag_new_nospan(DiagLevel level, const char *code, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *d = new_diag(level, code, fmt, ap);
    va_end(ap);
    return d;
}

void diag_label(Diag *d, Span span, const char *fmt, ...) {
    /* rustc has no unlabelled secondary spans, only empty labels. */
    const char *text = "";
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        text = arena_vprintf(compiler_arena, fmt, ap);
        va_end(ap);
    }
    add_label(d, span, false, text);
}

void diag_primary_label(Diag *d, Span span, const char *fmt, ...) {
    const char *text = NULL;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        text = arena_vprintf(compiler_arena, fmt, ap);
        va_end(ap);
    }
    add_label(d, span, true, text);
}

static Diag *add_child(Diag *d, DiagLevel level, const char *fmt, va_list ap) {
    Diag *c = new_diag(level, NULL, fmt, ap);
    vec_push(d->children, c);
    return c;
}

Diag *diag_note(Diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *c = add_child(d, DIAG_NOTE, fmt, ap);
    va_end(ap);
    return c;
}

Diag *diag_help(Diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *c = add_child(d, DIAG_HELP, fmt, ap);
    va_end(ap);
    return c;
}

Diag *diag_child(Diag *d, DiagLevel level, Span span, const char *label, const char *fmt,
                 ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *c = add_child(d, level, fmt, ap);
    va_end(ap);
    add_label(c, span, true, label ? arena_strdup(compiler_arena, label) : NULL);
    return c;
}

void diag_suggest_part(Diag *help, Span span, const char *replacement) {
    DiagSuggestion s = {sane(span), arena_strdup(compiler_arena, replacement ? replacement : ""),
                        APPLY_MACHINE, SUGG_VERBOSE};
    if (help->suggestions.len) {
        s.applicability = help->suggestions.data[0].applicability;
        s.style = help->suggestions.data[0].style;
    }
    vec_push(help->suggestions, s);
}

Diag *diag_suggest(Diag *d, Span span, const char *replacement, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *c = add_child(d, DIAG_HELP, fmt, ap);
    va_end(ap);
    diag_suggest_part(c, span, replacement);
    return c;
}

Diag *diag_suggest_inline(Diag *d, Span span, const char *replacement, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *c = add_child(d, DIAG_HELP, fmt, ap);
    va_end(ap);
    diag_suggest_part(c, span, replacement);
    c->suggestions.data[0].style = SUGG_INLINE;
    return c;
}

void diag_set_applicability(Diag *help, DiagApplicability a) {
    for (int i = 0; i < help->suggestions.len; i++)
        help->suggestions.data[i].applicability = a;
}

void diag_set_suggestion_style(Diag *help, DiagSuggestionStyle style) {
    for (int i = 0; i < help->suggestions.len; i++)
        help->suggestions.data[i].style = style;
}

/* ---- what the renderers need ----------------------------------------------------- */

static bool span_eq(Span a, Span b) { return a.lo == b.lo && a.hi == b.hi; }

SpanLabelVec diag_span_labels(const Diag *d) {
    SpanLabelVec v = {0};
    for (int i = 0; i < d->labels.len; i++) {
        const DiagLabel *l = &d->labels.data[i];
        if (!l->text)
            continue;
        bool primary = l->primary;
        for (int j = 0; j < d->labels.len && !primary; j++)
            primary = d->labels.data[j].primary && span_eq(d->labels.data[j].span, l->span);
        SpanLabel s = {l->span, primary, l->text};
        vec_push(v, s);
    }
    /* Primary spans with no label of their own, once each. */
    for (int i = 0; i < d->labels.len; i++) {
        const DiagLabel *l = &d->labels.data[i];
        if (!l->primary || l->text)
            continue;
        bool seen = false;
        for (int j = 0; j < d->labels.len && !seen; j++)
            seen = (d->labels.data[j].text || (d->labels.data[j].primary && j < i)) &&
                   span_eq(d->labels.data[j].span, l->span);
        if (!seen) {
            SpanLabel s = {l->span, true, NULL};
            vec_push(v, s);
        }
    }
    return v;
}

bool diag_primary_span(const Diag *d, Span *out_span) {
    for (int i = 0; i < d->labels.len; i++)
        if (d->labels.data[i].primary) {
            *out_span = d->labels.data[i].span;
            return true;
        }
    return false;
}

bool diag_is_suggestion(const Diag *child) { return child->suggestions.len > 0; }

const char *diag_explanation(const char *code) {
#ifdef OWL_SOURCE_DIR
    if (!diag_is_error_code(code) || strlen(code) != 5)
        return NULL;
    char path[sizeof OWL_SOURCE_DIR + 32];
    snprintf(path, sizeof path, "%s/docs/errors/%s.md", OWL_SOURCE_DIR, code);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    CharVec text = {0};
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        str_append(&text, buf, n);
    fclose(f);
    return text.data ? text.data : "";
#else
    (void)code;
    return NULL;
#endif
}

/* ---- emitting ------------------------------------------------------------------------ */

char *diag_render(const Diag *d, DiagFormat format, bool color) {
    CharVec s = {0};
    if (format == DIAG_JSON)
        diag_render_json(d, &s);
    else
        diag_render_human(d, format == DIAG_SHORT, color, &s);
    return s.data ? s.data : arena_strdup(compiler_arena, "");
}

static void write_diag(const Diag *d) {
    char *text = diag_render(d, cur_format, cur_color);
    fputs(text, out());
    fflush(out());
}

static void remember_code(const char *code) {
    for (int i = 0; i < codes.len; i++)
        if (strcmp(codes.data[i], code) == 0)
            return;
    vec_push(codes, code);
}

void diag_emit(Diag *d) {
    if (diag_is_error_code(d->code))
        remember_code(d->code);
    if (d->level == DIAG_ERROR) {
        n_errors++;
        if (n_errors > MAX_PRINTED_ERRORS) {
            hidden_errors++;
            return;
        }
    } else if (d->level == DIAG_WARNING) {
        n_warnings++;
        if (n_errors >= MAX_PRINTED_ERRORS) {
            hidden_warnings++;
            return;
        }
    }
    if (render_limit >= 0 && rendered++ >= render_limit)
        return;
    write_diag(d);
}

void error_at(Span span, const char *code, const char *label, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Diag *d = new_diag(DIAG_ERROR, code, fmt, ap);
    va_end(ap);
    add_label(d, span, true, label ? arena_strdup(compiler_arena, label) : NULL);
    diag_emit(d);
}

void error_unsupported(Span span, const char *what) {
    Diag *d = diag_new(DIAG_ERROR, NULL, span, "not supported", "%s is not supported by owl",
                       what);
    diag_note(d, "owl compiles a subset of Rust; see docs/language.md");
    diag_emit(d);
}

static int cmp_code(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* rustc's DiagCtxtInner::print_error_count. */
void diag_finish(void) {
    if (finished)
        return;
    finished = true;
    if (hidden_errors || hidden_warnings) {
        Diag *d;
        if (hidden_warnings)
            d = diag_new_nospan(DIAG_NOTE, NULL,
                                "%d more error%s and %d warning%s not shown: owl prints "
                                "the first %d errors",
                                hidden_errors, hidden_errors == 1 ? "" : "s", hidden_warnings,
                                hidden_warnings == 1 ? "" : "s", MAX_PRINTED_ERRORS);
        else
            d = diag_new_nospan(DIAG_NOTE, NULL,
                                "%d more error%s not shown: owl prints the first %d errors",
                                hidden_errors, hidden_errors == 1 ? "" : "s",
                                MAX_PRINTED_ERRORS);
        write_diag(d);
    }
    if (n_errors == 0 && n_warnings == 0)
        return;
    char errs[64], warns[64];
    snprintf(errs, sizeof errs, n_errors == 1 ? "aborting due to 1 previous error"
                                              : "aborting due to %d previous errors",
             n_errors);
    snprintf(warns, sizeof warns, n_warnings == 1 ? "1 warning emitted" : "%d warnings emitted",
             n_warnings);
    if (n_errors == 0)
        write_diag(diag_new_nospan(DIAG_WARNING, NULL, "%s", warns));
    else if (n_warnings == 0)
        write_diag(diag_new_nospan(DIAG_ERROR, NULL, "%s", errs));
    else
        write_diag(diag_new_nospan(DIAG_ERROR, NULL, "%s; %s", errs, warns));

    /* rustc leaves the explain footer out of the short format. */
    if (cur_format == DIAG_SHORT || codes.len == 0)
        return;
    qsort(codes.data, (size_t)codes.len, sizeof codes.data[0], cmp_code);
    if (codes.len == 1) {
        write_diag(diag_new_nospan(DIAG_FAILURE_NOTE, NULL,
                                   "For more information about this error, try `owl explain "
                                   "%s`.",
                                   codes.data[0]));
        return;
    }
    CharVec list = {0};
    int shown = codes.len > 9 ? 9 : codes.len;
    for (int i = 0; i < shown; i++)
        str_appendf(&list, "%s%s", i ? ", " : "", codes.data[i]);
    write_diag(diag_new_nospan(DIAG_FAILURE_NOTE, NULL,
                               "Some errors have detailed explanations: %s%s", list.data,
                               codes.len > 9 ? "..." : "."));
    write_diag(diag_new_nospan(DIAG_FAILURE_NOTE, NULL,
                               "For more information about an error, try `owl explain %s`.",
                               codes.data[0]));
}

/* ---- "did you mean" ------------------------------------------------------- */

int diag_edit_distance(const char *a, const char *b, int limit) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int diff = n > m ? n - m : m - n;
    if (diff > limit)
        return -1;
    if (n > 64 || m > 64)
        return -1;
    /* Optimal string alignment distance over bytes (names are ASCII in
     * practice; a multi-byte char only costs more, never less). */
    int d[65][65];
    for (int i = 0; i <= n; i++)
        d[i][0] = i;
    for (int j = 0; j <= m; j++)
        d[0][j] = j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v)
                v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[n][m] <= limit ? d[n][m] : -1;
}
