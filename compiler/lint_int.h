/* lint_int.h: what lint.c and lint_value.c share, private to the lint:
 * the values the constant propagation tracks, and arithmetic, casts and
 * rendering on them exactly as rustc's interpreter and ConstInt do them.
 */
#ifndef OWL_LINT_INT_H
#define OWL_LINT_INT_H

#include "mir.h"

typedef enum ValKind {
    VAL_UNINIT,  /* not known */
    VAL_SCALAR,  /* ty, bits or f */
    VAL_AGG,     /* fields: a tuple or array whose fields are scalars or unknown */
} ValKind;

typedef struct Value Value;
struct Value {
    ValKind kind;
    Type *ty;       /* VAL_SCALAR: the resolved int, bool, char or float type */
    u128 bits;      /* int (bit pattern in its width), bool, char */
    double f;       /* float (an f32 held exactly) */
    int nfields;    /* VAL_AGG */
    Value *fields;  /* VAL_AGG: arena array */
};

extern const Value lv_unknown;

bool lv_is_int(const Type *t);
u128 lv_int_mask(IntKind k);
/* The bits as a number: sign-extended for signed kinds. */
i128 lv_int_signed(IntKind k, u128 bits);
Value lv_scalar(Type *ty, u128 bits);   /* truncated to an int type's width */
Value lv_float(Type *ty, double f);     /* rounded to f32 for f32 */
Value lv_bool(bool b);

/* + - *: the operators whose overflow arithmetic_overflow reports. */
bool lv_is_overflowing_op(BinOp op);
/* a op b on integers of kind k. *ovf: the exact result does not fit (for
 * + - * and shifts by too much). False when the operation is undefined
 * (division by zero, MIN / -1). Shift amounts are masked, as MIR's Shl and
 * Shr do. */
bool lv_int_binop(BinOp op, IntKind k, u128 a, u128 b, u128 *out, bool *ovf);
/* l op r for known scalars (comparisons give bools); false when unknown. */
bool lv_binop(BinOp op, Value l, Value r, Value *out, bool *ovf);
/* v as `to`, as Rust's `as` does; false when not a cast rustc evaluates. */
bool lv_cast(Value v, Type *to, Value *out);
/* `i32::MAX`, `i8::MIN`, `usize::MAX`; otherwise the number, followed by
 * `_i32` when suffixed (rustc's `{:#?}`); `_` when not known. */
const char *lv_render(const Value *v, bool suffixed);

#endif
