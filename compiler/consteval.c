/* consteval.c: compile-time evaluation of constant expressions.
 *
 * Takes a checked, zonked expression in a constant context (a `const` or
 * `static` initialiser, an array length, a repeat count) and gives its
 * ConstValue: integers as bit patterns in their type's width, floats as
 * doubles (an f32 rounded to float precision), bools, chars, &str, tuples
 * and arrays. Arithmetic follows Rust's rules and reports what rustc's
 * interpreter reports (E0080: "attempt to compute `u8::MAX + 1_u8`, which
 * would overflow", division by zero, out-of-bounds indexing); casts follow
 * `as` (wrapping between integers, saturating from floats).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "typeck_int.h"

static Item *current_item;   /* the const/static being evaluated, for labels */
static bool failed;

/* ---- values ---------------------------------------------------------------- */

static ConstValue *cv_new(ConstKind kind, Type *ty) {
    ConstValue *c = ALLOC(ConstValue);
    c->kind = kind;
    c->ty = ty;
    return c;
}

static u128 mask_of(IntKind k) {
    int bits = int_kind_bits(k);
    return bits == 128 ? ~(u128)0 : (((u128)1 << bits) - 1);
}

ConstValue *ce_int(Type *ty, u128 bits) {
    ConstValue *c = cv_new(CONST_INT, ty);
    c->bits = bits & mask_of(ty->as.int_kind);
    return c;
}

static ConstValue *cv_bool(bool b) {
    ConstValue *c = cv_new(CONST_BOOL, ty_bool());
    c->bits = b;
    return c;
}

static ConstValue *cv_float(Type *ty, double f) {
    ConstValue *c = cv_new(CONST_FLOAT, ty);
    c->f = ty->as.float_kind == FLOAT_F32 ? (double)(float)f : f;
    return c;
}

/* The value as a signed number (sign-extended from its width). */
static i128 sext(IntKind k, u128 bits) {
    int n = int_kind_bits(k);
    if (!int_kind_signed(k) || n == 128)
        return (i128)bits;
    if ((bits >> (n - 1)) & 1)
        return (i128)(bits | ~mask_of(k));
    return (i128)bits;
}

/* rustc's rendering of an operand in an overflow message: `i32::MAX`,
 * `-1_i32`, `10_u8`. */
static const char *show(IntKind k, u128 bits) {
    const char *t = int_kind_name(k);
    if (int_kind_signed(k)) {
        i128 v = sext(k, bits);
        if (v == int_kind_min(k))
            return arena_printf(compiler_arena, "%s::MIN", t);
        if ((u128)v == int_kind_max(k))
            return arena_printf(compiler_arena, "%s::MAX", t);
        if (v < 0)
            return arena_printf(compiler_arena, "-%s_%s", u128_to_dec((u128)(-(v + 1)) + 1), t);
        return arena_printf(compiler_arena, "%s_%s", u128_to_dec((u128)v), t);
    }
    if (bits == int_kind_max(k))
        return arena_printf(compiler_arena, "%s::MAX", t);
    return arena_printf(compiler_arena, "%s_%s", u128_to_dec(bits), t);
}

static void eval_error(Expr *e, const char *fmt, const char *a, const char *b) {
    if (failed)
        return;
    failed = true;
    const char *label = current_item
        ? arena_printf(compiler_arena, "evaluation of `%s` failed here", sym_str(current_item->name))
        : "evaluation of constant value failed here";
    Diag *d = diag_new(DIAG_ERROR, "E0080", e->span, label, fmt, a, b);
    tc_emit(d, PHASE_TYPECK);
}

static void not_const(Expr *e, const char *what) {
    if (failed)
        return;
    failed = true;
    tc_unsupported(e->span, arena_printf(compiler_arena, "%s in a constant", what));
}

/* ---- arithmetic ---------------------------------------------------------------- */

static ConstValue *int_binary(Expr *e, BinOp op, Type *ty, u128 a, u128 b, Type *rty) {
    IntKind k = ty->as.int_kind;
    bool sig = int_kind_signed(k);
    u128 m = mask_of(k);
    int bits = int_kind_bits(k);
    const char *sym = binop_text(op);
    switch (op) {
    case BIN_ADD: case BIN_SUB: case BIN_MUL: {
        u128 r;
        bool over;
        if (sig) {
            i128 x = sext(k, a), y = sext(k, b), z;
            if (op == BIN_ADD) over = __builtin_add_overflow(x, y, &z);
            else if (op == BIN_SUB) over = __builtin_sub_overflow(x, y, &z);
            else over = __builtin_mul_overflow(x, y, &z);
            over = over || z < int_kind_min(k) || (z > 0 && (u128)z > int_kind_max(k));
            r = (u128)z;
        } else {
            u128 z;
            if (op == BIN_ADD) over = __builtin_add_overflow(a, b, &z);
            else if (op == BIN_SUB) over = __builtin_sub_overflow(a, b, &z);
            else over = __builtin_mul_overflow(a, b, &z);
            over = over || z > m;
            r = z;
        }
        if (over) {
            const char *msg = arena_printf(compiler_arena, "attempt to compute `%%s %s %%s`, which would overflow", sym);
            eval_error(e, msg, show(k, a), show(k, b));
            return NULL;
        }
        return ce_int(ty, r);
    }
    case BIN_DIV: case BIN_REM:
        if (b == 0) {
            eval_error(e, op == BIN_DIV ? "attempt to divide `%s` by zero%s"
                                        : "attempt to calculate the remainder of `%s` with a divisor of zero%s",
                       show(k, a), "");
            return NULL;
        }
        if (sig) {
            i128 x = sext(k, a), y = sext(k, b);
            if (x == int_kind_min(k) && y == -1) {
                eval_error(e, op == BIN_DIV ? "attempt to compute `%s / %s`, which would overflow"
                                            : "attempt to compute the remainder of `%s %% %s`, which would overflow",
                           show(k, a), show(k, b));
                return NULL;
            }
            return ce_int(ty, (u128)(op == BIN_DIV ? x / y : x % y));
        }
        return ce_int(ty, op == BIN_DIV ? a / b : a % b);
    case BIN_AND: return ce_int(ty, a & b);
    case BIN_OR: return ce_int(ty, a | b);
    case BIN_XOR: return ce_int(ty, a ^ b);
    case BIN_SHL: case BIN_SHR: {
        IntKind rk = rty->as.int_kind;
        i128 amount = sext(rk, b);
        if (amount < 0 || amount >= bits) {
            eval_error(e, op == BIN_SHL ? "attempt to shift left by `%s`, which would overflow%s"
                                        : "attempt to shift right by `%s`, which would overflow%s",
                       show(rk, b), "");
            return NULL;
        }
        if (op == BIN_SHL)
            return ce_int(ty, a << amount);
        if (sig)
            return ce_int(ty, (u128)(sext(k, a) >> amount));
        return ce_int(ty, a >> amount);
    }
    case BIN_EQ: return cv_bool(a == b);
    case BIN_NE: return cv_bool(a != b);
    case BIN_LT: return cv_bool(sig ? sext(k, a) < sext(k, b) : a < b);
    case BIN_LE: return cv_bool(sig ? sext(k, a) <= sext(k, b) : a <= b);
    case BIN_GT: return cv_bool(sig ? sext(k, a) > sext(k, b) : a > b);
    case BIN_GE: return cv_bool(sig ? sext(k, a) >= sext(k, b) : a >= b);
    default: return NULL;
    }
}

static ConstValue *float_binary(BinOp op, Type *ty, double a, double b) {
    switch (op) {
    case BIN_ADD: return cv_float(ty, a + b);
    case BIN_SUB: return cv_float(ty, a - b);
    case BIN_MUL: return cv_float(ty, a * b);
    case BIN_DIV: return cv_float(ty, a / b);
    case BIN_REM: return cv_float(ty, fmod(a, b));
    case BIN_EQ: return cv_bool(a == b);
    case BIN_NE: return cv_bool(a != b);
    case BIN_LT: return cv_bool(a < b);
    case BIN_LE: return cv_bool(a <= b);
    case BIN_GT: return cv_bool(a > b);
    case BIN_GE: return cv_bool(a >= b);
    default: return NULL;
    }
}

/* `as` between scalars. */
static ConstValue *cast(ConstValue *v, Type *to) {
    Type *from = ty_resolve(v->ty);
    to = ty_resolve(to);
    if (to->kind == TY_INT) {
        IntKind k = to->as.int_kind;
        if (v->kind == CONST_FLOAT) {
            double f = v->f;
            if (isnan(f))
                return ce_int(to, 0);
            f = trunc(f);
            if (int_kind_signed(k)) {
                double lo = (double)int_kind_min(k), hi = (double)(i128)int_kind_max(k);
                if (f <= lo)
                    return ce_int(to, (u128)int_kind_min(k));
                if (f >= hi)
                    return ce_int(to, int_kind_max(k));
                return ce_int(to, (u128)(i128)f);
            }
            if (f <= 0)
                return ce_int(to, 0);
            if (f >= (double)int_kind_max(k))
                return ce_int(to, int_kind_max(k));
            return ce_int(to, (u128)f);
        }
        u128 bits = v->bits;
        if (from->kind == TY_INT)
            bits = (u128)sext(from->as.int_kind, bits);
        return ce_int(to, bits);
    }
    if (to->kind == TY_FLOAT) {
        if (v->kind == CONST_FLOAT)
            return cv_float(to, v->f);
        if (from->kind == TY_INT && int_kind_signed(from->as.int_kind))
            return cv_float(to, to->as.float_kind == FLOAT_F32 ? (double)(float)sext(from->as.int_kind, v->bits)
                                                               : (double)sext(from->as.int_kind, v->bits));
        return cv_float(to, to->as.float_kind == FLOAT_F32 ? (double)(float)v->bits : (double)v->bits);
    }
    if (to->kind == TY_CHAR) {
        ConstValue *c = cv_new(CONST_CHAR, to);
        c->bits = v->bits & 0xFF;
        return c;
    }
    if (to->kind == TY_BOOL)
        return cv_bool(v->bits != 0);
    return v;
}

/* ---- the evaluator --------------------------------------------------------------- */

static ConstValue *eval(Expr *e);

static ConstValue *eval_block(Block *b, Expr *e) {
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *s = b->stmts.data[i];
        if (s->kind != STMT_ITEM && s->kind != STMT_EMPTY) {
            not_const(e, "a block with statements");
            return NULL;
        }
    }
    if (!b->tail) {
        ConstValue *c = cv_new(CONST_UNIT, ty_unit());
        return c;
    }
    return eval(b->tail);
}

static ConstValue *eval(Expr *e) {
    if (failed)
        return NULL;
    Type *ty = ty_resolve(e->ty);
    switch (e->kind) {
    case EXPR_INT:
        if (ty->kind != TY_INT) {
            not_const(e, "this literal");
            return NULL;
        }
        return ce_int(ty, e->as.lit.int_value);
    case EXPR_FLOAT:
        if (ty->as.float_kind == FLOAT_F32 && e->as.lit.text) {
            /* parse as f32 directly: rounding via double could differ */
            CharVec digits = {0};
            for (const char *p = e->as.lit.text; *p; p++)
                if (*p != '_')
                    str_append(&digits, p, 1);
            return cv_float(ty, (double)strtof(digits.data ? digits.data : "0", NULL));
        }
        return cv_float(ty, e->as.lit.float_value);
    case EXPR_BOOL:
        return cv_bool(e->as.lit.int_value != 0);
    case EXPR_CHAR: {
        ConstValue *c = cv_new(CONST_CHAR, ty);
        c->bits = e->as.lit.int_value;
        return c;
    }
    case EXPR_STR: {
        ConstValue *c = cv_new(CONST_STR, ty);
        c->bytes = e->as.lit.text;
        c->len = e->as.lit.len;
        return c;
    }
    case EXPR_PATH:
        switch (e->as.path.res) {
        case RES_CONST:
        case RES_STATIC: {
            ConstValue *v = tc_global_value(e->as.path.item);
            if (!v)
                failed = true;
            return v;
        }
        case RES_CONST_VALUE:
            if (ty->kind == TY_FLOAT)
                return cv_float(ty, e->as.path.value.float_value);
            if (ty->kind == TY_CHAR) {
                ConstValue *c = cv_new(CONST_CHAR, ty);
                c->bits = e->as.path.value.int_value;
                return c;
            }
            return ce_int(ty, e->as.path.value.int_value);
        default:
            failed = true;   /* already reported (a local, an unresolved name) */
            return NULL;
        }
    case EXPR_UNARY: {
        ConstValue *v = eval(e->as.unary.operand);
        if (!v)
            return NULL;
        switch (e->as.unary.op) {
        case UN_NEG:
            if (v->kind == CONST_FLOAT)
                return cv_float(ty, -v->f);
            if (ty->kind == TY_INT) {
                IntKind k = ty->as.int_kind;
                if (sext(k, v->bits) == int_kind_min(k)) {
                    eval_error(e, "attempt to negate `%s`, which would overflow%s", show(k, v->bits), "");
                    return NULL;
                }
                return ce_int(ty, (u128)(-sext(k, v->bits)));
            }
            break;
        case UN_NOT:
            if (v->kind == CONST_BOOL)
                return cv_bool(!v->bits);
            if (ty->kind == TY_INT)
                return ce_int(ty, ~v->bits);
            break;
        case UN_DEREF:
            break;
        }
        not_const(e, "this operation");
        return NULL;
    }
    case EXPR_BINARY: {
        BinOp op = e->as.binary.op;
        if (e->as.binary.builtin != BUILTIN_NONE) {
            not_const(e, "a string operation");
            return NULL;
        }
        ConstValue *a = eval(e->as.binary.lhs);
        if (!a)
            return NULL;
        if (op == BIN_LAND || op == BIN_LOR) {
            if ((op == BIN_LAND) != (a->bits != 0))
                return cv_bool(a->bits != 0);
            ConstValue *b = eval(e->as.binary.rhs);
            return b ? cv_bool(b->bits != 0) : NULL;
        }
        ConstValue *b = eval(e->as.binary.rhs);
        if (!b)
            return NULL;
        Type *lt = ty_resolve(e->as.binary.lhs->ty);
        if (a->kind == CONST_INT && b->kind == CONST_INT)
            return int_binary(e, op, lt, a->bits, b->bits, ty_resolve(e->as.binary.rhs->ty));
        if (a->kind == CONST_FLOAT && b->kind == CONST_FLOAT)
            return float_binary(op, lt, a->f, b->f);
        if ((a->kind == CONST_BOOL && b->kind == CONST_BOOL) || (a->kind == CONST_CHAR && b->kind == CONST_CHAR)) {
            switch (op) {
            case BIN_EQ: return cv_bool(a->bits == b->bits);
            case BIN_NE: return cv_bool(a->bits != b->bits);
            case BIN_LT: return cv_bool(a->bits < b->bits);
            case BIN_LE: return cv_bool(a->bits <= b->bits);
            case BIN_GT: return cv_bool(a->bits > b->bits);
            case BIN_GE: return cv_bool(a->bits >= b->bits);
            case BIN_AND: return cv_bool(a->bits & b->bits);
            case BIN_OR: return cv_bool(a->bits | b->bits);
            case BIN_XOR: return cv_bool(a->bits ^ b->bits);
            default: break;
            }
        }
        not_const(e, "this operation");
        return NULL;
    }
    case EXPR_CAST: {
        ConstValue *v = eval(e->as.cast.operand);
        return v ? cast(v, ty) : NULL;
    }
    case EXPR_TUPLE:
    case EXPR_ARRAY: {
        int n = e->as.list.len;
        ConstValue *c = cv_new(CONST_AGGREGATE, ty);
        c->elems = ALLOC_N(ConstValue *, n > 0 ? n : 1);
        c->nelems = n;
        for (int i = 0; i < n; i++) {
            c->elems[i] = eval(e->as.list.data[i]);
            if (!c->elems[i])
                return NULL;
        }
        if (n == 0 && e->kind == EXPR_TUPLE)
            c->kind = CONST_UNIT;
        return c;
    }
    case EXPR_REPEAT: {
        ConstValue *v = eval(e->as.repeat.value);
        if (!v)
            return NULL;
        uint64_t n = e->as.repeat.len;
        if (n > (1u << 24)) {
            not_const(e, "an array this large");
            return NULL;
        }
        ConstValue *c = cv_new(CONST_AGGREGATE, ty);
        c->elems = ALLOC_N(ConstValue *, n > 0 ? n : 1);
        c->nelems = (int)n;
        for (uint64_t i = 0; i < n; i++)
            c->elems[i] = v;
        return c;
    }
    case EXPR_TUPLE_FIELD: {
        ConstValue *v = eval(e->as.tuple_field.base);
        if (!v)
            return NULL;
        int i = e->as.tuple_field.index;
        if (v->kind != CONST_AGGREGATE || i < 0 || i >= v->nelems) {
            not_const(e, "this field access");
            return NULL;
        }
        return v->elems[i];
    }
    case EXPR_INDEX: {
        ConstValue *v = eval(e->as.index.base);
        ConstValue *i = v ? eval(e->as.index.index) : NULL;
        if (!i)
            return NULL;
        if (v->kind != CONST_AGGREGATE) {
            not_const(e, "this index");
            return NULL;
        }
        if (i->bits >= (u128)v->nelems) {
            eval_error(e, "index out of bounds: the length is %s but the index is %s", u128_to_dec((u128)v->nelems),
                       u128_to_dec(i->bits));
            return NULL;
        }
        return v->elems[(int)i->bits];
    }
    case EXPR_BLOCK:
        return eval_block(e->as.block, e);
    case EXPR_IF: {
        ConstValue *c = eval(e->as.if_.cond);
        if (!c)
            return NULL;
        if (c->bits)
            return eval_block(e->as.if_.then, e);
        if (!e->as.if_.else_)
            return cv_new(CONST_UNIT, ty_unit());
        return eval(e->as.if_.else_);
    }
    case EXPR_REF: {
        Expr *o = e->as.ref.operand;
        if (o->kind == EXPR_PATH && o->as.path.res == RES_STATIC && !e->as.ref.mut) {
            ConstValue *c = cv_new(CONST_STATIC_REF, ty);
            c->item = o->as.path.item;
            return c;
        }
        not_const(e, "a reference to a temporary");
        return NULL;
    }
    case EXPR_CALL: {
        Expr *callee = e->as.call.callee;
        if (callee->kind == EXPR_PATH && callee->as.path.res == RES_BUILTIN &&
            (callee->as.path.builtin == BUILTIN_MEM_SIZE_OF || callee->as.path.builtin == BUILTIN_MEM_ALIGN_OF)) {
            Path *p = callee->as.path.path;
            PathSeg *last = &p->segs.data[p->segs.len - 1];
            if (last->generics.len != 1 || !last->generics.data[0]->resolved) {
                failed = true;
                return NULL;
            }
            const Layout *l = layout_of(ty_zonk(last->generics.data[0]->resolved));
            return ce_int(ty_int(INT_USIZE),
                          callee->as.path.builtin == BUILTIN_MEM_SIZE_OF ? l->size : l->align);
        }
        not_const(e, "this call");
        return NULL;
    }
    case EXPR_COERCE:
        if (e->as.coerce.kind == COERCE_REBORROW)
            return eval(e->as.coerce.inner);
        not_const(e, "this coercion");
        return NULL;
    default:
        not_const(e, "this expression");
        return NULL;
    }
}

ConstValue *ce_eval(Expr *e) {
    Item *saved_item = current_item;
    bool saved_failed = failed;
    current_item = tc_fn && tc_fn->item && tc_fn->item->kind != ITEM_FN ? tc_fn->item : NULL;
    failed = false;
    ConstValue *v = eval(e);
    if (failed)
        v = NULL;
    current_item = saved_item;
    failed = saved_failed;
    return v;
}

ConstValue *ce_item_value(Item *it) { return tc_global_value(it); }

bool ce_eval_usize(Expr *e, uint64_t *out) {
    Item *saved_item = current_item;
    bool saved_failed = failed;
    current_item = NULL;
    failed = false;
    ConstValue *v = eval(e);
    bool ok = v && !failed && v->kind == CONST_INT;
    if (ok)
        *out = (uint64_t)v->bits;
    current_item = saved_item;
    failed = saved_failed;
    return ok;
}
