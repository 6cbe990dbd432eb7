/* test_layout.c: layout_of() against sizes, alignments and offsets that
 * rustc 1.95 produced (rust-facts §1.1-1.3).
 *
 * Build: cc -std=c11 -Icompiler test_layout.c compiler/layout.c
 *        compiler/types.c compiler/arena.c (plus what types.c needs).
 * Prints one line per failed check; exits 1 if any failed.
 */
#include <stdio.h>

#include "layout.h"

static int failures, checks;

#define CHECK_EQ(what, got, want)                                                   \
    do {                                                                            \
        checks++;                                                                   \
        unsigned long long g_ = (unsigned long long)(got), w_ = (unsigned long long)(want); \
        if (g_ != w_) {                                                             \
            failures++;                                                             \
            printf("FAIL %s:%d: %s: got %llu, want %llu\n", __FILE__, __LINE__, what, g_, w_); \
        }                                                                           \
    } while (0)

static Type *tup(int n, Type **elems) { return ty_tuple(elems, n); }

/* Checks size, align and the source-order offsets of a type. */
static void expect(const char *name, Type *t, uint64_t size, uint64_t align, int n,
                   const uint64_t *offsets) {
    const Layout *l = layout_of(t);
    char what[128];
    snprintf(what, sizeof what, "%s size", name);
    CHECK_EQ(what, l->size, size);
    snprintf(what, sizeof what, "%s align", name);
    CHECK_EQ(what, l->align, align);
    for (int i = 0; i < n; i++) {
        snprintf(what, sizeof what, "%s .%d", name, i);
        CHECK_EQ(what, l->offsets[i], offsets[i]);
    }
}

/* A struct (not a tuple), through layout_univariant, as rust-facts §1.2
 * lists them: exercises the niche rules and the end-biased retry. */
static void expect_struct(const char *name, int n, Type **fields, uint64_t size,
                          const uint64_t *offsets) {
    LayoutField fs[16];
    for (int i = 0; i < n; i++) {
        const Layout *l = layout_of(fields[i]);
        LayoutField f = {l->size, l->align, l->niche_count, l->niche_offset,
                         l->niche_scalar_size};
        fs[i] = f;
    }
    Layout *l = layout_univariant(fs, n, false);
    char what[128];
    snprintf(what, sizeof what, "struct %s size", name);
    CHECK_EQ(what, l->size, size);
    for (int i = 0; i < n; i++) {
        snprintf(what, sizeof what, "struct %s field %d", name, i);
        CHECK_EQ(what, l->offsets[i], offsets[i]);
    }
}

int main(void) {
    compiler_arena = arena_new();
    types_init();
    Type *u8 = ty_int(INT_U8), *u16 = ty_int(INT_U16), *u32 = ty_int(INT_U32);
    Type *u64 = ty_int(INT_U64), *i32 = ty_int(INT_I32), *i64 = ty_int(INT_I64);
    Type *t_i128 = ty_int(INT_I128), *usize = ty_int(INT_USIZE);
    Type *f32 = ty_float(FLOAT_F32), *f64 = ty_float(FLOAT_F64);
    Type *b = ty_bool(), *c = ty_char(), *unit = ty_unit(), *string = ty_string();
    Type *str_ref = ty_ref(ty_str(), false), *i32_ref = ty_ref(i32, false);

    /* §1.1 scalars */
    expect("u8", u8, 1, 1, 0, NULL);
    expect("u16", u16, 2, 2, 0, NULL);
    expect("i32", i32, 4, 4, 0, NULL);
    expect("i64", i64, 8, 8, 0, NULL);
    expect("i128", t_i128, 16, 16, 0, NULL);
    expect("usize", usize, 8, 8, 0, NULL);
    expect("f32", f32, 4, 4, 0, NULL);
    expect("f64", f64, 8, 8, 0, NULL);
    expect("bool", b, 1, 1, 0, NULL);
    expect("char", c, 4, 4, 0, NULL);
    expect("()", unit, 0, 1, 0, NULL);
    expect("&i32", i32_ref, 8, 8, 0, NULL);
    expect("&mut i32", ty_ref(i32, true), 8, 8, 0, NULL);
    expect("&str", str_ref, 16, 8, 2, (const uint64_t[]){0, 8});
    expect("String", string, 24, 8, 3, (const uint64_t[]){0, 8, 16});
    expect("!", ty_never(), 0, 1, 0, NULL);
    CHECK_EQ("bool niche", layout_of(b)->niche_count, 254);
    CHECK_EQ("char niche", layout_of(c)->niche_count, 4294967296ull - 0x110000);
    CHECK_EQ("String niche", layout_of(string)->niche_count, 1ull << 63);
    CHECK_EQ("&T niche", layout_of(i32_ref)->niche_count, 1);
    CHECK_EQ("i32 niche", layout_of(i32)->niche_count, 0);

    /* §1.1 tuples and arrays */
    expect("(u8,u32,u16)", tup(3, (Type *[]){u8, u32, u16}), 8, 4, 3,
           (const uint64_t[]){4, 0, 6});
    expect("(u8,u64,u8,u32)", tup(4, (Type *[]){u8, u64, u8, u32}), 16, 8, 4,
           (const uint64_t[]){8, 0, 9, 12});
    expect("(u8,u8)", tup(2, (Type *[]){u8, u8}), 2, 1, 2, (const uint64_t[]){0, 1});
    expect("(i32,f64)", tup(2, (Type *[]){i32, f64}), 16, 8, 2, (const uint64_t[]){0, 8});
    expect("(u8,u64,u8)", tup(3, (Type *[]){u8, u64, u8}), 16, 8, 3,
           (const uint64_t[]){8, 0, 9});
    expect("(char,u8)", tup(2, (Type *[]){c, u8}), 8, 4, 2, (const uint64_t[]){0, 4});
    expect("((),u8)", tup(2, (Type *[]){unit, u8}), 1, 1, 2, (const uint64_t[]){0, 0});
    expect("(i32,String)", tup(2, (Type *[]){i32, string}), 32, 8, 2,
           (const uint64_t[]){0, 8});
    expect("(String,i32)", tup(2, (Type *[]){string, i32}), 32, 8, 2,
           (const uint64_t[]){0, 24});
    expect("(u8,i128)", tup(2, (Type *[]){u8, t_i128}), 32, 16, 2, (const uint64_t[]){0, 16});
    expect("(i128,u8)", tup(2, (Type *[]){t_i128, u8}), 32, 16, 2, (const uint64_t[]){0, 16});
    expect("(u8,u16,u8,u32)", tup(4, (Type *[]){u8, u16, u8, u32}), 8, 4, 4,
           (const uint64_t[]){2, 0, 3, 4});
    expect("(bool,u8,u16)", tup(3, (Type *[]){b, u8, u16}), 4, 2, 3,
           (const uint64_t[]){0, 1, 2});
    expect("(u8,bool,char,u8)", tup(4, (Type *[]){u8, b, c, u8}), 8, 4, 4,
           (const uint64_t[]){5, 4, 0, 6});
    expect("[u8;3]", ty_array(u8, 3), 3, 1, 0, NULL);
    expect("[u16;0]", ty_array(u16, 0), 0, 2, 0, NULL);
    expect("[i32;5]", ty_array(i32, 5), 20, 4, 0, NULL);
    expect("[u64;0]", ty_array(u64, 0), 0, 8, 0, NULL);
    expect("[(u8,u16);3]", ty_array(tup(2, (Type *[]){u8, u16}), 3), 12, 2, 0, NULL);
    CHECK_EQ("[bool;2] niche", layout_of(ty_array(b, 2))->niche_count, 254);
    CHECK_EQ("[bool;0] niche", layout_of(ty_array(b, 0))->niche_count, 0);
    /* [u8; 4] groups with align-4 fields when it sits before the tail */
    expect("([u8;4],u16,u32)", tup(3, (Type *[]){ty_array(u8, 4), u16, u32}), 12, 4, 3,
           (const uint64_t[]){0, 4, 8});
    expect("(u16,[u8;4],u32)", tup(3, (Type *[]){u16, ty_array(u8, 4), u32}), 12, 4, 3,
           (const uint64_t[]){4, 0, 8});

    /* §1.2 structs (the rule tuples share, plus the end-biased retry) */
    expect_struct("S1", 3, (Type *[]){u8, u32, u16}, 8, (const uint64_t[]){6, 0, 4});
    expect_struct("S2", 5, (Type *[]){u8, u64, u8, u32, u16}, 16,
                  (const uint64_t[]){14, 0, 15, 8, 12});
    expect_struct("S3", 5, (Type *[]){b, string, i32, c, u8}, 40,
                  (const uint64_t[]){32, 0, 28, 24, 33});
    expect_struct("Q", 4, (Type *[]){string, u8, u64, f32}, 40,
                  (const uint64_t[]){0, 36, 24, 32});
    expect_struct("S7", 3, (Type *[]){ty_array(u8, 3), u16, u32}, 12,
                  (const uint64_t[]){6, 4, 0});
    expect_struct("B", 3, (Type *[]){u16, ty_array(u8, 4), u32}, 12,
                  (const uint64_t[]){8, 0, 4});
    expect_struct("M", 3, (Type *[]){i32, ty_array(u8, 6), u16}, 12,
                  (const uint64_t[]){0, 4, 10});
    expect_struct("S9", 4, (Type *[]){u8, ty_array(u8, 0), u64, unit}, 16,
                  (const uint64_t[]){8, 9, 0, 9});
    expect_struct("A", 2, (Type *[]){u8, b}, 2, (const uint64_t[]){1, 0});
    expect_struct("C", 2, (Type *[]){i32, c}, 8, (const uint64_t[]){4, 0});
    expect_struct("H", 3, (Type *[]){i64, b, u8}, 16, (const uint64_t[]){0, 9, 8});
    expect_struct("I", 3, (Type *[]){u8, i64, b}, 16, (const uint64_t[]){8, 0, 9});
    expect_struct("N", 4, (Type *[]){b, u8, u16, u32}, 8, (const uint64_t[]){7, 6, 4, 0});
    expect_struct("K", 5, (Type *[]){f64, u8, f32, u16, b}, 16,
                  (const uint64_t[]){0, 14, 8, 12, 15});
    expect_struct("P", 2, (Type *[]){i32, i32}, 8, (const uint64_t[]){0, 4});
    expect_struct("S4", 3, (Type *[]){u8, u8, u8}, 3, (const uint64_t[]){0, 1, 2});
    expect_struct("TS", 3, (Type *[]){u8, u32, u16}, 8, (const uint64_t[]){6, 0, 4});

    /* frames: locals sorted by alignment, zero-sized at 0 */
    MirBody body = {0};
    Type *ltys[] = {unit, u8, u64, u8, string, t_i128, u16};
    for (int i = 0; i < 7; i++) {
        MirLocal l = {0};
        l.ty = ltys[i];
        vec_push(body.locals, l);
    }
    layout_frame(&body);
    CHECK_EQ("frame _0", body.locals.data[0].offset, 0);
    CHECK_EQ("frame i128", body.locals.data[5].offset, 0);
    CHECK_EQ("frame u64", body.locals.data[2].offset, 16);
    CHECK_EQ("frame String", body.locals.data[4].offset, 24);
    CHECK_EQ("frame u16", body.locals.data[6].offset, 48);
    CHECK_EQ("frame u8 a", body.locals.data[1].offset, 50);
    CHECK_EQ("frame u8 b", body.locals.data[3].offset, 51);
    CHECK_EQ("frame size", body.frame_size, 64);
    CHECK_EQ("frame align", body.frame_align, 16);

    printf("%d/%d layout checks passed\n", checks - failures, checks);
    return failures ? 1 : 0;
}
