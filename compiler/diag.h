/* diag.h: source files, spans and diagnostics.
 *
 * A Span is a pair of byte offsets into the one source file of a compilation;
 * line and column are computed on demand from the file's line table. Columns
 * in diagnostics count Unicode scalar values (as rustc's do); the display
 * width used by runtime panic locations is computed by src_display_col().
 *
 * A diagnostic is data: level, code, message, labelled spans, and child notes
 * and helps (which may carry their own spans and a suggested replacement).
 * Phases build diagnostics and hand them to diag_emit(); only the renderer
 * prints, in rustc's human format or its JSON format.
 */
#ifndef OWL_DIAG_H
#define OWL_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"

typedef struct Span {
    uint32_t lo; /* first byte */
    uint32_t hi; /* one past the last byte */
} Span;

static inline Span span_join(Span a, Span b) {
    Span s = {a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi};
    return s;
}
static inline Span span_at(uint32_t lo, uint32_t hi) {
    Span s = {lo, hi};
    return s;
}

typedef struct SourceFile {
    const char *path;   /* as given on the command line */
    const char *text;   /* the bytes, NUL-terminated (validated UTF-8, no NULs) */
    uint32_t len;
    uint32_t *line_starts; /* byte offset of each line's first byte */
    uint32_t nlines;
    /* Loading strips a UTF-8 BOM and the CR of every CRLF, as rustc does, so
     * spans index the normalised text; these map back to the file's own
     * offsets (rustc's JSON reports those). See src_original_offset(). */
    uint32_t bom_len;      /* 3 if a BOM was stripped, else 0 */
    uint32_t *crlf_lfs;    /* normalised offsets of LFs that lost their CR */
    uint32_t ncrlf;
    struct LocMemo *memo;  /* srcfile.c's last computed position */
} SourceFile;

/* Reads and validates a file (UTF-8, no NUL bytes, size limit). On failure
 * reports an error (no location for I/O errors; the offending byte for bad
 * encoding) and returns NULL. *io_error says whether the failure was I/O
 * (exit 2) rather than bad content (exit 1). */
SourceFile *src_load(const char *path, bool *io_error);
SourceFile *src_from_string(const char *path, const char *text, size_t len);

typedef struct LineCol {
    uint32_t line; /* 1-based */
    uint32_t col;  /* 1-based, counted in Unicode scalar values */
} LineCol;

LineCol src_linecol(const SourceFile *f, uint32_t offset);
/* The byte offset in the file as read of a normalised offset. */
uint32_t src_original_offset(const SourceFile *f, uint32_t offset);
/* 1-based column as rustc's panic messages count it: display width of the
 * text before offset on its line (tab 4, wide 2, combining marks 0). */
uint32_t src_display_col(const SourceFile *f, uint32_t offset);
/* The text of line `line` (1-based) without its newline. */
const char *src_line_text(const SourceFile *f, uint32_t line, uint32_t *len);

/* ---- diagnostics ------------------------------------------------------- */

typedef enum DiagLevel {
    DIAG_ERROR,
    DIAG_WARNING,
    DIAG_NOTE,
    DIAG_HELP,
} DiagLevel;

typedef struct DiagLabel {
    Span span;
    bool primary;      /* ^^^ (primary) or --- (secondary) */
    const char *text;  /* may be NULL: underline without a message */
} DiagLabel;

/* How sure a suggestion is (rustc's Applicability; shown only in JSON). */
typedef enum DiagApplicability {
    APPLY_MACHINE,      /* "MachineApplicable": the default */
    APPLY_MAYBE,        /* "MaybeIncorrect" */
    APPLY_PLACEHOLDERS, /* "HasPlaceholders" */
    APPLY_UNSPECIFIED,  /* "Unspecified" */
} DiagApplicability;

/* How a suggestion is shown (rustc's SuggestionStyle). */
typedef enum DiagSuggestionStyle {
    SUGG_VERBOSE,     /* a help block showing the patched line (span_suggestion_verbose) */
    SUGG_INLINE,      /* "help: msg: `code`" as a label when it is the only suggestion */
    SUGG_INLINE_MSG,  /* "help: msg" as a label, code not shown ("help: add `;` here") */
} DiagSuggestionStyle;

typedef struct DiagSuggestion {
    Span span;               /* the text to replace (empty span: insert) */
    const char *replacement;
    /* Set on the first part of a help child; the same for all its parts. */
    DiagApplicability applicability;
    DiagSuggestionStyle style;
} DiagSuggestion;

typedef struct Diag Diag;
struct Diag {
    DiagLevel level;
    const char *code;      /* "E0382", a lint name (shown only in JSON), or NULL */
    const char *message;
    bool has_span;         /* children without spans render as "= note: ..." */
    VEC(DiagLabel) labels;
    VEC(DiagSuggestion) suggestions;
    VEC(Diag *) children;  /* notes and helps, in order */
};

/* Build a diagnostic. The primary span gets a primary label with `label`
 * (NULL for none). Message formats are printf-style.
 *
 * Label order is rustc's: labels render (and appear in JSON) in the order
 * they were added, and a primary span whose label is NULL comes last. To
 * reproduce rustc's JSON for a diagnostic whose secondary label rustc adds
 * first (E0384), pass label NULL here, add the secondary labels, then
 * diag_primary_label() on the same span. diag_label() and
 * diag_primary_label() accept fmt NULL for an unlabelled underline. */
Diag *diag_new(DiagLevel level, const char *code, Span primary,
               const char *label, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* A diagnostic that has no location (usage and I/O errors). */
Diag *diag_new_nospan(DiagLevel level, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_label(Diag *d, Span span, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));          /* secondary label */
void diag_primary_label(Diag *d, Span span, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* "= note: ..." / "= help: ..." with no span of its own. */
Diag *diag_note(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Diag *diag_help(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A child with its own snippet: "note: msg\n --> file:l:c" etc. */
Diag *diag_child(Diag *d, DiagLevel level, Span span, const char *label,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* A help child that shows the source with `replacement` in place of span. */
Diag *diag_suggest(Diag *d, Span span, const char *replacement, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* More parts of the same suggestion (rustc's multipart suggestions, e.g.
 * removing `*` and appending `.clone()`); `help` is what diag_suggest returned. */
void diag_suggest_part(Diag *help, Span span, const char *replacement);
/* A suggestion that rustc shows inline as a label when it is the only one
 * of its diagnostic and its message is short ("help: if this is
 * intentional, prefix it with an underscore: `_x`"), and as a help block
 * otherwise (SUGG_INLINE). */
Diag *diag_suggest_inline(Diag *d, Span span, const char *replacement, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_set_applicability(Diag *help, DiagApplicability a);
void diag_set_suggestion_style(Diag *help, DiagSuggestionStyle style);

/* Render now (human or JSON per diag_options) and count it. */
void diag_emit(Diag *d);

/* Shorthand for the common case: an error with a primary label. */
void error_at(Span span, const char *code, const char *label, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* "error: <what> is not supported by owl" with a label saying what to do. */
void error_unsupported(Span span, const char *what);

typedef enum DiagFormat { DIAG_HUMAN, DIAG_JSON, DIAG_SHORT } DiagFormat;
typedef enum DiagColor { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER } DiagColor;

/* Start a compilation's diagnostics for file f (may be NULL before a file is
 * loaded). Resets the counts. */
void diag_init(const SourceFile *f, DiagFormat format, DiagColor color);
int diag_error_count(void);
int diag_warning_count(void);
/* Print rustc's closing lines ("error: aborting due to N previous errors",
 * the explain footer) if any errors were reported; with warnings only,
 * rustc's "warning: N warnings emitted". Prints once per diag_init(). */
void diag_finish(void);
/* Error limit guard so that 5,000 errors in a file stay readable: after
 * 1000 errors diag_emit() still counts but no longer prints, and
 * diag_finish() says how many were not shown. True once the limit is hit. */
bool diag_too_many(void);

/* Where rendered diagnostics go (stderr by default; tests use a memstream). */
void diag_set_output(FILE *out);
/* Render at most n diagnostics per diag_init() (n < 0: no limit); the rest
 * are still counted. For the fuzz targets, where rendering every one of an
 * input's thousand lexer errors would take most of the time and only repeat
 * the same rendering paths. */
void diag_set_render_limit(int n);
/* For "did you mean" suggestions: rustc's edit distance between two names
 * (Levenshtein with adjacent transpositions, over bytes), or -1 if it is
 * greater than limit. */
int diag_edit_distance(const char *a, const char *b, int limit);
/* d rendered in the given format into an arena string, without printing or
 * counting it (tests and tools). */
char *diag_render(const Diag *d, DiagFormat format, bool color);

#endif
