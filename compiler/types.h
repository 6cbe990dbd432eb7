/* types.h: the semantic types of Owl programs.
 *
 * Types are hash-consed: two structurally equal types (outside inference
 * variables) are the same pointer, so `a == b` is type equality once both are
 * resolved. Inference variables (from unsuffixed literals and unannotated
 * lets) are TY_INFER nodes that the type checker links to their solution;
 * ty_resolve() follows the links. After type checking, every type stored in
 * the AST and MIR is fully resolved (no TY_INFER left).
 */
#ifndef OWL_TYPES_H
#define OWL_TYPES_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

/* 128-bit integers hold literal values and constants; __extension__ keeps
 * -Wpedantic quiet about the GNU type. */
__extension__ typedef unsigned __int128 u128;
__extension__ typedef __int128 i128;

#define INT_KINDS(X) \
    X(I8, "i8", 8, true)      \
    X(I16, "i16", 16, true)   \
    X(I32, "i32", 32, true)   \
    X(I64, "i64", 64, true)   \
    X(I128, "i128", 128, true) \
    X(ISIZE, "isize", 64, true) \
    X(U8, "u8", 8, false)     \
    X(U16, "u16", 16, false)  \
    X(U32, "u32", 32, false)  \
    X(U64, "u64", 64, false)  \
    X(U128, "u128", 128, false) \
    X(USIZE, "usize", 64, false)

typedef enum IntKind {
#define X(k, name, bits, sig) INT_##k,
    INT_KINDS(X)
#undef X
    INT_KIND_COUNT
} IntKind;

typedef enum FloatKind { FLOAT_F32, FLOAT_F64 } FloatKind;

typedef enum TypeKind {
    TY_BOOL,
    TY_CHAR,
    TY_INT,     /* as.int_kind */
    TY_FLOAT,   /* as.float_kind */
    TY_STR,     /* the unsized `str`; only behind a reference */
    TY_STRING,  /* alloc::string::String */
    TY_REF,     /* as.ref: &T / &mut T */
    TY_TUPLE,   /* as.tuple; () is the tuple of no elements */
    TY_ARRAY,   /* as.array: [T; N] */
    TY_NEVER,   /* ! (the type of return, break, panic!) */
    TY_INFER,   /* as.infer: an inference variable */
    TY_ERROR,   /* after a reported error; unifies with anything, silently */
    /* Reserved for Tier 2/3 (not produced yet): */
    TY_SLICE,   /* as.slice: [T] */
    TY_VEC,     /* as.vec: Vec<T> */
    TY_BOX,     /* as.box: Box<T> */
    TY_ADT,     /* as.adt: a struct or enum item */
    TY_PTR,     /* as.ref: *const T / *mut T (only from `.as_ptr()`) */
} TypeKind;

typedef enum InferKind {
    INFER_ANY,   /* any type: `let x;` */
    INFER_INT,   /* {integer}: defaults to i32 */
    INFER_FLOAT, /* {float}: defaults to f64 */
} InferKind;

typedef struct Type Type;
struct Type {
    TypeKind kind;
    uint32_t id; /* unique per hash-consed type; inference variable number */
    union {
        IntKind int_kind;                              /* TY_INT */
        FloatKind float_kind;                          /* TY_FLOAT */
        struct { Type *inner; bool mut; } ref;         /* TY_REF, TY_PTR */
        struct { Type **elems; int len; } tuple;       /* TY_TUPLE */
        struct { Type *elem; uint64_t len; } array;    /* TY_ARRAY */
        struct { InferKind kind; Type *link; } infer;  /* TY_INFER */
        struct { Type *elem; } slice;                  /* TY_SLICE, TY_VEC, TY_BOX */
        struct { void *item; } adt;                    /* TY_ADT (an Item *) */
    } as;
};

void types_init(void);   /* (re)creates the primitive singletons */

Type *ty_bool(void);
Type *ty_char(void);
Type *ty_int(IntKind k);
Type *ty_float(FloatKind k);
Type *ty_str(void);
Type *ty_string(void);
Type *ty_unit(void);
Type *ty_never(void);
Type *ty_error(void);
Type *ty_ref(Type *inner, bool mut);
Type *ty_tuple(Type **elems, int len);   /* copies elems */
Type *ty_array(Type *elem, uint64_t len);
Type *ty_ptr(Type *inner, bool mut);     /* *const T / *mut T */
Type *ty_infer(InferKind kind);          /* a fresh variable */

/* Follows inference links; returns the representative. */
Type *ty_resolve(Type *t);
/* Replaces every solved variable inside t; unsolved INFER_INT become i32,
 * INFER_FLOAT f64, INFER_ANY stay (the caller reports them). */
Type *ty_zonk(Type *t);

bool ty_is_unit(Type *t);
/* A value that holds a `str` itself, not behind a reference: it has no size
 * known at compile time (rustc's E0277 for a local, E0161 for a move). */
bool ty_unsized_by_value(Type *t);
/* An inference variable anywhere in t, also behind references. */
bool ty_has_infer(Type *t);
bool ty_is_integer(Type *t);   /* TY_INT or an INFER_INT variable */
bool ty_is_float(Type *t);     /* TY_FLOAT or an INFER_FLOAT variable */
bool ty_is_numeric(Type *t);
bool ty_is_copy(Type *t);      /* Copy per Rust: scalars, &T, tuples/arrays of Copy */
bool ty_needs_drop(Type *t);   /* owns heap memory (String, or contains one) */
bool ty_is_str_ref(Type *t);   /* &str or &mut str */

int int_kind_bits(IntKind k);
bool int_kind_signed(IntKind k);
const char *int_kind_name(IntKind k);
u128 int_kind_max(IntKind k);            /* as an unsigned bit pattern */
i128 int_kind_min(IntKind k);
/* v in decimal (printf has no 128-bit conversion); compiler arena. */
const char *u128_to_dec(u128 v);

/* rustc's spelling: `i32`, `&str`, `&mut String`, `(i32, f64)`, `[u8; 3]`,
 * `{integer}`, `{float}`, `_`. Allocated in the compiler arena. */
const char *ty_to_string(Type *t);

#endif
