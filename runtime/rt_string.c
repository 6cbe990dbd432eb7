/* rt_string.c: String and str operations with Rust's observable behaviour.
 *
 * Capacities follow alloc::raw_vec exactly (rust-facts section 2): new and
 * with_capacity(0) allocate nothing and use the dangling pointer 1; from,
 * to_string and clone allocate exactly len bytes; growth is
 * max(2 * cap, len + additional, 8), and more than isize::MAX bytes is a
 * "capacity overflow" panic. Slicing checks bounds and char boundaries in
 * rustc 1.95's order and panics with its messages.
 *
 * Invariants: cap == 0 <=> ptr == (uint8_t *)1; len <= cap; the bytes are
 * valid UTF-8 (guaranteed by the type checker, relied on when decoding).
 */
#include <string.h>

#include "rt_internal.h"

/* ---- UTF-8 ---------------------------------------------------------------- */

size_t owlrt_utf8_encode(uint32_t c, uint8_t out[4])
{
    if (c < 0x80) {
        out[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (uint8_t)(0xC0 | (c >> 6));
        out[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (c >> 12));
        out[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | (c >> 18));
    out[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

uint32_t owlrt_utf8_decode(const uint8_t *p, size_t n, size_t *size)
{
    uint32_t c = p[0];
    size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (k > n)
        k = n; /* never for valid UTF-8; keeps a bad input in bounds */
    if (k == 2)
        c &= 0x1F;
    else if (k == 3)
        c &= 0x0F;
    else if (k == 4)
        c &= 0x07;
    for (size_t i = 1; i < k; i++)
        c = (c << 6) | (p[i] & 0x3F);
    *size = k;
    return c;
}

/* ---- String ----------------------------------------------------------------- */

void owl_string_new(OwlString *out)
{
    out->cap = 0;
    out->ptr = (uint8_t *)1;
    out->len = 0;
}

void owl_string_with_capacity(OwlString *out, size_t cap)
{
    if (cap > OWLRT_ISIZE_MAX)
        owlrt_capacity_overflow();
    out->cap = cap;
    out->ptr = cap ? owl_alloc(cap, 1) : (uint8_t *)1;
    out->len = 0;
}

void owl_string_from(OwlString *out, const uint8_t *p, size_t len)
{
    owl_string_with_capacity(out, len);
    if (len)
        memcpy(out->ptr, p, len);
    out->len = len;
}

/* RawVec::grow_amortized. */
static void reserve(OwlString *s, size_t additional)
{
    size_t need, cap;
    if (s->cap - s->len >= additional)
        return;
    need = s->len + additional;
    if (need < s->len || need > OWLRT_ISIZE_MAX)
        owlrt_capacity_overflow();
    cap = s->cap * 2;
    if (cap < need)
        cap = need;
    if (cap < 8)
        cap = 8;
    s->ptr = owl_realloc(s->cap ? s->ptr : NULL, s->cap, 1, cap);
    s->cap = cap;
}

void owl_string_push_str(OwlString *s, const uint8_t *p, size_t len)
{
    reserve(s, len);
    if (len)
        memcpy(s->ptr + s->len, p, len);
    s->len += len;
}

void owl_string_push(OwlString *s, uint32_t ch)
{
    uint8_t b[4];
    owl_string_push_str(s, b, owlrt_utf8_encode(ch, b));
}

void owl_string_clone(OwlString *out, const OwlString *s)
{
    owl_string_from(out, s->ptr, s->len);
}

void owl_string_drop(OwlString *s)
{
    owl_free(s->ptr, s->cap, 1);
}

/* ---- str ------------------------------------------------------------------------ */

static int is_char_boundary(const uint8_t *p, size_t len, size_t i)
{
    return i == 0 || i == len || (i < len && (p[i] & 0xC0) != 0x80);
}

static void lit(OwlFmt *f, const char *s)
{
    owl_fmt_lit(f, (const uint8_t *)s, strlen(s));
}

static void num(OwlFmt *f, uint64_t v)
{
    static const OwlTypeDesc usize_td = { OWL_TD_UINT, 8, 0, 0, NULL, NULL, NULL, NULL, NULL };
    static const OwlFmtSpec display = { ' ', OWL_ALIGN_NONE, 0, OWL_FMT_DISPLAY, 0, -1, -1 };
    owl_fmt_arg(f, &v, &usize_td, &display);
}

/* "`S`" with S cut to at most 256 bytes at a char boundary, then "[...]"
 * if it was cut (core::str::slice_error_fail_rt). */
static void quoted_str(OwlFmt *f, const uint8_t *p, size_t len)
{
    size_t trunc = len;
    if (len > 256) {
        trunc = 256;
        while (!is_char_boundary(p, len, trunc))
            trunc--;
    }
    lit(f, "`");
    owl_fmt_lit(f, p, trunc);
    lit(f, "`");
    if (trunc < len)
        lit(f, "[...]");
}

OwlStr owl_str_slice(const uint8_t *p, size_t len, size_t lo, size_t hi,
                     int has_lo, int has_hi, const OwlLoc *loc)
{
    OwlStr r;
    OwlFmt f;

    if (!has_lo)
        lo = 0;
    if (!has_hi)
        hi = len;
    if (lo <= hi && hi <= len && is_char_boundary(p, len, lo)
        && is_char_boundary(p, len, hi)) {
        r.ptr = p + lo;
        r.len = hi - lo;
        return r;
    }

    /* The checks in rustc 1.95's order. */
    owl_fmt_init(&f, 0);
    if (lo > len || hi > len) {
        lit(&f, lo > len ? "start" : "end");
        lit(&f, " byte index ");
        num(&f, lo > len ? lo : hi);
        lit(&f, " is out of bounds of ");
        quoted_str(&f, p, len);
    } else if (lo > hi) {
        lit(&f, "begin > end (");
        num(&f, lo);
        lit(&f, " > ");
        num(&f, hi);
        lit(&f, ") when slicing ");
        quoted_str(&f, p, len);
    } else {
        static const OwlTypeDesc char_td = { OWL_TD_CHAR, 4, 0, 0, NULL, NULL, NULL, NULL, NULL };
        static const OwlFmtSpec debug = { ' ', OWL_ALIGN_NONE, 0, OWL_FMT_DEBUG, 0, -1, -1 };
        int bad_lo = !is_char_boundary(p, len, lo);
        size_t index = bad_lo ? lo : hi, start = index, size;
        uint32_t ch;
        while (!is_char_boundary(p, len, start))
            start--;
        ch = owlrt_utf8_decode(p + start, len - start, &size);
        lit(&f, bad_lo ? "start" : "end");
        lit(&f, " byte index ");
        num(&f, index);
        lit(&f, " is not a char boundary; it is inside ");
        owl_fmt_arg(&f, &ch, &char_td, &debug);
        lit(&f, " (bytes ");
        num(&f, start);
        lit(&f, "..");
        num(&f, start + size);
        lit(&f, ") of ");
        quoted_str(&f, p, len);
    }
    owl_panic_fmt(&f, loc);
}

int owl_str_eq(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen)
{
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

int owl_str_cmp(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen)
{
    size_t n = alen < blen ? alen : blen;
    int c = n ? memcmp(a, b, n) : 0;
    if (c != 0)
        return c < 0 ? -1 : 1;
    return alen < blen ? -1 : alen > blen ? 1 : 0;
}
