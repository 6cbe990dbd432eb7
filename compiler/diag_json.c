/* diag_json.c: rustc's `--error-format=json` objects, one per line.
 *
 * The field names, their order and the compact spacing are serde_json's
 * rendering of rustc_errors/src/json.rs: a diagnostic has $message_type,
 * message, code {code, explanation}, level, spans, children and rendered (the
 * human text, without colour); children have the same fields minus
 * $message_type and with rendered null. Spans carry 0-based byte offsets and
 * 1-based line and char columns with exclusive ends, and the text of every
 * line they touch. Suggestions become help children whose spans carry the
 * replacement. Macro expansions are not modelled: "expansion" is null.
 */
#include <string.h>

#include "diag_impl.h"

/* serde_json's string escaping: quote, backslash and control characters;
 * everything else (all of UTF-8 included) as is. */
static void json_str(CharVec *out, const char *s) {
    if (!s) {
        str_append(out, "null", 4);
        return;
    }
    str_append(out, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '"': str_append(out, "\\\"", 2); break;
        case '\\': str_append(out, "\\\\", 2); break;
        case '\n': str_append(out, "\\n", 2); break;
        case '\r': str_append(out, "\\r", 2); break;
        case '\t': str_append(out, "\\t", 2); break;
        case '\b': str_append(out, "\\b", 2); break;
        case '\f': str_append(out, "\\f", 2); break;
        default:
            if (c < 0x20)
                str_appendf(out, "\\u%04x", c);
            else
                str_append(out, (const char *)&c, 1);
        }
    }
    str_append(out, "\"", 1);
}

static const char *applicability_name(DiagApplicability a) {
    switch (a) {
    case APPLY_MAYBE: return "MaybeIncorrect";
    case APPLY_PLACEHOLDERS: return "HasPlaceholders";
    case APPLY_UNSPECIFIED: return "Unspecified";
    default: return "MachineApplicable";
    }
}

static void json_span(CharVec *out, const SourceFile *f, Span span, bool primary,
                      const char *label, const DiagSuggestion *sugg) {
    if (span.hi > f->len)
        span.hi = f->len;
    if (span.lo > span.hi)
        span.lo = span.hi;
    Loc lo = src_loc(f, span.lo), hi = src_loc(f, span.hi);
    str_append(out, "{\"file_name\":", 13);
    json_str(out, f->path);
    str_appendf(out,
                ",\"byte_start\":%u,\"byte_end\":%u,\"line_start\":%u,\"line_end\":%u,"
                "\"column_start\":%u,\"column_end\":%u,\"is_primary\":%s,\"text\":[",
                src_original_offset(f, span.lo), src_original_offset(f, span.hi), lo.line, hi.line, lo.col + 1, hi.col + 1,
                primary ? "true" : "false");
    /* rustc cannot show the text of the dummy span 0..0. */
    bool dummy = span.lo == 0 && span.hi == 0;
    for (uint32_t l = lo.line; l <= hi.line && !dummy; l++) {
        uint32_t len;
        const char *text = src_line_text(f, l, &len);
        char *line = arena_strndup(compiler_arena, text ? text : "", text ? len : 0);
        uint32_t chars = 0;
        for (const char *p = line, *end = line + strlen(line); p < end; chars++) {
            int n;
            utf8_decode(p, end, &n);
            p += n;
        }
        uint32_t hs = l == lo.line ? lo.col + 1 : 1;
        uint32_t he = l == hi.line ? hi.col + 1 : chars + 1;
        if (l != lo.line)
            str_append(out, ",", 1);
        str_append(out, "{\"text\":", 8);
        json_str(out, line);
        str_appendf(out, ",\"highlight_start\":%u,\"highlight_end\":%u}", hs, he);
    }
    str_append(out, "],\"label\":", 10);
    json_str(out, label);
    str_append(out, ",\"suggested_replacement\":", 25);
    json_str(out, sugg ? sugg->replacement : NULL);
    str_append(out, ",\"suggestion_applicability\":", 28);
    json_str(out, sugg ? applicability_name(sugg->applicability) : NULL);
    str_append(out, ",\"expansion\":null}", 18);
}

static void json_spans(CharVec *out, const Diag *d) {
    const SourceFile *f = diag_current_file();
    str_append(out, "[", 1);
    if (f) {
        int n = 0;
        if (diag_is_suggestion(d)) {
            for (int i = 0; i < d->suggestions.len; i++) {
                if (n++)
                    str_append(out, ",", 1);
                json_span(out, f, d->suggestions.data[i].span, true, NULL,
                          &d->suggestions.data[i]);
            }
        } else {
            SpanLabelVec labels = diag_span_labels(d);
            for (int i = 0; i < labels.len; i++) {
                if (n++)
                    str_append(out, ",", 1);
                json_span(out, f, labels.data[i].span, labels.data[i].primary,
                          labels.data[i].label, NULL);
            }
        }
    }
    str_append(out, "]", 1);
}

static void json_diag(CharVec *out, const Diag *d, bool top) {
    if (top)
        str_append(out, "{\"$message_type\":\"diagnostic\",\"message\":", 40);
    else
        str_append(out, "{\"message\":", 11);
    json_str(out, d->message);
    str_append(out, ",\"code\":", 8);
    if (d->code) {
        str_append(out, "{\"code\":", 8);
        json_str(out, d->code);
        str_append(out, ",\"explanation\":", 15);
        json_str(out, diag_explanation(d->code));
        str_append(out, "}", 1);
    } else
        str_append(out, "null", 4);
    str_append(out, ",\"level\":", 9);
    json_str(out, diag_level_name(d->level));
    str_append(out, ",\"spans\":", 9);
    json_spans(out, d);
    str_append(out, ",\"children\":[", 13);
    /* rustc lists the notes and helps, then the suggestions. */
    int n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < d->children.len; i++) {
            const Diag *c = d->children.data[i];
            if (diag_is_suggestion(c) != (pass == 1))
                continue;
            if (n++)
                str_append(out, ",", 1);
            json_diag(out, c, false);
        }
    str_append(out, "],\"rendered\":", 13);
    if (top) {
        CharVec human = {0};
        diag_render_human(d, false, false, &human);
        json_str(out, human.data ? human.data : "");
    } else
        str_append(out, "null", 4);
    str_append(out, "}", 1);
}

void diag_render_json(const Diag *d, CharVec *out) {
    json_diag(out, d, true);
    str_append(out, "\n", 1);
}
