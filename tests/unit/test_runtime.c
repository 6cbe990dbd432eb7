/* test_runtime.c: unit test of libowlrt, calling the runtime API directly.
 *
 * Every expected string below was printed by a rustc 1.95 build of the same
 * format string and values (programs kept outside the repository; the
 * formatting rows were generated from one Rust program so none is retyped
 * by hand). Values are handed to the runtime the way generated code does:
 * an address plus a hand-built OwlTypeDesc, and an OwlFmtSpec that
 * render() below parses from the Rust format string, so each check reads
 * like the format! call it mirrors.
 *
 * Panics, aborts and stdout buffering are observed in forked children whose
 * stdout and stderr go to pipes. The test prints "N passed, M failed" and
 * exits non-zero on any failure.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "owl_rt.h"

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

/* ---- harness ---------------------------------------------------------------- */

static int passed, failed;

static void report(int ok, int line, const char *what, const char *got, size_t gotlen,
                   const char *want)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    fprintf(stderr, "FAIL line %d: %s\n   got: [%.*s]\n  want: [%s]\n", line, what,
            (int)gotlen, got, want);
}

static void check_bytes(int line, const char *what, const uint8_t *got, size_t len,
                        const char *want)
{
    report(len == strlen(want) && memcmp(got, want, len) == 0, line, what,
           (const char *)got, len, want);
}

static void check_u64(int line, const char *what, uint64_t got, uint64_t want)
{
    char g[32], w[32];
    snprintf(g, sizeof g, "%llu", (unsigned long long)got);
    snprintf(w, sizeof w, "%llu", (unsigned long long)want);
    report(got == want, line, what, g, strlen(g), w);
}

#define CHECK_U64(what, got, want) check_u64(__LINE__, what, got, want)

/* ---- type descriptors ---------------------------------------------------------- */

#define PRIM(kind, size) { kind, size, 0, 0, NULL, NULL, NULL, NULL, NULL }
static const OwlTypeDesc td_i8 = PRIM(OWL_TD_INT, 1), td_i16 = PRIM(OWL_TD_INT, 2),
                         td_i32 = PRIM(OWL_TD_INT, 4), td_i64 = PRIM(OWL_TD_INT, 8),
                         td_i128 = PRIM(OWL_TD_INT, 16), td_u8 = PRIM(OWL_TD_UINT, 1),
                         td_u16 = PRIM(OWL_TD_UINT, 2), td_u32 = PRIM(OWL_TD_UINT, 4),
                         td_u64 = PRIM(OWL_TD_UINT, 8), td_u128 = PRIM(OWL_TD_UINT, 16),
                         td_f32 = PRIM(OWL_TD_FLOAT, 4), td_f64 = PRIM(OWL_TD_FLOAT, 8),
                         td_bool = PRIM(OWL_TD_BOOL, 1), td_char = PRIM(OWL_TD_CHAR, 4),
                         td_str = PRIM(OWL_TD_STR, 16), td_string = PRIM(OWL_TD_STRING, 24),
                         td_unit = PRIM(OWL_TD_UNIT, 0);

#define REF_TO(elem) { OWL_TD_REF, 8, 0, 0, elem, NULL, NULL, NULL, NULL }
#define BOX_OF(elem) { OWL_TD_BOX, 8, 0, 0, elem, NULL, NULL, NULL, NULL }
#define ARRAY_OF(elem, n, stride) { OWL_TD_ARRAY, (n) * (stride), n, stride, elem, NULL, NULL, NULL, NULL }
#define VEC_OF(elem, stride) { OWL_TD_VEC, 24, 0, stride, elem, NULL, NULL, NULL, NULL }
#define SLICE_OF(elem, stride) { OWL_TD_SLICE, 16, 0, stride, elem, NULL, NULL, NULL, NULL }
#define AGG(kind, type, fields, offs, name, names) \
    { kind, sizeof(type), sizeof(fields) / sizeof(fields[0]), 0, NULL, fields, offs, name, names }
#define UNIT_STRUCT(name) { OWL_TD_STRUCT, 0, 0, 0, NULL, NULL, NULL, name, NULL }

/* A Vec<T> as Rust lays it out. */
typedef struct OwlVec {
    size_t cap;
    const void *ptr;
    size_t len;
} OwlVec;

/* One formatting argument: the value's address and its descriptor. */
typedef struct Arg {
    const void *v;
    const OwlTypeDesc *td;
} Arg;

/* ARG(descriptor, address): the address goes last, as compound literals
 * contain commas. */
#define ARG(td, ...) ((Arg){ __VA_ARGS__, td })
#define I8(x) ARG(&td_i8, &(int8_t){ x })
#define I16(x) ARG(&td_i16, &(int16_t){ x })
#define I32(x) ARG(&td_i32, &(int32_t){ x })
#define I64(x) ARG(&td_i64, &(int64_t){ x })
#define I128(x) ARG(&td_i128, &(i128){ x })
#define U8(x) ARG(&td_u8, &(uint8_t){ x })
#define U16(x) ARG(&td_u16, &(uint16_t){ x })
#define U32(x) ARG(&td_u32, &(uint32_t){ x })
#define U64(x) ARG(&td_u64, &(uint64_t){ x })
#define U128(x) ARG(&td_u128, &(u128){ x })
#define F32(x) ARG(&td_f32, &(float){ x })
#define F64(x) ARG(&td_f64, &(double){ x })
#define F64BITS(x) ARG(&td_f64, &(uint64_t){ x })
#define F32BITS(x) ARG(&td_f32, &(uint32_t){ x })
#define BOOL(x) ARG(&td_bool, &(uint8_t){ x })
#define CHR(x) ARG(&td_char, &(uint32_t){ x })
#define STR(s) ARG(&td_str, &(OwlStr){ (const uint8_t *)(s), sizeof(s) - 1 })
#define STRING(s) ARG(&td_string, &(OwlString){ sizeof(s) - 1, (uint8_t *)(s), sizeof(s) - 1 })
#define UNIT() ARG(&td_unit, "")

/* i128::MIN etc. without relying on 128-bit literals. */
#define I128_MIN ((i128)((u128)1 << 127))
#define I128_MAX ((i128)(((u128)1 << 127) - 1))
#define U128_MAX (~(u128)0)

/* ---- composite values used by the formatting rows ---------------------------------- */

/* (1, "a", 'c'): (i32, &str, char) */
typedef struct { OwlStr s; int32_t a; uint32_t c; } Tup3;
static const OwlTypeDesc *const tup3_f[] = { &td_i32, &td_str, &td_char };
static const uint64_t tup3_o[] = { offsetof(Tup3, a), offsetof(Tup3, s), offsetof(Tup3, c) };
static const OwlTypeDesc td_tup3 = AGG(OWL_TD_TUPLE, Tup3, tup3_f, tup3_o, NULL, NULL);
static const Tup3 tup3 = { { (const uint8_t *)"a", 1 }, 1, 'c' };
#define TUP3 ARG(&td_tup3, &tup3)

/* (5,) */
static const OwlTypeDesc *const tup1_f[] = { &td_i32 };
static const uint64_t tup1_o[] = { 0 };
static const OwlTypeDesc td_tup1 = { OWL_TD_TUPLE, 4, 1, 0, NULL, tup1_f, tup1_o, NULL, NULL };
#define TUP1(x) ARG(&td_tup1, &(int32_t){ x })

/* (1, "a"): (i32, &str) */
typedef struct { OwlStr s; int32_t a; } Tup2;
static const OwlTypeDesc *const tup2_f[] = { &td_i32, &td_str };
static const uint64_t tup2_o[] = { offsetof(Tup2, a), offsetof(Tup2, s) };
static const OwlTypeDesc td_tup2 = AGG(OWL_TD_TUPLE, Tup2, tup2_f, tup2_o, NULL, NULL);
#define TUP2(x, s) ARG(&td_tup2, &(Tup2){ { (const uint8_t *)(s), sizeof(s) - 1 }, x })

/* (1, (2, 3)) and ((),) */
typedef struct { int32_t a, b; } I32x2;
static const OwlTypeDesc *const pair_f[] = { &td_i32, &td_i32 };
static const uint64_t pair_o[] = { 0, 4 };
static const OwlTypeDesc td_pair = AGG(OWL_TD_TUPLE, I32x2, pair_f, pair_o, NULL, NULL);
typedef struct { int32_t a; I32x2 b; } Nested;
static const OwlTypeDesc *const nested_f[] = { &td_i32, &td_pair };
static const uint64_t nested_o[] = { offsetof(Nested, a), offsetof(Nested, b) };
static const OwlTypeDesc td_nested = AGG(OWL_TD_TUPLE, Nested, nested_f, nested_o, NULL, NULL);
static const Nested nested = { 1, { 2, 3 } };
#define NESTED ARG(&td_nested, &nested)
static const OwlTypeDesc *const unit1_f[] = { &td_unit };
static const OwlTypeDesc td_unit1 = { OWL_TD_TUPLE, 0, 1, 0, NULL, unit1_f, tup1_o, NULL, NULL };
#define UNIT1 ARG(&td_unit1, "")

/* arrays */
static const OwlTypeDesc td_i32x3 = ARRAY_OF(&td_i32, 3, 4);
static const OwlTypeDesc td_i32x2 = ARRAY_OF(&td_i32, 2, 4);
static const OwlTypeDesc td_u8x0 = ARRAY_OF(&td_u8, 0, 1);
static const OwlTypeDesc td_f64x2 = ARRAY_OF(&td_f64, 2, 8);
static const OwlTypeDesc td_boolx3 = ARRAY_OF(&td_bool, 3, 1);
#define ARR3(a, b, c) ARG(&td_i32x3, ((const int32_t[]){ a, b, c }))
#define ARR2(a, b) ARG(&td_i32x2, ((const int32_t[]){ a, b }))
#define ARR0 ARG(&td_u8x0, "")
#define FARR2(a, b) ARG(&td_f64x2, ((const double[]){ a, b }))
#define BARR3(a, b, c) ARG(&td_boolx3, ((const uint8_t[]){ a, b, c }))

/* Vec<i32>, Vec<Vec<i32>>, Vec<String>, &[i32], Vec<char> */
static const OwlTypeDesc td_veci32 = VEC_OF(&td_i32, 4);
static const OwlTypeDesc td_vecvec = VEC_OF(&td_veci32, 24);
static const OwlTypeDesc td_vecstring = VEC_OF(&td_string, 24);
static const OwlTypeDesc td_slicei32 = SLICE_OF(&td_i32, 4);
static const OwlTypeDesc td_vecchar = VEC_OF(&td_char, 4);
static const int32_t ints12[] = { 1, 2 };
static const int32_t ints123[] = { 1, 2, 3 };
#define VEC12 ARG(&td_veci32, &(OwlVec){ 2, ints12, 2 })
#define VEC_EMPTY ARG(&td_veci32, &(OwlVec){ 0, (const void *)4, 0 })
#define SLICE123 ARG(&td_slicei32, &(OwlStr){ (const uint8_t *)ints123, 3 })
#define SLICE_EMPTY ARG(&td_slicei32, &(OwlStr){ (const uint8_t *)4, 0 })
static const OwlVec vv_items[] = { { 1, ints12, 1 }, { 0, (const void *)4, 0 } };
#define VECVEC ARG(&td_vecvec, &(OwlVec){ 2, vv_items, 2 })
static const OwlVec vv2_items[] = { { 2, ints12, 2 }, { 1, ints123 + 2, 1 } };
#define VECVEC2 ARG(&td_vecvec, &(OwlVec){ 2, vv2_items, 2 })
static const OwlString strings[] = { { 1, (uint8_t *)"a", 1 }, { 2, (uint8_t *)"b\n", 2 } };
#define VECSTRING ARG(&td_vecstring, &(OwlVec){ 2, strings, 2 })
static const uint32_t chars[] = { 'x', 0xe9, '\'' };
#define VECCHAR ARG(&td_vecchar, &(OwlVec){ 3, chars, 3 })

/* Option<i32> as Some(i32) / None */
static const OwlTypeDesc td_some_i32 = { OWL_TD_TUPLE_STRUCT, 8, 1, 0, NULL, tup1_f, tup1_o, "Some", NULL };
static const OwlTypeDesc td_none = UNIT_STRUCT("None");
#define SOME(x) ARG(&td_some_i32, &(int32_t){ x })
#define NONE ARG(&td_none, "")

/* struct P { x: i32, y: i32 } */
static const char *const p_names[] = { "x", "y" };
static const OwlTypeDesc td_p = AGG(OWL_TD_STRUCT, I32x2, pair_f, pair_o, "P", p_names);
#define P(x, y) ARG(&td_p, &(I32x2){ x, y })
static const OwlTypeDesc td_vecp = VEC_OF(&td_p, 8);
static const I32x2 ps[] = { { 1, 2 }, { -3, 4 } };
#define VECP ARG(&td_vecp, &(OwlVec){ 2, ps, 2 })

/* struct T(i32, &str); struct U; struct E {}; struct T0(); */
static const OwlTypeDesc td_t = AGG(OWL_TD_TUPLE_STRUCT, Tup2, tup2_f, tup2_o, "T", NULL);
#define T(x, s) ARG(&td_t, &(Tup2){ { (const uint8_t *)(s), sizeof(s) - 1 }, x })
static const OwlTypeDesc td_u = UNIT_STRUCT("U");
static const OwlTypeDesc td_e = UNIT_STRUCT("E");
static const OwlTypeDesc td_t0 = { OWL_TD_TUPLE_STRUCT, 0, 0, 0, NULL, NULL, NULL, "T0", NULL };
#define U ARG(&td_u, "")
#define E ARG(&td_e, "")
#define T0 ARG(&td_t0, "")

/* struct N { name: String, p: P, v: Vec<i32> } */
typedef struct { OwlString name; OwlVec v; I32x2 p; } NVal;
static const OwlTypeDesc *const n_f[] = { &td_string, &td_p, &td_veci32 };
static const uint64_t n_o[] = { offsetof(NVal, name), offsetof(NVal, p), offsetof(NVal, v) };
static const char *const n_names[] = { "name", "p", "v" };
static const OwlTypeDesc td_n = AGG(OWL_TD_STRUCT, NVal, n_f, n_o, "N", n_names);
#define N_WITH_V ARG(&td_n, &(NVal){ { 1, (uint8_t *)"n", 1 }, { 2, ints12, 2 }, { 1, 2 } })
#define N_EMPTY_V ARG(&td_n, &(NVal){ { 1, (uint8_t *)"n", 1 }, { 0, (const void *)4, 0 }, { 1, 2 } })

/* struct Q { t: (i32, &str), o: Option<&str>, b: Box<i32> } */
static const OwlTypeDesc td_some_str = { OWL_TD_TUPLE_STRUCT, 16, 1, 0, NULL, tup2_f + 1, tup1_o, "Some", NULL };
static const OwlTypeDesc td_box_i32 = BOX_OF(&td_i32);
typedef struct { Tup2 t; OwlStr o; const int32_t *b; } QVal;
static const OwlTypeDesc *const q_f[] = { &td_tup2, &td_some_str, &td_box_i32 };
static const uint64_t q_o[] = { offsetof(QVal, t), offsetof(QVal, o), offsetof(QVal, b) };
static const char *const q_names[] = { "t", "o", "b" };
static const OwlTypeDesc td_q = AGG(OWL_TD_STRUCT, QVal, q_f, q_o, "Q", q_names);
static const int32_t seven = 7;
#define QV ARG(&td_q, &(QVal){ { { (const uint8_t *)"x", 1 }, 1 }, { (const uint8_t *)"y", 1 }, &seven })

/* Box<i32>, &&i32, &String */
static const int32_t five = 5;
static const int32_t *const five_ref = &five;
static const OwlTypeDesc td_ref_i32 = REF_TO(&td_i32);
static const OwlTypeDesc td_refref_i32 = REF_TO(&td_ref_i32);
static const OwlTypeDesc td_ref_string = REF_TO(&td_string);
static const OwlString own = { 3, (uint8_t *)"own", 3 };
static const OwlString *const own_ref = &own;
#define BOX5 ARG(&td_box_i32, &five_ref)
#define REFREF5 ARG(&td_refref_i32, &(const int32_t *const *){ &five_ref })
#define REF_STRING ARG(&td_ref_string, &own_ref)

/* (0.25, 1): (f64, i32) */
typedef struct { double a; int32_t b; } F64I32;
static const OwlTypeDesc *const f64i32_f[] = { &td_f64, &td_i32 };
static const uint64_t f64i32_o[] = { offsetof(F64I32, a), offsetof(F64I32, b) };
static const OwlTypeDesc td_f64_i32 = AGG(OWL_TD_TUPLE, F64I32, f64i32_f, f64i32_o, NULL, NULL);

/* Raw addresses for {:p}: a thin pointer and a fat &str / &[i32]. */
static const OwlTypeDesc td_ref_u8 = REF_TO(&td_u8);
#define PTR(a) ARG(&td_ref_u8, &(const void *){ (const void *)(uintptr_t)(a) })
#define FATSTR(a, n) ARG(&td_str, &(OwlStr){ (const uint8_t *)(uintptr_t)(a), n })
#define FATSLICE(a, n) ARG(&td_slicei32, &(OwlStr){ (const uint8_t *)(uintptr_t)(a), n })

/* ---- a small format! for the tests --------------------------------------------------- */

/* Parses the spec between ':' and '}' the way rustc's format_args! does. */
static const char *parse_spec(const char *s, OwlFmtSpec *sp)
{
    size_t k;
    sp->fill = ' ';
    sp->align = OWL_ALIGN_NONE;
    sp->flags = 0;
    sp->trait = OWL_FMT_DISPLAY;
    sp->reserved = 0;
    sp->width = -1;
    sp->precision = -1;
    /* A fill is any char followed by an alignment. */
    k = 1;
    while ((s[k] & 0xC0) == 0x80)
        k++;
    if (s[0] != '}' && (s[k] == '<' || s[k] == '>' || s[k] == '^')) {
        size_t n;
        uint32_t c = (uint8_t)s[0];
        if (k > 1) {
            c &= k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07;
            for (n = 1; n < k; n++)
                c = (c << 6) | ((uint8_t)s[n] & 0x3F);
        }
        sp->fill = c;
        s += k;
    }
    if (*s == '<' || *s == '>' || *s == '^') {
        sp->align = *s == '<' ? OWL_ALIGN_LEFT : *s == '>' ? OWL_ALIGN_RIGHT : OWL_ALIGN_CENTER;
        s++;
    }
    if (*s == '+') {
        sp->flags |= OWL_FLAG_PLUS;
        s++;
    } else if (*s == '-') {
        sp->flags |= OWL_FLAG_MINUS;
        s++;
    }
    if (*s == '#') {
        sp->flags |= OWL_FLAG_ALT;
        s++;
    }
    if (*s == '0') {
        sp->flags |= OWL_FLAG_ZERO;
        s++;
    }
    if (*s >= '0' && *s <= '9') {
        sp->width = 0;
        while (*s >= '0' && *s <= '9')
            sp->width = sp->width * 10 + (*s++ - '0');
    }
    if (*s == '.') {
        s++;
        sp->precision = 0;
        while (*s >= '0' && *s <= '9')
            sp->precision = sp->precision * 10 + (*s++ - '0');
    }
    if (s[0] == 'x' && s[1] == '?') {
        sp->flags |= OWL_FLAG_DEBUG_LHEX;
        sp->trait = OWL_FMT_DEBUG;
        s += 2;
    } else if (s[0] == 'X' && s[1] == '?') {
        sp->flags |= OWL_FLAG_DEBUG_UHEX;
        sp->trait = OWL_FMT_DEBUG;
        s += 2;
    } else if (*s != '}') {
        sp->trait = (uint8_t)*s++;
    }
    return s;
}

/* format!(fmt, args...) through the runtime: literal pieces go through
 * owl_fmt_lit, placeholders through owl_fmt_arg, and the starting capacity is
 * rustc's Arguments::estimated_capacity. */
static void render(const char *fmt, const Arg *args, size_t nargs, OwlString *out)
{
    char pieces[1024];
    size_t plen = 0, total = 0, npieces = 0, first_len = 0, ai = 0, cap;
    const char *s;
    OwlFmt f;

    /* First pass: the literal pieces, for the capacity estimate. */
    for (s = fmt; *s;) {
        if ((s[0] == '{' && s[1] == '{') || (s[0] == '}' && s[1] == '}')) {
            total++;
            s += 2;
        } else if (*s == '{') {
            if (npieces++ == 0)
                first_len = total;
            while (*s != '}')
                s++;
            s++;
        } else {
            total++;
            s++;
        }
    }
    if (nargs == 0)
        cap = total;
    else if (first_len == 0 && total < 16)
        cap = 0;
    else
        cap = 2 * total;

    owl_fmt_init(&f, cap);
    for (s = fmt; *s;) {
        if ((s[0] == '{' && s[1] == '{') || (s[0] == '}' && s[1] == '}')) {
            pieces[plen++] = *s;
            s += 2;
        } else if (*s == '{') {
            OwlFmtSpec sp;
            owl_fmt_lit(&f, (const uint8_t *)pieces, plen);
            plen = 0;
            s++;
            if (*s == ':')
                s++;
            s = parse_spec(s, &sp) + 1;
            if (ai < nargs) {
                owl_fmt_arg(&f, args[ai].v, args[ai].td, &sp);
                ai++;
            }
        } else {
            pieces[plen++] = *s++;
        }
    }
    owl_fmt_lit(&f, (const uint8_t *)pieces, plen);
    owl_fmt_into_string(&f, out);
}

static void check_fmt(int line, const char *want, const char *fmt, const Arg *args,
                      size_t nargs)
{
    OwlString s;
    render(fmt, args, nargs, &s);
    check_bytes(line, fmt, s.ptr, s.len, want);
    owl_string_drop(&s);
}

#define ARGS(...) ((const Arg[]){ __VA_ARGS__ }), (sizeof((const Arg[]){ __VA_ARGS__ }) / sizeof(Arg))
#define CHECK_FMT(want, fmt, ...) check_fmt(__LINE__, want, fmt, ARGS(__VA_ARGS__))

/* The capacity format! ends with. */
static void check_fmt_cap(int line, size_t want, const char *fmt, const Arg *args,
                          size_t nargs)
{
    OwlString s;
    render(fmt, args, nargs, &s);
    check_u64(line, fmt, s.cap, want);
    owl_string_drop(&s);
}

#define CHECK_CAP(want, fmt, ...) check_fmt_cap(__LINE__, want, fmt, ARGS(__VA_ARGS__))

/* ---- generated from rustc 1.95 output: do not edit by hand ---- */
static void test_fmt_table(void)
{
    CHECK_FMT("42 42",
              "{} {:?}", I32(42), I32(42));
    CHECK_FMT("255 255",
              "{} {:?}", U8(255), U8(255));
    CHECK_FMT("-9223372036854775808 -9223372036854775808",
              "{} {:?}", I64(INT64_MIN), I64(INT64_MIN));
    CHECK_FMT("1 1.0",
              "{} {:?}", F64(1.0), F64(1.0));
    CHECK_FMT("0.1 0.1",
              "{} {:?}", F64(0.1), F64(0.1));
    CHECK_FMT("1000000000000000000000 1e21",
              "{} {:?}", F64(1e21), F64(1e21));
    CHECK_FMT("0.0000001 1e-7",
              "{} {:?}", F64(1e-7), F64(1e-7));
    CHECK_FMT("NaN NaN",
              "{} {:?}", F64BITS(0x7ff8000000000000ull), F64BITS(0x7ff8000000000000ull));
    CHECK_FMT("inf -inf",
              "{} {:?}", F64BITS(0x7ff0000000000000ull), F64BITS(0xfff0000000000000ull));
    CHECK_FMT("-0 -0.0",
              "{} {:?}", F64(-0.0), F64(-0.0));
    CHECK_FMT("100 100.0",
              "{} {:?}", F64(100.0), F64(100.0));
    CHECK_FMT("1000000000000000 1000000000000000.0",
              "{} {:?}", F64(1e15), F64(1e15));
    CHECK_FMT("10000000000000000 1e16",
              "{} {:?}", F64(1e16), F64(1e16));
    CHECK_FMT("0.0001 0.0001",
              "{} {:?}", F64(0.0001), F64(0.0001));
    CHECK_FMT("0.00009999 9.999e-5",
              "{} {:?}", F64(0.00009999), F64(0.00009999));
    CHECK_FMT("0.30000000000000004 0.30000000000000004",
              "{} {:?}", F64(0.1 + 0.2), F64(0.1 + 0.2));
    CHECK_FMT("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 1e100",
              "{} {:?}", F64(1e100), F64(1e100));
    CHECK_FMT("0.3 0.33333334",
              "{} {:?}", F32(0.1f + 0.2f), F32(1.0f / 3.0f));
    CHECK_FMT("16777216 10000000000.0",
              "{} {:?}", F32(16777217.0f), F32(1e10f));
    CHECK_FMT("true false",
              "{} {:?}", BOOL(1), BOOL(0));
    CHECK_FMT("a 'a'",
              "{} {:?}", CHR('a'), CHR('a'));
    CHECK_FMT("\n '\\n'",
              "{} {:?}", CHR('\n'), CHR('\n'));
    CHECK_FMT("' '\\''",
              "{} {:?}", CHR('\''), CHR('\''));
    CHECK_FMT("'\"' '\\\\' '\\t' '\\0'",
              "{:?} {:?} {:?} {:?}", CHR('"'), CHR('\\'), CHR('\t'), CHR(0));
    CHECK_FMT("'\303\251' '\\u{7f}' '\\u{301}'",
              "{:?} {:?} {:?}", CHR(0xe9), CHR(0x7f), CHR(0x301));
    CHECK_FMT("\"q\\\"uote\\\" 'apos' \\\\ tab\\t nl\\n \303\251 \346\227\245\346\234\254 \360\237\230\200\"",
              "{:?}", STR("q\"uote\" 'apos' \\ tab\t nl\n \303\251 \346\227\245\346\234\254 \360\237\230\200"));
    CHECK_FMT("\"\\u{1}\\u{7f}\\u{200b}a\\u{301}\"",
              "{:?}", STR("\001\177\342\200\213a\314\201"));
    CHECK_FMT("\"own\"",
              "{:?}", STRING("own"));
    CHECK_FMT("(1, \"a\", 'c')",
              "{:?}", TUP3);
    CHECK_FMT("() (5,)",
              "{:?} {:?}", UNIT(), TUP1(5));
    CHECK_FMT("[1, 2, 3] []",
              "{:?} {:?}", ARR3(1, 2, 3), ARR0);
    CHECK_FMT("[[1], []]",
              "{:?}", VECVEC);
    CHECK_FMT("Some(3) None",
              "{:?} {:?}", SOME(3), NONE);
    CHECK_FMT("P { x: 1, y: -2 }",
              "{:?}", P(1, -2));
    CHECK_FMT("T(3, \"t\") U",
              "{:?} {:?}", T(3, "t"), U);
    CHECK_FMT("N { name: \"n\", p: P { x: 1, y: 2 }, v: [1, 2] }",
              "{:?}", N_WITH_V);
    CHECK_FMT("(\n    1,\n    \"a\",\n)",
              "{:#?}", TUP2(1, "a"));
    CHECK_FMT("[\n    1,\n    2,\n]",
              "{:#?}", VEC12);
    CHECK_FMT("[]",
              "{:#?}", VEC_EMPTY);
    CHECK_FMT("P {\n    x: 1,\n    y: 2,\n}",
              "{:#?}", P(1, 2));
    CHECK_FMT("T(\n    1,\n    \"x\",\n)",
              "{:#?}", T(1, "x"));
    CHECK_FMT("U",
              "{:#?}", U);
    CHECK_FMT("N {\n    name: \"n\",\n    p: P {\n        x: 1,\n        y: 2,\n    },\n    v: [],\n}",
              "{:#?}", N_EMPTY_V);
    CHECK_FMT("Some(\n    1,\n)",
              "{:#?}", SOME(1));
    CHECK_FMT("[      42] [42      ] [   42   ]",
              "[{:>8}] [{:<8}] [{:^8}]", I32(42), I32(42), I32(42));
    CHECK_FMT("[      ab] [ab      ] [   ab   ] [  ab   ]",
              "[{:>8}] [{:<8}] [{:^8}] [{:^7}]", STR("ab"), STR("ab"), STR("ab"), STR("ab"));
    CHECK_FMT("[   42] [ab   ] [c    ] [true ] [  1.5]",
              "[{:5}] [{:5}] [{:5}] [{:5}] [{:5}]", I32(42), STR("ab"), CHR('c'), BOOL(1), F64(1.5));
    CHECK_FMT("[0003.142] [-003.142] [   3.142] [2]",
              "[{:08.3}] [{:08.3}] [{:8.3}] [{:.0}]", F64(3.14159), F64(-3.14159), F64(3.14159), F64(2.5));
    CHECK_FMT("[0.1] [0.2] [0.3] [2.67] [0] [2]",
              "[{:.1}] [{:.1}] [{:.1}] [{:.2}] [{:.0}] [{:.0}]", F64(0.05), F64(0.25), F64(0.35), F64(2.675), F64(0.5), F64(1.5));
    CHECK_FMT("[+42] [+0] [-0] [+1.0] [NaN]",
              "[{:+}] [{:+}] [{:+}] [{:+.1}] [{:+}]", I32(42), I32(0), F64(-0.0), F64(1.0), F64BITS(0x7ff8000000000000ull));
    CHECK_FMT("[-0007] [+0007] [00007] [00007] [00000inf]",
              "[{:05}] [{:+05}] [{:<05}] [{:^05}] [{:08.3}]", I32(-7), I32(7), I32(7), I32(7), F64BITS(0x7ff0000000000000ull));
    CHECK_FMT("[***mid***] [1-----] [00007] [###x]",
              "[{:*^9}] [{:-<6}] [{:0>5}] [{:#>4}]", STR("mid"), I32(1), I32(7), CHR('x'));
    CHECK_FMT("[ff] [FF] [0xff] [0xFF] [10] [0o10] [101] [0b101]",
              "[{:x}] [{:X}] [{:#x}] [{:#X}] [{:o}] [{:#o}] [{:b}] [{:#b}]", I32(255), I32(255), I32(255), I32(255), I32(8), I32(8), I32(5), I32(5));
    CHECK_FMT("[000000ff] [0x000000ff] [0b0101] [ffffffff] [ff]",
              "[{:08x}] [{:#010x}] [{:#06b}] [{:x}] [{:x}]", I32(255), I32(255), I32(5), I32(-1), I8(-1));
    CHECK_FMT("[1.2345e3] [1.2E-4] [0e0] [1.23456e5] [1.23e3]",
              "[{:e}] [{:E}] [{:e}] [{:e}] [{:.2e}]", F64(1234.5), F64(0.00012), F64(0.0), I32(123456), F64(1234.5));
    CHECK_FMT("[abc] [abc       ] [xy    ]",
              "[{:.3}] [{:10.3}] [{:<6.2}]", STR("abcdef"), STR("abcdef"), STR("xyz"));
    CHECK_FMT("[    1] [\"ab\"] ['x'] [1.2] [7]",
              "[{:5?}] [{:<8?}] [{:>8?}] [{:.1?}] [{:#?}]", I32(1), STR("ab"), CHR('x'), F64(1.25), I32(7));
    CHECK_FMT("[[  1,   2]] [[001, 002]] [[+1, -2]] [[1.2, 2.4]] [Some(     1)]",
              "[{:3?}] [{:03?}] [{:+?}] [{:.1?}] [{:>6?}]", ARR2(1, 2), ARR2(1, 2), ARR2(1, -2), FARR2(1.25, 2.35), SOME(1));
    CHECK_FMT("[[a, ff]] [[A, FF]] [0xff]",
              "[{:x?}] [{:X?}] [{:#x?}]", ARR2(10, 255), ARR2(10, 255), I32(255));
    CHECK_FMT("[0x10] [                0x10] [0x0000000000000010]",
              "[{:p}] [{:20p}] [{:#p}]", PTR(0x10), PTR(0x10), PTR(0x10));
    /* format!("[{:w$}] [{:>w$.p$}] [{:.*}] [{val:>w$.p$}]") */
    CHECK_FMT("[      5] [   3.14] [3.142] [   3.14]",
              "[{:7}] [{:>7.2}] [{:.3}] [{:>7.2}]", I32(5), F64(3.14159), F64(3.14159), F64(3.14159));
    /* format!("{name} {name:?} {val:.2} {{literal}} {{{name}}}") */
    CHECK_FMT("Bob \"Bob\" 3.14 {literal} {Bob}",
              "{} {:?} {:.2} {{literal}} {{{}}}", STR("Bob"), STR("Bob"), F64(3.14159), STR("Bob"));
    /* format!("{0} {1} {0} {a}") */
    CHECK_FMT("x y x 1",
              "{} {} {} {}", STR("x"), STR("y"), STR("x"), I32(1));
}

static void test_fmt_extra(void)
{
    CHECK_FMT("[\n    P {\n        x: 1,\n        y: 2,\n    },\n    P {\n        x: -3,\n        y: 4,\n    },\n]",
              "{:#?}", VECP);
    CHECK_FMT("(\n    1,\n    (\n        2,\n        3,\n    ),\n)",
              "{:#?}", NESTED);
    CHECK_FMT("(\n    (),\n) ((),)",
              "{:#?} {:?}", UNIT1, UNIT1);
    CHECK_FMT("[\n    [\n        1,\n        2,\n    ],\n    [\n        3,\n    ],\n]",
              "{:#?}", VECVEC2);
    CHECK_FMT("[[1, 2], [3]]",
              "{:?}", VECVEC2);
    CHECK_FMT("[\n        1,\n        2,\n]",
              "{:#5?}", VEC12);
    CHECK_FMT("[\n    0x1,\n    0x2,\n]",
              "{:#x?}", VEC12);
    CHECK_FMT("[\n    0xA,\n    0xFF,\n]",
              "{:#X?}", ARR2(10, 255));
    CHECK_FMT("P { x: a, y: ffffffff }",
              "{:x?}", P(10, -1));
    CHECK_FMT("Q {\n    t: (\n        1,\n        \"x\",\n    ),\n    o: Some(\n        \"y\",\n    ),\n    b: 7,\n}",
              "{:#?}", QV);
    CHECK_FMT("Q { t: (1, \"x\"), o: Some(\"y\"), b: 7 }",
              "{:?}", QV);
    CHECK_FMT("5 5 5 5",
              "{:?} {} {:?} {:?}", BOX5, BOX5, REFREF5, REFREF5);
    CHECK_FMT("own \"own\"    own|",
              "{} {:?} {:>6}|", REF_STRING, REF_STRING, REF_STRING);
    CHECK_FMT("[\"a\", \"b\\n\"]",
              "{:?}", VECSTRING);
    CHECK_FMT("[\n    \"a\",\n    \"b\\n\",\n]",
              "{:#?}", VECSTRING);
    CHECK_FMT("[1, 2, 3] []",
              "{:?} {:?}", SLICE123, SLICE_EMPTY);
    CHECK_FMT("['x', '\303\251', '\\''] [\n    'x',\n    '\303\251',\n    '\\'',\n]",
              "{:?} {:#?}", VECCHAR, VECCHAR);
    CHECK_FMT("[true, false, true] [true , false, true ] [true   , false  , true   ]",
              "{:?} {:5?} {:<7?}", BARR3(1, 0, 1), BARR3(1, 0, 1), BARR3(1, 0, 1));
    CHECK_FMT("[()   ] [U] [true ] [E] [T0] [T0] [T0] [\"x\"]",
              "[{:5?}] [{:>5?}] [{:5?}] [{:5?}] [{:5?}] [{:?}] [{:#?}] [{:8?}]", UNIT(), U, BOOL(1), E, T0, T0, T0, STR("x"));
    CHECK_FMT("[true ] [\303\251    ] [ \346\227\245\346\234\254  ] [+0] [+0.0] [+1]",
              "[{:5}] [{:<5}] [{:^5}] [{:+}] [{:+?}] [{:+}]", BOOL(1), CHR(0xe9), STR("\346\227\245\346\234\254"), F64(0.0), F32(0.0f), U8(1));
    CHECK_FMT("[\303\251\303\251\303\251ab\303\251\303\251\303\251\303\251] [\346\227\245\346\227\245\346\227\24542] [x\360\237\230\200\360\237\230\200\360\237\230\200]",
              "[{:\303\251^9}] [{:\346\227\245>5}] [{:\360\237\230\200<4}]", STR("ab"), I32(42), CHR('x'));
    CHECK_FMT("[       own] [  ow   ] [] [\346\227\245\346\234\254\350\252\236]",
              "[{:>10}] [{:^7.2}] [{:.0}] [{:.10}]", STRING("own"), STRING("own"), STRING("own"), STR("\346\227\245\346\234\254\350\252\236"));
    CHECK_FMT("[\346\227\245\346\234\254] [\303\251  ]",
              "[{:.2}] [{:3.1}]", STR("\346\227\245\346\234\254\350\252\236"), STR("\303\251"));
    CHECK_FMT("[    x] [  \303\251  ] [x] [x    ] [\346\227\245  ]",
              "[{:>5}] [{:^5}] [{:.1}] [{:05}] [{:<3}]", CHR('x'), CHR(0xe9), CHR('x'), CHR('x'), CHR(0x65e5));
    CHECK_FMT("\"\\r\\0\\u{1b}\" '\\u{feff}' '\\u{a0}' ' '",
              "{:?} {:?} {:?} {:?}", STR("\r\000\033"), CHR(0xfeff), CHR(0xa0), CHR(' '));
    CHECK_FMT("'\\u{10ffff}' '\\u{e000}' '\360\237\217\273' '\\u{200d}' '\\u{ff9e}'",
              "{:?} {:?} {:?} {:?} {:?}", CHR(0x10ffff), CHR(0xe000), CHR(0x1f3fb), CHR(0x200d), CHR(0xff9e));
    CHECK_FMT("'\\u{85}' '\\u{2028}' '\\u{ad}'",
              "{:?} {:?} {:?}", CHR(0x85), CHR(0x2028), CHR(0xad));
    CHECK_FMT("\"\\u{300}x\\u{36f}\\u{e0001}\360\237\217\273\\u{10ffff}\"",
              "{:?}", STR("\314\200x\315\257\363\240\200\201\360\237\217\273\364\217\277\277"));
    CHECK_FMT("\"it's \\\"q\\\"\"",
              "{:?}", STR("it's \"q\""));
    CHECK_FMT("'\"' '\\''",
              "{:?} {:?}", CHR('"'), CHR('\''));
    CHECK_FMT("[   +5    ] [+0xff   ] [+0o10] [0b0] [0x0] [0x00ff]",
              "[{:^+9}] [{:<+#8x}] [{:+#o}] [{:#b}] [{:#x}] [{:#06x}]", I32(5), I32(255), I32(8), I32(0), I32(0), I8(-1));
    CHECK_FMT("[-0000inf] [00000NaN] [     NaN] [inf     ] [+inf] [-inf]",
              "[{:08.3}] [{:+08.3}] [{:8}] [{:<8}] [{:+}] [{:e}]", F64BITS(0xfff0000000000000ull), F64BITS(0x7ff8000000000000ull), F64BITS(0x7ff8000000000000ull), F64BITS(0x7ff0000000000000ull), F64BITS(0x7ff0000000000000ull), F64BITS(0xfff0000000000000ull));
    CHECK_FMT("[  -0.000e0] [+1.5e0    ] [(    0.2     ,      1      )] [-000001e-7]",
              "[{:10.3e}] [{:<+10e}] [{:^12.1?}] [{:010?}]", F64(-0.0), F64(1.5), ARG(&td_f64_i32, &(F64I32){ 0.25, 1 }), F64(-1e-7));
    CHECK_FMT("[Pointer { addr: 0x10, metadata: 2 }] [Pointer {\n    addr: 0x0000000000000010,\n    metadata: 2,\n}] [Pointer { addr:                         0x7f00, metadata:                              2 }]",
              "[{:p}] [{:#p}] [{:30p}]", FATSTR(0x10, 2), FATSTR(0x10, 2), FATSTR(0x7f00, 2));
    CHECK_FMT("[Pointer { addr: 0x10, metadata: 3 }] [0x7ffe52b03b44      ] [0x000000000000000010] [0x000000000000000010] [+0x10]",
              "[{:p}] [{:<20p}] [{:020p}] [{:#20p}] [{:+p}]", FATSLICE(0x10, 3), PTR(0x7ffe52b03b44ull), PTR(0x10), PTR(0x10), PTR(0x10));
    CHECK_FMT("[-1.23456e5] [1E2] [+5e0] [-00001.2e1] [7e0       ]",
              "[{:e}] [{:E}] [{:+e}] [{:010e}] [{:<10e}]", I32(-123456), U8(100), I8(5), I16(-12), U64(7));
    CHECK_FMT("[1e2] [1.4e2] [1.45e2] [1.55000e2] [1e2] [2e1] [1.0e3] [1.00e4]",
              "[{:.0e}] [{:.1e}] [{:.2e}] [{:.5e}] [{:.0e}] [{:.0e}] [{:.1e}] [{:.2e}]", I32(125), I32(135), I32(145), I32(155), I32(95), I32(25), I32(999), I32(9999));
}

static void test_fmt_floats(void)
{
    CHECK_FMT("179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 | 1.7976931348623157e308 | 1.7976931348623157e308",
              "{} | {:?} | {:e}", F64BITS(0x7fefffffffffffffull), F64BITS(0x7fefffffffffffffull), F64BITS(0x7fefffffffffffffull));
    CHECK_FMT("0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005 | 5e-324 | 5e-324",
              "{} | {:?} | {:e}", F64BITS(1), F64BITS(1), F64BITS(1));
    CHECK_FMT("0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000022250738585072014 | 2.2250738585072014e-308 | 2.2250738585072014e-308",
              "{} | {:?} | {:e}", F64BITS(0x0010000000000000ull), F64BITS(0x0010000000000000ull), F64BITS(0x0010000000000000ull));
    CHECK_FMT("1000000000000000000000 1e21 1e21 1E21",
              "{} {:?} {:e} {:E}", F64(1e21), F64(1e21), F64(1e21), F64(1e21));
    CHECK_FMT("0.0000001 1e-7 1e-7 0.000",
              "{} {:?} {:e} {:.3}", F64(1e-7), F64(1e-7), F64(1e-7), F64(1e-7));
    CHECK_FMT("0.30000000000000004 0.30000000000000004 3.0000000000000004e-1 0.30000000000000004441",
              "{} {:?} {:e} {:.20}", F64(0.1 + 0.2), F64(0.1 + 0.2), F64(0.1 + 0.2), F64(0.1 + 0.2));
    CHECK_FMT("-0 -0.0 -0e0 -0.000 +0",
              "{} {:?} {:e} {:.3} {:+}", F64(-0.0), F64(-0.0), F64(-0.0), F64(-0.0), F64(0.0));
    CHECK_FMT("NaN NaN NaN NaN NaN NaN",
              "{} {:?} {:e} {:.3} {:+} {:+?}", F64BITS(0x7ff8000000000000ull), F64BITS(0xfff8000000000000ull), F64BITS(0x7ff8000000000000ull), F64BITS(0x7ff8000000000000ull), F64BITS(0x7ff8000000000000ull), F64BITS(0xfff8000000000000ull));
    CHECK_FMT("inf -inf inf -inf +inf inf",
              "{} {:?} {:e} {:.3} {:+} {:E}", F64BITS(0x7ff0000000000000ull), F64BITS(0xfff0000000000000ull), F64BITS(0x7ff0000000000000ull), F64BITS(0xfff0000000000000ull), F64BITS(0x7ff0000000000000ull), F64BITS(0x7ff0000000000000ull));
    CHECK_FMT("9999999999999998.0 1.5e16 1.7976931348623157e308 0.0001 1.2345678901234568e17",
              "{:?} {:?} {:?} {:?} {:?}", F64(9999999999999998.0), F64(1.5e16), F64(1.7976931348623157e308), F64(0.0001), F64(123456789012345680.0));
    CHECK_FMT("0 2 2 -2 0.0 -0.0 10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000",
              "{:.0} {:.0} {:.0} {:.0} {:.1} {:.1} {:.3}", F64(0.5), F64(1.5), F64(2.5), F64(-2.5), F64(0.04), F64(-0.04), F64(1e100));
    CHECK_FMT("2e0 4e0 2.5e-1 0.000e0 1.00e1 1e300 4.9e-324",
              "{:.0e} {:.0e} {:.1e} {:.3e} {:.2e} {:.0e} {:.1e}", F64(2.5), F64(3.5), F64(0.25), F64(0.0), F64(9.999), F64(1e300), F64BITS(1));
    CHECK_FMT("340282350000000000000000000000000000000 3.4028235e38 3.4028235e38",
              "{} {:?} {:e}", F32BITS(0x7f7fffffu), F32BITS(0x7f7fffffu), F32BITS(0x7f7fffffu));
    CHECK_FMT("0.000000000000000000000000000000000000000000001 1e-45 1e-45",
              "{} {:?} {:e}", F32BITS(1), F32BITS(1), F32BITS(1));
    CHECK_FMT("0.000000000000000000000000000000000000011754944 1.1754944e-38 1.1754944e-38",
              "{} {:?} {:e}", F32BITS(0x00800000u), F32BITS(0x00800000u), F32BITS(0x00800000u));
    CHECK_FMT("0.1 0.1 0.33333334 16777216.0 1e16",
              "{} {:?} {} {:?} {:?}", F32(0.1f), F32(0.1f), F32(1.0f / 3.0f), F32(16777216.0f), F32(1e16f));
    CHECK_FMT("0.0001 9.999e-5 1e-5 0.00001 0.1000000015",
              "{:?} {:?} {:?} {} {:.10}", F32(0.0001f), F32(9.999e-5f), F32(1e-5f), F32(1e-5f), F32(0.1f));
    CHECK_FMT("19781.063 19781.063 -2.8542763e6 -0.0",
              "{} {:?} {:e} {:?}", F32(19781.0625f), F32(19781.0625f), F32(-2854276.25f), F32(-0.0f));
    CHECK_FMT("1000000000000000 123456789.125 1180591620717411300000",
              "{} {} {}", F64(1e15), F64(123456789.125), F64(1180591620717411303424.0));
}

static void test_fmt_ints(void)
{
    CHECK_FMT("-170141183460469231731687303715884105728 -170141183460469231731687303715884105728 80000000000000000000000000000000 0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
              "{} {:?} {:x} {:#b}", I128(I128_MIN), I128(I128_MIN), I128(I128_MIN), I128(I128_MIN));
    CHECK_FMT("170141183460469231731687303715884105727 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF 1777777777777777777777777777777777777777777 1.70141183460469231731687303715884105727e38",
              "{} {:#X} {:o} {:e}", I128(I128_MAX), I128(I128_MAX), I128(I128_MAX), I128(I128_MAX));
    CHECK_FMT("340282366920938463463374607431768211455 ffffffffffffffffffffffffffffffff 11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111 3.40282366920938463463374607431768211455e38 3.403e38",
              "{} {:x} {:b} {:e} {:.3e}", U128(U128_MAX), U128(U128_MAX), U128(U128_MAX), U128(U128_MAX), U128(U128_MAX));
    CHECK_FMT("-128 +127 80 10000000 177777",
              "{} {:+} {:x} {:b} {:o}", I8(INT8_MIN), I8(INT8_MAX), I8(INT8_MIN), I8(INT8_MIN), I16(-1));
    CHECK_FMT("-32768 -2147483648 9223372036854775807 18446744073709551615",
              "{} {} {} {}", I16(INT16_MIN), I32(INT32_MIN), I64(INT64_MAX), U64(UINT64_MAX));
    CHECK_FMT("8000000000000000 FFFFFFFFFFFFFFFF 0o37777777777 0b1111111111111111",
              "{:x} {:X} {:#o} {:#b}", I64(INT64_MIN), U64(UINT64_MAX), U32(UINT32_MAX), U16(UINT16_MAX));
    CHECK_FMT("-170141183460469231731687303715884105728 -170141183460469231731687303715884105728 -1.70141183460469231731687303715884105728e38 -1.70e38",
              "{:+} {:+040} {:e} {:+.2e}", I128(I128_MIN), I128(I128_MIN), I128(I128_MIN), I128(I128_MIN));
    CHECK_FMT("0e0 1e1 -1e2 0e0 0.0e0",
              "{:e} {:e} {:e} {:.0e} {:.1e}", U8(0), I32(10), I64(-100), U16(0), U32(0));
    CHECK_FMT("0b00000101   0xa 0xa   |  0o10  | +0xff",
              "{:#010b} {:#5x} {:<#6x}| {:^#7o}| {:+#x}", U8(5), U8(10), U8(10), U8(8), U8(255));
    CHECK_FMT("ff FF 0xa 0xA     1",
              "{:x?} {:X?} {:#x?} {:#X?} {:5x?}", I8(-1), U8(255), U16(10), U16(10), U32(1));
}

/* ---- end of generated checks ---- */

/* ---- format! capacities ------------------------------------------------------------ */

/* rustc 1.95: format!(...).capacity() with std::hint::black_box arguments
 * (so that no argument is folded into the literal at compile time). */
static void test_fmt_capacity(void)
{
    CHECK_CAP(12, "hello {}", I32(5));
    CHECK_CAP(8, "{}", I32(5));
    CHECK_CAP(9, "{}", I32(123456789));
    CHECK_CAP(8, "{} {}", I32(5), I32(6));
    CHECK_CAP(16, "{:?}", ARG(&td_veci32, &(OwlVec){ 3, ints123, 3 }));
    CHECK_CAP(32, "{:>20}", I32(5));
    CHECK_CAP(32, "x = {:#?}", P(1, 2));
    CHECK_CAP(16, "{}{}{}{}", I32(1), I32(22), I32(333), I32(4444));
    CHECK_CAP(42, "a long literal of 20 {}", F64(1.5));
    CHECK_CAP(23, "{}", STR("a string of some length"));
    CHECK_CAP(16, "{:?}", STR("quote\"d"));
    CHECK_CAP(19, "{}", F64(0.1 + 0.2));
    CHECK_CAP(8, "{:e}", F64(1234.5));
    CHECK_CAP(16, "[{:^9}]", STR("mid"));
    CHECK_CAP(16, "{:?}", TUP3);
    CHECK_CAP(202, "{:.3}", F64(1e100));
    CHECK_CAP(8, "{:08.3}", F64(-3.14159));
    {
        /* format!("literal only"): no arguments, capacity = length. */
        OwlFmt f;
        OwlString s;
        owl_fmt_init(&f, 12);
        owl_fmt_lit(&f, (const uint8_t *)"literal only", 12);
        owl_fmt_into_string(&f, &s);
        CHECK_U64("format!(\"literal only\") cap", s.cap, 12);
        owl_string_drop(&s);
        /* format!("") owns no memory at all. */
        owl_fmt_init(&f, 0);
        owl_fmt_into_string(&f, &s);
        CHECK_U64("format!(\"\") cap", s.cap, 0);
        CHECK_U64("format!(\"\") ptr", (uintptr_t)s.ptr, 1);
        owl_string_drop(&s);
    }
}

/* ---- String ------------------------------------------------------------------------ */

static void test_string(void)
{
    static const char *const froms[] = { "", "a", "hello", "hello world!!",
                                         "\303\237", "\346\227\245\346\234\254" };
    static const size_t from_caps[] = { 0, 1, 5, 13, 2, 6 };
    static const size_t push_caps[] = { 8, 16, 32, 64, 128 };
    static const size_t first10[] = { 8, 8, 8, 8, 8, 8, 8, 8, 16, 16 };
    OwlString s, t;
    size_t i, ncaps = 0;

    for (i = 0; i < 6; i++) {
        owl_string_from(&s, (const uint8_t *)froms[i], strlen(froms[i]));
        CHECK_U64(froms[i], s.cap, from_caps[i]);
        owl_string_drop(&s);
    }
    owl_string_new(&s);
    CHECK_U64("String::new cap", s.cap, 0);
    CHECK_U64("String::new len", s.len, 0);
    CHECK_U64("String::new ptr", (uintptr_t)s.ptr, 1);
    owl_string_drop(&s);
    owl_string_with_capacity(&s, 0);
    CHECK_U64("with_capacity(0) ptr", (uintptr_t)s.ptr, 1);
    owl_string_drop(&s);
    owl_string_with_capacity(&s, 5);
    CHECK_U64("with_capacity(5)", s.cap, 5);
    owl_string_drop(&s);

    /* push('a') x100: the distinct capacities. */
    owl_string_new(&s);
    for (i = 0; i < 100; i++) {
        size_t before = s.cap;
        owl_string_push(&s, 'a');
        if (s.cap != before) {
            CHECK_U64("push x100 growth", s.cap, push_caps[ncaps < 5 ? ncaps : 4]);
            ncaps++;
        }
    }
    CHECK_U64("push x100 growth steps", ncaps, 5);
    CHECK_U64("push x100 len", s.len, 100);
    owl_string_drop(&s);
    owl_string_new(&s);
    for (i = 0; i < 10; i++) {
        owl_string_push_str(&s, (const uint8_t *)"a", 1);
        CHECK_U64("push_str first 10", s.cap, first10[i]);
    }
    owl_string_drop(&s);

    owl_string_new(&s);
    owl_string_push(&s, 0xe9);
    CHECK_U64("push('\303\251') len", s.len, 2);
    CHECK_U64("push('\303\251') cap", s.cap, 8);
    owl_string_drop(&s);
    owl_string_new(&s);
    owl_string_push_str(&s, (const uint8_t *)"12345678901234567", 17);
    CHECK_U64("push_str 17 bytes", s.cap, 17);
    owl_string_drop(&s);
    owl_string_from(&s, (const uint8_t *)"hello", 5);
    owl_string_push(&s, '!');
    CHECK_U64("from(hello)+push(!)", s.cap, 10);
    owl_string_drop(&s);
    owl_string_from(&s, (const uint8_t *)"hello", 5);
    owl_string_push_str(&s, (const uint8_t *)" world", 6);
    CHECK_U64("from(hello)+push_str( world)", s.cap, 11);
    check_bytes(__LINE__, "hello world", s.ptr, s.len, "hello world");
    owl_string_drop(&s);
    owl_string_from(&s, (const uint8_t *)"hi", 2);
    owl_string_push_str(&s, (const uint8_t *)"123456789012345678901", 21);
    CHECK_U64("from(hi)+21 bytes", s.cap, 23);
    owl_string_drop(&s);
    owl_string_from(&s, (const uint8_t *)"ab", 2);
    owl_string_push_str(&s, (const uint8_t *)"cd", 2);
    CHECK_U64("String::from(ab) + cd", s.cap, 8);
    owl_string_drop(&s);

    owl_string_with_capacity(&s, 10);
    owl_string_push_str(&s, (const uint8_t *)"ab", 2);
    owl_string_clone(&t, &s);
    CHECK_U64("clone cap = len", t.cap, 2);
    check_bytes(__LINE__, "clone bytes", t.ptr, t.len, "ab");
    owl_string_drop(&t);
    owl_string_drop(&s);

    owl_string_new(&s);
    owl_string_push(&s, 0x1f600);
    owl_string_push(&s, 'x');
    check_bytes(__LINE__, "push 4-byte char", s.ptr, s.len, "\360\237\230\200x");
    CHECK_U64("push 4-byte char cap", s.cap, 8);
    owl_string_drop(&s);
}

/* ---- str -------------------------------------------------------------------------------- */

static void test_str(void)
{
    static const uint8_t hello[] = "h\303\251llo";
    OwlStr r;
    CHECK_U64("eq", owl_str_eq((const uint8_t *)"abc", 3, (const uint8_t *)"abc", 3), 1);
    CHECK_U64("ne len", owl_str_eq((const uint8_t *)"abc", 3, (const uint8_t *)"ab", 2), 0);
    CHECK_U64("ne byte", owl_str_eq((const uint8_t *)"abc", 3, (const uint8_t *)"abd", 3), 0);
    CHECK_U64("eq empty", owl_str_eq((const uint8_t *)1, 0, (const uint8_t *)"", 0), 1);
    CHECK_U64("abc < abd", owl_str_cmp((const uint8_t *)"abc", 3, (const uint8_t *)"abd", 3) < 0, 1);
    CHECK_U64("ab < abc", owl_str_cmp((const uint8_t *)"ab", 2, (const uint8_t *)"abc", 3) < 0, 1);
    CHECK_U64("b > abc", owl_str_cmp((const uint8_t *)"b", 1, (const uint8_t *)"abc", 3) > 0, 1);
    CHECK_U64("\"\" == \"\"", owl_str_cmp((const uint8_t *)1, 0, (const uint8_t *)1, 0), 0);
    CHECK_U64("\303\251 > z (bytes)", owl_str_cmp(hello + 1, 2, (const uint8_t *)"z", 1) > 0, 1);

    r = owl_str_slice(hello, 6, 1, 3, 1, 1, NULL);
    check_bytes(__LINE__, "&s[1..3]", r.ptr, r.len, "\303\251");
    r = owl_str_slice(hello, 6, 3, 0, 1, 0, NULL);
    check_bytes(__LINE__, "&s[3..]", r.ptr, r.len, "llo");
    r = owl_str_slice(hello, 6, 0, 1, 0, 1, NULL);
    check_bytes(__LINE__, "&s[..1]", r.ptr, r.len, "h");
    r = owl_str_slice(hello, 6, 0, 0, 0, 0, NULL);
    check_bytes(__LINE__, "&s[..]", r.ptr, r.len, "h\303\251llo");
    r = owl_str_slice(hello, 6, 6, 6, 1, 1, NULL);
    CHECK_U64("&s[6..6] len", r.len, 0);
}

/* ---- processes: panics, aborts, buffering ----------------------------------------------- */

typedef struct Child {
    int status;      /* from waitpid */
    pid_t pid;
    char out[16384]; /* stdout (also stderr when merged) */
    size_t outlen;
    char err[16384];
    size_t errlen;
} Child;

static void child_main(int which);

static void drain(int fd, char *buf, size_t *len, size_t cap)
{
    ssize_t k;
    while ((k = read(fd, buf + *len, cap - *len)) > 0)
        *len += (size_t)k;
}

/* Runs child_main(which) in a child whose stdout and stderr are pipes (one
 * pipe for both when merge); stdout_closed gives it a stdout pipe that
 * nobody reads. */
static void run_child(int which, int merge, int stdout_closed, Child *c)
{
    int po[2], pe[2];
    memset(c, 0, sizeof *c);
    if (pipe(po) != 0 || pipe(pe) != 0) {
        perror("pipe");
        exit(2);
    }
    /* A stdout nobody reads: close the only read end before the child
     * inherits it, so its first write fails with EPIPE. */
    if (stdout_closed)
        close(po[0]);
    fflush(stdout);
    fflush(stderr);
    c->pid = fork();
    if (c->pid == 0) {
        dup2(po[1], 1);
        dup2(merge ? po[1] : pe[1], 2);
        if (!stdout_closed)
            close(po[0]);
        close(po[1]);
        close(pe[0]);
        close(pe[1]);
        child_main(which);
        _exit(owl_rt_exit());
    }
    close(po[1]);
    close(pe[1]);
    if (!stdout_closed) {
        drain(po[0], c->out, &c->outlen, sizeof c->out);
        close(po[0]);
    }
    drain(pe[0], c->err, &c->errlen, sizeof c->err);
    close(pe[0]);
    waitpid(c->pid, &c->status, 0);
}

static const OwlLoc main_loc = { "src/main.rs", 4, 13 };

/* Recursion that the optimiser cannot turn into a loop. */
static volatile long forever = 1L << 40;

static int deep(volatile int *p, long n)
{
    volatile int big[256];
    big[0] = *p + 1;
    if (n == 0)
        return big[0];
    return deep(big, n - 1) + big[255];
}

enum {
    CH_PANIC_STR = 1,
    CH_BOUNDS,
    CH_ASSERT_EQ,
    CH_ASSERT_EQ_MSG,
    CH_ASSERT_NE,
    CH_ASSERT_STRUCT,
    CH_CAP_OVERFLOW,
    CH_OOM,
    CH_STACK_OVERFLOW,
    CH_BROKEN_PIPE,
    CH_BUFFERING,
    CH_EXIT_FLUSH,
    CH_CLOSED_STDOUT,
    CH_PANIC_FMT,
    CH_SLICE_BASE, /* + index into slice_cases */
};

/* &s[lo..hi] panics: rustc 1.95's messages (programs slice.rs, slice2.rs). */
static const struct SliceCase {
    const char *s;
    size_t lo, hi;
    int has_lo, has_hi;
    const char *msg;
} slice_cases[] = {
    { "abc", 0, 5, 1, 1, "end byte index 5 is out of bounds of `abc`" },
    { "abc", 5, 6, 1, 1, "start byte index 5 is out of bounds of `abc`" },
    { "abc", 5, 0, 1, 0, "start byte index 5 is out of bounds of `abc`" },
    { "abc", 0, 5, 0, 1, "end byte index 5 is out of bounds of `abc`" },
    { "h\303\251llo", 4, 2, 1, 1, "begin > end (4 > 2) when slicing `h\303\251llo`" },
    { "h\303\251llo", 0, 2, 1, 1,
      "end byte index 2 is not a char boundary; it is inside '\303\251' (bytes 1..3) of `h\303\251llo`" },
    { "h\303\251llo", 2, 4, 1, 1,
      "start byte index 2 is not a char boundary; it is inside '\303\251' (bytes 1..3) of `h\303\251llo`" },
    { "h\303\251llo", 2, 0, 1, 0,
      "start byte index 2 is not a char boundary; it is inside '\303\251' (bytes 1..3) of `h\303\251llo`" },
    { "h\303\251llo", 0, 2, 0, 1,
      "end byte index 2 is not a char boundary; it is inside '\303\251' (bytes 1..3) of `h\303\251llo`" },
    { "abc", 4, 2, 1, 1, "start byte index 4 is out of bounds of `abc`" },
    { "h\303\251llo", 2, 3, 1, 1,
      "start byte index 2 is not a char boundary; it is inside '\303\251' (bytes 1..3) of `h\303\251llo`" },
    { "h\303\251llo", 2, 1002, 1, 1, "end byte index 1002 is out of bounds of `h\303\251llo`" },
    { "h\303\251llo", 2, 1, 1, 1, "begin > end (2 > 1) when slicing `h\303\251llo`" },
    { "h\303\251llo", 3, 2, 1, 1, "begin > end (3 > 2) when slicing `h\303\251llo`" },
    { "", 2, 0, 1, 0, "start byte index 2 is out of bounds of ``" },
    { "a\"b\n\360\237\230\200", 0, 5, 1, 1,
      "end byte index 5 is not a char boundary; it is inside '\360\237\230\200' (bytes 4..8) of `a\"b\n\360\237\230\200`" },
    { "ab\n\314\201x", 0, 4, 1, 1,
      "end byte index 4 is not a char boundary; it is inside '\\u{301}' (bytes 3..5) of `ab\n\314\201x`" },
    /* Messages show at most 256 bytes of the string, cut at a char boundary. */
    { "*a", 402, 0, 1, 0, NULL },
    { "*e", 0, 301, 1, 1, NULL },
};
#define N_SLICE_CASES (sizeof slice_cases / sizeof slice_cases[0])

/* 300 times 'a' and 200 times 'é', for the 256-byte truncation. */
static char long_a[301], long_e[401];

static void child_main(int which)
{
    static const OwlFmtSpec display = { ' ', OWL_ALIGN_NONE, 0, OWL_FMT_DISPLAY, 0, -1, -1 };
    OwlFmt f, m;
    OwlString s;

    if (which == CH_STACK_OVERFLOW) {
        /* An unlimited stack would grow into other mappings instead of
         * faulting at its limit; give the child the usual 8 MiB. */
        struct rlimit rl;
        if (getrlimit(RLIMIT_STACK, &rl) == 0
            && (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > ((rlim_t)8 << 20))) {
            rl.rlim_cur = (rlim_t)8 << 20;
            setrlimit(RLIMIT_STACK, &rl);
        }
    }
    owl_rt_init(0, NULL);
    switch (which) {
    case CH_PANIC_STR:
        owl_fmt_init(&f, 0);
        owl_fmt_lit(&f, (const uint8_t *)"partial", 7);
        owl_fmt_print(&f, 1);
        owl_panic_str((const uint8_t *)"boom", 4, &main_loc);
    case CH_PANIC_FMT:
        owl_fmt_init(&f, 0);
        owl_fmt_lit(&f, (const uint8_t *)"something bad: ", 15);
        owl_fmt_arg(&f, &(int32_t){ 42 }, &td_i32, &display);
        owl_panic_fmt(&f, &main_loc);
    case CH_BOUNDS:
        owl_panic_bounds(5, 3, &main_loc);
    case CH_ASSERT_EQ:
        owl_panic_assert(0, &(int32_t){ 1 }, &(int32_t){ 2 }, &td_i32, NULL, &main_loc);
    case CH_ASSERT_EQ_MSG:
        owl_fmt_init(&m, 0);
        owl_fmt_lit(&m, (const uint8_t *)"math is ", 8);
        owl_fmt_arg(&m, &(OwlStr){ (const uint8_t *)"hard", 4 }, &td_str, &display);
        owl_panic_assert(0, &(int32_t){ 2 }, &(int32_t){ 3 }, &td_i32, &m, &main_loc);
    case CH_ASSERT_NE:
        owl_panic_assert(1, &(OwlStr){ (const uint8_t *)"a", 1 },
                         &(OwlStr){ (const uint8_t *)"a", 1 }, &td_str, NULL, &main_loc);
    case CH_ASSERT_STRUCT:
        owl_fmt_init(&m, 0);
        owl_panic_assert(0, &(I32x2){ 1, 2 }, &(I32x2){ 1, 3 }, &td_p, &m, &main_loc);
    case CH_CAP_OVERFLOW:
        owl_string_with_capacity(&s, SIZE_MAX);
        break;
    case CH_OOM:
        owl_string_with_capacity(&s, (size_t)1 << 46);
        break;
    case CH_STACK_OVERFLOW:
        owl_fmt_init(&f, 0);
        owl_fmt_lit(&f, (const uint8_t *)"before\npartial", 14);
        owl_fmt_print(&f, 1);
        deep(&(int){ 0 }, forever);
        break;
    case CH_BROKEN_PIPE:
        owl_fmt_init(&f, 0);
        owl_fmt_lit(&f, (const uint8_t *)"hello\n", 6);
        owl_fmt_print(&f, 1);
        break;
    case CH_BUFFERING: {
        /* buf1.rs from rust-facts section 3. */
        static const char *const steps[][2] = {
            { "1", "line1\n" }, { "2", "err1\n" }, { "1", "partial-no-newline " },
            { "2", "err2\n" }, { "1", "line2\n" }, { "1", "tail-before-panic" },
        };
        for (size_t i = 0; i < 6; i++) {
            owl_fmt_init(&f, 0);
            owl_fmt_lit(&f, (const uint8_t *)steps[i][1], strlen(steps[i][1]));
            owl_fmt_print(&f, steps[i][0][0] - '0');
        }
        owl_panic_bounds(0, 0, &(OwlLoc){ "buf1.rs", 11, 21 });
    }
    case CH_EXIT_FLUSH:
        owl_fmt_init(&f, 0);
        owl_fmt_lit(&f, (const uint8_t *)"no newline", 10);
        owl_fmt_print(&f, 1);
        break;
    case CH_CLOSED_STDOUT:
        close(1);
        owl_fmt_init(&f, 0);
        owl_fmt_lit(&f, (const uint8_t *)"into the void\n", 14);
        owl_fmt_print(&f, 1);
        owl_fmt_init(&f, 0);
        owl_fmt_lit(&f, (const uint8_t *)"still alive\n", 12);
        owl_fmt_print(&f, 2);
        break;
    default: {
        const struct SliceCase *c = &slice_cases[which - CH_SLICE_BASE];
        const char *str = strcmp(c->s, "*a") == 0 ? long_a : strcmp(c->s, "*e") == 0 ? long_e : c->s;
        owl_str_slice((const uint8_t *)str, strlen(str), c->lo, c->hi, c->has_lo, c->has_hi,
                      &main_loc);
        break;
    }
    }
}

static const char note[] =
    "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

static void panic_text(char *buf, size_t n, pid_t pid, const char *loc, const char *msg)
{
    snprintf(buf, n, "\nthread 'main' (%ld) panicked at %s:\n%s\n%s", (long)pid, loc, msg, note);
}

static void expect_panic(int line, int which, const char *msg)
{
    Child c;
    char want[2048];
    run_child(which, 0, 0, &c);
    panic_text(want, sizeof want, c.pid, "src/main.rs:4:13", msg);
    check_bytes(line, msg, (const uint8_t *)c.err, c.errlen, want);
    CHECK_U64("panic exit status", WIFEXITED(c.status) ? (uint64_t)WEXITSTATUS(c.status) : 999, 101);
}

static int under_valgrind(void)
{
    const char *p = getenv("LD_PRELOAD");
    return p && strstr(p, "vgpreload");
}

static void test_processes(void)
{
    Child c;
    char want[4096];

    /* The message first, then stdout's partial line, flushed at exit. */
    run_child(CH_PANIC_STR, 1, 0, &c);
    panic_text(want, sizeof want, c.pid, "src/main.rs:4:13", "boom");
    strcat(want, "partial");
    check_bytes(__LINE__, "panic!(\"boom\")", (const uint8_t *)c.out, c.outlen, want);
    CHECK_U64("panic status", WEXITSTATUS(c.status), 101);

    expect_panic(__LINE__, CH_PANIC_FMT, "something bad: 42");
    expect_panic(__LINE__, CH_BOUNDS, "index out of bounds: the len is 3 but the index is 5");
    expect_panic(__LINE__, CH_ASSERT_EQ, "assertion `left == right` failed\n  left: 1\n right: 2");
    expect_panic(__LINE__, CH_ASSERT_EQ_MSG,
                 "assertion `left == right` failed: math is hard\n  left: 2\n right: 3");
    expect_panic(__LINE__, CH_ASSERT_NE,
                 "assertion `left != right` failed\n  left: \"a\"\n right: \"a\"");
    expect_panic(__LINE__, CH_ASSERT_STRUCT,
                 "assertion `left == right` failed: \n  left: P { x: 1, y: 2 }\n right: P { x: 1, y: 3 }");
    for (size_t i = 0; i < 300; i++)
        long_a[i] = 'a';
    for (size_t i = 0; i < 400; i += 2)
        memcpy(long_e + i, "\303\251", 2);
    for (size_t i = 0; i < N_SLICE_CASES; i++) {
        if (slice_cases[i].msg) {
            expect_panic(__LINE__, CH_SLICE_BASE + (int)i, slice_cases[i].msg);
        } else if (slice_cases[i].s[1] == 'a') {
            snprintf(want, sizeof want, "start byte index 402 is out of bounds of `%.256s`[...]", long_a);
            expect_panic(__LINE__, CH_SLICE_BASE + (int)i, want);
        } else {
            snprintf(want, sizeof want,
                     "end byte index 301 is not a char boundary; it is inside '\303\251' "
                     "(bytes 300..302) of `%.256s`[...]",
                     long_e);
            expect_panic(__LINE__, CH_SLICE_BASE + (int)i, want);
        }
    }

    run_child(CH_CAP_OVERFLOW, 0, 0, &c);
    panic_text(want, sizeof want, c.pid,
               "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/raw_vec/mod.rs:28:5",
               "capacity overflow");
    check_bytes(__LINE__, "capacity overflow", (const uint8_t *)c.err, c.errlen, want);
    CHECK_U64("capacity overflow status", WEXITSTATUS(c.status), 101);

    run_child(CH_OOM, 0, 0, &c);
    snprintf(want, sizeof want, "memory allocation of 70368744177664 bytes failed\n%s", note);
    check_bytes(__LINE__, "out of memory", (const uint8_t *)c.err, c.errlen, want);
    CHECK_U64("out of memory: SIGABRT", WIFSIGNALED(c.status) ? (uint64_t)WTERMSIG(c.status) : 0,
              SIGABRT);

    /* valgrind runs the client on a stack of its own making and reports the
     * overflow itself, so this one is checked natively only. */
    if (!under_valgrind()) {
        run_child(CH_STACK_OVERFLOW, 0, 0, &c);
        snprintf(want, sizeof want,
                 "\nthread 'main' (%ld) has overflowed its stack\n"
                 "fatal runtime error: stack overflow, aborting\n",
                 (long)c.pid);
        check_bytes(__LINE__, "stack overflow", (const uint8_t *)c.err, c.errlen, want);
        check_bytes(__LINE__, "stack overflow: stdout", (const uint8_t *)c.out, c.outlen,
                    "before\n");
        CHECK_U64("stack overflow: SIGABRT",
                  WIFSIGNALED(c.status) ? (uint64_t)WTERMSIG(c.status) : 0, SIGABRT);
    }

    run_child(CH_BROKEN_PIPE, 0, 1, &c);
    panic_text(want, sizeof want, c.pid,
               "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/stdio.rs:1165:9",
               "failed printing to stdout: Broken pipe (os error 32)");
    check_bytes(__LINE__, "broken pipe", (const uint8_t *)c.err, c.errlen, want);
    CHECK_U64("broken pipe status", WEXITSTATUS(c.status), 101);

    /* rustc's buf1.rs, stdout and stderr on one pipe. */
    run_child(CH_BUFFERING, 1, 0, &c);
    snprintf(want, sizeof want,
             "line1\nerr1\nerr2\npartial-no-newline line2\n"
             "\nthread 'main' (%ld) panicked at buf1.rs:11:21:\n"
             "index out of bounds: the len is 0 but the index is 0\n%stail-before-panic",
             (long)c.pid, note);
    check_bytes(__LINE__, "LineWriter interleaving", (const uint8_t *)c.out, c.outlen, want);

    run_child(CH_EXIT_FLUSH, 0, 0, &c);
    check_bytes(__LINE__, "flush at exit", (const uint8_t *)c.out, c.outlen, "no newline");
    CHECK_U64("exit status", WEXITSTATUS(c.status), 0);

    run_child(CH_CLOSED_STDOUT, 0, 0, &c);
    check_bytes(__LINE__, "closed stdout is not an error", (const uint8_t *)c.err, c.errlen,
                "still alive\n");
    CHECK_U64("closed stdout status", WEXITSTATUS(c.status), 0);
}

int main(void)
{
    test_fmt_table();
    test_fmt_extra();
    test_fmt_floats();
    test_fmt_ints();
    test_fmt_capacity();
    test_string();
    test_str();
    test_processes();
    printf("test_runtime: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
