/* lint_value.c: the values of the lint's constant propagation (see
 * lint.c) and what rustc's interpreter does with them: integer arithmetic
 * with overflow detection in every width up to 128 bits, division that
 * fails on zero and on MIN / -1, masked shifts, comparisons, float
 * arithmetic in f32 or f64, `as` casts (wrapping between integers,
 * saturating from floats), and the spelling rustc's ConstInt gives an
 * operand in a message.
 */
#include <math.h>
#include <string.h>

#include "lint_int.h"

/* ---- values ------------------------------------------------------------- */

const Value lv_unknown = {VAL_UNINIT, NULL, 0, 0.0, 0, NULL};

bool lv_is_int(const Type *t) { return t && t->kind == TY_INT; }

u128 lv_int_mask(IntKind k) {
    int w = int_kind_bits(k);
    return w == 128 ? ~(u128)0 : (((u128)1 << w) - 1);
}

/* The bits as a number: sign-extended for signed kinds. */
i128 lv_int_signed(IntKind k, u128 bits) {
    int w = int_kind_bits(k);
    if (int_kind_signed(k) && w < 128 && ((bits >> (w - 1)) & 1))
        return (i128)(bits | ~lv_int_mask(k));
    return (i128)bits;
}

static i128 lv_int_min(IntKind k) { return int_kind_signed(k) ? int_kind_min(k) : 0; }
static i128 lv_int_max(IntKind k) { return (i128)int_kind_max(k); }

Value lv_scalar(Type *ty, u128 bits) {
    Value v = lv_unknown;
    v.kind = VAL_SCALAR;
    v.ty = ty;
    v.bits = lv_is_int(ty) ? bits & lv_int_mask(ty->as.int_kind) : bits;
    return v;
}

Value lv_float(Type *ty, double f) {
    Value v = lv_unknown;
    v.kind = VAL_SCALAR;
    v.ty = ty;
    v.f = ty->as.float_kind == FLOAT_F32 ? (double)(float)f : f;
    return v;
}

Value lv_bool(bool b) { return lv_scalar(ty_bool(), b); }

/* ---- arithmetic as rustc's interpreter does it -------------------------- */

bool lv_is_overflowing_op(BinOp op) {
    return op == BIN_ADD || op == BIN_SUB || op == BIN_MUL;
}

/* a op b on integers of kind k. *ovf: the exact result does not fit (for
 * + - * and shifts by too much). False when the operation is undefined
 * (division by zero, MIN / -1). Shift amounts are masked, as MIR's Shl and
 * Shr do. */
bool lv_int_binop(BinOp op, IntKind k, u128 a, u128 b, u128 *out, bool *ovf) {
    bool sig = int_kind_signed(k);
    int w = int_kind_bits(k);
    u128 m = lv_int_mask(k);
    i128 sa = lv_int_signed(k, a), sb = lv_int_signed(k, b);
    *ovf = false;
    switch (op) {
    case BIN_ADD:
    case BIN_SUB:
    case BIN_MUL:
        if (sig) {
            i128 r;
            bool o = op == BIN_ADD   ? __builtin_add_overflow(sa, sb, &r)
                     : op == BIN_SUB ? __builtin_sub_overflow(sa, sb, &r)
                                     : __builtin_mul_overflow(sa, sb, &r);
            *ovf = o || r < lv_int_min(k) || r > lv_int_max(k);
            *out = (u128)r & m;
        } else {
            u128 r;
            bool o = op == BIN_ADD   ? __builtin_add_overflow(a, b, &r)
                     : op == BIN_SUB ? __builtin_sub_overflow(a, b, &r)
                                     : __builtin_mul_overflow(a, b, &r);
            *ovf = o || r > m;
            *out = r & m;
        }
        return true;
    case BIN_DIV:
    case BIN_REM:
        if (b == 0)
            return false;
        if (sig) {
            if (sa == lv_int_min(k) && sb == -1)
                return false;
            if (w == 128 && sb == -1) {   /* sa is not MIN here */
                *out = op == BIN_DIV ? (u128)-sa & m : 0;
                return true;
            }
            *out = (u128)(op == BIN_DIV ? sa / sb : sa % sb) & m;
        } else {
            *out = op == BIN_DIV ? a / b : a % b;
        }
        return true;
    case BIN_AND: *out = a & b; return true;
    case BIN_OR: *out = a | b; return true;
    case BIN_XOR: *out = a ^ b; return true;
    case BIN_SHL:
    case BIN_SHR: {
        /* b is the amount's bits in its own width, zero-extended */
        *ovf = b >= (u128)w;
        unsigned amt = (unsigned)(b & (u128)(w - 1));
        if (op == BIN_SHL)
            *out = (a << amt) & m;
        else if (sig)
            *out = (u128)(sa >> amt) & m;
        else
            *out = a >> amt;
        return true;
    }
    default: return false;
    }
}

static bool lv_compare(BinOp op, int c) {
    switch (op) {
    case BIN_EQ: return c == 0;
    case BIN_NE: return c != 0;
    case BIN_LT: return c < 0;
    case BIN_LE: return c <= 0;
    case BIN_GT: return c > 0;
    case BIN_GE: return c >= 0;
    default: return false;
    }
}

static bool lv_is_comparison(BinOp op) { return op >= BIN_EQ && op <= BIN_GE; }

/* l op r for known scalars (comparisons give bools). */
bool lv_binop(BinOp op, Value l, Value r, Value *out, bool *ovf) {
    Type *lt = l.ty;
    *ovf = false;
    if (lt->kind == TY_FLOAT) {
        if (r.ty->kind != TY_FLOAT)
            return false;
        double a = l.f, b = r.f;
        if (lv_is_comparison(op)) {
            bool res;
            switch (op) {
            case BIN_EQ: res = a == b; break;
            case BIN_NE: res = a != b; break;
            case BIN_LT: res = a < b; break;
            case BIN_LE: res = a <= b; break;
            case BIN_GT: res = a > b; break;
            default: res = a >= b; break;
            }
            *out = lv_bool(res);
            return true;
        }
        bool f32 = lt->as.float_kind == FLOAT_F32;
        double res;
        switch (op) {
        case BIN_ADD: res = f32 ? (double)((float)a + (float)b) : a + b; break;
        case BIN_SUB: res = f32 ? (double)((float)a - (float)b) : a - b; break;
        case BIN_MUL: res = f32 ? (double)((float)a * (float)b) : a * b; break;
        case BIN_DIV: res = f32 ? (double)((float)a / (float)b) : a / b; break;
        case BIN_REM: res = f32 ? (double)fmodf((float)a, (float)b) : fmod(a, b); break;
        default: return false;
        }
        *out = lv_float(lt, res);
        return true;
    }
    if (lv_is_comparison(op)) {
        int c;
        if (lv_is_int(lt) && int_kind_signed(lt->as.int_kind)) {
            i128 a = lv_int_signed(lt->as.int_kind, l.bits), b = lv_int_signed(lt->as.int_kind, r.bits);
            c = a < b ? -1 : a > b;
        } else {
            c = l.bits < r.bits ? -1 : l.bits > r.bits;
        }
        *out = lv_bool(lv_compare(op, c));
        return true;
    }
    if (lt->kind == TY_BOOL) {
        switch (op) {
        case BIN_AND: *out = lv_bool(l.bits & r.bits); return true;
        case BIN_OR: *out = lv_bool(l.bits | r.bits); return true;
        case BIN_XOR: *out = lv_bool(l.bits ^ r.bits); return true;
        default: return false;
        }
    }
    if (!lv_is_int(lt) || !lv_is_int(r.ty))
        return false;
    if (op != BIN_SHL && op != BIN_SHR && r.ty != lt)
        return false;
    u128 res;
    if (!lv_int_binop(op, lt->as.int_kind, l.bits, r.bits, &res, ovf))
        return false;
    *out = lv_scalar(lt, res);
    return true;
}

/* Float to integer as `as` does: truncate, saturate, NaN to 0. */
static u128 lv_float_to_int(double f, IntKind k) {
    if (isnan(f))
        return 0;
    int w = int_kind_bits(k);
    f = trunc(f);
    if (int_kind_signed(k)) {
        double lim = ldexp(1.0, w - 1);
        if (f >= lim)
            return (u128)lv_int_max(k);
        if (f < -lim)
            return (u128)lv_int_min(k) & lv_int_mask(k);
        return (u128)(i128)f & lv_int_mask(k);
    }
    if (f <= 0)
        return 0;
    if (f >= ldexp(1.0, w))
        return lv_int_mask(k);
    return (u128)f;
}

bool lv_cast(Value v, Type *to, Value *out) {
    to = ty_resolve(to);
    Type *from = v.ty;
    if (from->kind == TY_FLOAT) {
        if (to->kind == TY_FLOAT) {
            *out = lv_float(to, v.f);
            return true;
        }
        if (lv_is_int(to)) {
            *out = lv_scalar(to, lv_float_to_int(v.f, to->as.int_kind));
            return true;
        }
        return false;
    }
    /* integers, bools and chars: the number they stand for */
    bool neg = lv_is_int(from) && int_kind_signed(from->as.int_kind);
    i128 sv = neg ? lv_int_signed(from->as.int_kind, v.bits) : (i128)v.bits;
    if (lv_is_int(to)) {
        *out = lv_scalar(to, (u128)sv);
        return true;
    }
    if (to->kind == TY_CHAR && lv_is_int(from) && from->as.int_kind == INT_U8) {
        *out = lv_scalar(to, v.bits);
        return true;
    }
    if (to->kind == TY_FLOAT) {
        double d;
        if (to->as.float_kind == FLOAT_F32)
            d = neg ? (double)(float)sv : (double)(float)v.bits;
        else
            d = neg ? (double)sv : (double)v.bits;
        *out = lv_float(to, d);
        return true;
    }
    return false;
}

/* ---- rendering operands as rustc's ConstInt Debug does ------------------ */

static char *lv_u128_text(u128 v) {
    char buf[48];
    int i = (int)sizeof buf - 1;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    return arena_strdup(compiler_arena, buf + i);
}

/* `i32::MAX`, `i8::MIN`, `usize::MAX`; otherwise the number, followed by
 * `_i32` when suffixed (rustc's `{:#?}`); `_` when not known. */
const char *lv_render(const Value *v, bool suffixed) {
    if (!v || v->kind != VAL_SCALAR || !lv_is_int(v->ty))
        return "_";
    IntKind k = v->ty->as.int_kind;
    const char *name = int_kind_name(k);
    if (int_kind_signed(k) && v->bits == ((u128)int_kind_min(k) & lv_int_mask(k)))
        return arena_printf(compiler_arena, "%s::MIN", name);
    if (v->bits == int_kind_max(k))
        return arena_printf(compiler_arena, "%s::MAX", name);
    i128 s = lv_int_signed(k, v->bits);
    const char *digits = s < 0 ? arena_printf(compiler_arena, "-%s", lv_u128_text((u128)-s))
                               : lv_u128_text((u128)s);
    if (!suffixed)
        return digits;
    return arena_printf(compiler_arena, "%s_%s", digits, name);
}
