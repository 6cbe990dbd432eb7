/* diag_impl.h: what srcfile.c, diag.c, diag_human.c and diag_json.c share.
 * Not an interface for other phases: they use diag.h.
 *
 * The diagnostic module is split by job: srcfile.c owns source text (loading,
 * the line table, character widths); diag.c owns the builders, counting and
 * the closing lines; diag_human.c renders rustc's human layout; diag_json.c
 * renders rustc's JSON objects (whose "rendered" field is the human text).
 */
#ifndef OWL_DIAG_IMPL_H
#define OWL_DIAG_IMPL_H

#include "diag.h"

/* ---- text ------------------------------------------------------------- */

/* Decodes the UTF-8 scalar at s (s < end); *len gets its byte length. The
 * text of a SourceFile is validated, so this never sees bad input there;
 * elsewhere a bad byte decodes as U+FFFD of length 1. */
uint32_t utf8_decode(const char *s, const char *end, int *len);
/* Appends the UTF-8 encoding of c. */
void utf8_append(CharVec *out, uint32_t c);
/* Display width of one scalar as rustc_span::char_width counts it: tab 4,
 * control characters 1 (they are shown as U+2400 pictures), wide 2,
 * combining and zero-width 0, else 1. */
int src_char_width(uint32_t c);
/* Sum of src_char_width over a UTF-8 string. */
int str_display_width(const char *s, size_t len);

/* A position as rustc's SourceMap::lookup_char_pos gives it. */
typedef struct Loc {
    uint32_t line;    /* 1-based */
    uint32_t col;     /* 0-based, in chars */
    uint32_t col_disp; /* 0-based, in display width */
} Loc;
Loc src_loc(const SourceFile *f, uint32_t offset);

/* ---- the diagnostic data as the renderers see it ------------------------- */

/* One entry of rustc's MultiSpan::span_labels(): every labelled span in the
 * order it was added, then the primary spans that carry no label. A span is
 * primary when it equals one of the primary spans. */
typedef struct SpanLabel {
    Span span;
    bool primary;
    const char *label;   /* NULL: no label */
} SpanLabel;
typedef VEC(SpanLabel) SpanLabelVec;

SpanLabelVec diag_span_labels(const Diag *d);
/* The first primary span, if there is one. */
bool diag_primary_span(const Diag *d, Span *out);
/* Children that carry a code suggestion (rendered after all other children,
 * as rustc renders Diag::suggestions after Diag::children). */
bool diag_is_suggestion(const Diag *child);

const SourceFile *diag_current_file(void);
/* Points diagnostics at another file without resetting the counts (src_load
 * uses it to show a file it is about to refuse). */
void diag_set_file(const SourceFile *f);
/* The explanation text for a code (docs/errors/EXXXX.md), or NULL. */
const char *diag_explanation(const char *code);

const char *diag_level_name(DiagLevel level);
/* "E0382" is an error code; anything else in Diag.code names a lint, which
 * rustc shows only in JSON ({"code": "unused_mut", "explanation": null}). */
bool diag_is_error_code(const char *code);

/* rustc's "failure-note" level: the explain footer lines. Rendered without a
 * level prefix and without the blank line that ends other diagnostics. */
#define DIAG_FAILURE_NOTE ((DiagLevel)100)

/* Appends d rendered in the human format (the whole diagnostic, ending with
 * its blank line), or in the short one-line format. */
void diag_render_human(const Diag *d, bool short_format, bool color, CharVec *out);
/* Appends d as one line of rustc's JSON. */
void diag_render_json(const Diag *d, CharVec *out);

#endif
