/* diag_human.c: rustc's human diagnostic layout, character for character.
 *
 * This follows rustc 1.95's HumanEmitter (rustc_errors/src/emitter.rs, ASCII
 * theme) step by step, because its output is the reference the tests compare
 * against and its corner cases (stacked labels, multi-line spans drawn with
 * `_` and `|`, `...` elision, suggestion diffs) are easier to reproduce by
 * following the same algorithm than by reinventing one. Functions keep
 * rustc's names where they correspond one to one.
 *
 * Output is built in a styled buffer: a grid of rows of (character, style)
 * cells, written into at any row and column. Columns of the grid are
 * characters, not display columns, exactly as in rustc, while positions under
 * the code are computed in display width: wide characters in the code then
 * push the rest of their row right on the screen, so carets still line up.
 * Rendering turns each row into text, with ANSI colours when asked.
 *
 * Known simplifications: one source file per compilation (no `:::` lines for
 * other files); the terminal width is taken to be rustc's default of 140
 * (rustc asks the terminal, which only matters for lines longer than that);
 * a single span wider than twice the terminal is not shortened in the middle.
 */
#include <string.h>

#include "diag_impl.h"

/* ---- styles ------------------------------------------------------------------ */

enum {
    ST_NONE,
    ST_MAIN_HEADER,   /* the message of a top-level diagnostic: bold */
    ST_HEADER,        /* the message of a child */
    ST_LINE_COL,      /* file:line:col */
    ST_LINE_NUM,      /* gutter, `-->`, `|`, `...`: bold bright blue */
    ST_QUOTE,         /* source code */
    ST_UL_PRIMARY,    /* ^^^ in the level's colour */
    ST_UL_SECONDARY,  /* --- bold bright blue */
    ST_LABEL_PRIMARY,
    ST_LABEL_SECONDARY,
    ST_LEVEL_ERROR,   /* "error" etc.: the level's own colour, bold */
    ST_LEVEL_WARNING,
    ST_LEVEL_NOTE,
    ST_LEVEL_HELP,
    ST_ADDITION,      /* +++ and inserted text: bright green */
    ST_REMOVAL,       /* `-` lines: bright red */
};

static int level_style(DiagLevel l) {
    switch (l) {
    case DIAG_ERROR: return ST_LEVEL_ERROR;
    case DIAG_WARNING: return ST_LEVEL_WARNING;
    case DIAG_NOTE: return ST_LEVEL_NOTE;
    default: return ST_LEVEL_HELP;
    }
}

/* The SGR prefix rustc's anstyle writes for a style; "" for none. Primary
 * underlines and labels take the colour of the diagnostic being drawn. */
static const char *ansi(int st, DiagLevel lvl) {
    static const char *level_color[] = {"\x1b[1m\x1b[91m", "\x1b[1m\x1b[33m",
                                        "\x1b[1m\x1b[92m", "\x1b[1m\x1b[96m"};
    switch (st) {
    case ST_MAIN_HEADER: return "\x1b[1m";
    case ST_LINE_NUM:
    case ST_UL_SECONDARY:
    case ST_LABEL_SECONDARY: return "\x1b[1m\x1b[94m";
    case ST_UL_PRIMARY:
    case ST_LABEL_PRIMARY: return lvl <= DIAG_HELP ? level_color[lvl] : "\x1b[1m";
    case ST_LEVEL_ERROR: return level_color[DIAG_ERROR];
    case ST_LEVEL_WARNING: return level_color[DIAG_WARNING];
    case ST_LEVEL_NOTE: return level_color[DIAG_NOTE];
    case ST_LEVEL_HELP: return level_color[DIAG_HELP];
    case ST_ADDITION: return "\x1b[92m";
    case ST_REMOVAL: return "\x1b[91m";
    default: return "";
    }
}

/* ---- the styled buffer (rustc's StyledBuffer) -------------------------------- */

typedef struct Cell {
    uint32_t ch;
    uint8_t st;
} Cell;

typedef struct Row {
    Cell *cells;
    int len, cap;
} Row;

typedef struct SBuf {
    Row *rows;
    int n, cap;
} SBuf;

static void sb_ensure(SBuf *b, int line) {
    while (line >= b->n) {
        if (b->n == b->cap) {
            b->cap = b->cap ? b->cap * 2 : 16;
            b->rows = xrealloc(b->rows, (size_t)b->cap * sizeof *b->rows);
        }
        b->rows[b->n].cells = NULL;
        b->rows[b->n].len = b->rows[b->n].cap = 0;
        b->n++;
    }
}

static void row_push(Row *r, uint32_t ch, int st) {
    if (r->len == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->cells = xrealloc(r->cells, (size_t)r->cap * sizeof *r->cells);
    }
    r->cells[r->len].ch = ch;
    r->cells[r->len].st = (uint8_t)st;
    r->len++;
}

static void sb_putc(SBuf *b, int line, int col, uint32_t ch, int st) {
    if (line < 0 || col < 0)
        return;
    sb_ensure(b, line);
    Row *r = &b->rows[line];
    if (col < r->len) {
        r->cells[col].ch = ch;
        r->cells[col].st = (uint8_t)st;
        return;
    }
    while (r->len < col)
        row_push(r, ' ', ST_NONE);
    row_push(r, ch, st);
}

/* Writes a UTF-8 string one character per cell; returns the cells used. */
static int sb_puts(SBuf *b, int line, int col, const char *s, int st) {
    const char *end = s + strlen(s);
    int n = 0;
    while (s < end) {
        int len;
        sb_putc(b, line, col + n++, utf8_decode(s, end, &len), st);
        s += len;
    }
    return n;
}

static void sb_append(SBuf *b, int line, const char *s, int st) {
    int col = line < b->n ? b->rows[line].len : 0;
    sb_puts(b, line, col, s, st);
}

static void sb_prepend(SBuf *b, int line, const char *s, int st) {
    sb_ensure(b, line);
    Row *r = &b->rows[line];
    int n = 0;
    for (const char *p = s, *end = s + strlen(s); p < end; n++) {
        int len;
        utf8_decode(p, end, &len);
        p += len;
    }
    for (int i = 0; i < n; i++)
        row_push(r, ' ', ST_NONE);
    memmove(r->cells + n, r->cells, (size_t)(r->len - n) * sizeof *r->cells);
    for (int i = 0; i < n; i++) {
        r->cells[i].ch = ' ';
        r->cells[i].st = ST_NONE;
    }
    sb_puts(b, line, 0, s, st);
}

static void sb_set_style_range(SBuf *b, int line, int from, int to, int st, bool overwrite) {
    if (line < 0 || line >= b->n)
        return;
    Row *r = &b->rows[line];
    for (int c = from < 0 ? 0 : from; c < to && c < r->len; c++)
        if (r->cells[c].st == ST_NONE || r->cells[c].st == ST_QUOTE || overwrite)
            r->cells[c].st = (uint8_t)st;
}

static void sb_free(SBuf *b) {
    for (int i = 0; i < b->n; i++)
        xfree(b->rows[i].cells);
    xfree(b->rows);
    b->rows = NULL;
    b->n = b->cap = 0;
}

/* rustc's emit_to_destination: each row as runs of one style; a newline
 * after every row except in the short format and after a failure note's
 * last row. */
static void sb_render(SBuf *b, DiagLevel lvl, bool short_format, bool color, CharVec *out) {
    for (int i = 0; i < b->n; i++) {
        Row *r = &b->rows[i];
        for (int c = 0; c < r->len;) {
            int st = r->cells[c].st;
            const char *esc = color ? ansi(st, lvl) : "";
            str_append(out, esc, strlen(esc));
            for (; c < r->len && r->cells[c].st == st; c++)
                utf8_append(out, r->cells[c].ch);
            if (*esc)
                str_append(out, "\x1b[0m", 4);
        }
        if (!short_format && (lvl != DIAG_FAILURE_NOTE || i != b->n - 1))
            str_append(out, "\n", 1);
    }
    sb_free(b);
}

/* ---- text helpers ---------------------------------------------------------------- */

/* rustc's OUTPUT_REPLACEMENTS: what a character is shown as. Returns the
 * replacement scalar, or 0 to drop it; tabs are handled by the callers. */
static uint32_t shown_as(uint32_t c) {
    if (c == '\n')
        return c; /* messages split on it; code lines never contain it */
    if (c < 0x20)
        return 0x2400 + c; /* the control pictures: U+2400 NUL ... */
    if (c == 0x7F)
        return 0x2421;
    if (c == 0x200D)
        return 0; /* zero width joiner */
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return 0xFFFD; /* bidi controls would reorder what is shown */
    return c;
}

/* rustc's normalize_whitespace, into a new arena string. */
static char *normalize(const char *s, size_t len) {
    CharVec v = {0};
    const char *end = s + len;
    while (s < end) {
        int n;
        uint32_t c = utf8_decode(s, end, &n);
        s += n;
        if (c == '\t')
            str_append(&v, "    ", 4);
        else if ((c = shown_as(c)) != 0)
            utf8_append(&v, c);
    }
    return v.data ? v.data : arena_strdup(compiler_arena, "");
}

static char *normalize_str(const char *s) { return normalize(s, strlen(s)); }

/* A line decoded into scalars, for rustc's chars().take(n).skip(m) sums. */
typedef struct Chars {
    uint32_t *c;
    int n;
    size_t bytes;
} Chars;

static Chars decode(const char *s, size_t len) {
    Chars ch = {xmalloc((len + 1) * sizeof(uint32_t)), 0, len};
    const char *end = s + len;
    while (s < end) {
        int n;
        ch.c[ch.n++] = utf8_decode(s, end, &n);
        s += n;
    }
    return ch;
}

/* Display width of chars [from, to) (rustc: .take(to).skip(from)). */
static int width_between(const Chars *ch, int from, int to) {
    int w = 0;
    if (to > ch->n)
        to = ch->n;
    for (int i = from < 0 ? 0 : from; i < to; i++)
        w += src_char_width(ch->c[i]);
    return w;
}

/* char::is_whitespace (Unicode White_Space). */
static bool is_ws(uint32_t c) {
    return (c >= 9 && c <= 13) || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

/* rustc_lexer::is_whitespace (Pattern_White_Space). */
static bool is_lexer_ws(uint32_t c) {
    return (c >= 9 && c <= 13) || c == ' ' || c == 0x85 || c == 0x200E || c == 0x200F ||
           c == 0x2028 || c == 0x2029;
}

/* str::trim, as a [start, end) byte range of s. */
static void trim_range(const char *s, size_t len, size_t *start, size_t *end) {
    size_t a = 0, b = len;
    while (a < b) {
        int n;
        uint32_t c = utf8_decode(s + a, s + b, &n);
        if (!is_ws(c))
            break;
        a += (size_t)n;
    }
    while (b > a) {
        size_t k = b - 1;
        while (k > a && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        int n;
        if (!is_ws(utf8_decode(s + k, s + b, &n)))
            break;
        b = k;
    }
    *start = a;
    *end = b;
}

static char *trimmed(const char *s) {
    size_t a, b;
    trim_range(s, strlen(s), &a, &b);
    return arena_strndup(compiler_arena, s + a, b - a);
}

static int num_decimal_digits(uint32_t n) {
    int d = 1;
    for (uint64_t lim = 10; n >= lim; lim *= 10)
        d++;
    return d;
}

/* ---- rendering state ---------------------------------------------------------------- */

typedef struct R {
    const SourceFile *f;
    bool short_format;
    bool color;
    CharVec *out;
} R;

static bool is_dummy(Span s) { return s.lo == 0 && s.hi == 0; }

/* The text of 1-based line n, or NULL. */
static const char *get_line(const R *r, int n, size_t *len) {
    uint32_t l;
    const char *t = src_line_text(r->f, (uint32_t)n, &l);
    *len = l;
    return t;
}

static char *span_text(const R *r, Span s) {
    uint32_t lo = s.lo > r->f->len ? r->f->len : s.lo, hi = s.hi > r->f->len ? r->f->len : s.hi;
    if (hi < lo)
        hi = lo;
    return arena_strndup(compiler_arena, r->f->text + lo, hi - lo);
}

/* ---- gutter pieces (the ASCII theme) ---------------------------------------------------- */

/* The number right-aligned in the gutter; the padding is part of the
 * coloured run, as rustc writes it. */
static void draw_line_num(SBuf *b, int line_num, int row, int max_len) {
    char num[32];
    /* Line numbers have at most 10 digits; the clamp also tells the
     * compiler the output fits. */
    if (max_len < 0 || max_len > 16)
        max_len = 16;
    snprintf(num, sizeof num, "%*d", max_len, line_num);
    sb_puts(b, row, 0, num, ST_LINE_NUM);
}

static void draw_col_sep(SBuf *b, int row, int col) { sb_putc(b, row, col, '|', ST_LINE_NUM); }

static void draw_multiline_line(SBuf *b, int row, int offset, int depth, int st) {
    sb_putc(b, row, offset + depth - 1, '|', st);
}

/* ---- Margin: which part of a long line to show --------------------------------------------
 * rustc computes with usize, wrapping in release builds; size_t does the same. */

enum { DEFAULT_COLUMN_WIDTH = 140 };

typedef struct Margin {
    size_t whitespace_left, span_left, span_right, computed_left, computed_right, column_width,
        label_right;
} Margin;

static size_t sat_sub(size_t a, size_t b) { return a > b ? a - b : 0; }

static Margin margin_new(size_t whitespace_left, size_t span_left, size_t span_right,
                         size_t label_right, size_t column_width, size_t max_line_len) {
    Margin m = {sat_sub(whitespace_left, 6), sat_sub(span_left, 6), span_right + 6, 0, 0,
                column_width, label_right + 6};
    m.computed_left = m.whitespace_left > 20 ? m.whitespace_left - 16 : 0;
    m.computed_right = max_line_len > m.computed_left ? max_line_len : m.computed_left;
    if (m.computed_right - m.computed_left > m.column_width) {
        if (m.label_right - m.whitespace_left <= m.column_width) {
            m.computed_left = m.whitespace_left;
            m.computed_right = m.computed_left + m.column_width;
        } else if (m.label_right - m.span_left <= m.column_width) {
            size_t pad = (m.column_width - (m.label_right - m.span_left)) / 2;
            m.computed_left = sat_sub(m.span_left, pad);
            m.computed_right = m.computed_left + m.column_width;
        } else if (m.span_right - m.span_left <= m.column_width) {
            size_t pad = (m.column_width - (m.span_right - m.span_left)) / 5 * 2;
            m.computed_left = sat_sub(m.span_left, pad);
            m.computed_right = m.computed_left + m.column_width;
        } else {
            m.computed_left = m.span_left;
            m.computed_right = m.span_right;
        }
    }
    return m;
}

static size_t margin_left(const Margin *m, size_t line_len) {
    return m->computed_left < line_len ? m->computed_left : line_len;
}

static size_t margin_right(const Margin *m, size_t line_len) {
    if (sat_sub(line_len, m->computed_left) <= m->column_width)
        return line_len;
    return line_len < m->computed_right ? line_len : m->computed_right;
}

/* One source line into the buffer with its number and `|`; returns how many
 * characters were cut on the left. */
static int draw_line(SBuf *b, const Chars *src, int line_index, int row, int width_offset,
                     int code_offset, const Margin *m) {
    size_t line_len = src->bytes; /* rustc mixes bytes and chars here */
    size_t left = margin_left(m, line_len), right = margin_right(m, line_len);
    int col = code_offset, width = 0;
    for (int i = 0; i < src->n; i++) {
        if ((size_t)i < left || (size_t)i >= right)
            continue;
        uint32_t c = src->c[i];
        if (c == '\t') {
            for (int k = 0; k < 4; k++)
                sb_putc(b, row, col++, ' ', ST_QUOTE);
            width += 4;
        } else if ((c = shown_as(c)) != 0) {
            sb_putc(b, row, col++, c, ST_QUOTE);
            width += src_char_width(c);
        }
    }
    if (m->computed_left > 0)
        sb_puts(b, row, code_offset, "...", ST_LINE_NUM);
    if ((size_t)src->n > right)
        sb_puts(b, row, code_offset + width - 3, "...", ST_LINE_NUM);
    draw_line_num(b, line_index, row, width_offset - 3);
    draw_col_sep(b, row, width_offset - 2);
    return (int)left;
}

/* ---- annotations (rustc's snippet.rs) --------------------------------------------------- */

typedef enum AnnType { ANN_SINGLE, ANN_ML_START, ANN_ML_END, ANN_ML_LINE } AnnType;

typedef struct Col {
    int disp; /* display column, 0-based */
    int file; /* char column, 0-based */
} Col;

static int col_cmp(Col a, Col b) {
    if (a.disp != b.disp)
        return a.disp < b.disp ? -1 : 1;
    return a.file < b.file ? -1 : a.file > b.file;
}

typedef struct Ann {
    Col start, end;
    bool primary;
    const char *label; /* normalised; NULL: none */
    AnnType type;
    int depth;         /* multi-line kinds */
} Ann;

typedef VEC(Ann) AnnVec;

typedef struct ALine {
    int line;
    AnnVec anns;
} ALine;

typedef VEC(ALine) ALineVec;

static bool has_label(const Ann *a) { return a->label && a->label[0]; }
static bool takes_space(const Ann *a) { return a->type == ANN_ML_START || a->type == ANN_ML_END; }
static int ann_len(const Ann *a) {
    return a->end.disp > a->start.disp ? a->end.disp - a->start.disp : a->start.disp - a->end.disp;
}

static bool num_overlap(int a_start, int a_end, int b_start, int b_end, bool inclusive) {
    int extra = inclusive ? 1 : 0;
    return (b_start <= a_start && a_start < b_end + extra) ||
           (a_start <= b_start && b_start < a_end + extra);
}

static bool overlaps(const Ann *a1, const Ann *a2, int padding) {
    return num_overlap(a1->start.disp, a1->end.disp + padding, a2->start.disp, a2->end.disp,
                       false);
}

static void add_annotation(ALineVec *lines, int line, Ann a) {
    for (int i = 0; i < lines->len; i++)
        if (lines->data[i].line == line) {
            vec_push(lines->data[i].anns, a);
            return;
        }
    ALine l = {line, {0}};
    vec_push(l.anns, a);
    vec_push(*lines, l);
    for (int i = lines->len - 1; i > 0 && lines->data[i - 1].line > lines->data[i].line; i--) {
        ALine t = lines->data[i];
        lines->data[i] = lines->data[i - 1];
        lines->data[i - 1] = t;
    }
}

typedef struct ML {
    int depth, line_start, line_end;
    Col start, end;
    bool primary;
    const char *label;
    bool overlaps_exactly;
} ML;

static bool ml_same_span(const ML *a, const ML *b) {
    return a->line_start == b->line_start && a->line_end == b->line_end &&
           col_cmp(a->start, b->start) == 0 && col_cmp(a->end, b->end) == 0;
}

static bool ml_equal(const ML *a, const ML *b) {
    bool labels = a->label == b->label || (a->label && b->label && !strcmp(a->label, b->label));
    return ml_same_span(a, b) && a->depth == b->depth && a->primary == b->primary && labels &&
           a->overlaps_exactly == b->overlaps_exactly;
}

/* Lines that carry nothing worth showing at the end of a long multi-line
 * span: blank, a lone delimiter, or a plain (non-doc) comment. */
static bool line_worth_showing(const char *s, size_t len) {
    size_t a, b;
    trim_range(s, len, &a, &b);
    const char *t = s + a;
    size_t n = b - a;
    if (n >= 2 && t[0] == '/' && t[1] == '/' && !(n >= 3 && (t[2] == '/' || t[2] == '!')))
        return false;
    if (n == 0)
        return false;
    return !(n == 1 && strchr("{}()[]", t[0]));
}

/* rustc's FileWithAnnotatedLines::collect_annotations for our one file. */
static ALineVec collect_annotations(const R *r, const SpanLabelVec *labels, Span primary,
                                   bool has_primary, int *max_depth) {
    ALineVec out = {0};
    VEC(ML) mls = {0};
    for (int i = 0; i < labels->len; i++) {
        Span span = labels->data[i].span;
        if (is_dummy(span) && has_primary)
            span = primary;
        Loc lo = src_loc(r->f, span.lo), hi = src_loc(r->f, span.hi);
        /* An empty span is drawn as one caret. */
        if (lo.col_disp == hi.col_disp && lo.line == hi.line)
            hi.col_disp++;
        const char *label = labels->data[i].label ? normalize_str(labels->data[i].label) : NULL;
        Col sc = {(int)lo.col_disp, (int)lo.col}, ec = {(int)hi.col_disp, (int)hi.col};
        if (lo.line != hi.line) {
            ML ml = {1, (int)lo.line, (int)hi.line, sc, ec, labels->data[i].primary, label, false};
            vec_push(mls, ml);
        } else {
            Ann a = {sc, ec, labels->data[i].primary, label, ANN_SINGLE, 0};
            add_annotation(&out, (int)lo.line, a);
        }
    }

    /* Sort by (line_start, reverse line_end), stably. */
    for (int i = 1; i < mls.len; i++)
        for (int j = i; j > 0; j--) {
            ML *a = &mls.data[j - 1], *b = &mls.data[j];
            if (a->line_start < b->line_start ||
                (a->line_start == b->line_start && a->line_end >= b->line_end))
                break;
            ML t = *a;
            *a = *b;
            *b = t;
        }
    /* Overlapping multi-line spans go to different depths. */
    ML *orig = ALLOC_N(ML, mls.len + 1);
    if (mls.len)
        memcpy(orig, mls.data, (size_t)mls.len * sizeof(ML));
    for (int k = 0; k < mls.len; k++) {
        const ML *ann = &orig[k];
        for (int i = 0; i < mls.len; i++) {
            ML *a = &mls.data[i];
            if (!ml_same_span(ann, a) &&
                num_overlap(ann->line_start, ann->line_end, a->line_start, a->line_end, true))
                a->depth++;
            else if (ml_same_span(ann, a) && !ml_equal(ann, a))
                a->overlaps_exactly = true;
            else
                break;
        }
    }
    int maxd = 0;
    for (int i = 0; i < mls.len; i++)
        if (mls.data[i].depth > maxd)
            maxd = mls.data[i].depth;
    for (int i = 0; i < mls.len; i++)
        mls.data[i].depth = maxd - mls.data[i].depth + 1;

    for (int i = 0; i < mls.len; i++) {
        const ML *ml = &mls.data[i];
        Col es = {ml->end.disp > 0 ? ml->end.disp - 1 : 0, ml->end.file > 0 ? ml->end.file - 1 : 0};
        Ann end = {es, ml->end, ml->primary, ml->label, ANN_ML_END, ml->depth};
        if (!ml->overlaps_exactly) {
            Col s1 = {ml->start.disp + 1, ml->start.file + 1};
            Ann start = {ml->start, s1, ml->primary, NULL, ANN_ML_START, ml->depth};
            add_annotation(&out, ml->line_start, start);
            Ann line = {{0, 0}, {0, 0}, ml->primary, NULL, ANN_ML_LINE, ml->depth};
            /* Show up to 4 lines after the start, but not trailing lines
             * that hold nothing but whitespace, a delimiter or a comment. */
            int middle = ml->line_start + 4 < ml->line_end ? ml->line_start + 4 : ml->line_end;
            int until = ml->line_start;
            for (int l = middle - 1; l >= ml->line_start; l--) {
                size_t len;
                const char *s = get_line(r, l, &len);
                if (s && line_worth_showing(s, len)) {
                    until = l + 1;
                    break;
                }
            }
            for (int l = ml->line_start + 1; l < until; l++)
                add_annotation(&out, l, line);
            int line_end = ml->line_end - 1;
            size_t len;
            const char *s = get_line(r, line_end, &len);
            bool end_is_empty = s && !line_worth_showing(s, len);
            if (middle < line_end && !end_is_empty)
                add_annotation(&out, line_end, line);
        } else {
            end.type = ANN_SINGLE;
        }
        add_annotation(&out, ml->line_end, end);
    }
    *max_depth = maxd;
    return out;
}

/* ---- one annotated source line (rustc's render_source_line) ------------------------------- */

typedef struct Depth {
    int depth;
    int st;
} Depth;

typedef VEC(Depth) DepthVec;

typedef struct Pos {
    int p;
    Ann *a;
} Pos;

static DepthVec render_source_line(const R *r, SBuf *b, const ALine *line, int width_offset,
                                   int code_offset, const Margin *m) {
    DepthVec ret = {0};
    size_t blen;
    const char *text = get_line(r, line->line, &blen);
    if (line->line == 0 || !text)
        return ret;
    Chars src = decode(text, blen);
    int lo = b->n;
    int left = draw_line(b, &src, line->line, lo, width_offset, code_offset, m);

    /* A multi-line span that starts a line (only whitespace before it) is
     * drawn with a `/` in the margin instead of an underline. */
    bool short_start = true;
    for (int i = 0; i < line->anns.len && short_start; i++) {
        const Ann *a = &line->anns.data[i];
        if (a->type == ANN_ML_START) {
            bool ws = true;
            for (int k = 0; k < a->start.file && k < src.n; k++)
                ws = ws && is_ws(src.c[k]);
            if (ws) {
                Depth d = {a->depth, a->primary ? ST_UL_PRIMARY : ST_UL_SECONDARY};
                vec_push(ret, d);
            } else
                short_start = false;
        } else if (a->type != ANN_ML_LINE)
            short_start = false;
    }
    if (short_start) {
        for (int i = 0; i < ret.len; i++)
            sb_putc(b, lo, width_offset + ret.data[i].depth - 1, '/', ret.data[i].st);
        xfree(src.c);
        return ret;
    }
    ret.len = 0;

    /* Annotations by decreasing start column (stable), so that the
     * rightmost label is placed first. */
    int n = line->anns.len;
    Ann *anns = ALLOC_N(Ann, n);
    memcpy(anns, line->anns.data, (size_t)n * sizeof(Ann));
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && col_cmp(anns[j - 1].start, anns[j].start) < 0; j--) {
            Ann t = anns[j];
            anns[j] = anns[j - 1];
            anns[j - 1] = t;
        }

    /* Which row below the underline each label goes to. */
    Pos *pos = ALLOC_N(Pos, n);
    int line_len = 0, p = 0;
    for (int i = 0; i < n; i++) {
        Ann *a = &anns[i];
        for (int j = i + 1; j < n; j++) {
            Ann *next = &anns[j];
            if (overlaps(next, a, 0) && has_label(a) && p == 0) {
                /* An unlabelled twin of this span shares its row. */
                if (col_cmp(next->start, a->start) == 0 && col_cmp(next->end, a->end) == 0 &&
                    !has_label(next))
                    continue;
                p++;
                break;
            }
        }
        pos[i].p = p;
        pos[i].a = a;
        for (int j = i + 1; j < n; j++) {
            Ann *next = &anns[j];
            int l = next->label ? (int)strlen(next->label) + 2 : 0;
            if ((overlaps(next, a, l) && has_label(a) && has_label(next)) ||
                (takes_space(a) && has_label(next)) || (has_label(a) && takes_space(next)) ||
                (takes_space(a) && takes_space(next)) ||
                (overlaps(next, a, l) && col_cmp(next->end, a->end) <= 0 && has_label(next) &&
                 p == 0)) {
                p++;
                break;
            }
        }
        if (p > line_len)
            line_len = p;
    }
    if (line_len != 0)
        line_len++;

    bool all_lines = true, all_starts = n > 0;
    for (int i = 0; i < n; i++) {
        all_lines = all_lines && anns[i].type == ANN_ML_LINE;
        all_starts = all_starts && anns[i].type == ANN_ML_START;
    }
    if (all_lines) {
        xfree(src.c);
        return ret;
    }
    if (all_starts) {
        /* Only multi-line starts: reverse their rows so they do not cross. */
        int max_pos = 0;
        for (int i = 0; i < n; i++)
            if (pos[i].p > max_pos)
                max_pos = pos[i].p;
        for (int i = 0; i < n; i++)
            pos[i].p = max_pos - pos[i].p;
        line_len = line_len > 0 ? line_len - 1 : 0;
    }

    for (int k = 0; k <= line_len; k++)
        draw_col_sep(b, lo + k + 1, width_offset - 2);

    /* Horizontal `_` runs from the margin to multi-line starts and ends. */
    for (int i = 0; i < n; i++) {
        const Ann *a = pos[i].a;
        int row = lo + pos[i].p + 1;
        if (a->type == ANN_ML_START || a->type == ANN_ML_END) {
            int pre = width_between(&src, left, a->start.file);
            int st = a->primary ? ST_UL_PRIMARY : ST_UL_SECONDARY;
            for (int c = width_offset + a->depth; c < code_offset + pre; c++)
                sb_putc(b, row, c, '_', st);
        }
    }

    /* Vertical `|` from the underline down to labels on lower rows. */
    for (int i = 0; i < n; i++) {
        const Ann *a = pos[i].a;
        int pp = pos[i].p + 1;
        int st = a->primary ? ST_UL_PRIMARY : ST_UL_SECONDARY;
        int co = code_offset + width_between(&src, left, a->start.file);
        if (pp > 1 && (has_label(a) || takes_space(a))) {
            for (int row = lo + 1; row <= lo + pp; row++)
                sb_putc(b, row, co, '|', st);
            if (a->type == ANN_ML_START || (a->type == ANN_ML_END && has_label(a)))
                sb_putc(b, lo + pp, co, '|', st);
        }
        if (a->type == ANN_ML_START) {
            sb_putc(b, lo + pp, width_offset + a->depth - 1, ' ', st);
            for (int row = lo + pp + 1; row < lo + line_len + 2; row++)
                sb_putc(b, row, width_offset + a->depth - 1, '|', st);
        } else if (a->type == ANN_ML_END) {
            for (int row = lo; row < lo + pp; row++)
                sb_putc(b, row, width_offset + a->depth - 1, '|', st);
            sb_putc(b, lo + pp, width_offset + a->depth - 1, '|', st);
        }
    }

    /* The labels. */
    for (int i = 0; i < n; i++) {
        const Ann *a = pos[i].a;
        int st = a->primary ? ST_LABEL_PRIMARY : ST_LABEL_SECONDARY;
        int row, col;
        if (pos[i].p == 0) {
            int pre = width_between(&src, left, a->end.file);
            if (a->end.file == 0)
                col = pre + 2;
            else
                col = pre + (a->end.file - a->start.file == 0 ? 2 : 1);
            row = pos[i].p + 1;
        } else {
            col = width_between(&src, left, a->start.file);
            row = pos[i].p + 2;
        }
        if (a->label)
            sb_puts(b, lo + row, code_offset + col, a->label, st);
    }

    /* Underlines, longest first so shorter spans stay visible; at equal
     * length the secondary first. */
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0; j--) {
            const Ann *x = pos[j - 1].a, *y = pos[j].a;
            int lx = ann_len(x), ly = ann_len(y);
            if (lx > ly || (lx == ly && x->primary <= y->primary))
                break;
            Pos t = pos[j];
            pos[j] = pos[j - 1];
            pos[j - 1] = t;
        }
    for (int i = 0; i < n; i++) {
        const Ann *a = pos[i].a;
        int st = a->primary ? ST_UL_PRIMARY : ST_UL_SECONDARY;
        uint32_t ul = a->primary ? '^' : '-';
        int width = a->end.file - a->start.file;
        int co = code_offset + width_between(&src, left, a->start.file);
        int ann_width = width_between(&src, a->start.file, a->start.file + width);
        if (ann_width == 0 && a->type == ANN_SINGLE)
            ann_width = 1;
        for (int k = 0; k < ann_width; k++)
            sb_putc(b, lo + 1, co + k, ul, st);
        /* In the ASCII theme every corner piece is the underline character. */
        if (takes_space(a) || (pos[i].p != 0 && has_label(a)))
            sb_putc(b, lo + 1, co, ul, st);
    }

    for (int i = 0; i < n; i++) {
        const Ann *a = pos[i].a;
        if (a->type == ANN_ML_START || a->type == ANN_ML_END) {
            Depth d = {a->depth, a->primary ? ST_LABEL_PRIMARY : ST_LABEL_SECONDARY};
            vec_push(ret, d);
        }
    }
    xfree(src.c);
    return ret;
}

/* ---- a diagnostic or child with its snippet (emit_messages_default_inner) ---------------- */

/* Appends msg (possibly several lines) to row 0 and below; later lines are
 * indented to line up after "= note: " (rustc's msgs_to_buffer). */
static void msgs_to_buffer(SBuf *b, const char *msg, int max_len, const char *label, int st) {
    int pad = max_len + (int)strlen(label) + 5;
    char *text = normalize_str(msg);
    int line = 0;
    for (char *s = text;;) {
        char *nl = strchr(s, '\n');
        if (nl)
            *nl = '\0';
        if (line > 0)
            for (int i = 0; i < pad; i++)
                sb_append(b, line, " ", ST_NONE);
        sb_append(b, line, s, st);
        if (!nl)
            break;
        s = nl + 1;
        line++;
    }
}

static bool max_line_of(const R *r, const Diag *d, uint32_t *max) {
    if (!r->f)
        return false;
    for (int i = 0; i < d->labels.len; i++) {
        const DiagLabel *l = &d->labels.data[i];
        if (is_dummy(l->span) || (!l->primary && r->short_format))
            continue;
        if (!l->primary && !l->text)
            continue;
        uint32_t line = src_loc(r->f, l->span.hi).line;
        if (line > *max)
            *max = line;
    }
    return true;
}

typedef struct DepthSt {
    int depth, st;
} DepthSt;

static void render_inner(const R *r, const Diag *d, DiagLevel level, int max_len,
                         bool is_secondary) {
    SBuf b = {0};
    SpanLabelVec labels = diag_span_labels(d);
    Span primary = {0, 0};
    bool has_primary = diag_primary_span(d, &primary);

    if (!has_primary && labels.len == 0 && is_secondary && !r->short_format) {
        /* A child without a span: "  = note: text". */
        for (int i = 0; i < max_len; i++)
            sb_prepend(&b, 0, " ", ST_NONE);
        sb_puts(&b, 0, max_len + 1, "= ", ST_LINE_NUM);
        if (level != DIAG_FAILURE_NOTE) {
            sb_append(&b, 0, diag_level_name(level), ST_MAIN_HEADER);
            sb_append(&b, 0, ": ", ST_NONE);
        }
        msgs_to_buffer(&b, d->message, max_len, "note", ST_NONE);
    } else {
        int label_width = 0;
        if (level != DIAG_FAILURE_NOTE) {
            const char *name = diag_level_name(level);
            sb_append(&b, 0, name, level_style(level));
            label_width += (int)strlen(name);
        }
        if (diag_is_error_code(d->code)) {
            sb_append(&b, 0, "[", level_style(level));
            sb_append(&b, 0, d->code, level_style(level));
            sb_append(&b, 0, "]", level_style(level));
            label_width += 2 + (int)strlen(d->code);
        }
        int header = is_secondary ? ST_HEADER : r->short_format ? ST_NONE : ST_MAIN_HEADER;
        if (level != DIAG_FAILURE_NOTE) {
            sb_append(&b, 0, ": ", header);
            label_width += 2;
        }
        char *text = normalize_str(d->message);
        int line = 0;
        for (char *s = text;;) {
            char *nl = strchr(s, '\n');
            if (nl)
                *nl = '\0';
            if (line > 0) {
                char *padded = arena_printf(compiler_arena, "%*s%s", label_width, "", s);
                sb_append(&b, line, padded, header);
            } else
                sb_append(&b, line, s, header);
            if (!nl)
                break;
            s = nl + 1;
            line++;
        }
        if (r->short_format) {
            /* The primary labels in source order (rustc 1.95 lists them so,
             * whatever order they were added in). */
            SpanLabel *sorted = ALLOC_N(SpanLabel, labels.len + 1);
            if (labels.len)
                memcpy(sorted, labels.data, (size_t)labels.len * sizeof *sorted);
            for (int i = 1; i < labels.len; i++)
                for (int j = i; j > 0 && (sorted[j - 1].span.lo > sorted[j].span.lo ||
                                          (sorted[j - 1].span.lo == sorted[j].span.lo &&
                                           sorted[j - 1].span.hi > sorted[j].span.hi));
                     j--) {
                    SpanLabel t = sorted[j];
                    sorted[j] = sorted[j - 1];
                    sorted[j - 1] = t;
                }
            CharVec joined = {0};
            for (int i = 0; i < labels.len; i++) {
                const SpanLabel *l = &sorted[i];
                if (!l->primary || !l->label || !trimmed(l->label)[0])
                    continue;
                if (joined.len)
                    str_append(&joined, ", ", 2);
                str_append(&joined, l->label, strlen(l->label));
            }
            if (joined.len) {
                sb_append(&b, line, ": ", ST_NONE);
                sb_append(&b, line, joined.data, ST_NONE);
            }
        }
    }

    if (!r->f || !has_primary || is_dummy(primary)) {
        sb_render(&b, level, r->short_format, r->color, r->out);
        return;
    }

    int max_depth = 0;
    ALineVec lines = collect_annotations(r, &labels, primary, has_primary, &max_depth);
    Loc plo = src_loc(r->f, primary.lo);
    char *where = arena_printf(compiler_arena, "%s:%u:%u", r->f->path, plo.line, plo.col + 1);
    if (r->short_format) {
        sb_prepend(&b, 0, arena_printf(compiler_arena, "%s: ", where), ST_LINE_COL);
        sb_render(&b, level, true, r->color, r->out);
        return;
    }
    if (lines.len == 0) {
        sb_render(&b, level, false, r->color, r->out);
        return;
    }
    int row = b.n;
    sb_prepend(&b, row, "--> ", ST_LINE_NUM);
    sb_append(&b, row, where, ST_LINE_COL);
    for (int i = 0; i < max_len; i++)
        sb_prepend(&b, row, " ", ST_NONE);
    draw_col_sep(&b, b.n, max_len + 1);

    /* Margins, for trimming long lines. */
    size_t ws_margin = (size_t)-1, span_left = (size_t)-1, span_right = 0, label_right = 0,
           max_line_len = 0;
    for (int i = 0; i < lines.len; i++) {
        size_t len;
        const char *s = get_line(r, lines.data[i].line, &len);
        if (!s)
            continue;
        Chars ch = decode(s, len);
        size_t lead = 0;
        bool any = false;
        while ((int)lead < ch.n && is_lexer_ws(ch.c[lead]))
            lead++;
        for (int k = 0; k < ch.n && !any; k++)
            any = !is_lexer_ws(ch.c[k]);
        if (any && lead < ws_margin)
            ws_margin = lead;
        xfree(ch.c);
    }
    if (ws_margin == (size_t)-1)
        ws_margin = 0;
    for (int i = 0; i < lines.len; i++) {
        size_t len;
        if (get_line(r, lines.data[i].line, &len) && len > max_line_len)
            max_line_len = len;
        for (int k = 0; k < lines.data[i].anns.len; k++) {
            const Ann *a = &lines.data[i].anns.data[k];
            size_t s = (size_t)a->start.file, e = (size_t)a->end.file;
            span_left = s < span_left ? s : span_left;
            span_left = e < span_left ? e : span_left;
            span_right = s > span_right ? s : span_right;
            span_right = e > span_right ? e : span_right;
            size_t lr = e + (a->label ? strlen(a->label) + 1 : 0);
            label_right = lr > label_right ? lr : label_right;
        }
    }
    if (span_left == (size_t)-1)
        span_left = 0;
    int width_offset = 3 + max_len;
    int code_offset = max_depth == 0 ? width_offset : width_offset + max_depth + 1;
    size_t column_width = sat_sub(DEFAULT_COLUMN_WIDTH, (size_t)code_offset);
    Margin m = margin_new(ws_margin, span_left, span_right, label_right, column_width,
                          max_line_len);

    VEC(DepthSt) multilines = {0}; /* vertical bars of open multi-line spans */
    for (int li = 0; li < lines.len; li++) {
        const ALine *line = &lines.data[li];
        int prev_rows = b.n;
        DepthVec depths = render_source_line(r, &b, line, width_offset, code_offset, &m);
        VEC(DepthSt) to_add = {0};
        for (int k = 0; k < depths.len; k++) {
            bool removed = false;
            for (int j = 0; j < multilines.len; j++)
                if (multilines.data[j].depth == depths.data[k].depth) {
                    multilines.data[j] = multilines.data[--multilines.len];
                    removed = true;
                    break;
                }
            if (!removed) {
                bool found = false;
                for (int j = 0; j < to_add.len; j++)
                    if (to_add.data[j].depth == depths.data[k].depth) {
                        to_add.data[j].st = depths.data[k].st;
                        found = true;
                    }
                if (!found) {
                    DepthSt ds = {depths.data[k].depth, depths.data[k].st};
                    vec_push(to_add, ds);
                }
            }
        }
        for (int j = 0; j < multilines.len; j++)
            for (int rr = prev_rows; rr < b.n; rr++)
                draw_multiline_line(&b, rr, width_offset, multilines.data[j].depth,
                                    multilines.data[j].st);
        /* Elide the lines up to the next annotated one: one line is shown,
         * two or more become `...`. */
        if (li + 1 < lines.len) {
            int delta = lines.data[li + 1].line - line->line;
            if (delta >= 2) {
                int rr = b.n;
                if (delta > 2)
                    sb_puts(&b, rr, 0, "...", ST_LINE_NUM);
                else {
                    size_t len;
                    const char *s = get_line(r, line->line + 1, &len);
                    char *norm = normalize(s ? s : "", s ? len : 0);
                    Chars ch = decode(norm, strlen(norm));
                    draw_line(&b, &ch, lines.data[li + 1].line - 1, rr, width_offset,
                              code_offset, &m);
                    xfree(ch.c);
                }
                for (int j = 0; j < multilines.len; j++)
                    draw_multiline_line(&b, rr, width_offset, multilines.data[j].depth,
                                        multilines.data[j].st);
                for (int k = 0; k < line->anns.len; k++) {
                    const Ann *a = &line->anns.data[k];
                    if (a->type == ANN_ML_START)
                        draw_multiline_line(&b, rr, width_offset, a->depth,
                                            a->primary ? ST_UL_PRIMARY : ST_UL_SECONDARY);
                }
            }
        }
        for (int k = 0; k < to_add.len; k++) {
            bool found = false;
            for (int j = 0; j < multilines.len; j++)
                if (multilines.data[j].depth == to_add.data[k].depth) {
                    multilines.data[j].st = to_add.data[k].st;
                    found = true;
                }
            if (!found)
                vec_push(multilines, to_add.data[k]);
        }
    }
    sb_render(&b, level, false, r->color, r->out);
}

/* ---- suggestions (CodeSuggestion::splice_lines, emit_suggestion_default) ------------------ */

typedef struct Part {
    Span span;       /* after trimming a trivial replacement */
    Span orig;       /* as given */
    const char *snippet;
} Part;

typedef struct Hl {
    int start, end;
} Hl;

typedef VEC(Hl) HlVec;

/* rustc's as_substr: if suggestion is original with something inserted in
 * the middle, the prefix length, the inserted text and the suffix length. */
static bool as_substr(const char *orig, const char *sugg, size_t *prefix, char **mid,
                      size_t *suffix) {
    const char *o = orig, *s = sugg, *oe = orig + strlen(orig), *se = sugg + strlen(sugg);
    while (o < oe && s < se) {
        int n1, n2;
        uint32_t c1 = utf8_decode(o, oe, &n1), c2 = utf8_decode(s, se, &n2);
        if (c1 != c2)
            break;
        o += n1;
        s += n2;
    }
    size_t rest = (size_t)(oe - o), slen = (size_t)(se - s);
    if (rest > slen || memcmp(se - rest, o, rest) != 0)
        return false;
    *prefix = (size_t)(o - orig);
    *mid = arena_strndup(compiler_arena, s, slen - rest);
    *suffix = rest;
    return true;
}

static bool replaces_meaningful(const R *r, Span s) { return trimmed(span_text(r, s))[0] != 0; }

static bool is_addition(const R *r, const Part *p) {
    return p->snippet[0] && !replaces_meaningful(r, p->span);
}

static bool is_deletion(const R *r, const Part *p) {
    return !trimmed(p->snippet)[0] && replaces_meaningful(r, p->span);
}

static bool is_destructive(const R *r, const Part *p) {
    size_t a, c;
    char *m;
    return p->snippet[0] && replaces_meaningful(r, p->span) &&
           !as_substr(trimmed(span_text(r, p->span)), trimmed(p->snippet), &a, &m, &c);
}

static bool is_different(const R *r, const char *sugg, Span s) {
    return strcmp(span_text(r, s), sugg) != 0;
}

/* rustc's detect_confusion_type: a suggestion that differs only in case
 * or in look-alike digits and letters gets a hint in its message. */
static const char *confusion_text(const R *r, const Part *p) {
    const char *found = span_text(r, p->span), *sugg = p->snippet;
    if (strlen(found) != strlen(sugg) || !strcmp(found, sugg))
        return "";
    static const char confusable[] = "cfikosuvwxyz";
    static const char digit_letter[][2] = {{'0', 'O'}, {'1', 'l'}, {'5', 'S'}, {'8', 'B'},
                                           {'9', 'g'}};
    bool case_diff = false, dl = false, other = false;
    for (size_t i = 0; found[i]; i++) {
        char f = found[i], s = sugg[i];
        if (f == s)
            continue;
        if ((unsigned char)f >= 0x80 || (unsigned char)s >= 0x80) {
            other = true;
            continue;
        }
        char lf = (char)(f | 0x20), ls = (char)(s | 0x20);
        bool alpha = lf >= 'a' && lf <= 'z';
        if (alpha && lf == ls) {
            if (strchr(confusable, f) || strchr(confusable, s))
                case_diff = true;
            else
                other = true;
            continue;
        }
        bool hit = false;
        for (size_t k = 0; k < sizeof digit_letter / sizeof digit_letter[0]; k++)
            hit = hit || (digit_letter[k][0] == f && digit_letter[k][1] == s) ||
                  (digit_letter[k][0] == s && digit_letter[k][1] == f);
        if (hit)
            dl = true;
        else
            other = true;
    }
    if (other)
        return "";
    if (case_diff && dl)
        return " (notice the capitalization and digit/letter confusion)";
    if (case_diff)
        return " (notice the capitalization)";
    if (dl)
        return " (notice the digit/letter confusion)";
    return "";
}

/* Display width of the first line of s, tabs counting 4 (splice_lines' len). */
static int first_line_len(const char *s) {
    int n = 0;
    const char *end = s + strlen(s);
    while (s < end && *s != '\n') {
        int k;
        uint32_t c = utf8_decode(s, end, &k);
        n += c == '\t' ? 4 : 1;
        s += k;
    }
    return n;
}

/* push_trailing: the part of a line from char lo to char hi (or its end). */
static void push_trailing(CharVec *buf, const char *line, size_t len, int lo, int hi,
                          bool has_hi) {
    if (line) {
        Chars ch = decode(line, len);
        if (lo < ch.n) {
            /* byte offsets of chars lo and hi */
            size_t blo = 0, bhi = 0;
            const char *p = line, *end = line + len;
            for (int i = 0; i < ch.n; i++) {
                if (i == lo)
                    blo = (size_t)(p - line);
                if (i == hi)
                    bhi = (size_t)(p - line);
                int k;
                utf8_decode(p, end, &k);
                p += k;
            }
            if (has_hi && hi < ch.n) {
                if (bhi > blo)
                    str_append(buf, line + blo, bhi - blo);
            } else
                str_append(buf, line + blo, len - blo);
        }
        xfree(ch.c);
    }
    if (!has_hi)
        str_append(buf, "\n", 1);
}

typedef struct Splice {
    char *complete;
    Part *parts;
    int nparts;
    HlVec *hls; /* one per line of complete */
    int nhls;
    const char *confusion;
} Splice;

static bool splice_lines(const R *r, const Diag *help, Splice *sp) {
    int n = help->suggestions.len;
    Part *parts = ALLOC_N(Part, n);
    for (int i = 0; i < n; i++) {
        const DiagSuggestion *s = &help->suggestions.data[i];
        Span span = s->span;
        if (span.hi > r->f->len)
            span.hi = r->f->len;
        if (span.lo > span.hi)
            span.lo = span.hi;
        parts[i].span = parts[i].orig = span;
        parts[i].snippet = s->replacement;
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && parts[j - 1].span.lo > parts[j].span.lo; j--) {
            Part t = parts[j];
            parts[j] = parts[j - 1];
            parts[j - 1] = t;
        }
    uint32_t lo = parts[0].span.lo;
    Loc prev_hi = src_loc(r->f, lo);
    prev_hi.col = 0;
    size_t prev_len;
    const char *prev_line = get_line(r, (int)prev_hi.line, &prev_len);
    CharVec buf = {0};
    VEC(HlVec) hls = {0};
    HlVec cur = {0};
    int acc = 0;
    sp->confusion = "";
    for (int i = 0; i < n; i++) {
        Part *p = &parts[i];
        /* Turn "a" -> "ab" into an insertion of "b". */
        if (p->snippet[0]) {
            size_t pre, suf;
            char *mid;
            if (as_substr(span_text(r, p->span), p->snippet, &pre, &mid, &suf)) {
                p->span.lo += (uint32_t)pre;
                p->span.hi -= (uint32_t)suf;
                p->snippet = mid;
            }
        }
        if (!sp->confusion[0])
            sp->confusion = confusion_text(r, p);
        Loc cur_lo = src_loc(r->f, p->span.lo);
        if (prev_hi.line == cur_lo.line) {
            push_trailing(&buf, prev_line, prev_len, (int)prev_hi.col, (int)cur_lo.col, true);
        } else {
            acc = 0;
            vec_push(hls, cur);
            memset(&cur, 0, sizeof cur);
            push_trailing(&buf, prev_line, prev_len, (int)prev_hi.col, 0, false);
            for (uint32_t l = prev_hi.line + 1; l < cur_lo.line; l++) {
                size_t len;
                const char *s = get_line(r, (int)l, &len);
                if (s) {
                    str_append(&buf, s, len);
                    str_append(&buf, "\n", 1);
                    vec_push(hls, cur);
                    memset(&cur, 0, sizeof cur);
                }
            }
            size_t len;
            const char *s = get_line(r, (int)cur_lo.line, &len);
            if (s) {
                Chars ch = decode(s, len);
                size_t bytes = 0;
                const char *q = s;
                for (uint32_t k = 0; k < cur_lo.col && (int)k < ch.n; k++) {
                    int kk;
                    utf8_decode(q, s + len, &kk);
                    q += kk;
                }
                bytes = (size_t)(q - s);
                str_append(&buf, s, bytes);
                xfree(ch.c);
            }
        }
        int len = first_line_len(p->snippet);
        if (is_different(r, p->snippet, p->span)) {
            Hl h = {(int)cur_lo.col + acc, (int)cur_lo.col + acc + len};
            vec_push(cur, h);
        }
        str_append(&buf, p->snippet, strlen(p->snippet));
        Loc cur_hi = src_loc(r->f, p->span.hi);
        acc += len - ((int)cur_hi.col - (int)cur_lo.col);
        prev_hi = cur_hi;
        prev_line = get_line(r, (int)prev_hi.line, &prev_len);
        for (const char *nl = strchr(p->snippet, '\n'); nl; nl = strchr(nl + 1, '\n')) {
            acc = 0;
            vec_push(hls, cur);
            memset(&cur, 0, sizeof cur);
            Hl h = {0, first_line_len(nl + 1)};
            vec_push(cur, h);
        }
    }
    vec_push(hls, cur);
    if (!buf.len || buf.data[buf.len - 1] != '\n')
        push_trailing(&buf, prev_line, prev_len, (int)prev_hi.col, 0, false);
    while (buf.len && buf.data[buf.len - 1] == '\n')
        buf.data[--buf.len] = '\0';
    bool any = false;
    for (int i = 0; i < hls.len; i++)
        any = any || hls.data[i].len > 0;
    if (!any)
        return false;
    sp->complete = buf.data ? buf.data : arena_strdup(compiler_arena, "");
    sp->parts = parts;
    sp->nparts = n;
    sp->hls = hls.data;
    sp->nhls = hls.len;
    return true;
}

typedef enum Show { SHOW_UNDERLINE, SHOW_DIFF, SHOW_NONE, SHOW_ADD } Show;

typedef struct FileLines {
    int first, count; /* 1-based line numbers first .. first+count-1 */
} FileLines;

/* rustc's draw_code_line. */
static void draw_code_line(const R *r, SBuf *b, int *row, const HlVec *hl, int line_num,
                           const char *line_to_add, Show show, int max_len, FileLines fl,
                           bool is_multiline) {
    if (show == SHOW_DIFF) {
        for (int i = 0; i < fl.count - 1; i++) {
            size_t len;
            const char *s = get_line(r, fl.first + i, &len);
            draw_line_num(b, line_num + i, *row - 1, max_len);
            sb_puts(b, *row - 1, max_len + 1, "- ", ST_REMOVAL);
            sb_puts(b, *row - 1, max_len + 3, normalize(s ? s : "", s ? len : 0), ST_NONE);
            (*row)++;
        }
        size_t len;
        const char *last = get_line(r, fl.first + fl.count - 1, &len);
        char *last_s = arena_strndup(compiler_arena, last ? last : "", last ? len : 0);
        if (strcmp(last_s, line_to_add) != 0) {
            draw_line_num(b, line_num + fl.count - 1, *row - 1, max_len);
            sb_puts(b, *row - 1, max_len + 1, "- ", ST_REMOVAL);
            sb_puts(b, *row - 1, max_len + 3, normalize_str(last_s), ST_NONE);
            if (trimmed(line_to_add)[0]) {
                draw_line_num(b, line_num, *row, max_len);
                sb_puts(b, *row, max_len + 1, "+ ", ST_ADDITION);
                sb_append(b, *row, normalize_str(line_to_add), ST_NONE);
            } else
                (*row)--;
        } else
            *row -= 2;
    } else if (is_multiline) {
        draw_line_num(b, line_num, *row, max_len);
        int len = (int)strlen(line_to_add);
        if (hl->len == 1 && hl->data[0].start == 0 && hl->data[0].end == len)
            sb_puts(b, *row, max_len + 1, "+ ", ST_ADDITION);
        else if (hl->len == 0 || (hl->len == 1 && hl->data[0].start == 0 && hl->data[0].end == 0))
            draw_col_sep(b, *row, max_len + 1);
        else
            sb_puts(b, *row, max_len + 1, "~ ", ST_ADDITION);
        sb_puts(b, *row, max_len + 3, normalize_str(line_to_add), ST_NONE);
    } else if (show == SHOW_ADD) {
        draw_line_num(b, line_num, *row, max_len);
        sb_puts(b, *row, max_len + 1, "+ ", ST_ADDITION);
        sb_append(b, *row, normalize_str(line_to_add), ST_NONE);
    } else {
        draw_line_num(b, line_num, *row, max_len);
        sb_puts(b, *row, max_len + 1, "| ", ST_LINE_NUM);
        sb_append(b, *row, normalize_str(line_to_add), ST_NONE);
    }
    /* Inserted text in green; tabs before it were widened to 4 columns. */
    for (int i = 0; i < hl->len; i++) {
        int start = hl->data[i].start, end = hl->data[i].end;
        if (start == end)
            continue;
        int tabs = 0, k = 0;
        for (const char *p = line_to_add, *e = p + strlen(p); p < e && k < start; k++) {
            int n;
            if (utf8_decode(p, e, &n) == '\t')
                tabs += 3;
            p += n;
        }
        sb_set_style_range(b, *row, max_len + 3 + start + tabs, max_len + 3 + end + tabs,
                           ST_ADDITION, true);
    }
    (*row)++;
}

static void render_suggestion(const R *r, const Diag *help, int max_len) {
    Splice sp;
    if (!splice_lines(r, help, &sp))
        return;
    SBuf b = {0};
    sb_append(&b, 0, "help", ST_LEVEL_HELP);
    sb_append(&b, 0, ": ", ST_HEADER);
    msgs_to_buffer(&b, arena_printf(compiler_arena, "%s%s", help->message, sp.confusion),
                   max_len, "suggestion", ST_HEADER);

    bool has_deletion = false;
    for (int i = 0; i < sp.nparts; i++)
        has_deletion = has_deletion || is_deletion(r, &sp.parts[i]) ||
                       is_destructive(r, &sp.parts[i]);
    /* The lines of `complete`, as str::lines() splits them. */
    VEC(char *) lines = {0};
    for (char *s = sp.complete; *s;) {
        char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (len && s[len - 1] == '\r')
            len--;
        vec_push(lines, arena_strndup(compiler_arena, s, len));
        if (!nl)
            break;
        s = nl + 1;
    }
    bool is_multiline = lines.len > 1;

    int row = 2;
    draw_col_sep(&b, row - 1, max_len + 1);
    Show show;
    const Part *p0 = &sp.parts[0];
    size_t p0_len = strlen(p0->snippet);
    if (has_deletion && !is_multiline)
        show = SHOW_DIFF;
    else if (sp.nparts == 1 && p0_len && p0->snippet[p0_len - 1] == '\n' &&
             !strcmp(trimmed(p0->snippet), trimmed(sp.complete)))
        show = SHOW_ADD;
    else if ((sp.nparts != 1 || strcmp(trimmed(p0->snippet), trimmed(sp.complete)) != 0) &&
             !is_multiline)
        show = SHOW_UNDERLINE;
    else
        show = SHOW_NONE;
    if (show == SHOW_DIFF)
        row++;

    Loc fl_lo = src_loc(r->f, p0->span.lo), fl_hi = src_loc(r->f, p0->span.hi);
    FileLines fl = {(int)fl_lo.line, (int)(fl_hi.line - fl_lo.line) + 1};
    int line_start = (int)src_loc(r->f, p0->orig.lo).line;

    if (lines.len == 0) {
        /* Removing whole lines that hold only whitespace. */
        int line_end = (int)src_loc(r->f, p0->orig.hi).line;
        for (int l = line_start; l <= line_end; l++) {
            size_t len;
            const char *s = get_line(r, l, &len);
            draw_line_num(&b, l, row - 1 + l - line_start, max_len);
            sb_puts(&b, row - 1 + l - line_start, max_len + 1, "- ", ST_REMOVAL);
            sb_puts(&b, row - 1 + l - line_start, max_len + 3, normalize(s ? s : "", s ? len : 0),
                    ST_REMOVAL);
        }
        row += line_end - line_start;
    }

    typedef struct Unhl {
        int pos;
        const char *line;
    } Unhl;
    VEC(Unhl) unhl = {0};
    int last_pos = 0;
    bool is_item_attribute = false;
    int nzip = lines.len < sp.nhls ? lines.len : sp.nhls;
    static const HlVec no_hl;
    for (int lp = 0; lp < nzip; lp++) {
        const char *line = lines.data[lp];
        const HlVec *hl = &sp.hls[lp];
        last_pos = lp;
        if (hl->len == 0) {
            Unhl u = {lp, line};
            vec_push(unhl, u);
            continue;
        }
        char *t = trimmed(line);
        size_t tl = strlen(t);
        if (hl->len == 1 && tl >= 2 && t[0] == '#' && t[1] == '[' && t[tl - 1] == ']' &&
            lines.len == 1)
            is_item_attribute = true;
        if (unhl.len > 0 && unhl.len <= 3) {
            for (int k = 0; k < unhl.len; k++)
                draw_code_line(r, &b, &row, &no_hl, unhl.data[k].pos + line_start,
                               unhl.data[k].line, show, max_len, fl, is_multiline);
        } else if (unhl.len > 3) {
            Unhl first = unhl.data[0], last = unhl.data[unhl.len - 1];
            draw_code_line(r, &b, &row, &no_hl, first.pos + line_start, first.line, show, max_len,
                           fl, is_multiline);
            sb_puts(&b, row, max_len > 3 ? max_len - 3 : 0, "...", ST_LINE_NUM);
            row++;
            draw_code_line(r, &b, &row, &no_hl, last.pos + line_start, last.line, show, max_len,
                           fl, is_multiline);
        }
        unhl.len = 0;
        draw_code_line(r, &b, &row, hl, lp + line_start, line, show, max_len, fl, is_multiline);
    }
    if (show == SHOW_ADD && is_item_attribute) {
        /* Show the line the attribute goes above. */
        int line_num = (int)src_loc(r->f, p0->span.lo).line;
        size_t len;
        const char *s = get_line(r, line_num, &len);
        if (s)
            draw_code_line(r, &b, &row, &no_hl, line_num + last_pos + 1,
                           normalize(s, len), SHOW_NONE, max_len, fl, is_multiline);
    }

    if (show == SHOW_DIFF || show == SHOW_UNDERLINE || show == SHOW_ADD) {
        typedef struct Off {
            int at, delta;
        } Off;
        VEC(Off) offsets = {0};
        for (int i = 0; i < sp.nparts; i++) {
            const Part *p = &sp.parts[i];
            int start_pos = (int)src_loc(r->f, p->span.lo).col_disp;
            int end_pos = (int)src_loc(r->f, p->span.hi).col_disp;
            bool ws_add = !trimmed(p->snippet)[0];
            size_t ta, tb;
            trim_range(p->snippet, strlen(p->snippet), &ta, &tb);
            int start = ws_add ? 0 : (int)ta;
            int sub_len = ws_add ? str_display_width(p->snippet, strlen(p->snippet))
                                 : str_display_width(p->snippet + ta, tb - ta);
            int offset = 0;
            for (int k = 0; k < offsets.len; k++)
                if (start_pos >= offsets.data[k].at)
                    offset += offsets.data[k].delta;
            int ul_start = start_pos + start + offset, ul_end = ul_start + sub_len;
            int padding = max_len + 3;
            if (show == SHOW_UNDERLINE && is_different(r, p->snippet, p->span)) {
                uint32_t ch = is_addition(r, p) ? '+' : '~';
                for (int c = ul_start; c < ul_end; c++)
                    sb_putc(&b, row, padding + c, ch, ST_ADDITION);
            }
            if (show == SHOW_DIFF) {
                /* Colour what is removed. */
                char *snip = span_text(r, p->span);
                int newlines = 0;
                for (char *q = snip; *q; q++)
                    newlines += *q == '\n';
                if (*snip && snip[strlen(snip) - 1] != '\n')
                    newlines++;
                if (newlines > 1 && row > newlines) {
                    int i2 = 0;
                    for (char *s = snip; *s && i2 < newlines; i2++) {
                        char *nl = strchr(s, '\n');
                        size_t len = nl ? (size_t)(nl - s) : strlen(s);
                        int llen = (int)strlen(normalize(s, len));
                        int rr = row - 2 - (newlines - i2 - 1);
                        if (rr < 2)
                            rr = 2;
                        int from = i2 == 0 ? padding + start_pos : padding;
                        int to = i2 == 0              ? padding + start_pos + llen
                                 : i2 == newlines - 1 ? padding + end_pos
                                                      : padding + llen;
                        sb_set_style_range(&b, rr, from, to, ST_REMOVAL, true);
                        if (!nl)
                            break;
                        s = nl + 1;
                    }
                } else {
                    sb_set_style_range(&b, row - 2, padding + start_pos, padding + end_pos,
                                       ST_REMOVAL, true);
                }
            }
            int full = str_display_width(p->snippet, strlen(p->snippet));
            Off o = {end_pos, full - (end_pos - start_pos)};
            vec_push(offsets, o);
        }
        row++;
    }

    if (nzip < lines.len) {
        sb_puts(&b, row, max_len > 3 ? max_len - 3 : 0, "...", ST_LINE_NUM);
    } else {
        int rr = show == SHOW_NONE ? row : row - 1;
        draw_col_sep(&b, rr, max_len + 1);
    }
    sb_render(&b, DIAG_HELP, false, r->color, r->out);
}

/* ---- a whole diagnostic (emit_messages_default) ----------------------------------------------- */

static int count_words(const char *s) {
    int n = 0;
    bool in = false;
    for (const char *p = s, *e = s + strlen(s); p < e;) {
        int k;
        bool ws = is_ws(utf8_decode(p, e, &k));
        if (!ws && !in)
            n++;
        in = !ws;
        p += k;
    }
    return n;
}

void diag_render_human(const Diag *d, bool short_format, bool color, CharVec *out) {
    R r = {diag_current_file(), short_format, color, out};
    VEC(const Diag *) children = {0};
    VEC(const Diag *) suggs = {0};
    for (int i = 0; i < d->children.len; i++) {
        if (diag_is_suggestion(d->children.data[i]))
            vec_push(suggs, d->children.data[i]);
        else
            vec_push(children, d->children.data[i]);
    }
    if (!r.f)
        suggs.len = 0; /* nothing to show them in */

    /* rustc's primary_span_formatted: a lone short inline suggestion becomes
     * a label "help: msg: `code`" on the code it replaces. */
    Diag copy = *d;
    if (suggs.len == 1 && suggs.data[0]->suggestions.len == 1 &&
        suggs.data[0]->suggestions.data[0].style != SUGG_VERBOSE) {
        const Diag *h = suggs.data[0];
        const DiagSuggestion *s = &h->suggestions.data[0];
        if (count_words(h->message) < 10 && !strchr(s->replacement, '\n')) {
            const char *snip = trimmed(s->replacement);
            Part p = {s->span, s->span, snip};
            char *label = !snip[0] || s->style == SUGG_INLINE_MSG
                              ? arena_printf(compiler_arena, "help: %s", h->message)
                                   : arena_printf(compiler_arena, "help: %s%s: `%s`", h->message,
                                                  confusion_text(&r, &p), snip);
            memset(&copy.labels, 0, sizeof copy.labels);
            for (int i = 0; i < d->labels.len; i++)
                vec_push(copy.labels, d->labels.data[i]);
            DiagLabel l = {s->span, false, label};
            vec_push(copy.labels, l);
            d = &copy;
            suggs.len = 0;
        }
    }

    uint32_t max_line = 0;
    max_line_of(&r, d, &max_line);
    for (int i = 0; i < children.len; i++)
        max_line_of(&r, children.data[i], &max_line);
    int max_len = num_decimal_digits(max_line);

    render_inner(&r, d, d->level, max_len, false);
    if ((children.len || suggs.len) && !short_format) {
        SBuf b = {0};
        draw_col_sep(&b, 0, max_len + 1);
        sb_render(&b, d->level, false, color, out);
    }
    if (!short_format) {
        for (int i = 0; i < children.len; i++)
            render_inner(&r, children.data[i], children.data[i]->level, max_len, true);
        for (int i = 0; i < suggs.len; i++)
            render_suggestion(&r, suggs.data[i], max_len);
    }
    str_append(out, "\n", 1);
}
