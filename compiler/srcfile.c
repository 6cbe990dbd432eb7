/* srcfile.c: source files: loading, validation, the line table, columns.
 *
 * src_load() reads a file and refuses what rustc refuses: a path it cannot
 * read, bytes that are not UTF-8 (reported at the first bad byte, as rustc
 * does), and NUL bytes (reported at the first one with rustc's "unknown
 * start of token" error; rustc accepts NUL inside string literals, owl does
 * not, so the lexer can rely on a NUL-free text). Files over 64 MiB are
 * refused too.
 *
 * Like rustc (rustc_span's normalize_src), loading strips a leading UTF-8 BOM
 * and turns every CRLF into LF, so the text the lexer sees and every Span
 * index the normalised text: line and column numbers come out as rustc's,
 * and byte offsets as in rustc's JSON. A lone CR is kept.
 *
 * The line table holds the offset of every line start. As in rustc, a final
 * newline does not start another line: an offset at the very end of such a
 * file is on the last line, one column past its newline (that is where rustc
 * puts "this file contains an unclosed delimiter"). Columns count chars (diagnostics) or display width (panic
 * locations); both are computed on demand by scanning one line.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag_impl.h"
#include "diag_width.h"

enum { MAX_SOURCE_BYTES = 64 << 20 };

/* ---- UTF-8 ------------------------------------------------------------------ */

/* Length of the valid UTF-8 sequence at s, or 0 if the bytes there are not
 * one. *bad_len gets how many bytes the invalid sequence spans, as Rust's
 * Utf8Error::error_len counts them (0 when the text ends inside it). */
static int utf8_valid_len(const unsigned char *s, const unsigned char *end, int *bad_len) {
    unsigned c = s[0];
    int n;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0; /* no overlong forms */
        if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        *bad_len = 1;
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if (s + i >= end) {
            *bad_len = 0;
            return 0;
        }
        unsigned b = s[i];
        unsigned l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (b < l || b > h) {
            *bad_len = i;
            return 0;
        }
    }
    return n;
}

uint32_t utf8_decode(const char *s, const char *end, int *len) {
    const unsigned char *p = (const unsigned char *)s;
    int bad;
    int n = utf8_valid_len(p, (const unsigned char *)end, &bad);
    *len = n ? n : 1;
    switch (n) {
    case 1: return p[0];
    case 2: return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    case 3: return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    case 4:
        return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
               (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    default: return 0xFFFD;
    }
}

void utf8_append(CharVec *out, uint32_t c) {
    char b[4];
    int n;
    if (c < 0x80) {
        b[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | c >> 6);
        b[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | c >> 12);
        b[1] = (char)(0x80 | (c >> 6 & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | c >> 18);
        b[1] = (char)(0x80 | (c >> 12 & 0x3F));
        b[2] = (char)(0x80 | (c >> 6 & 0x3F));
        b[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    str_append(out, b, (size_t)n);
}

/* ---- widths -------------------------------------------------------------------- */

int src_char_width(uint32_t c) {
    if (c == '\t')
        return 4;
    /* Controls and the bidi overrides are printed as visible replacements
     * one column wide (rustc's OUTPUT_REPLACEMENTS). */
    if (c < 0x20 || c == 0x7F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return 1;
    if (c < 0x80)
        return 1;
    if (c >= 0x80 && c < 0xA0)
        return 1;
    size_t lo = 0, hi = sizeof width_ranges / sizeof width_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < width_ranges[mid].lo)
            hi = mid;
        else if (c > width_ranges[mid].hi)
            lo = mid + 1;
        else
            return width_ranges[mid].width;
    }
    return 1;
}

int str_display_width(const char *s, size_t len) {
    int w = 0;
    const char *end = s + len;
    while (s < end) {
        int n;
        w += src_char_width(utf8_decode(s, end, &n));
        s += n;
    }
    return w;
}

/* The last position src_loc() computed, to count on from. Diagnostics and
 * --dump-tokens ask for positions in increasing order, and counting each
 * one from its line's start is quadratic in the length of a long line. */
typedef struct LocMemo {
    uint32_t offset; /* a character boundary */
    Loc loc;         /* its position */
} LocMemo;

/* ---- building a SourceFile ------------------------------------------------------ */

/* Strips the BOM, turns CRLF into LF, builds the line table. The text is
 * copied into the compiler arena and NUL-terminated. */
static SourceFile *make_file(const char *path, const char *text, size_t len) {
    SourceFile *f = ALLOC(SourceFile);
    f->memo = ALLOC(LocMemo);
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
        f->bom_len = 3;
    }
    char *buf = ALLOC_N(char, len + 1);
    size_t n = 0;
    uint32_t lines = 1, crs = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n') {
            crs++;
            continue;
        }
        /* rustc starts no line after a newline that ends the file. */
        if (text[i] == '\n' && i + 1 < len)
            lines++;
        buf[n++] = text[i];
    }
    buf[n] = '\0';
    if (crs) {
        f->crlf_lfs = ALLOC_N(uint32_t, crs);
        for (size_t i = 0, k = 0, out = 0; i < len; i++) {
            if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n') {
                f->crlf_lfs[k++] = (uint32_t)out;
                continue;
            }
            out++;
        }
        f->ncrlf = crs;
    }

    f->path = arena_strdup(compiler_arena, path);
    f->text = buf;
    f->len = (uint32_t)n;
    f->line_starts = ALLOC_N(uint32_t, lines);
    f->nlines = lines;
    uint32_t l = 0;
    f->line_starts[l++] = 0;
    for (uint32_t i = 0; i + 1 < f->len; i++)
        if (buf[i] == '\n')
            f->line_starts[l++] = i + 1;
    return f;
}

SourceFile *src_from_string(const char *path, const char *text, size_t len) {
    return make_file(path, text, len);
}

/* ---- loading ---------------------------------------------------------------------- */

/* rustc prints io::Error's Display: the strerror text and the errno. */
static void report_io(const char *path, int err) {
    diag_emit(diag_new_nospan(DIAG_ERROR, NULL, "couldn't read `%s`: %s (os error %d)", path,
                              strerror(err), err));
}

/* The first byte that is not UTF-8, reported the way rustc's utf8_error()
 * does: a label at that byte of a lossily decoded copy of the file, or a
 * note when the bad byte is the very first one (rustc's span would be the
 * dummy span there). */
static void report_bad_utf8(const char *path, const char *text, size_t len, size_t at,
                            int bad_len) {
    Diag *d;
    char what[96];
    if (bad_len == 1)
        snprintf(what, sizeof what, "byte `%u` is not valid utf-8", (unsigned char)text[at]);
    else if (bad_len > 1) {
        int n = snprintf(what, sizeof what, "bytes `[");
        for (int i = 0; i < bad_len; i++)
            n += snprintf(what + n, sizeof what - (size_t)n, "%s%u", i ? ", " : "",
                          (unsigned char)text[at + (size_t)i]);
        snprintf(what + n, sizeof what - (size_t)n, "]` are not valid utf-8");
    } else
        snprintf(what, sizeof what, "invalid utf-8 at byte `%zu`", at);

    const char *msg = "couldn't read `%s`: stream did not contain valid UTF-8";
    size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (at == 0 || at == bom) {
        d = diag_new_nospan(DIAG_ERROR, NULL, msg, path);
        diag_note(d, "invalid utf-8 at byte `%zu`", at);
        diag_emit(d);
        return;
    }
    /* String::from_utf8_lossy: each maximal invalid prefix becomes U+FFFD. */
    CharVec lossy = {0};
    const char *p = text, *end = text + len;
    while (p < end) {
        int bad;
        int n = utf8_valid_len((const unsigned char *)p, (const unsigned char *)end, &bad);
        if (n) {
            str_append(&lossy, p, (size_t)n);
            p += n;
        } else {
            str_append(&lossy, "\xEF\xBF\xBD", 3);
            p += bad ? bad : (int)(end - p);
        }
    }
    SourceFile *tmp = make_file(path, lossy.data, (size_t)lossy.len);
    /* Offsets before the first bad byte are unchanged by the lossy copy;
     * only the BOM and CRLFs that make_file removed shift them. */
    uint32_t off = (uint32_t)(at - bom);
    for (size_t i = bom; i + 1 < at; i++)
        if (text[i] == '\r' && text[i + 1] == '\n')
            off--;
    const SourceFile *saved = diag_current_file();
    diag_set_file(tmp);
    d = diag_new(DIAG_ERROR, NULL, span_at(off, off), NULL, msg, path);
    diag_primary_label(d, span_at(off, off), "%s", what);
    diag_emit(d);
    diag_set_file(saved);
}

SourceFile *src_load(const char *path, bool *io_error) {
    *io_error = false;
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        *io_error = true;
        report_io(path, errno);
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int err = errno;
        close(fd);
        *io_error = true;
        report_io(path, err);
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        *io_error = true;
        report_io(path, EISDIR);
        return NULL;
    }
    if (S_ISREG(st.st_mode) && st.st_size > MAX_SOURCE_BYTES) {
        close(fd);
        diag_emit(diag_new_nospan(DIAG_ERROR, NULL,
                                  "couldn't read `%s`: the file is larger than owl's limit of "
                                  "64 MiB",
                                  path));
        return NULL;
    }
    /* Read to the end (a pipe or /dev/stdin has no useful st_size). */
    size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            int err = errno;
            close(fd);
            xfree(buf);
            *io_error = true;
            report_io(path, err);
            return NULL;
        }
        if (n == 0)
            break;
        len += (size_t)n;
        if (len > MAX_SOURCE_BYTES) {
            close(fd);
            xfree(buf);
            diag_emit(diag_new_nospan(DIAG_ERROR, NULL,
                                      "couldn't read `%s`: the file is larger than owl's "
                                      "limit of 64 MiB",
                                      path));
            return NULL;
        }
    }
    close(fd);

    /* Validate: UTF-8 everywhere, then no NUL. */
    const unsigned char *p = (const unsigned char *)buf, *end = p + len;
    while (p < end) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        int bad;
        int n = utf8_valid_len(p, end, &bad);
        if (!n) {
            report_bad_utf8(path, buf, len, (size_t)(p - (const unsigned char *)buf), bad);
            xfree(buf);
            return NULL;
        }
        p += n;
    }
    SourceFile *f = make_file(path, buf, len);
    xfree(buf);
    const char *nul = memchr(f->text, '\0', f->len);
    if (nul) {
        uint32_t off = (uint32_t)(nul - f->text);
        const SourceFile *saved = diag_current_file();
        diag_set_file(f);
        Diag *d = diag_new(DIAG_ERROR, NULL, span_at(off, off + 1), NULL,
                           "unknown start of token: \\u{0}");
        diag_help(d, "source files must contain UTF-8 encoded text, unexpected null bytes "
                     "might occur when a different encoding is used");
        diag_emit(d);
        diag_set_file(saved);
        return NULL;
    }
    return f;
}

/* ---- positions ------------------------------------------------------------------------ */

/* Index of the line holding offset (0-based). */
static uint32_t line_index(const SourceFile *f, uint32_t offset) {
    uint32_t lo = 0, hi = f->nlines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

Loc src_loc(const SourceFile *f, uint32_t offset) {
    Loc loc = {1, 0, 0};
    if (!f)
        return loc;
    if (offset > f->len)
        offset = f->len;
    uint32_t li = line_index(f, offset);
    loc.line = li + 1;
    const char *p = f->text + f->line_starts[li], *end = f->text + offset;
    LocMemo *memo = f->memo;
    if (memo && memo->loc.line == loc.line && memo->offset <= offset) {
        p = f->text + memo->offset;
        loc = memo->loc;
    }
    while (p < end) {
        int n;
        uint32_t c = utf8_decode(p, f->text + f->len, &n);
        loc.col++;
        loc.col_disp += (uint32_t)src_char_width(c);
        p += n;
    }
    if (memo) {
        memo->offset = (uint32_t)(p - f->text);
        memo->loc = loc;
    }
    return loc;
}

LineCol src_linecol(const SourceFile *f, uint32_t offset) {
    Loc l = src_loc(f, offset);
    LineCol lc = {l.line, l.col + 1};
    return lc;
}

uint32_t src_original_offset(const SourceFile *f, uint32_t offset) {
    /* Every CR removed before an LF at or before offset shifts it by one. */
    uint32_t lo = 0, hi = f->ncrlf;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->crlf_lfs[mid] <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return offset + f->bom_len + lo;
}

uint32_t src_display_col(const SourceFile *f, uint32_t offset) {
    return src_loc(f, offset).col_disp + 1;
}

const char *src_line_text(const SourceFile *f, uint32_t line, uint32_t *len) {
    if (!f || line == 0 || line > f->nlines) {
        *len = 0;
        return NULL;
    }
    uint32_t start = f->line_starts[line - 1];
    uint32_t end = line < f->nlines ? f->line_starts[line] : f->len;
    if (end > start && f->text[end - 1] == '\n')
        end--;
    *len = end - start;
    return f->text + start;
}
