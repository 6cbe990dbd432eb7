/* fmtstr.c: the syntax of format strings, as rustc_parse_format reads it.
 *
 * Takes the string literal of a format macro and gives the list of literal
 * runs and `{...}` placeholders with their specs (fill, alignment, sign, `#`,
 * `0`, width, precision, trait) and their argument references still
 * unresolved (next / index / name); typeck_macro.c maps references to
 * arguments. Errors are rustc's "invalid format string: ..." with spans
 * inside the literal, so the literal is re-read from the source: each byte
 * of the unescaped string remembers the source bytes it came from, which
 * keeps spans exact across escapes such as `\n` and `\u{e9}`. Only the first
 * error is reported, as rustc does.
 */
#include "typeck_int.h"

#include <string.h>

#include "owl_rt.h"

typedef struct Parser {
    const unsigned char *s;  /* unescaped bytes */
    int len;
    uint32_t *lo, *hi;       /* source extent of the char containing byte i */
    int pos;
    uint32_t end_off;        /* source offset of the closing quote */
    Span lit_span;
    bool failed;
    int open_brace;          /* byte index of the current `{` */
} Parser;

/* ---- the literal with its source map ------------------------------------------- */

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int utf8_encode(uint32_t c, unsigned char *out) {
    if (c < 0x80) { out[0] = (unsigned char)c; return 1; }
    if (c < 0x800) {
        out[0] = (unsigned char)(0xC0 | (c >> 6));
        out[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (c >> 12));
        out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (c >> 18));
    out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

static int utf8_len(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) return 2;
    if ((c & 0xF0) == 0xE0) return 3;
    return 4;
}

/* Re-reads the literal's source; false if it does not look like the literal
 * the parser unescaped (then spans fall back to the whole literal). */
static bool map_source(Parser *p, Expr *lit) {
    const char *src = tc_file ? tc_file->text : NULL;
    if (!src || lit->span.hi > tc_file->len || lit->span.hi <= lit->span.lo)
        return false;
    uint32_t i = lit->span.lo, end = lit->span.hi;
    int cap = (int)(end - i) * 4 + 4;
    unsigned char *buf = ALLOC_N(unsigned char, cap);
    uint32_t *lo = ALLOC_N(uint32_t, cap), *hi = ALLOC_N(uint32_t, cap);
    int n = 0;
    bool raw = false;
    int hashes = 0;
    if (src[i] == 'r') {
        raw = true;
        i++;
        while (i < end && src[i] == '#') {
            hashes++;
            i++;
        }
    }
    if (i >= end || src[i] != '"')
        return false;
    i++;
    uint32_t body_end = end - 1 - (uint32_t)hashes;   /* the closing quote */
    if (body_end < i || src[body_end] != '"')
        return false;
    while (i < body_end) {
        unsigned char c = (unsigned char)src[i];
        if (raw || c != '\\') {
            int l = utf8_len(c);
            for (int k = 0; k < l && i + (uint32_t)k < body_end; k++) {
                buf[n] = (unsigned char)src[i + (uint32_t)k];
                lo[n] = i;
                hi[n] = i + (uint32_t)l;
                n++;
            }
            i += (uint32_t)l;
            continue;
        }
        uint32_t start = i;
        char e = src[i + 1];
        uint32_t v;
        i += 2;
        switch (e) {
        case 'n': v = '\n'; break;
        case 'r': v = '\r'; break;
        case 't': v = '\t'; break;
        case '\\': v = '\\'; break;
        case '0': v = 0; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'x': {
            int h1 = hexval(src[i]), h2 = hexval(src[i + 1]);
            if (h1 < 0 || h2 < 0)
                return false;
            v = (uint32_t)(h1 * 16 + h2);
            i += 2;
            break;
        }
        case 'u': {
            if (src[i] != '{')
                return false;
            i++;
            v = 0;
            while (i < body_end && src[i] != '}') {
                if (src[i] != '_') {
                    int h = hexval(src[i]);
                    if (h < 0)
                        return false;
                    v = v * 16 + (uint32_t)h;
                }
                i++;
            }
            i++;
            break;
        }
        case '\n':
        case '\r':
            /* line continuation: skip the newline and leading whitespace */
            i--;
            while (i < body_end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r'))
                i++;
            continue;
        default:
            return false;
        }
        unsigned char enc[4];
        int l = utf8_encode(v, enc);
        for (int k = 0; k < l; k++) {
            buf[n] = enc[k];
            lo[n] = start;
            hi[n] = i;
            n++;
        }
    }
    if ((uint32_t)n != lit->as.lit.len || memcmp(buf, lit->as.lit.text, (size_t)n) != 0)
        return false;
    p->s = buf;
    p->len = n;
    p->lo = lo;
    p->hi = hi;
    p->end_off = body_end;
    return true;
}

/* Without a usable source map every span is the whole literal. */
static void map_whole(Parser *p, Expr *lit) {
    int n = (int)lit->as.lit.len;
    p->s = (const unsigned char *)lit->as.lit.text;
    p->len = n;
    p->lo = ALLOC_N(uint32_t, n + 1);
    p->hi = ALLOC_N(uint32_t, n + 1);
    for (int i = 0; i <= n; i++) {
        p->lo[i] = lit->span.lo;
        p->hi[i] = lit->span.hi;
    }
    p->end_off = lit->span.hi > lit->span.lo ? lit->span.hi - 1 : lit->span.lo;
}

/* Source span of bytes [a, b); an empty range is the point before byte a. */
static Span src_span(Parser *p, int a, int b) {
    if (a >= p->len)
        return span_at(p->end_off, p->end_off + 1);
    if (b <= a)
        return span_at(p->lo[a], p->lo[a]);
    return span_at(p->lo[a], p->hi[b - 1]);
}

/* The span of the char at byte a (or of the closing quote at the end). */
static Span char_span(Parser *p, int a) {
    if (a >= p->len)
        return span_at(p->end_off, p->end_off + 1);
    return src_span(p, a, a + utf8_len(p->s[a]));
}

/* ---- errors ----------------------------------------------------------------------------------- */

static Diag *parse_error(Parser *p, Span span, const char *label, const char *msg) {
    Diag *d = NULL;
    if (!p->failed)
        d = diag_new(DIAG_ERROR, NULL, span, label, "invalid format string: %s", msg);
    p->failed = true;
    return d;
}

static void expected_brace(Parser *p, bool fill_was_brace, Span fill_span) {
    Span at;
    const char *msg;
    if (p->pos < p->len) {
        at = char_span(p, p->pos);
        int l = utf8_len(p->s[p->pos]);
        char c[8] = {0};
        memcpy(c, p->s + p->pos, (size_t)l);
        const char *shown = c;
        if (c[0] == '\n') shown = "\\n";
        else if (c[0] == '\t') shown = "\\t";
        else if (c[0] == '\r') shown = "\\r";
        else if (c[0] == '"') shown = "\\\"";
        else if (c[0] == '\'') shown = "\\'";
        else if (c[0] == '\\') shown = "\\\\";
        msg = arena_printf(compiler_arena, "expected `}`, found `%s`", shown);
    } else {
        at = span_at(p->end_off, p->end_off + 1);
        msg = "expected `}` but string was terminated";
    }
    Diag *d = parse_error(p, at, "expected `}` in format string", msg);
    if (!d)
        return;
    if (fill_was_brace) {
        diag_label(d, fill_span, "this is not interpreted as a formatting closing brace");
        diag_note(d, "the character `}` is interpreted as a fill character because of the `:` that precedes it");
    } else {
        diag_label(d, char_span(p, p->open_brace), "because of this opening brace");
        diag_note(d, "if you intended to print `{`, you can escape it using `{{`");
    }
    tc_emit(d, PHASE_EXPAND);
}

/* ---- lexical helpers ---------------------------------------------------------------------------- */

static int peek(Parser *p) { return p->pos < p->len ? p->s[p->pos] : -1; }
static int peek_at(Parser *p, int k) { return p->pos + k < p->len ? p->s[p->pos + k] : -1; }

static bool consume(Parser *p, int c) {
    if (peek(p) == c) {
        p->pos++;
        return true;
    }
    return false;
}

static bool id_start(int c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
static bool id_continue(int c) { return id_start(c) || (c >= '0' && c <= '9'); }

/* An identifier at pos, or 0. `_` alone is rustc's "invalid argument name". */
static Symbol word(Parser *p, Span *span) {
    int start = p->pos;
    if (!id_start(peek(p)))
        return 0;
    while (p->pos < p->len && id_continue(p->s[p->pos]))
        p->pos += p->s[p->pos] >= 0x80 ? utf8_len(p->s[p->pos]) : 1;
    *span = src_span(p, start, p->pos);
    if (p->pos - start == 1 && p->s[start] == '_') {
        Diag *d = parse_error(p, *span, "invalid argument name in format string",
                              "invalid argument name `_`");
        if (d) {
            diag_note(d, "argument name cannot be a single underscore");
            tc_emit(d, PHASE_EXPAND);
        }
    }
    return intern((const char *)p->s + start, (size_t)(p->pos - start));
}

/* A decimal integer at pos (u16 in rustc); returns false if none. */
static bool integer(Parser *p, int64_t *out, Span *span) {
    int start = p->pos;
    u128 v = 0;
    bool big = false;
    while (peek(p) >= '0' && peek(p) <= '9') {
        if (v < ((u128)1 << 100))
            v = v * 10 + (u128)(peek(p) - '0');
        else
            big = true;
        p->pos++;
    }
    if (p->pos == start)
        return false;
    *span = src_span(p, start, p->pos);
    if (big || v > 65535) {
        char digits[64];
        int n = p->pos - start < 60 ? p->pos - start : 60;
        memcpy(digits, p->s + start, (size_t)n);
        digits[n] = 0;
        Diag *d = parse_error(p, *span, "integer out of range for `u16` in format string",
                              arena_printf(compiler_arena,
                                           "integer `%s` does not fit into the type `u16` whose range is `0..=65535`",
                                           digits));
        if (d)
            tc_emit(d, PHASE_EXPAND);
        v = 0;
    }
    *out = (int64_t)v;
    return true;
}

/* count := integer | integer '$' | name '$' ; returns the kind. */
static FmtCount count(Parser *p, int64_t *lit, FmtRef *ref, Span *span) {
    int start = p->pos;
    int64_t v;
    Span s;
    if (integer(p, &v, &s)) {
        if (consume(p, '$')) {
            ref->kind = FMTREF_INDEX;
            ref->index = (int)v;
            ref->span = src_span(p, start, p->pos);
            ref->full = ref->span;
            *span = ref->span;
            return FMT_COUNT_ARG;
        }
        *lit = v;
        *span = s;
        return FMT_COUNT_LIT;
    }
    Symbol name = word(p, &s);
    if (!name)
        return FMT_COUNT_NONE;
    if (consume(p, '$')) {
        ref->kind = FMTREF_NAME;
        ref->name = name;
        ref->span = s;
        ref->full = src_span(p, start, p->pos);
        *span = ref->full;
        return FMT_COUNT_ARG;
    }
    p->pos = start;   /* not a count after all: backtrack */
    return FMT_COUNT_NONE;
}

/* ---- placeholders ---------------------------------------------------------------------------------- */

static void unknown_trait(Parser *p, Span span, const char *name) {
    Diag *d = diag_new(DIAG_ERROR, NULL, span, NULL, "unknown format trait `%s`", name);
    diag_note(d, "the only appropriate formatting traits are:\n"
                 "- ``, which uses the `Display` trait\n"
                 "- `?`, which uses the `Debug` trait\n"
                 "- `e`, which uses the `LowerExp` trait\n"
                 "- `E`, which uses the `UpperExp` trait\n"
                 "- `o`, which uses the `Octal` trait\n"
                 "- `p`, which uses the `Pointer` trait\n"
                 "- `b`, which uses the `Binary` trait\n"
                 "- `x`, which uses the `LowerHex` trait\n"
                 "- `X`, which uses the `UpperHex` trait");
    tc_emit(d, PHASE_EXPAND);
    p->failed = true;
}

/* Parses `{...}` with pos just after the `{`; appends to out. */
static void placeholder(Parser *p, FmtParsedVec *out, int *curarg) {
    FmtParsed f;
    memset(&f, 0, sizeof f);
    f.piece.is_arg = true;
    f.piece.fill = ' ';
    f.piece.trait = OWL_FMT_DISPLAY;
    int start = p->open_brace;

    /* argument := integer | identifier | (nothing: the next one) */
    int64_t v;
    Span s;
    int arg_start = p->pos;
    if (integer(p, &v, &s)) {
        f.value.kind = FMTREF_INDEX;
        f.value.index = (int)v;
        f.value.span = s;
    } else {
        Symbol name = word(p, &s);
        if (name) {
            f.value.kind = FMTREF_NAME;
            f.value.name = name;
            f.value.span = s;
        } else {
            f.value.kind = FMTREF_NEXT;
            f.value.span = src_span(p, arg_start, arg_start);
        }
    }

    bool fill_is_brace = false;
    Span fill_span = {0, 0};
    if (consume(p, ':')) {
        /* [[fill]align] */
        int c = peek(p);
        if (c >= 0) {
            int l = c >= 0x80 ? utf8_len((unsigned char)c) : 1;
            int next = p->pos + l < p->len ? p->s[p->pos + l] : -1;
            if (next == '<' || next == '>' || next == '^') {
                uint32_t cp = (uint32_t)c;
                if (c >= 0x80) {
                    const unsigned char *q = p->s + p->pos;
                    if (l == 2) cp = ((q[0] & 0x1Fu) << 6) | (q[1] & 0x3Fu);
                    else if (l == 3) cp = ((q[0] & 0x0Fu) << 12) | ((q[1] & 0x3Fu) << 6) | (q[2] & 0x3Fu);
                    else cp = ((q[0] & 0x07u) << 18) | ((q[1] & 0x3Fu) << 12) | ((q[2] & 0x3Fu) << 6) | (q[3] & 0x3Fu);
                }
                f.piece.fill = cp;
                fill_is_brace = c == '}';
                fill_span = char_span(p, p->pos);
                p->pos += l;
            }
        }
        if (consume(p, '<')) f.piece.align = OWL_ALIGN_LEFT;
        else if (consume(p, '>')) f.piece.align = OWL_ALIGN_RIGHT;
        else if (consume(p, '^')) f.piece.align = OWL_ALIGN_CENTER;
        if (consume(p, '+')) f.piece.flags |= OWL_FLAG_PLUS;
        else if (consume(p, '-')) f.piece.flags |= OWL_FLAG_MINUS;
        if (consume(p, '#')) f.piece.flags |= OWL_FLAG_ALT;
        bool have_width = false;
        if (peek(p) == '0') {
            int zero = p->pos;
            p->pos++;
            if (consume(p, '$')) {
                /* `0$` is the width from argument 0, not the `0` flag */
                f.piece.width_kind = FMT_COUNT_ARG;
                f.width.kind = FMTREF_INDEX;
                f.width.index = 0;
                f.width.span = src_span(p, zero, p->pos);
                f.width.full = f.width.span;
                have_width = true;
            } else {
                f.piece.flags |= OWL_FLAG_ZERO;
            }
        }
        if (!have_width) {
            Span ws;
            f.piece.width_kind = count(p, &f.piece.width, &f.width, &ws);
        }
        if (peek(p) == '.') {
            int dot = p->pos;
            p->pos++;
            if (consume(p, '*')) {
                f.piece.prec_kind = FMT_COUNT_ARG;
                f.prec_star = true;
                f.prec.kind = FMTREF_NEXT;
                f.prec.index = (*curarg)++;
                f.prec.span = src_span(p, dot, p->pos);
                f.prec.full = f.prec.span;
            } else {
                Span ps;
                f.piece.prec_kind = count(p, &f.piece.precision, &f.prec, &ps);
                /* `{:.}` is accepted and means no precision, as in rustc */
                if (f.piece.prec_kind == FMT_COUNT_ARG && f.prec.kind == FMTREF_INDEX)
                    f.prec.span = f.prec.full = src_span(p, dot + 1, p->pos);
            }
        }
        /* type := '' | '?' | 'x?' | 'X?' | identifier */
        int tstart = p->pos;
        if (consume(p, 'x')) {
            if (consume(p, '?')) {
                f.piece.trait = OWL_FMT_DEBUG;
                f.piece.flags |= OWL_FLAG_DEBUG_LHEX;
            } else {
                f.piece.trait = OWL_FMT_LOWER_HEX;
            }
        } else if (consume(p, 'X')) {
            if (consume(p, '?')) {
                f.piece.trait = OWL_FMT_DEBUG;
                f.piece.flags |= OWL_FLAG_DEBUG_UHEX;
            } else {
                f.piece.trait = OWL_FMT_UPPER_HEX;
            }
        } else if (consume(p, '?')) {
            f.piece.trait = OWL_FMT_DEBUG;
            int c2 = peek(p);
            if (c2 == '#' || c2 == 'x' || c2 == 'X') {
                /* `{:?x}`: rustc suggests the right order */
                Span at = char_span(p, p->pos);
                Diag *d = parse_error(p, at, "expected `'}'` in format string",
                                      arena_printf(compiler_arena, "expected `}`, found `%c`", c2));
                if (d) {
                    diag_suggest(d, src_span(p, tstart, p->pos + 1),
                                 arena_printf(compiler_arena, "%c?", c2), "did you mean `%c?`?", c2);
                    tc_emit(d, PHASE_EXPAND);
                }
                return;
            }
        } else {
            Span ts;
            Symbol t = word(p, &ts);
            if (t) {
                const char *name = sym_str(t);
                f.trait_span = ts;
                if (strcmp(name, "o") == 0) f.piece.trait = OWL_FMT_OCTAL;
                else if (strcmp(name, "b") == 0) f.piece.trait = OWL_FMT_BINARY;
                else if (strcmp(name, "e") == 0) f.piece.trait = OWL_FMT_LOWER_EXP;
                else if (strcmp(name, "E") == 0) f.piece.trait = OWL_FMT_UPPER_EXP;
                else if (strcmp(name, "p") == 0) f.piece.trait = OWL_FMT_POINTER;
                else {
                    /* reported after the closing brace is found, as rustc's
                     * format_args does (a parse error takes precedence) */
                    f.piece.trait = 0xFF;
                }
            }
        }
        if (p->pos > tstart && !f.trait_span.hi)
            f.trait_span = src_span(p, tstart, p->pos);
    }

    /* whitespace, then `}` */
    while (peek(p) == ' ' || peek(p) == '\t' || peek(p) == '\n' || peek(p) == '\r')
        p->pos++;
    if (!consume(p, '}')) {
        expected_brace(p, fill_is_brace, fill_span);
        return;
    }
    if (f.value.kind == FMTREF_NEXT)
        f.value.index = (*curarg)++;
    f.value.full = f.value.span;
    f.spec_span = src_span(p, start, p->pos);
    f.piece.span = f.spec_span;
    if (f.piece.trait == 0xFF) {
        if (!p->failed)
            unknown_trait(p, f.trait_span, tc_source(f.trait_span));
        return;
    }
    vec_push(*out, f);
}

static void push_literal(FmtParsedVec *out, CharVec *lit, Span span) {
    if (lit->len == 0)
        return;
    FmtParsed f;
    memset(&f, 0, sizeof f);
    f.piece.is_arg = false;
    f.piece.text = lit->data;
    f.piece.text_len = (uint32_t)lit->len;
    f.piece.span = span;
    vec_push(*out, f);
    CharVec fresh = {0};
    *lit = fresh;
}

bool fmt_parse(Expr *lit, FmtParsedVec *out) {
    Parser p;
    memset(&p, 0, sizeof p);
    p.lit_span = lit->span;
    if (!map_source(&p, lit))
        map_whole(&p, lit);
    int curarg = 0;
    CharVec text = {0};
    int text_start = 0;
    while (p.pos < p.len && !p.failed) {
        int c = p.s[p.pos];
        if (c == '{') {
            if (peek_at(&p, 1) == '{') {
                str_append(&text, "{", 1);
                p.pos += 2;
                continue;
            }
            push_literal(out, &text, src_span(&p, text_start, p.pos));
            p.open_brace = p.pos;
            p.pos++;
            placeholder(&p, out, &curarg);
            text_start = p.pos;
            continue;
        }
        if (c == '}') {
            if (peek_at(&p, 1) == '}') {
                str_append(&text, "}", 1);
                p.pos += 2;
                continue;
            }
            Diag *d = parse_error(&p, char_span(&p, p.pos), "unmatched `}` in format string",
                                  "unmatched `}` found");
            if (d) {
                diag_note(d, "if you intended to print `}`, you can escape it using `}}`");
                tc_emit(d, PHASE_EXPAND);
            }
            break;
        }
        str_append(&text, (const char *)p.s + p.pos, 1);
        p.pos++;
    }
    push_literal(out, &text, src_span(&p, text_start, p.pos));
    return !p.failed;
}
