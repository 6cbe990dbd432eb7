/* rt_fmt.c: the formatting engine behind print!, format! and panic messages.
 *
 * Generated code formats a value by handing its address, its type descriptor
 * and the parsed spec to owl_fmt_arg; the text lands in an OwlFmt buffer.
 * The code mirrors core::fmt piece by piece: a Fmtr is Rust's Formatter (fill,
 * align, flags, width, precision and the sink), pad / pad_integral /
 * pad_formatted_parts / padding are Rust's functions of the same name, and
 * the Debug builders (struct, tuple, list) nest through Writer chains exactly
 * like Rust's PadAdapter, which indents every line a nested value writes in
 * pretty mode.
 *
 * Invariants:
 *  - Every write that Rust makes with one write_str/write_char is one
 *    buf_append here, and buf_append grows the buffer with RawVec's rule,
 *    starting from the capacity format! asked for. So the buffer's capacity
 *    is the capacity Rust's String would have, and owl_fmt_into_string just
 *    hands the block over.
 *  - OwlFmt.buf is NULL while cap == 0.
 *
 * format!'s capacity is therefore exact wherever the write sequence is, which
 * the unit test checks against rustc. Approximate: a float printed with more
 * than 1100 fraction digits or 800 significant digits ({:.2000}) is split
 * into writes slightly differently from Rust's, and the starting capacity is
 * whatever codegen passes (rustc's estimate after it has inlined literal
 * arguments into the format string).
 */
#include <string.h>

#include "rt_internal.h"

/* ---- sinks ---------------------------------------------------------------- */

/* Where formatted text goes: the OwlFmt buffer itself, or a PadAdapter that
 * indents by four spaces at each line start and passes the text inward. */
typedef struct Writer Writer;
struct Writer {
    OwlFmt *base;   /* the buffer, for the outermost writer; else NULL */
    Writer *inner;  /* a pad adapter's destination */
    int on_newline; /* pad adapter: next byte starts a line */
};

_Static_assert(sizeof(OwlFmt) == OWL_FMT_SIZE, "OwlFmt must stay 64 bytes");

/* Rust's String::push_str: reserve with RawVec growth, then copy. */
static void buf_append(OwlFmt *f, const void *p, size_t n)
{
    if (n == 0)
        return;
    if (f->cap - f->len < n) {
        size_t need = f->len + n;
        size_t cap = f->cap * 2;
        if (need < f->len || need > OWLRT_ISIZE_MAX)
            owlrt_capacity_overflow();
        if (cap < need)
            cap = need;
        if (cap < 8)
            cap = 8;
        f->buf = owl_realloc(f->buf, f->cap, 1, cap);
        f->cap = cap;
    }
    memcpy(f->buf + f->len, p, n);
    f->len += n;
}

static void w_write(Writer *w, const void *p, size_t n)
{
    const uint8_t *s = p;
    if (w->base) {
        buf_append(w->base, s, n);
        return;
    }
    /* PadAdapter::write_str: split after each '\n', indent each line start. */
    while (n > 0) {
        const uint8_t *nl = memchr(s, '\n', n);
        size_t k = nl ? (size_t)(nl - s) + 1 : n;
        if (w->on_newline)
            w_write(w->inner, "    ", 4);
        w->on_newline = s[k - 1] == '\n';
        w_write(w->inner, s, k);
        s += k;
        n -= k;
    }
}

static void w_str(Writer *w, const char *s)
{
    w_write(w, s, strlen(s));
}

static void w_char(Writer *w, uint32_t c)
{
    uint8_t b[4];
    w_write(w, b, owlrt_utf8_encode(c, b));
}

/* ---- the formatter ---------------------------------------------------------- */

/* core::fmt::Formatter: the options of one placeholder and the sink. */
typedef struct Fmtr {
    Writer *w;
    uint32_t fill;     /* padding character */
    uint8_t align;     /* OWL_ALIGN_* */
    uint8_t flags;     /* OWL_FLAG_* */
    int64_t width;     /* minimum width in chars, -1 for none */
    int64_t precision; /* -1 for none */
} Fmtr;

static int has(const Fmtr *f, int flag)
{
    return (f->flags & flag) != 0;
}

/* Writes the pre-padding; returns how many fill chars go after the value. */
static size_t padding(Fmtr *f, size_t pad, int default_align)
{
    int align = f->align == OWL_ALIGN_NONE ? default_align : f->align;
    size_t pre = align == OWL_ALIGN_LEFT ? 0
                 : align == OWL_ALIGN_CENTER ? pad / 2 : pad;
    for (size_t i = 0; i < pre; i++)
        w_char(f->w, f->fill);
    return pad - pre;
}

static void post_padding(Fmtr *f, size_t n, uint32_t fill)
{
    for (size_t i = 0; i < n; i++)
        w_char(f->w, fill);
}

static size_t char_count(const uint8_t *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += (s[i] & 0xC0) != 0x80;
    return count;
}

/* Formatter::pad: precision truncates (in chars), width pads, left default. */
static void pad(Fmtr *f, const uint8_t *s, size_t n)
{
    if (f->width < 0 && f->precision < 0) {
        w_write(f->w, s, n);
        return;
    }
    if (f->precision >= 0) {
        size_t chars = 0, i = 0;
        for (; i < n; i++) {
            if ((s[i] & 0xC0) != 0x80) {
                if (chars == (uint64_t)f->precision)
                    break;
                chars++;
            }
        }
        n = i;
    }
    if (f->width >= 0) {
        size_t chars = char_count(s, n);
        if (chars < (uint64_t)f->width) {
            uint32_t fill = f->fill;
            size_t post = padding(f, (size_t)f->width - chars, OWL_ALIGN_LEFT);
            w_write(f->w, s, n);
            post_padding(f, post, fill);
            return;
        }
    }
    w_write(f->w, s, n);
}

static void pad_cstr(Fmtr *f, const char *s)
{
    pad(f, (const uint8_t *)s, strlen(s));
}

static void write_prefix(Fmtr *f, int sign, const char *prefix)
{
    if (sign)
        w_char(f->w, (uint32_t)sign);
    if (prefix)
        w_str(f->w, prefix);
}

/* Formatter::pad_integral: sign, optional radix prefix, digits, padding; the
 * 0 flag pads between the sign/prefix and the digits. */
static void pad_integral(Fmtr *f, int nonneg, const char *prefix, const char *digits,
                         size_t n)
{
    size_t width = n;
    int sign = 0;
    if (!nonneg) {
        sign = '-';
        width++;
    } else if (has(f, OWL_FLAG_PLUS)) {
        sign = '+';
        width++;
    }
    if (has(f, OWL_FLAG_ALT))
        width += strlen(prefix);
    else
        prefix = NULL;

    if (f->width < 0 || width >= (uint64_t)f->width) {
        write_prefix(f, sign, prefix);
        w_write(f->w, digits, n);
    } else if (has(f, OWL_FLAG_ZERO)) {
        uint32_t old_fill = f->fill;
        uint8_t old_align = f->align;
        size_t post;
        f->fill = '0';
        f->align = OWL_ALIGN_RIGHT;
        write_prefix(f, sign, prefix);
        post = padding(f, (size_t)f->width - width, OWL_ALIGN_RIGHT);
        w_write(f->w, digits, n);
        post_padding(f, post, '0');
        f->fill = old_fill;
        f->align = old_align;
    } else {
        uint32_t fill = f->fill;
        size_t post = padding(f, (size_t)f->width - width, OWL_ALIGN_RIGHT);
        write_prefix(f, sign, prefix);
        w_write(f->w, digits, n);
        post_padding(f, post, fill);
    }
}

static void write_parts(Fmtr *f, const OwlrtFormatted *fm)
{
    static const char zeros[] =
        "0000000000000000000000000000000000000000000000000000000000000000";
    if (fm->sign[0])
        w_str(f->w, fm->sign);
    for (int i = 0; i < fm->nparts; i++) {
        const OwlrtPart *p = &fm->parts[i];
        if (p->kind == OWLRT_PART_COPY) {
            w_write(f->w, p->s, p->n);
        } else {
            /* Rust writes long zero runs 64 at a time. */
            size_t z = p->n;
            while (z > 64) {
                w_write(f->w, zeros, 64);
                z -= 64;
            }
            w_write(f->w, zeros, z);
        }
    }
}

/* Formatter::pad_formatted_parts: numbers default to the right; with the 0
 * flag the sign goes first and zeros fill the rest (also for inf and NaN). */
static void pad_formatted_parts(Fmtr *f, const OwlrtFormatted *fm)
{
    OwlrtFormatted copy;
    uint32_t old_fill = f->fill;
    uint8_t old_align = f->align;
    size_t width, len;

    if (f->width < 0) {
        write_parts(f, fm);
        return;
    }
    width = (size_t)f->width;
    copy = *fm;
    if (has(f, OWL_FLAG_ZERO)) {
        size_t sl = strlen(fm->sign);
        if (sl)
            w_str(f->w, fm->sign);
        copy.sign = "";
        width = width > sl ? width - sl : 0;
        f->fill = '0';
        f->align = OWL_ALIGN_RIGHT;
    }
    len = owlrt_formatted_len(&copy);
    if (width <= len) {
        write_parts(f, &copy);
    } else {
        uint32_t fill = f->fill;
        size_t post = padding(f, width - len, OWL_ALIGN_RIGHT);
        write_parts(f, &copy);
        post_padding(f, post, fill);
    }
    f->fill = old_fill;
    f->align = old_align;
}

/* ---- integers ----------------------------------------------------------------- */

__extension__ typedef unsigned __int128 u128;
__extension__ typedef __int128 i128;

/* An integer read through its descriptor. */
typedef struct IntVal {
    u128 mag;  /* absolute value */
    u128 bits; /* the value's bits as an unsigned of its own width */
    int neg;   /* value < 0 */
} IntVal;

static IntVal read_int(const void *v, const OwlTypeDesc *td)
{
    IntVal r;
    int is_signed = td->kind == OWL_TD_INT;
    i128 s = 0;
    u128 u = 0;
    switch (td->size) {
    case 1: {
        uint8_t x;
        memcpy(&x, v, 1);
        u = x;
        s = (int8_t)x;
        break;
    }
    case 2: {
        uint16_t x;
        memcpy(&x, v, 2);
        u = x;
        s = (int16_t)x;
        break;
    }
    case 4: {
        uint32_t x;
        memcpy(&x, v, 4);
        u = x;
        s = (int32_t)x;
        break;
    }
    case 16:
        memcpy(&u, v, 16);
        s = (i128)u;
        break;
    default: {
        uint64_t x;
        memcpy(&x, v, 8);
        u = x;
        s = (int64_t)x;
        break;
    }
    }
    r.bits = u;
    r.neg = is_signed && s < 0;
    /* Negating in unsigned arithmetic also covers i128::MIN. */
    r.mag = r.neg ? (u128)0 - (u128)s : (is_signed ? (u128)s : u);
    return r;
}

/* Digits of x in base (2..16), most significant first; returns the count. */
static size_t u128_digits(u128 x, unsigned base, int upper, char *out)
{
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[130];
    size_t n = 0, i;
    do {
        tmp[n++] = dig[(unsigned)(x % base)];
        x /= base;
    } while (x != 0);
    for (i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

static void fmt_int_display(Fmtr *f, IntVal iv)
{
    char d[64];
    size_t n = u128_digits(iv.mag, 10, 0, d);
    pad_integral(f, !iv.neg, "", d, n);
}

/* {:x} {:X} {:o} {:b}: the two's complement bits, never a minus sign. */
static void fmt_int_radix(Fmtr *f, IntVal iv, int trait)
{
    char d[130];
    unsigned base = trait == OWL_FMT_OCTAL ? 8 : trait == OWL_FMT_BINARY ? 2 : 16;
    const char *prefix = base == 8 ? "0o" : base == 2 ? "0b" : "0x";
    size_t n = u128_digits(iv.bits, base, trait == OWL_FMT_UPPER_HEX, d);
    pad_integral(f, 1, prefix, d, n);
}

/* {:e} of an integer: trailing zeros move into the exponent; a precision
 * rounds (half to even on an exact tie) or pads with zeros. */
static void fmt_int_exp(Fmtr *f, IntVal iv, int upper)
{
    u128 n = iv.mag;
    unsigned exponent = 0;
    size_t added = 0, nd, k = 0, e = 0;
    char mant[64], buf[72], expbuf[4];
    OwlrtFormatted fm;

    while (n >= 10 && n % 10 == 0) {
        n /= 10;
        exponent++;
    }
    nd = u128_digits(n, 10, 0, mant);
    if (f->precision >= 0) {
        size_t want = (size_t)f->precision;
        if (want > nd - 1) {
            added = want - (nd - 1);
        } else if (want < nd - 1) {
            size_t drop = nd - 1 - want;
            u128 div = 1, q, r;
            for (size_t i = 0; i < drop; i++)
                div *= 10;
            q = n / div;
            r = n % div;
            if (r > div / 2 || (r == div / 2 && (q & 1)))
                q++;
            exponent += (unsigned)drop;
            nd = u128_digits(q, 10, 0, mant);
            if (nd > want + 1) {
                /* 9.99 rounded up to 10.0: keep the digit count. */
                nd--;
                exponent++;
            }
        }
    }
    exponent += (unsigned)(nd - 1);

    buf[k++] = mant[0];
    if (nd > 1 || added > 0) {
        buf[k++] = '.';
        memcpy(buf + k, mant + 1, nd - 1);
        k += nd - 1;
    }
    expbuf[e++] = upper ? 'E' : 'e';
    if (exponent >= 10)
        expbuf[e++] = (char)('0' + exponent / 10);
    expbuf[e++] = (char)('0' + exponent % 10);

    fm.sign = iv.neg ? "-" : has(f, OWL_FLAG_PLUS) ? "+" : "";
    fm.nparts = 3;
    fm.parts[0].kind = OWLRT_PART_COPY;
    fm.parts[0].s = buf;
    fm.parts[0].n = k;
    fm.parts[1].kind = OWLRT_PART_ZERO;
    fm.parts[1].s = NULL;
    fm.parts[1].n = added;
    fm.parts[2].kind = OWLRT_PART_COPY;
    fm.parts[2].s = expbuf;
    fm.parts[2].n = e;
    pad_formatted_parts(f, &fm);
}

/* ---- floats, chars, strings ---------------------------------------------------- */

static void fmt_float(Fmtr *f, const void *v, const OwlTypeDesc *td, int trait)
{
    OwlrtFloatBuf buf;
    OwlrtFormatted fm;
    double x;
    int is_f32 = td->size == 4;
    if (is_f32) {
        float y;
        memcpy(&y, v, 4);
        x = y;
    } else {
        memcpy(&x, v, 8);
    }
    owlrt_float_format(x, is_f32, trait, f->precision, has(f, OWL_FLAG_PLUS), &buf, &fm);
    pad_formatted_parts(f, &fm);
}

/* char::escape_debug_ext: the escape for c inside a str (in_char = 0) or a
 * char literal (in_char = 1); returns 0 when c stands for itself. */
static size_t escape_debug(uint32_t c, int in_char, char out[16])
{
    static const char hex[] = "0123456789abcdef";
    int shift;
    size_t n = 0;
    switch (c) {
    case 0: memcpy(out, "\\0", 2); return 2;
    case '\t': memcpy(out, "\\t", 2); return 2;
    case '\r': memcpy(out, "\\r", 2); return 2;
    case '\n': memcpy(out, "\\n", 2); return 2;
    case '\\': memcpy(out, "\\\\", 2); return 2;
    case '"':
        if (in_char)
            return 0;
        memcpy(out, "\\\"", 2);
        return 2;
    case '\'':
        if (!in_char)
            return 0;
        memcpy(out, "\\'", 2);
        return 2;
    default:
        break;
    }
    if (!owlrt_is_grapheme_extend(c) && owlrt_is_printable(c))
        return 0;
    out[n++] = '\\';
    out[n++] = 'u';
    out[n++] = '{';
    for (shift = 20; shift > 0 && ((c >> shift) & 0xF) == 0; shift -= 4)
        ;
    for (; shift >= 0; shift -= 4)
        out[n++] = hex[(c >> shift) & 0xF];
    out[n++] = '}';
    return n;
}

/* Debug for str: runs of characters that stand for themselves are written
 * in one piece, each escape separately, as Rust does. */
static void fmt_str_debug(Fmtr *f, const uint8_t *s, size_t n)
{
    size_t start = 0, i = 0;
    w_char(f->w, '"');
    while (i < n) {
        uint8_t b = s[i];
        size_t k;
        uint32_t c;
        char esc[16];
        size_t el;
        if (b >= 0x20 && b < 0x7f && b != '\\' && b != '"') {
            i++;
            continue;
        }
        c = owlrt_utf8_decode(s + i, n - i, &k);
        el = escape_debug(c, 0, esc);
        if (el) {
            w_write(f->w, s + start, i - start);
            w_write(f->w, esc, el);
            start = i + k;
        }
        i += k;
    }
    w_write(f->w, s + start, n - start);
    w_char(f->w, '"');
}

static void fmt_char_debug(Fmtr *f, uint32_t c)
{
    char esc[16];
    size_t el = escape_debug(c, 1, esc);
    w_char(f->w, '\'');
    if (el)
        w_write(f->w, esc, el);
    else
        w_char(f->w, c);
    w_char(f->w, '\'');
}

static void fmt_char_display(Fmtr *f, uint32_t c)
{
    uint8_t b[4];
    size_t n = owlrt_utf8_encode(c, b);
    if (f->width < 0 && f->precision < 0)
        w_write(f->w, b, n);
    else
        pad(f, b, n);
}

/* ---- Debug builders ----------------------------------------------------------- */

static void fmt_value(Fmtr *f, const void *v, const OwlTypeDesc *td, int trait);

/* Formats one nested value: directly, or in pretty mode through a fresh
 * PadAdapter (Rust makes one per field, starting at a line start), followed
 * by the pretty terminator ",\n". `name` is a struct field name or NULL. */
static void debug_entry(Fmtr *f, const char *name, const void *v, const OwlTypeDesc *td,
                        int trait)
{
    if (has(f, OWL_FLAG_ALT)) {
        Writer padw = { NULL, f->w, 1 };
        Fmtr sub = *f;
        sub.w = &padw;
        if (name) {
            w_str(&padw, name);
            w_str(&padw, ": ");
        }
        fmt_value(&sub, v, td, trait);
        w_str(&padw, ",\n");
    } else {
        if (name) {
            w_str(f->w, name);
            w_str(f->w, ": ");
        }
        fmt_value(f, v, td, trait);
    }
}

/* Tuple or tuple struct (name "" for a tuple): Name(a, b), (a,) for one
 * unnamed field. */
static void debug_tuple(Fmtr *f, const char *name, const uint8_t *base,
                        const OwlTypeDesc *td, int trait)
{
    int pretty = has(f, OWL_FLAG_ALT);
    w_str(f->w, name);
    for (uint64_t i = 0; i < td->count; i++) {
        if (pretty) {
            if (i == 0)
                w_str(f->w, "(\n");
        } else {
            w_str(f->w, i == 0 ? "(" : ", ");
        }
        debug_entry(f, NULL, base + td->offsets[i], td->fields[i], trait);
    }
    if (td->count > 0) {
        if (td->count == 1 && name[0] == 0 && !pretty)
            w_str(f->w, ",");
        w_str(f->w, ")");
    }
}

static void debug_struct(Fmtr *f, const uint8_t *base, const OwlTypeDesc *td, int trait)
{
    int pretty = has(f, OWL_FLAG_ALT);
    w_str(f->w, td->name ? td->name : "");
    for (uint64_t i = 0; i < td->count; i++) {
        if (pretty) {
            if (i == 0)
                w_str(f->w, " {\n");
        } else {
            w_str(f->w, i == 0 ? " { " : ", ");
        }
        debug_entry(f, td->field_names[i], base + td->offsets[i], td->fields[i], trait);
    }
    if (td->count > 0)
        w_str(f->w, pretty ? "}" : " }");
}

static void debug_list(Fmtr *f, const uint8_t *p, uint64_t len, uint64_t stride,
                       const OwlTypeDesc *elem, int trait)
{
    int pretty = has(f, OWL_FLAG_ALT);
    w_str(f->w, "[");
    for (uint64_t i = 0; i < len; i++) {
        if (pretty) {
            if (i == 0)
                w_str(f->w, "\n");
        } else if (i > 0) {
            w_str(f->w, ", ");
        }
        debug_entry(f, NULL, p + i * stride, elem, trait);
    }
    w_str(f->w, "]");
}

/* ---- pointers ------------------------------------------------------------------ */

static const void *read_ptr(const void *v)
{
    const void *p;
    memcpy(&p, v, sizeof p);
    return p;
}

/* core::fmt::pointer_fmt_inner: {:x} with the 0x prefix; {:#p} zero-pads to
 * 18 characters unless a width was given. */
static void fmt_thin_ptr(Fmtr *f, uintptr_t addr)
{
    int64_t old_width = f->width;
    uint8_t old_flags = f->flags;
    IntVal iv;
    if (has(f, OWL_FLAG_ALT)) {
        f->flags |= OWL_FLAG_ZERO;
        if (f->width < 0)
            f->width = 2 + 16;
    }
    f->flags |= OWL_FLAG_ALT;
    iv.mag = iv.bits = addr;
    iv.neg = 0;
    fmt_int_radix(f, iv, OWL_FMT_LOWER_HEX);
    f->width = old_width;
    f->flags = old_flags;
}

/* A fat pointer: rustc 1.95 prints debug_struct("Pointer") with the address
 * and the length as metadata, both under the placeholder's options. */
static void fmt_fat_ptr(Fmtr *f, uintptr_t addr, uint64_t meta)
{
    static const OwlTypeDesc usize_td = { OWL_TD_UINT, 8, 0, 0, NULL, NULL, NULL, NULL, NULL };
    int pretty = has(f, OWL_FLAG_ALT);
    w_str(f->w, "Pointer");
    if (pretty) {
        Writer padw = { NULL, f->w, 1 };
        Fmtr sub = *f;
        sub.w = &padw;
        w_str(f->w, " {\n");
        w_str(&padw, "addr: ");
        fmt_thin_ptr(&sub, addr);
        w_str(&padw, ",\n");
        w_str(&padw, "metadata: ");
        fmt_value(&sub, &meta, &usize_td, OWL_FMT_DEBUG);
        w_str(&padw, ",\n");
        w_str(f->w, "}");
    } else {
        w_str(f->w, " { ");
        w_str(f->w, "addr: ");
        fmt_thin_ptr(f, addr);
        w_str(f->w, ", ");
        w_str(f->w, "metadata: ");
        fmt_value(f, &meta, &usize_td, OWL_FMT_DEBUG);
        w_str(f->w, " }");
    }
}

/* ---- dispatch -------------------------------------------------------------------- */

/* {ptr, len} of a str or slice, {cap, ptr, len} of a String or Vec. */
static void read_fat(const void *v, int is_vec, const uint8_t **p, uint64_t *len)
{
    const uint8_t *w = v;
    memcpy(p, w + (is_vec ? 8 : 0), sizeof *p);
    memcpy(len, w + (is_vec ? 16 : 8), sizeof *len);
}

static void fmt_debug(Fmtr *f, const void *v, const OwlTypeDesc *td)
{
    const uint8_t *p;
    uint64_t len;
    switch (td->kind) {
    case OWL_TD_INT:
    case OWL_TD_UINT:
        if (has(f, OWL_FLAG_DEBUG_LHEX))
            fmt_int_radix(f, read_int(v, td), OWL_FMT_LOWER_HEX);
        else if (has(f, OWL_FLAG_DEBUG_UHEX))
            fmt_int_radix(f, read_int(v, td), OWL_FMT_UPPER_HEX);
        else
            fmt_int_display(f, read_int(v, td));
        return;
    case OWL_TD_FLOAT:
        fmt_float(f, v, td, OWL_FMT_DEBUG);
        return;
    case OWL_TD_BOOL:
        pad_cstr(f, *(const uint8_t *)v ? "true" : "false");
        return;
    case OWL_TD_CHAR: {
        uint32_t c;
        memcpy(&c, v, 4);
        fmt_char_debug(f, c);
        return;
    }
    case OWL_TD_STR:
    case OWL_TD_STRING:
        read_fat(v, td->kind == OWL_TD_STRING, &p, &len);
        fmt_str_debug(f, p, len);
        return;
    case OWL_TD_UNIT:
        pad_cstr(f, "()");
        return;
    case OWL_TD_TUPLE:
        if (td->count == 0)
            pad_cstr(f, "()");
        else
            debug_tuple(f, "", v, td, OWL_FMT_DEBUG);
        return;
    case OWL_TD_TUPLE_STRUCT:
        /* A unit-like or empty tuple struct prints just its name. */
        debug_tuple(f, td->name ? td->name : "", v, td, OWL_FMT_DEBUG);
        return;
    case OWL_TD_STRUCT:
        debug_struct(f, v, td, OWL_FMT_DEBUG);
        return;
    case OWL_TD_ARRAY:
        debug_list(f, v, td->count, td->stride, td->elem, OWL_FMT_DEBUG);
        return;
    case OWL_TD_SLICE:
    case OWL_TD_VEC:
        read_fat(v, td->kind == OWL_TD_VEC, &p, &len);
        debug_list(f, p, len, td->stride, td->elem, OWL_FMT_DEBUG);
        return;
    case OWL_TD_REF:
    case OWL_TD_BOX:
        fmt_debug(f, read_ptr(v), td->elem);
        return;
    default:
        w_str(f->w, "<?>");
        return;
    }
}

static void fmt_value(Fmtr *f, const void *v, const OwlTypeDesc *td, int trait)
{
    const uint8_t *p;
    uint64_t len;

    /* &T and Box<T> format as T for every trait but {:p}. */
    while (td->kind == OWL_TD_REF || td->kind == OWL_TD_BOX) {
        v = read_ptr(v);
        td = td->elem;
    }
    if (trait == OWL_FMT_DEBUG) {
        fmt_debug(f, v, td);
        return;
    }
    switch (td->kind) {
    case OWL_TD_INT:
    case OWL_TD_UINT:
        if (trait == OWL_FMT_LOWER_EXP || trait == OWL_FMT_UPPER_EXP)
            fmt_int_exp(f, read_int(v, td), trait == OWL_FMT_UPPER_EXP);
        else if (trait == OWL_FMT_DISPLAY)
            fmt_int_display(f, read_int(v, td));
        else
            fmt_int_radix(f, read_int(v, td), trait);
        return;
    case OWL_TD_FLOAT:
        fmt_float(f, v, td, trait == OWL_FMT_DISPLAY ? OWL_FMT_DISPLAY : trait);
        return;
    case OWL_TD_BOOL:
        pad_cstr(f, *(const uint8_t *)v ? "true" : "false");
        return;
    case OWL_TD_CHAR: {
        uint32_t c;
        memcpy(&c, v, 4);
        fmt_char_display(f, c);
        return;
    }
    case OWL_TD_STR:
    case OWL_TD_STRING:
        read_fat(v, td->kind == OWL_TD_STRING, &p, &len);
        pad(f, p, len);
        return;
    default:
        /* No Display in Rust (the type checker rejects it); Debug is the
         * most useful thing to show. */
        fmt_debug(f, v, td);
        return;
    }
}

/* ---- public API ---------------------------------------------------------------- */

void owl_fmt_init(OwlFmt *f, size_t initial_cap)
{
    memset(f, 0, sizeof *f);
    if (initial_cap > OWLRT_ISIZE_MAX)
        owlrt_capacity_overflow();
    if (initial_cap > 0) {
        f->buf = owl_alloc(initial_cap, 1);
        f->cap = initial_cap;
    }
}

void owl_fmt_lit(OwlFmt *f, const uint8_t *p, size_t len)
{
    buf_append(f, p, len);
}

void owl_fmt_arg(OwlFmt *f, const void *value, const OwlTypeDesc *td,
                 const OwlFmtSpec *spec)
{
    Writer root = { f, NULL, 0 };
    Fmtr fm;
    fm.w = &root;
    fm.fill = spec->fill;
    fm.align = spec->align;
    fm.flags = spec->flags;
    fm.width = spec->width;
    fm.precision = spec->precision;

    if (spec->trait == OWL_FMT_POINTER) {
        if (td->kind == OWL_TD_STR || td->kind == OWL_TD_SLICE) {
            const uint8_t *p;
            uint64_t len;
            read_fat(value, 0, &p, &len);
            fmt_fat_ptr(&fm, (uintptr_t)p, len);
        } else {
            fmt_thin_ptr(&fm, (uintptr_t)read_ptr(value));
        }
        return;
    }
    fmt_value(&fm, value, td, spec->trait);
}

void owl_fmt_print(OwlFmt *f, int fd)
{
    OwlFmt done = *f;
    memset(f, 0, sizeof *f);
    owlrt_print(fd, done.buf, done.len);
    owl_free(done.buf, done.cap, 1);
}

void owl_fmt_into_string(OwlFmt *f, OwlString *out)
{
    out->cap = f->cap;
    out->ptr = f->cap ? f->buf : (uint8_t *)1;
    out->len = f->len;
    memset(f, 0, sizeof *f);
}
