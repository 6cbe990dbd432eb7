/* typeck_expr.c: the expressions with rules of their own: literals, paths,
 * operators, assignment, casts, calls, methods, indexing and fields.
 *
 * Operators follow rustc's split between built-in and trait-based typing:
 * both operands of an arithmetic operator must have the same numeric type
 * (E0308 at the right operand, then E0277 at the operator), shifts take any
 * integer on the right, comparisons give bool and take String/&str pairs as
 * the std impls allow (lowered to the STR_EQ / STR_CMP builtins), and
 * `String + &str` is the STRING_ADD builtin. A method call is resolved to a
 * builtin by walking the receiver's autoderef chain as rustc's probe does;
 * the receiver expression is then adjusted (autoref, autoderef, &String to
 * &str) until it has exactly the type the builtin takes.
 */
#include <string.h>

#include "typeck_int.h"

/* ---- literals ------------------------------------------------------------------- */

static const char *u128_dec(u128 v) {
    char buf[64];
    int n = 0;
    do {
        buf[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    char *s = ALLOC_N(char, n + 1);
    for (int i = 0; i < n; i++)
        s[i] = buf[n - 1 - i];
    return s;
}

Type *tc_literal(Expr *e, Expect ex) {
    Type *hint = ex.kind != EXPECT_NONE && ex.ty ? ty_resolve(ex.ty) : NULL;
    switch (e->kind) {
    case EXPR_INT:
        if (e->as.lit.suffix) {
            Type *s = e->as.lit.suffix;
            if (s->kind == TY_FLOAT) {
                /* `1f64` is a float literal written like an integer */
                e->kind = EXPR_FLOAT;
                e->as.lit.float_value = (double)e->as.lit.int_value;
                e->as.lit.text = u128_dec(e->as.lit.int_value);
            }
            return s;
        }
        if (hint && hint->kind == TY_INT)
            return hint;
        if (hint && hint->kind == TY_CHAR)
            return ty_int(INT_U8);   /* rustc's check_lit: a char context wants a u8 */
        return ty_infer(INFER_INT);
    case EXPR_FLOAT:
        if (e->as.lit.suffix)
            return e->as.lit.suffix;
        if (hint && hint->kind == TY_FLOAT)
            return hint;
        return ty_infer(INFER_FLOAT);
    case EXPR_BOOL:
        return ty_bool();
    case EXPR_CHAR:
        return ty_char();
    case EXPR_STR:
        return ty_ref(ty_str(), false);
    default:
        return ty_error();
    }
}

/* ---- paths -------------------------------------------------------------------------- */

Type *tc_path_expr(Expr *e, Expect ex, bool is_callee) {
    (void)ex;
    Path *p = e->as.path.path;
    Resolution r = rs_resolve_value(p, is_callee);
    e->as.path.res = r.kind;
    e->as.path.var = r.var;
    e->as.path.item = r.item;
    e->as.path.builtin = r.builtin;
    e->as.path.value = r.value;
    if (r.kind != RES_BUILTIN && r.kind != RES_NONE) {
        for (int i = 0; i < p->segs.len; i++)
            if (p->segs.data[i].generics.len) {
                tc_unsupported(p->span, "generic arguments on this path");
                return ty_error();
            }
    }
    switch (r.kind) {
    case RES_NONE:
        return ty_error();
    case RES_LOCAL:
        if (tc_fn->is_const) {
            Diag *d = diag_new(DIAG_ERROR, "E0435", e->span, "non-constant value",
                               "attempt to use a non-constant value in a constant");
            tc_emit(d, PHASE_RESOLVE);
            return ty_error();
        }
        return r.var->ty ? r.var->ty : ty_error();
    case RES_STATIC:
        if (r.item->as.global.mut) {
            tc_unsupported(e->span, "`static mut` (it needs `unsafe`)");
            return ty_error();
        }
        if (tc_fn->is_const && tc_fn->item && tc_fn->item->kind == ITEM_CONST) {
            tc_error(PHASE_TYPECK, e->span, "E0013", NULL, "constants cannot refer to statics");
            return ty_error();
        }
        return tc_global_type(r.item);
    case RES_CONST:
        return tc_global_type(r.item);
    case RES_FN:
        if (!is_callee) {
            tc_unsupported(e->span, "a function used as a value (function pointers)");
            return ty_error();
        }
        /* The callee of a call: a fn item is zero-sized, like () */
        return ty_unit();
    case RES_BUILTIN:
        if (!is_callee) {
            tc_unsupported(e->span, "a standard library function used as a value");
            return ty_error();
        }
        return ty_unit();
    case RES_CONST_VALUE:
        return r.ty;
    }
    return ty_error();
}

/* ---- small helpers -------------------------------------------------------------------- */

static bool is_int(Type *t) { return ty_is_integer(t); }
static bool is_float(Type *t) { return ty_is_float(t); }
static bool is_num(Type *t) { return ty_is_numeric(t); }
static bool is_err(Type *t) { return ty_resolve(t)->kind == TY_ERROR; }
static bool is_any_var(Type *t) {
    t = ty_resolve(t);
    return t->kind == TY_INFER && t->as.infer.kind == INFER_ANY;
}
static bool is_ref(Type *t) { return ty_resolve(t)->kind == TY_REF; }
static Type *deref_ty(Type *t) { return ty_resolve(ty_resolve(t)->as.ref.inner); }

static const char *tstr(Type *t) { return ty_to_string(t); }

/* Wraps a reference-typed expression in an autoderef to its pointee. */
static void autoderef(Expr **slot) {
    Type *t = ty_resolve((*slot)->ty);
    tc_wrap(slot, COERCE_AUTODEREF, t->as.ref.inner);
}

/* &String / String / &str / str adjusted to &str for a STR_* builtin. */
static bool adjust_to_str_ref(Expr **slot) {
    for (int guard = 0; guard < 8; guard++) {
        Type *t = ty_resolve((*slot)->ty);
        if (t->kind == TY_STRING || t->kind == TY_STR) {
            tc_wrap(slot, COERCE_AUTOREF, ty_ref(t, false));
            continue;
        }
        if (t->kind != TY_REF)
            return false;
        Type *in = deref_ty(t);
        if (in->kind == TY_STR) {
            if (t->as.ref.mut)
                tc_wrap(slot, COERCE_REBORROW, ty_ref(in, false));
            return true;
        }
        if (in->kind == TY_STRING) {
            if (t->as.ref.mut)
                tc_wrap(slot, COERCE_REBORROW, ty_ref(in, false));
            tc_wrap(slot, COERCE_DEREF_STRING, ty_ref(ty_str(), false));
            return true;
        }
        autoderef(slot);
    }
    return false;
}

/* ---- unary operators ------------------------------------------------------------------ */

static void e0600(Expr *e, const char *op, Type *t) {
    tc_flush_deferred();
    Type *r = ty_resolve(t);
    const char *ts = (e->as.unary.operand->kind == EXPR_STR) ? "&'static str" : tstr(r);
    Diag *d = diag_new(DIAG_ERROR, "E0600", e->span,
                       arena_printf(compiler_arena, "cannot apply unary operator `%s`", op),
                       "cannot apply unary operator `%s` to type `%s`", op, ts);
    if (r->kind == TY_INT && !int_kind_signed(r->as.int_kind) && op[0] == '-') {
        diag_note(d, "unsigned values cannot be negated");
        Expr *o = e->as.unary.operand;
        if (o->kind == EXPR_INT && o->as.lit.int_value == 1)
            diag_suggest(d, e->span, arena_printf(compiler_arena, "%s::MAX", ts),
                         "you may have meant the maximum value of `%s`", ts);
    }
    tc_emit(d, PHASE_TYPECK);
}

Type *tc_unary(Expr *e, Expect ex) {
    Expr **op = &e->as.unary.operand;
    switch (e->as.unary.op) {
    case UN_NEG: {
        Expect inner = expect_none();
        if (ex.kind == EXPECT_TYPE && is_num(ex.ty))
            inner = expect_type(ex.ty);
        Type *t = tc_expr(op, inner);
        Type *r = ty_resolve(t);
        if (r->kind == TY_REF && is_num(deref_ty(r))) {
            autoderef(op);
            r = deref_ty(r);
        }
        if (r->kind == TY_ERROR)
            return r;
        if (r->kind == TY_INT && !int_kind_signed(r->as.int_kind)) {
            e0600(e, "-", r);
            return r;
        }
        if (r->kind == TY_INFER && r->as.infer.kind == INFER_INT) {
            vec_push(tc_fn->negs, e);
            return r;
        }
        if (r->kind == TY_INT || is_float(r))
            return r;
        e0600(e, "-", r);
        return ty_error();
    }
    case UN_NOT: {
        Expect inner = expect_none();
        if (ex.kind == EXPECT_TYPE && (is_int(ex.ty) || ty_resolve(ex.ty)->kind == TY_BOOL))
            inner = expect_type(ex.ty);
        Type *t = tc_expr(op, inner);
        Type *r = ty_resolve(t);
        if (r->kind == TY_REF && (is_int(deref_ty(r)) || deref_ty(r)->kind == TY_BOOL)) {
            autoderef(op);
            r = deref_ty(r);
        }
        if (r->kind == TY_ERROR || r->kind == TY_BOOL || is_int(r))
            return r;
        e0600(e, "!", r);
        return ty_error();
    }
    case UN_DEREF: {
        Type *t = tc_expr(op, expect_none());
        Type *r = ty_resolve(t);
        switch (r->kind) {
        case TY_ERROR:
            return r;
        case TY_REF:
            return r->as.ref.inner;
        case TY_PTR:
            tc_error(PHASE_TYPECK, e->span, "E0133", "dereference of raw pointer",
                     "dereference of raw pointer is unsafe and requires unsafe block");
            return ty_error();
        case TY_STRING:
            tc_unsupported(e->span, "`*` on a `String` (it derefs to `str`)");
            return ty_error();
        case TY_INFER:
            if (r->as.infer.kind == INFER_ANY) {
                tc_error(PHASE_TYPECK, (*op)->span, "E0282", "cannot infer type", "type annotations needed");
                return ty_error();
            }
            /* fallthrough */
        default:
            tc_error(PHASE_TYPECK, e->span, "E0614", "can't be dereferenced",
                     "type `%s` cannot be dereferenced", tstr(r));
            return ty_error();
        }
    }
    }
    return ty_error();
}

void tc_check_neg(Expr *e) {
    Type *r = ty_resolve(e->ty);
    if (r->kind == TY_INT && !int_kind_signed(r->as.int_kind)) {
        Diag *d = diag_new(DIAG_ERROR, "E0277", e->span,
                           arena_printf(compiler_arena, "the trait `Neg` is not implemented for `%s`", tstr(r)),
                           "the trait bound `%s: Neg` is not satisfied", tstr(r));
        diag_help(d, "the following other types implement trait `Neg`:\n  &f128\n  &f16\n  &f32\n  &f64\n"
                     "  &i128\n  &i16\n  &i32\n  &i64\nand 12 others");
        tc_emit(d, PHASE_TYPECK);
    }
}

/* ---- binary operators ----------------------------------------------------------------------- */

static bool is_arith(BinOp op) { return op <= BIN_REM; }
static bool is_bitwise(BinOp op) { return op == BIN_AND || op == BIN_OR || op == BIN_XOR; }
static bool is_shift(BinOp op) { return op == BIN_SHL || op == BIN_SHR; }
static bool is_cmp(BinOp op) { return op >= BIN_EQ && op <= BIN_GE; }

static const char *trait_name(BinOp op, bool assign) {
    static const char *const names[] = {"Add", "Sub", "Mul", "Div", "Rem", "BitAnd", "BitOr",
                                        "BitXor", "Shl", "Shr"};
    if (op <= BIN_SHR)
        return assign ? arena_printf(compiler_arena, "%sAssign", names[op]) : names[op];
    return op == BIN_EQ || op == BIN_NE ? "PartialEq" : "PartialOrd";
}

/* rustc's on_unimplemented message for an arithmetic trait. */
static const char *arith_message(BinOp op, bool assign, Type *l, Type *r) {
    const char *L = tstr(l), *R = tstr(r);
    if (!assign && op == BIN_ADD && ty_resolve(l)->kind == TY_INFER && ty_resolve(r)->kind == TY_INFER) {
        if (is_int(l) && is_float(r))
            return "cannot add a float to an integer";
        if (is_float(l) && is_int(r))
            return "cannot add an integer to a float";
    }
    switch (op) {
    case BIN_ADD: return arena_printf(compiler_arena, "cannot add%s `%s` to `%s`", assign ? "-assign" : "", R, L);
    case BIN_SUB: return arena_printf(compiler_arena, "cannot subtract%s `%s` from `%s`", assign ? "-assign" : "", R, L);
    case BIN_MUL: return arena_printf(compiler_arena, "cannot multiply%s `%s` by `%s`", assign ? "-assign" : "", L, R);
    case BIN_DIV: return arena_printf(compiler_arena, "cannot divide%s `%s` by `%s`", assign ? "-assign" : "", L, R);
    case BIN_REM:
        return assign ? arena_printf(compiler_arena, "cannot calculate and assign the remainder of `%s` divided by `%s`", L, R)
                      : arena_printf(compiler_arena, "cannot calculate the remainder of `%s` divided by `%s`", L, R);
    default:
        return arena_printf(compiler_arena, "no implementation for `%s %s%s %s`", L, binop_text(op),
                            assign ? "=" : "", R);
    }
}

/* rustc's list of the operator trait's impls, when it prints one as text:
 * for a left side whose type is still an {integer} or {float} variable
 * (all numeric impls apply), and for the many shift-assign impls of an
 * integer. The other cases point into std's source, which owl cannot. */
static void impls_help(Diag *d, BinOp op, bool assign, Type *l) {
    Type *t = ty_resolve(l);
    const char *tn = trait_name(op, assign);
    CharVec s = {0};
    str_appendf(&s, "the following other types implement trait `%s<Rhs>`:", tn);
    if (t->kind == TY_INT && assign && is_shift(op)) {
        static const char *const rhs[] = {"&i128", "&i16", "&i32", "&i64", "&i8", "&isize", "&u128", "&u16"};
        for (int i = 0; i < 8; i++)
            str_appendf(&s, "\n  `%s` implements `%s<%s>`", tstr(t), tn, rhs[i]);
        str_appendf(&s, "\nand 16 others");
        diag_help(d, "%s", s.data);
        return;
    }
    if (t->kind != TY_INFER || t->as.infer.kind == INFER_ANY)
        return;
    static const char *const floats[] = {"f128", "f16", "f32", "f64"};
    static const char *const ints[] = {"i128", "i16", "i32", "i64"};
    int others;
    if (is_shift(op)) {
        static const char *const rhs[] = {"&i16", "&i32", "&i64", "&i8", "&isize", "&u128", "&u16", "&u32"};
        static const char *const rhs_assign[] = {"&i128", "&i16", "&i32", "&i64", "&i8", "&isize", "&u128", "&u16"};
        for (int i = 0; i < 8; i++)
            str_appendf(&s, "\n  `%si128` implements `%s<%s>`", assign ? "" : "&", tn, assign ? rhs_assign[i] : rhs[i]);
        others = assign ? 280 : 568;
    } else {
        bool bit = is_bitwise(op);
        const char *const *tys = bit ? ints : floats;
        for (int i = 0; i < 4; i++) {
            str_appendf(&s, "\n  `%s%s` implements `%s<%s%s>`", assign ? "" : "&", tys[i], tn, assign ? "&" : "", tys[i]);
            str_appendf(&s, "\n  `%s%s` implements `%s`", assign ? "" : "&", tys[i], tn);
        }
        if (bit)
            others = assign ? 16 : 40;
        else if (assign)
            others = op == BIN_DIV || op == BIN_REM ? 30 : 24;
        else
            others = op == BIN_MUL ? 57 : (op == BIN_DIV || op == BIN_REM) ? 62 : 56;
    }
    str_appendf(&s, "\nand %d others", others);
    diag_help(d, "%s", s.data);
}

/* E0277 at the operator: the trait for (l, r) does not exist. */
static void e0277_op(Span op_span, BinOp op, bool assign, Type *l, Type *r) {
    Diag *d = diag_new(DIAG_ERROR, "E0277", op_span,
                       arena_printf(compiler_arena, "no implementation for `%s %s%s %s`", tstr(l),
                                    binop_text(op), assign ? "=" : "", tstr(r)),
                       "%s", arith_message(op, assign, l, r));
    diag_help(d, "the trait `%s<%s>` is not implemented for `%s`", trait_name(op, assign), tstr(r), tstr(l));
    impls_help(d, op, assign, l);
    tc_defer(d);
}

/* E0369: the left operand's type has no such operator at all. */
static void e0369(Expr *e, BinOp op, Type *l, Type *r) {
    tc_flush_deferred();   /* rustc selects pending obligations first */
    const char *L = tstr(l), *R = tstr(r);
    const char *msg;
    switch (op) {
    case BIN_ADD: msg = arena_printf(compiler_arena, "cannot add `%s` to `%s`", R, L); break;
    case BIN_SUB: msg = arena_printf(compiler_arena, "cannot subtract `%s` from `%s`", R, L); break;
    case BIN_MUL: msg = arena_printf(compiler_arena, "cannot multiply `%s` by `%s`", L, R); break;
    case BIN_DIV: msg = arena_printf(compiler_arena, "cannot divide `%s` by `%s`", L, R); break;
    case BIN_REM: msg = arena_printf(compiler_arena, "cannot calculate the remainder of `%s` divided by `%s`", L, R); break;
    default:
        if (is_cmp(op))
            msg = arena_printf(compiler_arena, "binary operation `%s` cannot be applied to type `%s`", binop_text(op), L);
        else
            msg = arena_printf(compiler_arena, "no implementation for `%s %s %s`", L, binop_text(op), R);
    }
    Diag *d = diag_new(DIAG_ERROR, "E0369", e->as.binary.op_span, NULL, "%s", msg);
    diag_label(d, e->as.binary.lhs->span, "%s", L);
    if (!is_cmp(op))
        diag_label(d, e->as.binary.rhs->span, "%s", R);
    tc_emit(d, PHASE_TYPECK);
}

/* `&str + x`: rustc's E0369 with its string-concatenation advice. */
static void str_add_error(Expr *e, Type *l, Type *r) {
    const char *L = ty_is_str_ref(l) ? "&str" : tstr(l), *R = tstr(r);
    Diag *d = diag_new(DIAG_ERROR, "E0369", e->as.binary.op_span, NULL, "cannot add `%s` to `%s`", R, L);
    diag_label(d, e->as.binary.lhs->span, "%s", L);
    Type *rr = ty_resolve(r);
    if (ty_is_str_ref(rr)) {
        diag_primary_label(d, e->as.binary.op_span, "`+` cannot be used to concatenate two `&str` strings");
        diag_label(d, e->as.binary.rhs->span, "%s", R);
        diag_note(d, "string concatenation requires an owned `String` on the left");
        diag_suggest(d, span_at(e->as.binary.lhs->span.hi, e->as.binary.lhs->span.hi), ".to_owned()",
                     "create an owned `String` from a string reference");
    } else if (rr->kind == TY_STRING) {
        diag_primary_label(d, e->as.binary.op_span, "`+` cannot be used to concatenate a `&str` with a `String`");
        diag_label(d, e->as.binary.rhs->span, "%s", R);
        Diag *h = diag_suggest(d, span_at(e->as.binary.lhs->span.hi, e->as.binary.lhs->span.hi), ".to_owned()",
                               "create an owned `String` on the left and add a borrow on the right");
        diag_suggest_part(h, span_at(e->as.binary.rhs->span.lo, e->as.binary.rhs->span.lo), "&");
    } else {
        diag_label(d, e->as.binary.rhs->span, "%s", R);
    }
    tc_emit(d, PHASE_TYPECK);
}

/* String-like operand classes for == and <. */
typedef enum StrClass { SC_NONE, SC_STRING, SC_STR_REF, SC_STRING_REF } StrClass;

static StrClass str_class(Type *t) {
    t = ty_resolve(t);
    if (t->kind == TY_STRING)
        return SC_STRING;
    if (t->kind == TY_REF) {
        Type *in = deref_ty(t);
        if (in->kind == TY_STR)
            return SC_STR_REF;
        if (in->kind == TY_STRING)
            return SC_STRING_REF;
    }
    return SC_NONE;
}

/* Which (lhs, rhs) string pairs std compares: == follows the PartialEq
 * impls (String/str/&str in any mix, and &A == &B); < only like with like. */
static bool str_pair_ok(StrClass a, StrClass b, bool eq) {
    if (eq) {
        if (a == SC_STRING)
            return b == SC_STRING || b == SC_STR_REF;
        if (a == SC_STR_REF)
            return b == SC_STRING || b == SC_STR_REF || b == SC_STRING_REF;
        if (a == SC_STRING_REF)
            return b == SC_STRING_REF || b == SC_STR_REF;
        return false;
    }
    return (a == SC_STRING && b == SC_STRING) || (a == SC_STR_REF && b == SC_STR_REF) ||
           (a == SC_STRING_REF && b == SC_STRING_REF);
}

/* Types with exactly one PartialEq/PartialOrd impl (for themselves): the
 * right operand is then coerced to the left's type, as in rustc. */
static bool comparable(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_BOOL: case TY_CHAR: case TY_INT: case TY_FLOAT: case TY_INFER: case TY_ERROR:
        return true;
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (!comparable(t->as.tuple.elems[i]) && str_class(t->as.tuple.elems[i]) == SC_NONE)
                return false;
        return true;
    case TY_ARRAY:
        return comparable(t->as.array.elem) || str_class(t->as.array.elem) != SC_NONE;
    case TY_REF:
        return comparable(t->as.ref.inner);
    case TY_PTR:
        return true;
    default:
        return false;
    }
}

static bool is_scalar(Type *t) {
    t = ty_resolve(t);
    return t->kind == TY_BOOL || t->kind == TY_CHAR || t->kind == TY_INT || t->kind == TY_FLOAT ||
           (t->kind == TY_INFER && t->as.infer.kind != INFER_ANY);
}

/* E0277 "can't compare `L` with `R`" at the operator. */
static void cant_compare(Expr *e, Type *L, Type *R, const char *lname) {
    BinOp op = e->as.binary.op;
    bool eq = op == BIN_EQ || op == BIN_NE;
    const char *ls = lname ? lname : tstr(L), *rs = tstr(R);
    if (e->as.binary.rhs->kind == EXPR_STR)
        rs = "&str";
    const char *label = eq ? arena_printf(compiler_arena, "no implementation for `%s %s %s`", ls, binop_text(op), rs)
                           : arena_printf(compiler_arena, "no implementation for `%s < %s` and `%s > %s`", ls, rs, ls, rs);
    Diag *d = diag_new(DIAG_ERROR, "E0277", e->as.binary.op_span, label, "can't compare `%s` with `%s`", ls, rs);
    diag_help(d, "the trait `%s<%s>` is not implemented for `%s`", trait_name(op, false), rs, ls);
    Type *l = ty_resolve(L);
    if ((l->kind == TY_STRING || str_class(l) == SC_STRING_REF) && eq)
        diag_help(d, "%s", STRING_PARTIAL_EQ_IMPLS);
    else if (str_class(l) == SC_STR_REF && eq)
        diag_help(d, "the following other types implement trait `PartialEq<Rhs>`:\n"
                     "  `&str` implements `PartialEq<ByteStr>`\n"
                     "  `&str` implements `PartialEq<ByteString>`\n"
                     "  `&str` implements `PartialEq<Cow<'_, str>>`\n"
                     "  `&str` implements `PartialEq<OsString>`\n"
                     "  `&str` implements `PartialEq<String>`\n"
                     "  `str` implements `PartialEq<ByteStr>`\n"
                     "  `str` implements `PartialEq<ByteString>`\n"
                     "  `str` implements `PartialEq<Cow<'_, str>>`\n"
                     "and 6 others");
    else if (l->kind == TY_INFER)
        diag_help(d, "the following other types implement trait `%s<Rhs>`:\n"
                     "  f128\n  f16\n  f32\n  f64\n  i128\n  i16\n  i32\n  i64\nand 8 others",
                  trait_name(op, false));
    Expr *lhs = e->as.binary.lhs;
    if (eq && l->kind == TY_REF && lhs->kind == EXPR_REF && !lhs->as.ref.mut)
        diag_suggest(d, span_at(lhs->span.lo, lhs->as.ref.operand->span.lo), "", "consider removing the borrow");
    if (lhs->kind == EXPR_COERCE && lhs->as.coerce.kind == COERCE_AUTODEREF) {
        /* the references were peeled: rustc names the impl it looked for */
        Type *ol = ty_resolve(lhs->as.coerce.inner->ty), *or_ = ty_resolve(e->as.binary.rhs->ty);
        if (e->as.binary.rhs->kind == EXPR_COERCE)
            or_ = ty_resolve(e->as.binary.rhs->as.coerce.inner->ty);
        const char *ors = tstr(or_);
        Expr *ri = e->as.binary.rhs;
        while (ri->kind == EXPR_COERCE)
            ri = ri->as.coerce.inner;
        if (ri->kind == EXPR_REF && ri->as.ref.operand->kind == EXPR_STR)
            ors = "&&str";
        diag_note(d, "required for `%s` to implement `%s<%s>`", tstr(ol), trait_name(op, false), ors);
    }
    tc_defer(d);
}

/* E0308 at the right operand: it must have the left's type. */
static void compare_mismatch(Expr *e, Type *L, Type *R, bool label) {
    Expr *rhs = e->as.binary.rhs, *lhs = e->as.binary.lhs;
    Diag *d = diag_new(DIAG_ERROR, "E0308", rhs->span,
                       arena_printf(compiler_arena, "expected %s, found %s", tc_sort(L), tc_sort(R)),
                       "mismatched types");
    if (label)
        diag_label(d, lhs->span, "expected because this is `%s`", tstr(L));
    Type *l = ty_resolve(L), *r = ty_resolve(R);
    if (!(l->kind == TY_TUPLE && l->as.tuple.len == 0) && (l->kind == TY_TUPLE || r->kind == TY_TUPLE ||
                                                          l->kind == TY_PTR || r->kind == TY_PTR)) {
        const char *ep = l->kind == TY_TUPLE ? "tuple" : "type", *fp = r->kind == TY_TUPLE ? "tuple" : "type";
        int el = 9 + (int)strlen(ep), fl = 6 + (int)strlen(fp);
        diag_note(d, "%*sexpected %s `%s`\n%*sfound %s `%s`", fl > el ? fl - el : 0, "", ep, tstr(l),
                  el > fl ? el - fl : 0, "", fp, tstr(r));
    }
    if (l->kind == TY_STRING && (ty_is_str_ref(r) || is_scalar(r)))
        diag_suggest(d, span_at(rhs->span.hi, rhs->span.hi), ".to_string()", "try using a conversion method");
    else if (ty_is_str_ref(l) && r->kind == TY_CHAR && rhs->kind == EXPR_CHAR) {
        const char *src = tc_source(rhs->span);
        size_t n = strlen(src);
        if (n >= 2)
            diag_suggest(d, rhs->span, arena_printf(compiler_arena, "\"%.*s\"", (int)n - 2, src + 1),
                         "if you meant to write a string literal, use double quotes");
    }
    else if ((l->kind == TY_INT || l->kind == TY_FLOAT) && (rhs->kind == EXPR_INT || rhs->kind == EXPR_FLOAT) &&
             rhs->as.lit.suffix && r->kind == l->kind) {
        const char *src = tc_source(rhs->span);
        const char *suf = NULL;
        for (const char *p = src; *p; p++)
            if (*p == 'i' || *p == 'u' || *p == 'f') {
                suf = p;
                break;
            }
        if (suf)
            diag_suggest(d, rhs->span, arena_printf(compiler_arena, "%.*s%s", (int)(suf - src), src, tstr(l)),
                         "change the type of the numeric literal from `%s` to `%s`", tstr(r), tstr(l));
    }
    tc_emit_mismatch(d, L, R);
}

/* == != < <= > >= with rustc's typing: the std impls decide between a
 * coercion of the right side (a type with one impl) and E0277. */
static Type *tc_compare(Expr *e) {
    BinOp op = e->as.binary.op;
    bool eq = op == BIN_EQ || op == BIN_NE;
    Expr **lhs = &e->as.binary.lhs, **rhs = &e->as.binary.rhs;
    Type *lt = tc_expr(lhs, expect_none());
    Type *L = ty_resolve(lt);
    StrClass lc = str_class(L);
    Expect rex = expect_none();
    if (lc == SC_NONE && (is_scalar(L) || L->kind == TY_TUPLE || L->kind == TY_ARRAY))
        rex = expect_type(L);
    Type *rt = tc_expr(rhs, rex);
    Type *R = ty_resolve(rt);
    if (L->kind == TY_ERROR || R->kind == TY_ERROR)
        return ty_bool();

    /* strings */
    StrClass rc = str_class(R);
    if (lc != SC_NONE) {
        if (rc != SC_NONE && str_pair_ok(lc, rc, eq)) {
            adjust_to_str_ref(lhs);
            adjust_to_str_ref(rhs);
            e->as.binary.builtin = eq ? BUILTIN_STR_EQ : BUILTIN_STR_CMP;
            return ty_bool();
        }
        const char *ls = (*lhs)->kind == EXPR_STR ? "&str" : NULL;
        if (eq)
            cant_compare(e, L, R, ls);
        else if (!tc_coerce(rhs, L))
            compare_mismatch(e, L, R, L->kind != TY_REF);
        return ty_bool();
    }

    /* references compare what they point to, when both sides are refs */
    while (is_ref(L) && is_ref(R)) {
        autoderef(lhs);
        autoderef(rhs);
        L = ty_resolve((*lhs)->ty);
        R = ty_resolve((*rhs)->ty);
    }
    if (is_ref(L)) {
        if (eq || is_any_var(R))
            cant_compare(e, L, R, NULL);
        else if (!tc_coerce(rhs, L))
            compare_mismatch(e, L, R, false);
        return ty_bool();
    }
    if (L->kind == TY_INFER && L->as.infer.kind != INFER_ANY) {
        /* {integer} / {float}: many impls, so no coercion */
        if (is_num(R) && is_int(L) == is_int(R)) {
            tc_unify(L, R);
            return ty_bool();
        }
        if (is_any_var(R) && tc_unify(R, L))
            return ty_bool();
        /* the built-in operator's check looks through one reference */
        Type *Rs = is_ref(R) ? deref_ty(R) : R;
        bool builtin = is_scalar(Rs);
        if (builtin && !eq)
            compare_mismatch(e, L, Rs, false);
        cant_compare(e, L, R, NULL);
        if (builtin && eq)
            compare_mismatch(e, L, Rs, false);
        return ty_bool();
    }
    if (!comparable(L) || is_any_var(L)) {
        if (is_any_var(L) && tc_unify(L, R))
            return ty_bool();
        e0369(e, op, L, R);
        return ty_bool();
    }
    if (L->kind == TY_ARRAY && eq && !tc_unify_probe(L, R)) {
        /* arrays compare with arrays and slices: no single impl */
        cant_compare(e, L, R, NULL);
        return ty_bool();
    }
    if (!tc_coerce(rhs, L))
        compare_mismatch(e, L, ty_resolve((*rhs)->ty), true);
    return ty_bool();
}

/* The numeric core shared by `a op b` and `a op= b`. Returns the result type
 * (the left operand's) or the error type after reporting. */
static Type *numeric_op(Expr *whole, BinOp op, Expr **lhs, Expr **rhs, Span op_span, bool assign) {
    Type *L = ty_resolve((*lhs)->ty), *R = ty_resolve((*rhs)->ty);
    if (is_shift(op)) {
        if (is_int(L) && is_int(R))
            return L;
        if (is_int(L) || is_any_var(L)) {
            if (is_any_var(R) && tc_unify(R, ty_int(INT_I32)))
                return L;
            e0277_op(op_span, op, assign, L, R);
            return ty_error();
        }
        return NULL;
    }
    if ((is_bitwise(op) || is_shift(op)) && is_float(L))
        return NULL;
    if (is_bitwise(op) && L->kind == TY_BOOL) {
        if (!tc_coerce(rhs, L)) {
            /* bool has several BitAnd/BitOr/BitXor impls: E0277 */
            const char *tn = trait_name(op, assign);
            Diag *d = diag_new(DIAG_ERROR, "E0277", op_span,
                               arena_printf(compiler_arena, "no implementation for `bool %s%s %s`", binop_text(op),
                                            assign ? "=" : "", tstr(R)),
                               "no implementation for `bool %s%s %s`", binop_text(op), assign ? "=" : "", tstr(R));
            diag_help(d, "the trait `%s<%s>` is not implemented for `bool`", tn, tstr(R));
            if (!assign)
                diag_help(d, "the following other types implement trait `%s<Rhs>`:\n"
                             "  `&bool` implements `%s<bool>`\n  `&bool` implements `%s`\n"
                             "  `bool` implements `%s<&bool>`\n  `bool` implements `%s<Mask<T, N>>`\n"
                             "  `bool` implements `%s`", tn, tn, tn, tn, tn, tn);
            tc_defer(d);
            return ty_error();
        }
        return L;
    }
    if (is_any_var(L) && (is_num(R) || R->kind == TY_BOOL)) {
        tc_unify(L, R);
        L = ty_resolve(L);
    }
    if (!is_num(L))
        return NULL;
    (void)whole;
    if (is_num(R) && ((is_int(L) && is_int(R)) || (is_float(L) && is_float(R)))) {
        if (tc_unify(L, R))
            return L;
        tc_report_mismatch((*rhs)->span, L, R, origin_plain(), *rhs);
        e0277_op(op_span, op, assign, L, R);
        return L;
    }
    if (is_any_var(R) && tc_unify(R, L))
        return L;
    e0277_op(op_span, op, assign, L, R);
    return ty_error();
}

Type *tc_binary(Expr *e, Expect ex) {
    (void)ex;
    BinOp op = e->as.binary.op;
    Expr **lhs = &e->as.binary.lhs, **rhs = &e->as.binary.rhs;
    if (op == BIN_LAND || op == BIN_LOR) {
        tc_expr(lhs, expect_type(ty_bool()));
        if (!tc_coerce(lhs, ty_bool()))
            tc_report_mismatch((*lhs)->span, ty_bool(), (*lhs)->ty, origin_none(), *lhs);
        tc_expr(rhs, expect_type(ty_bool()));
        if (!tc_coerce(rhs, ty_bool())) {
            Diag *d = diag_new(DIAG_ERROR, "E0308", (*rhs)->span,
                               arena_printf(compiler_arena, "expected `bool`, found %s", tc_sort((*rhs)->ty)),
                               "mismatched types");
            diag_label(d, (*lhs)->span, "expected because this is `bool`");
            tc_emit(d, PHASE_TYPECK);
        }
        return ty_bool();
    }
    if (is_cmp(op))
        return tc_compare(e);

    Type *lt = tc_expr(lhs, expect_none());
    Type *L = ty_resolve(lt);
    Expect rex = expect_none();
    if (!is_shift(op) && is_num(L))
        rex = expect_type(L);
    Type *rt = tc_expr(rhs, rex);
    Type *R = ty_resolve(rt);
    if (L->kind == TY_ERROR || R->kind == TY_ERROR)
        return ty_error();

    if (op == BIN_ADD) {
        if (L->kind == TY_STRING) {
            e->as.binary.builtin = BUILTIN_STRING_ADD;
            Type *want = ty_ref(ty_str(), false);
            if (!tc_coerce(rhs, want))
                tc_report_mismatch((*rhs)->span, want, R, origin_none(), *rhs);
            return ty_string();
        }
        if (str_class(L) == SC_STR_REF || str_class(L) == SC_STRING_REF) {
            str_add_error(e, L, R);
            return ty_error();
        }
    }
    /* &i32 + i32 and friends: the std impls for references deref */
    if (is_ref(L) && is_num(deref_ty(L)) && (is_arith(op) || is_bitwise(op) || is_shift(op))) {
        autoderef(lhs);
        L = ty_resolve((*lhs)->ty);
    }
    if (is_ref(R) && is_num(deref_ty(R)) && is_num(L)) {
        autoderef(rhs);
        R = ty_resolve((*rhs)->ty);
    }
    Type *t = numeric_op(e, op, lhs, rhs, e->as.binary.op_span, false);
    if (t)
        return t;
    e0369(e, op, L, R);
    return ty_error();
}

/* ---- assignment ----------------------------------------------------------------------------------- */

static void bad_lhs(Expr *e, const char *code, Span op_span) {
    Diag *d = diag_new(DIAG_ERROR, code, op_span, NULL, "invalid left-hand side of assignment");
    diag_label(d, e->as.assign.lhs->span, "cannot assign to this expression");
    tc_emit(d, PHASE_TYPECK);
}

Type *tc_assign(Expr *e) {
    Expr **lhs = &e->as.assign.lhs, **rhs = &e->as.assign.rhs;
    if ((*lhs)->kind == EXPR_TUPLE || (*lhs)->kind == EXPR_ARRAY) {
        tc_unsupported((*lhs)->span, "destructuring assignment");
        tc_expr(rhs, expect_none());
        return ty_unit();
    }
    Type *lt = tc_expr(lhs, expect_none());
    if (!tc_is_place(*lhs) && !is_err(lt)) {
        bad_lhs(e, "E0070", e->as.assign.op_span);
        tc_expr(rhs, expect_none());
        return ty_unit();
    }
    tc_expr(rhs, expect_type(lt));
    if (!tc_coerce(rhs, lt))
        tc_report_mismatch((*rhs)->span, lt, (*rhs)->ty, origin_none(), *rhs);
    return ty_unit();
}

Type *tc_compound_assign(Expr *e) {
    BinOp op = e->as.assign.op;
    Expr **lhs = &e->as.assign.lhs, **rhs = &e->as.assign.rhs;
    Type *lt = tc_expr(lhs, expect_none());
    Type *L = ty_resolve(lt);
    if (!tc_is_place(*lhs) && !is_err(lt)) {
        bad_lhs(e, "E0067", e->as.assign.op_span);
        tc_expr(rhs, expect_none());
        return ty_unit();
    }
    Expect rex = (!is_shift(op) && is_num(L)) ? expect_type(L) : expect_none();
    Type *R = ty_resolve(tc_expr(rhs, rex));
    if (L->kind == TY_ERROR || R->kind == TY_ERROR)
        return ty_unit();
    if (op == BIN_ADD && L->kind == TY_STRING) {
        e->as.assign.builtin = BUILTIN_STRING_ADD_ASSIGN;
        Type *want = ty_ref(ty_str(), false);
        if (!tc_coerce(rhs, want))
            tc_report_mismatch((*rhs)->span, want, R, origin_none(), *rhs);
        return ty_unit();
    }
    if (is_ref(R) && is_num(deref_ty(R)) && is_num(L)) {
        autoderef(rhs);
    }
    Type *t = numeric_op(e, op, lhs, rhs, e->as.assign.op_span, true);
    if (t)
        return ty_unit();
    Diag *d = diag_new(DIAG_ERROR, "E0368", e->span, NULL,
                       "binary assignment operation `%s=` cannot be applied to type `%s`", binop_text(op),
                       (*lhs)->kind == EXPR_STR ? "&'static str" : tstr(L));
    diag_label(d, (*lhs)->span, "cannot use `%s=` on type `%s`", binop_text(op), tstr(L));
    tc_emit(d, PHASE_TYPECK);
    return ty_unit();
}

/* ---- casts ------------------------------------------------------------------------------------------- */

Type *tc_cast(Expr *e) {
    Type *target = tc_type(e->as.cast.type, true);
    Expect ex = {EXPECT_CAST, target, origin_none()};
    tc_expr(&e->as.cast.operand, ex);
    vec_push(tc_fn->casts, e);
    return target;
}

/* The operand type as rustc shows it in cast errors: an unsuffixed literal
 * still as {integer} / {float}. */
static const char *cast_from_str(Expr *op, Type *from) {
    Expr *o = op;
    while (o->kind == EXPR_COERCE)
        o = o->as.coerce.inner;
    if (o->kind == EXPR_INT && !o->as.lit.suffix)
        return "{integer}";
    if (o->kind == EXPR_FLOAT && !o->as.lit.suffix)
        return "{float}";
    if (o->kind == EXPR_STR)
        return "&'static str";
    return tstr(from);
}

void tc_check_cast(Expr *e) {
    Expr *op = e->as.cast.operand;
    Type *from = ty_resolve(op->ty), *to = ty_resolve(e->ty);
    if (from->kind == TY_ERROR || to->kind == TY_ERROR)
        return;
    /* before defaulting, a literal's variable is as good as its default */
    if (from->kind == TY_INFER && from->as.infer.kind != INFER_ANY)
        from = from->as.infer.kind == INFER_INT ? ty_int(INT_I32) : ty_float(FLOAT_F64);
    if (to->kind == TY_INFER) {
        if (to->as.infer.kind == INFER_ANY)
            tc_unify(to, from);
        return;
    }
    if (tc_unify_probe(from, to))
        return;   /* a trivial cast */
    const char *fs = cast_from_str(op, from);
    const char *ts = tstr(to);
    bool from_num = from->kind == TY_INT || from->kind == TY_FLOAT;
    bool from_scalar = from_num || from->kind == TY_BOOL || from->kind == TY_CHAR;
    switch (to->kind) {
    case TY_INT:
        if (from_scalar)
            return;
        break;
    case TY_FLOAT:
        if (from_num)
            return;
        if (from->kind == TY_BOOL || from->kind == TY_CHAR) {
            Diag *d = diag_new(DIAG_ERROR, "E0606", e->span, NULL, "casting `%s` as `%s` is invalid", fs, ts);
            diag_help(d, "cast through an integer first");
            tc_emit(d, PHASE_TYPECK);
            return;
        }
        break;
    case TY_CHAR:
        if (from->kind == TY_INT && from->as.int_kind == INT_U8)
            return;
        if (from_scalar) {
            Diag *d = diag_new(DIAG_ERROR, "E0604", e->span, "invalid cast",
                               "only `u8` can be cast as `char`, not `%s`", fs);
            if (from->kind == TY_INT && from->as.int_kind == INT_U32)
                diag_suggest(d, e->span, arena_printf(compiler_arena, "char::from_u32(%s)", tc_source(op->span)),
                             "consider using `char::from_u32` instead");
            else if (from_num)
                diag_child(d, DIAG_HELP, e->span, NULL, "consider using `char::from_u32` instead (via a `u32`)");
            tc_emit(d, PHASE_TYPECK);
            return;
        }
        break;
    case TY_BOOL:
        if (from_scalar) {
            Diag *d;
            if (from_num) {
                d = diag_new(DIAG_ERROR, "E0054", e->span, NULL, "cannot cast `%s` as `bool`", fs);
                diag_suggest(d, span_at(op->span.hi, e->span.hi), " != 0", "compare with zero instead");
            } else {
                d = diag_new(DIAG_ERROR, "E0054", e->span, "unsupported cast", "cannot cast `%s` as `bool`", fs);
            }
            tc_emit(d, PHASE_TYPECK);
            return;
        }
        break;
    default:
        break;
    }
    if (from->kind == TY_REF && (to->kind == TY_INT || to->kind == TY_FLOAT || to->kind == TY_CHAR ||
                                 to->kind == TY_BOOL)) {
        Diag *d = diag_new(DIAG_ERROR, "E0606", e->span, NULL, "casting `%s` as `%s` is invalid", fs, ts);
        Expr *o = op;
        while (o->kind == EXPR_COERCE)
            o = o->as.coerce.inner;
        Type *in = deref_ty(from);
        if (o->kind == EXPR_REF && is_scalar(ty_resolve(o->as.ref.operand->ty)))
            diag_suggest(d, span_at(o->span.lo, o->as.ref.operand->span.lo), "", "remove the unneeded borrow");
        else if (is_scalar(in))
            diag_suggest(d, span_at(o->span.lo, o->span.lo), "*", "dereference the expression");
        else
            diag_help(d, "cast through a raw pointer first");
        tc_emit(d, PHASE_TYPECK);
        return;
    }
    if (from->kind == TY_REF && to->kind == TY_REF) {
        tc_unsupported(e->span, "a cast between reference types");
        return;
    }
    tc_error(PHASE_TYPECK, e->span, "E0605",
             "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object",
             "non-primitive cast: `%s` as `%s`", fs, ts);
}

/* ---- calls ------------------------------------------------------------------------------------------ */

static const char *plural(int n, const char *word) {
    return arena_printf(compiler_arena, "%d %s%s", n, word, n == 1 ? "" : "s");
}

static const char *count_word(int n) {
    static const char *const words[] = {"zero", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten"};
    return n <= 10 ? words[n] : arena_printf(compiler_arena, "%d", n);
}

/* `a`, `a` and `b`, `a`, `b`, and `c` */
static const char *type_list(Type **ts, int from, int to) {
    CharVec s = {0};
    int n = to - from;
    for (int i = from; i < to; i++) {
        if (i > from)
            str_appendf(&s, n == 2 ? " and " : (i == to - 1 ? ", and " : ", "));
        str_appendf(&s, "`%s`", tstr(ts[i]));
    }
    return s.data ? s.data : "";
}

/* E0061 with rustc's labels and suggestions for missing or extra arguments. */
static void arg_count_error(Expr *call_or_method, Span callee_span, Span args_span, ExprVec *args,
                            Type **params, int nparams, Item *fn, bool method) {
    int n = args->len;
    Diag *d = diag_new(DIAG_ERROR, "E0061", callee_span, NULL,
                       "this %s takes %s but %s %s supplied", method ? "method" : "function",
                       plural(nparams, "argument"), plural(n, "argument"), n == 1 ? "was" : "were");
    (void)call_or_method;
    if (n < nparams) {
        int missing = nparams - n;
        if (missing == 1) {
            if (params)
                diag_label(d, args_span, "argument #%d of type `%s` is missing", n + 1, tstr(params[n]));
            else
                diag_label(d, args_span, "argument #%d is missing", n + 1);
        } else if (params) {
            diag_label(d, args_span, "%s arguments of type %s are missing", count_word(missing),
                       type_list(params, n, nparams));
        } else {
            diag_label(d, args_span, "%s arguments are missing", count_word(missing));
        }
    } else {
        for (int i = nparams; i < n; i++) {
            Expr *a = args->data[i];
            const char *ts = (a->kind == EXPR_STR) ? "&'static str" : tstr(a->ty);
            if (n > 1)
                diag_label(d, a->span, "unexpected argument #%d of type `%s`", i + 1, ts);
            else
                diag_label(d, a->span, "unexpected argument of type `%s`", ts);
        }
    }
    if (fn) {
        Diag *c = diag_child(d, DIAG_NOTE, fn->name_span, NULL, "%s defined here", method ? "method" : "function");
        if (n < nparams)
            for (int i = n; i < nparams && i < fn->as.fn.params.len; i++)
                diag_label(c, fn->as.fn.params.data[i].span, NULL);
    }
    if (n < nparams && params) {
        if (nparams - n == 1) {
            const char *ts = tstr(params[n]);
            Span at = span_at(args_span.hi - 1, args_span.hi - 1);
            diag_suggest(d, at, arena_printf(compiler_arena, "%s/* %s */", n ? ", " : "", ts), "provide the argument");
        } else {
            CharVec r = {0};
            str_appendf(&r, "(");
            for (int i = 0; i < nparams; i++) {
                if (i)
                    str_appendf(&r, ", ");
                if (i < n)
                    str_appendf(&r, "%s", tc_source(args->data[i]->span));
                else
                    str_appendf(&r, "/* %s */", tstr(params[i]));
            }
            str_appendf(&r, ")");
            diag_suggest(d, args_span, r.data, "provide the arguments");
        }
    } else if (n > nparams) {
        Expr *last = args->data[n - 1];
        Span cut = nparams > 0 ? span_at(args->data[nparams - 1]->span.hi, last->span.hi)
                               : span_at(args_span.lo + 1, last->span.hi);
        diag_suggest(d, cut, "", "remove the extra argument%s", n - nparams > 1 ? "s" : "");
    }
    tc_emit(d, PHASE_TYPECK);
}

/* Checks the arguments of a call against parameter types. */
static void check_args(ExprVec *args, Type **params, int nparams, Origin o) {
    tc_flush_deferred();   /* rustc selects obligations before the arguments */
    for (int i = 0; i < args->len; i++) {
        Expr **slot = &args->data[i];
        if (i >= nparams) {
            continue;
        }
        tc_expr(slot, expect_type(params[i]));
        if (!tc_coerce(slot, params[i])) {
            Origin oi = o;
            oi.param = i;
            tc_report_mismatch((*slot)->span, params[i], (*slot)->ty, oi, *slot);
        }
    }
}

static Type *call_builtin(Expr *e, Expr *callee) {
    Builtin b = callee->as.path.builtin;
    ExprVec *args = &e->as.call.args;
    Path *p = callee->as.path.path;
    PathSeg *last = &p->segs.data[p->segs.len - 1];
    Type *params[1];
    int np = 0;
    Type *ret = ty_unit();
    Span args_span = span_at(callee->span.hi, e->span.hi);
    switch (b) {
    case BUILTIN_STRING_NEW: ret = ty_string(); break;
    case BUILTIN_STRING_FROM: np = 1; params[0] = ty_ref(ty_str(), false); ret = ty_string(); break;
    case BUILTIN_STRING_WITH_CAPACITY: np = 1; params[0] = ty_int(INT_USIZE); ret = ty_string(); break;
    case BUILTIN_MEM_SIZE_OF:
    case BUILTIN_MEM_ALIGN_OF:
        ret = ty_int(INT_USIZE);
        if (last->generics.len != 1) {
            if (last->generics.len == 0)
                tc_error(PHASE_TYPECK, last->span, "E0282", "cannot infer type of the type parameter `T` declared on the function `%s`",
                         "type annotations needed");
            else
                tc_error(PHASE_TYPECK, last->span, "E0107", NULL, "function takes 1 generic argument but %d generic arguments were supplied",
                         last->generics.len);
        } else {
            tc_type(last->generics.data[0], false);
        }
        break;
    case BUILTIN_MEM_DROP:
        np = 1;
        params[0] = NULL;
        break;
    default:
        ICE("call_builtin: %s", builtin_name(b));
    }
    if (b != BUILTIN_MEM_SIZE_OF && b != BUILTIN_MEM_ALIGN_OF) {
        for (int i = 0; i < p->segs.len; i++)
            if (p->segs.data[i].generics.len) {
                tc_unsupported(p->span, "generic arguments on this function");
                break;
            }
    }
    if (args->len != np) {
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        if (b == BUILTIN_MEM_DROP && args->len == 0) {
            Diag *d = diag_new(DIAG_ERROR, "E0061", callee->span, NULL,
                               "this function takes 1 argument but 0 arguments were supplied");
            diag_label(d, args_span, "argument #1 is missing");
            diag_suggest(d, span_at(args_span.hi - 1, args_span.hi - 1), "/* _x */", "provide the argument");
            tc_emit(d, PHASE_TYPECK);
        } else {
            arg_count_error(e, callee->span, args_span, args, np && params[0] ? params : NULL, np, NULL, false);
        }
        return ret;
    }
    if (b == BUILTIN_MEM_DROP) {
        tc_expr(&args->data[0], expect_none());
        return ret;
    }
    if (b == BUILTIN_STRING_FROM) {
        Type *t = ty_resolve(tc_expr(&args->data[0], expect_none()));
        if (t->kind == TY_CHAR || t->kind == TY_STRING) {
            tc_unsupported(args->data[0]->span, arena_printf(compiler_arena, "`String::from` of a `%s`", tstr(t)));
            return ret;
        }
        if (!tc_coerce(&args->data[0], params[0])) {
            Diag *d = diag_new(DIAG_ERROR, "E0277", callee->span,
                               arena_printf(compiler_arena, "the trait `From<%s>` is not implemented for `String`", tstr(t)),
                               "the trait bound `String: From<%s>` is not satisfied", tstr(t));
            diag_help(d, "the following other types implement trait `From<T>`:\n"
                         "  `String` implements `From<&String>`\n"
                         "  `String` implements `From<&mut str>`\n"
                         "  `String` implements `From<&str>`\n"
                         "  `String` implements `From<Box<str>>`\n"
                         "  `String` implements `From<Cow<'_, str>>`\n"
                         "  `String` implements `From<char>`");
            tc_defer(d);
        }
        return ret;
    }
    Origin o = {ORIGIN_ARG, callee->span, NULL, NULL, 0};
    check_args(args, params, np, o);
    return ret;
}

Type *tc_call(Expr *e, Expect ex) {
    (void)ex;
    Expr *callee = e->as.call.callee;
    ExprVec *args = &e->as.call.args;
    if (callee->kind != EXPR_PATH) {
        tc_expr(&e->as.call.callee, expect_none());
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        if (!is_err(callee->ty))
            tc_unsupported(callee->span, "calling anything but a named function");
        return ty_error();
    }
    callee->ty = tc_path_expr(callee, expect_none(), true);
    switch (callee->as.path.res) {
    case RES_FN: {
        Item *fn = callee->as.path.item;
        tc_fn_signature(fn);
        if (tc_fn->is_const) {
            tc_error(PHASE_TYPECK, e->span, "E0015",
                     "calls in constants are limited to constant functions, tuple structs and tuple variants",
                     "cannot call non-const function `%s` in constants", sym_str(fn->name));
        }
        int np = fn->as.fn.params.len;
        Type **params = ALLOC_N(Type *, np > 0 ? np : 1);
        for (int i = 0; i < np; i++) {
            TypeExpr *te = fn->as.fn.params.data[i].type;
            params[i] = te && te->resolved ? te->resolved : ty_error();
        }
        if (args->len != np) {
            for (int i = 0; i < args->len; i++)
                tc_expr(&args->data[i], i < np ? expect_type(params[i]) : expect_none());
            arg_count_error(e, callee->span, span_at(callee->span.hi, e->span.hi), args, params, np, fn, false);
            return fn->as.fn.ret_ty;
        }
        Origin o = {ORIGIN_ARG, callee->span, fn, NULL, 0};
        check_args(args, params, np, o);
        return fn->as.fn.ret_ty;
    }
    case RES_BUILTIN:
        if (tc_fn->is_const && callee->as.path.builtin != BUILTIN_STRING_NEW &&
            callee->as.path.builtin != BUILTIN_MEM_SIZE_OF && callee->as.path.builtin != BUILTIN_MEM_ALIGN_OF) {
            tc_error(PHASE_TYPECK, e->span, "E0015", NULL, "cannot call non-const associated function `%s` in constants",
                     builtin_name(callee->as.path.builtin));
        }
        return call_builtin(e, callee);
    case RES_NONE:
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        return ty_error();
    default: {
        Type *t = callee->ty;
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        if (is_err(t))
            return ty_error();
        Diag *d = diag_new(DIAG_ERROR, "E0618", callee->span, NULL, "expected function, found `%s`", tstr(t));
        if (callee->as.path.res == RES_LOCAL && callee->as.path.var)
            diag_label(d, callee->as.path.var->span, "`%s` has type `%s`", sym_str(callee->as.path.var->name),
                       tstr(t));
        diag_label(d, span_at(callee->span.hi, e->span.hi), NULL);
        diag_primary_label(d, e->span, "call expression requires function");
        tc_emit(d, PHASE_TYPECK);
        return ty_error();
    }
    }
}

/* ---- methods ------------------------------------------------------------------------------------------ */

typedef struct MethodInfo {
    const char *name;
    Builtin builtin;
    int self_kind;   /* 0: &str, 1: &String, 2: &mut String */
    int nargs;
} MethodInfo;

static const MethodInfo methods[] = {
    {"len", BUILTIN_STR_LEN, 0, 0},
    {"is_empty", BUILTIN_STR_IS_EMPTY, 0, 0},
    {"as_ptr", BUILTIN_STR_AS_PTR, 0, 0},
    {"to_string", BUILTIN_STR_TO_STRING, 0, 0},
    {"capacity", BUILTIN_STRING_CAPACITY, 1, 0},
    {"clone", BUILTIN_STRING_CLONE, 1, 0},
    {"push_str", BUILTIN_STRING_PUSH_STR, 2, 1},
    {"push", BUILTIN_STRING_PUSH, 2, 1},
};

static const MethodInfo *find_method(Symbol name, bool on_string) {
    const char *s = sym_str(name);
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(methods[i].name, s) == 0 && (on_string || methods[i].self_kind == 0))
            return &methods[i];
    return NULL;
}

static const char *type_kind_word(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_STRING: return "struct";
    case TY_REF: return "reference";
    case TY_PTR: return "raw pointer";
    case TY_TUPLE: return t->as.tuple.len ? "tuple" : "unit type";
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    default: return "type";
    }
}

/* Adjusts the receiver so it has the builtin's self type. */
static void adjust_receiver(Expr **recv, const MethodInfo *m) {
    if (m->self_kind == 0) {
        adjust_to_str_ref(recv);
        return;
    }
    /* strip references down to the String place */
    for (int guard = 0; guard < 8; guard++) {
        Type *t = ty_resolve((*recv)->ty);
        if (t->kind == TY_STRING)
            break;
        if (t->kind == TY_REF && m->self_kind == 1 && deref_ty(t)->kind == TY_STRING) {
            if (t->as.ref.mut)
                tc_wrap(recv, COERCE_REBORROW, ty_ref(deref_ty(t), false));
            return;
        }
        if (t->kind != TY_REF)
            return;
        autoderef(recv);
    }
    /* a String place: borrow it as the method wants */
    if (m->self_kind == 1)
        tc_wrap(recv, COERCE_AUTOREF, ty_ref(ty_string(), false));
    else
        tc_wrap(recv, COERCE_AUTOREF_MUT, ty_ref(ty_string(), true));
}

/* `x.clone()` on a Copy value is a copy, and `x.to_string()` on a number,
 * bool or char is `format!("{}", x)`: the call is rewritten in place into
 * what it does, so later phases need no builtin for it. Returns the type,
 * or NULL if e is not such a call. */
static Type *rewrite_copy_method(Expr *e, Type *R) {
    const char *name = sym_str(e->as.method.name);
    Expr *recv = e->as.method.receiver;
    if (strcmp(name, "clone") == 0) {
        /* rustc's probe: on &U the by-value step finds U's clone(&self);
         * when U is not Clone (str), the autoref step clones the &U */
        bool through = R->kind == TY_REF && ty_is_copy(deref_ty(R)) &&
                       !(deref_ty(R)->kind == TY_INFER && deref_ty(R)->as.infer.kind == INFER_ANY);
        Type *result = through ? deref_ty(R) : R;
        if (!ty_is_copy(result) || ty_resolve(result)->kind == TY_ERROR ||
            (result->kind == TY_INFER && result->as.infer.kind == INFER_ANY))
            return NULL;
        if (through) {
            Span sp = e->span;
            memset(&e->as, 0, sizeof e->as);
            e->kind = EXPR_COERCE;
            e->span = sp;
            e->as.coerce.kind = COERCE_AUTODEREF;
            e->as.coerce.inner = recv;
        } else {
            Span sp = e->span;
            *e = *recv;
            e->span = sp;
        }
        return result;
    }
    if (strcmp(name, "to_string") == 0) {
        Type *base = R;
        while (base->kind == TY_REF)
            base = deref_ty(base);
        if (!(ty_is_numeric(base) || base->kind == TY_BOOL || base->kind == TY_CHAR))
            return NULL;
        Span sp = e->span;
        memset(&e->as, 0, sizeof e->as);
        e->kind = EXPR_MACRO;
        e->span = sp;
        e->as.mac.name = intern_cstr("format");
        e->as.mac.name_span = sp;
        e->as.mac.form = MACRO_CALL;
        e->as.mac.builtin = BUILTIN_MAC_FORMAT;
        FmtTemplate *tpl = ALLOC(FmtTemplate);
        FmtPiece p;
        memset(&p, 0, sizeof p);
        p.is_arg = true;
        p.arg = 0;
        p.fill = ' ';
        p.trait = 0;
        p.span = sp;
        vec_push(tpl->pieces, p);
        e->as.mac.fmt = tpl;
        vec_push(e->as.mac.fmt_args, recv);
        return ty_string();
    }
    return NULL;
}

Type *tc_method(Expr *e) {
    Expr **recv = &e->as.method.receiver;
    Type *rt = tc_expr(recv, expect_none());
    ExprVec *args = &e->as.method.args;
    Symbol name = e->as.method.name;
    Type *R = ty_resolve(rt);
    if (R->kind == TY_ERROR) {
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        return ty_error();
    }
    /* the autoderef chain: does it reach str or String? */
    Type *base = R;
    while (base->kind == TY_REF)
        base = deref_ty(base);
    if (base->kind == TY_ARRAY && args->len == 0 && e->as.method.generics.len == 0 &&
        (strcmp(sym_str(name), "len") == 0 || strcmp(sym_str(name), "is_empty") == 0)) {
        /* An array's length is part of its type: `a.len()` is a constant.
         * Only a receiver that cannot have effects (a variable or a field
         * of one) is folded; rustc evaluates the receiver, which then is
         * just a read. */
        Expr *r = *recv;
        while (r->kind == EXPR_TUPLE_FIELD || r->kind == EXPR_FIELD ||
               (r->kind == EXPR_UNARY && r->as.unary.op == UN_DEREF))
            r = r->kind == EXPR_TUPLE_FIELD ? r->as.tuple_field.base
              : r->kind == EXPR_FIELD ? r->as.field.base : r->as.unary.operand;
        if (r->kind == EXPR_PATH && r->as.path.res != RES_NONE) {
            bool is_len = strcmp(sym_str(name), "len") == 0;
            uint64_t n = base->as.array.len;
            Span sp = e->span;
            memset(&e->as, 0, sizeof e->as);
            e->kind = is_len ? EXPR_INT : EXPR_BOOL;
            e->span = sp;
            e->as.lit.int_value = is_len ? (u128)n : (u128)(n == 0);
            e->as.lit.suffix = is_len ? ty_int(INT_USIZE) : NULL;
            return is_len ? ty_int(INT_USIZE) : ty_bool();
        }
    }
    const MethodInfo *m = NULL;
    if (base->kind == TY_STRING)
        m = find_method(name, true);
    else if (base->kind == TY_STR)
        m = find_method(name, false);
    if (m && strcmp(m->name, "clone") == 0 && R->kind == TY_REF && deref_ty(R)->kind == TY_REF)
        m = NULL;   /* (&&String).clone() is a &String: not Owl's builtin */
    if (!m && args->len == 0 && e->as.method.generics.len == 0) {
        Type *t = rewrite_copy_method(e, R);
        if (t)
            return t;
    }
    if (!m) {
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        if (base->kind == TY_INFER && base->as.infer.kind == INFER_ANY) {
            tc_error(PHASE_TYPECK, (*recv)->span, "E0282", NULL, "type annotations needed");
            return ty_error();
        }
        if (base == R && base->kind == TY_INFER && rs_is_numeric_method_name(name)) {
            /* rustc cannot pick a method before the literal's type is known */
            bool is_int = base->as.infer.kind == INFER_INT;
            const char *ts = is_int ? "{integer}" : "{float}";
            const char *def = is_int ? "i32" : "f32";
            Diag *d = diag_new(DIAG_ERROR, "E0689", e->as.method.name_span, NULL,
                               "can't call method `%s` on ambiguous numeric type `%s`", sym_str(name), ts);
            Expr *rv = *recv;
            if (rv->kind == EXPR_PATH && rv->as.path.res == RES_LOCAL && rv->as.path.var) {
                Var *v = rv->as.path.var;
                diag_suggest(d, span_at(v->span.hi, v->span.hi), arena_printf(compiler_arena, ": %s", def),
                             "you must specify a type for this binding, like `%s`", def);
            } else if (rv->kind == EXPR_INT || rv->kind == EXPR_FLOAT) {
                diag_suggest(d, span_at(rv->span.hi, rv->span.hi), arena_printf(compiler_arena, "_%s", def),
                             "you must specify a concrete type for this numeric value, like `%s`", def);
            }
            tc_emit(d, PHASE_TYPECK);
            return ty_error();
        }
        if (e->as.method.generics.len == 0 && rs_is_std_method(base, name)) {
            tc_unsupported(span_at(e->as.method.name_span.lo, e->span.hi),
                           arena_printf(compiler_arena, "the method `%s` on `%s`", sym_str(name), tstr(R)));
            return ty_error();
        }
        const char *rs = (*recv)->kind == EXPR_STR ? "&str" : tstr(R);
        bool confusable;
        const char *similar = rs_similar_method(base, name, &confusable);
        Diag *d = diag_new(DIAG_ERROR, "E0599", e->as.method.name_span,
                           similar && !confusable ? NULL
                                                  : arena_printf(compiler_arena, "method not found in `%s`", rs),
                           "no method named `%s` found for %s `%s` in the current scope", sym_str(name),
                           type_kind_word(R), rs);
        if (similar && confusable)
            diag_suggest(d, e->as.method.name_span, similar, "you might have meant to use `%s`", similar);
        else if (similar)
            diag_suggest(d, e->as.method.name_span, similar, "there is a method `%s` with a similar name", similar);
        tc_emit(d, PHASE_TYPECK);
        return ty_error();
    }
    if (e->as.method.generics.len) {
        tc_unsupported(e->as.method.name_span, "generic arguments on a method");
    }
    e->as.method.builtin = m->builtin;
    adjust_receiver(recv, m);

    Type *params[1];
    int np = m->nargs;
    if (m->builtin == BUILTIN_STRING_PUSH_STR)
        params[0] = ty_ref(ty_str(), false);
    else if (m->builtin == BUILTIN_STRING_PUSH)
        params[0] = ty_char();
    if (args->len != np) {
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], i < np ? expect_type(params[i]) : expect_none());
        Span args_span = span_at(e->as.method.name_span.hi, e->span.hi);
        arg_count_error(e, e->as.method.name_span, args_span, args, np ? params : NULL, np, NULL, true);
    } else if (np == 1) {
        Expr **slot = &args->data[0];
        tc_expr(slot, expect_type(params[0]));
        if (!tc_coerce(slot, params[0])) {
            Type *found = ty_resolve((*slot)->ty);
            Diag *d = diag_new(DIAG_ERROR, "E0308", (*slot)->span,
                               arena_printf(compiler_arena, "expected %s, found %s", tc_sort(params[0]), tc_sort(found)),
                               "mismatched types");
            diag_label(d, e->as.method.name_span, "arguments to this method are incorrect");
            if (m->builtin == BUILTIN_STRING_PUSH && ty_is_str_ref(found))
                diag_suggest(d, span_at(e->as.method.name_span.hi, e->as.method.name_span.hi), "_str",
                             "you might have meant to use `push_str`");
            else if (m->builtin == BUILTIN_STRING_PUSH_STR && found->kind == TY_STRING)
                diag_suggest(d, span_at((*slot)->span.lo, (*slot)->span.lo), "&", "consider borrowing here");
            tc_emit(d, PHASE_TYPECK);
        }
    }
    switch (m->builtin) {
    case BUILTIN_STR_LEN: return ty_int(INT_USIZE);
    case BUILTIN_STR_IS_EMPTY: return ty_bool();
    case BUILTIN_STR_AS_PTR: return ty_ptr(ty_int(INT_U8), false);
    case BUILTIN_STR_TO_STRING: return ty_string();
    case BUILTIN_STRING_CAPACITY: return ty_int(INT_USIZE);
    case BUILTIN_STRING_CLONE: return ty_string();
    default: return ty_unit();
    }
}

/* ---- indexing and fields ------------------------------------------------------------------------------------ */

Type *tc_index(Expr *e) {
    Expr **base = &e->as.index.base, **index = &e->as.index.index;
    Type *bt = tc_expr(base, expect_none());
    Type *B = ty_resolve(bt);
    while (B->kind == TY_REF && (deref_ty(B)->kind == TY_ARRAY || deref_ty(B)->kind == TY_REF)) {
        autoderef(base);
        B = ty_resolve((*base)->ty);
    }
    if ((*index)->kind == EXPR_RANGE) {
        tc_unsupported(e->span, "slicing with a range (`&a[i..j]`)");
        return ty_error();
    }
    Type *it = tc_expr(index, B->kind == TY_ARRAY ? expect_type(ty_int(INT_USIZE)) : expect_none());
    Type *I = ty_resolve(it);
    if (B->kind == TY_ERROR || I->kind == TY_ERROR)
        return ty_error();
    Type *sb = B->kind == TY_REF ? deref_ty(B) : B;
    if (sb->kind == TY_ARRAY) {
        if (B->kind == TY_REF)
            autoderef(base);
        if (tc_unify(I, ty_int(INT_USIZE)))
            return sb->as.array.elem;
        const char *slice = arena_printf(compiler_arena, "[%s]", tstr(sb->as.array.elem));
        Diag *d = diag_new(DIAG_ERROR, "E0277", (*index)->span,
                           "slice indices are of type `usize` or ranges of `usize`",
                           "the type `%s` cannot be indexed by `%s`", slice, tstr(I));
        diag_help(d, "the trait `SliceIndex<%s>` is not implemented for `%s`", slice, tstr(I));
        tc_defer(d);
        return sb->as.array.elem;
    }
    if (sb->kind == TY_STR || sb->kind == TY_STRING) {
        const char *t = sb->kind == TY_STR ? "str" : "String";
        Diag *d = diag_new(DIAG_ERROR, "E0277", (*index)->span, "string indices are ranges of `usize`",
                           "the type `%s` cannot be indexed by `%s`", sb->kind == TY_STR ? "str" : "str", tstr(I));
        diag_help(d, "the trait `SliceIndex<str>` is not implemented for `%s`", tstr(I));
        diag_note(d, "you can use `.chars().nth()` or `.bytes().nth()`\n"
                     "for more information, see chapter 8 in The Book: <https://doc.rust-lang.org/book/ch08-02-strings.html#indexing-into-strings>");
        (void)t;
        tc_defer(d);
        return ty_error();
    }
    Span at = span_at((*base)->span.hi, e->span.hi);
    Diag *d = diag_new(DIAG_ERROR, "E0608", at, NULL, "cannot index into a value of type `%s`", tstr(B));
    if (B->kind == TY_TUPLE) {
        Expr *ix = *index;
        while (ix->kind == EXPR_COERCE)
            ix = ix->as.coerce.inner;
        if (ix->kind == EXPR_INT) {
            const char *n = tc_source(ix->span);
            diag_suggest_inline(d, at, arena_printf(compiler_arena, ".%s", n),
                                "to access tuple element `%s`, use", n);
        }
        diag_help(d, "tuples are indexed with a dot and a literal index: `tuple.0`, `tuple.1`, etc.");
    }
    tc_emit(d, PHASE_TYPECK);
    return ty_error();
}

Type *tc_tuple_field(Expr *e) {
    Expr **base = &e->as.tuple_field.base;
    Type *bt = tc_expr(base, expect_none());
    Type *B = ty_resolve(bt);
    Type *orig = B;
    int depth = 0;
    while (B->kind == TY_REF) {
        B = deref_ty(B);
        depth++;
    }
    if (B->kind == TY_ERROR)
        return ty_error();
    int idx = e->as.tuple_field.index;
    if (B->kind == TY_TUPLE && idx >= 0 && idx < B->as.tuple.len) {
        for (int i = 0; i < depth; i++)
            autoderef(base);
        return B->as.tuple.elems[idx];
    }
    if (B->kind == TY_INFER && B->as.infer.kind == INFER_ANY) {
        tc_error(PHASE_TYPECK, (*base)->span, "E0282", NULL, "type annotations needed");
        return ty_error();
    }
    if (depth == 0 && is_scalar(B)) {
        tc_error(PHASE_TYPECK, e->as.tuple_field.index_span, "E0610", NULL,
                 "`%s` is a primitive type and therefore doesn't have fields", tstr(B));
        return ty_error();
    }
    Diag *d = diag_new(DIAG_ERROR, "E0609", e->as.tuple_field.index_span, "unknown field",
                       "no field `%d` on type `%s`", idx, tstr(orig));
    if (B->kind == TY_TUPLE && depth == 0) {
        CharVec s = {0};
        for (int i = 0; i < B->as.tuple.len; i++)
            str_appendf(&s, "%s`%d`", i ? ", " : "", i);
        if (B->as.tuple.len)
            diag_note(d, "available fields are: %s", s.data);
    }
    tc_emit(d, PHASE_TYPECK);
    return ty_error();
}

Type *tc_field(Expr *e) {
    Expr **base = &e->as.field.base;
    Type *bt = tc_expr(base, expect_none());
    Type *B = ty_resolve(bt);
    if (B->kind == TY_ERROR)
        return ty_error();
    Type *inner = B;
    while (inner->kind == TY_REF)
        inner = deref_ty(inner);
    const char *name = sym_str(e->as.field.name);
    bool is_method = (inner->kind == TY_STRING && find_method(e->as.field.name, true)) ||
                     (inner->kind == TY_STR && find_method(e->as.field.name, false)) ||
                     (inner->kind == TY_ARRAY && (strcmp(name, "len") == 0 || strcmp(name, "iter") == 0));
    if (is_method) {
        Diag *d = diag_new(DIAG_ERROR, "E0615", e->as.field.name_span, "method, not a field",
                           "attempted to take value of method `%s` on type `%s`", name, tstr(B));
        diag_suggest(d, span_at(e->span.hi, e->span.hi), "()", "use parentheses to call the method");
        tc_emit(d, PHASE_TYPECK);
        return ty_error();
    }
    if (B->kind == TY_INT || B->kind == TY_FLOAT || B->kind == TY_BOOL || B->kind == TY_CHAR ||
        (B->kind == TY_INFER && B->as.infer.kind != INFER_ANY)) {
        tc_error(PHASE_TYPECK, e->as.field.name_span, "E0610", NULL,
                 "`%s` is a primitive type and therefore doesn't have fields", tstr(B));
        return ty_error();
    }
    if (B->kind == TY_INFER) {
        tc_error(PHASE_TYPECK, (*base)->span, "E0282", NULL, "type annotations needed");
        return ty_error();
    }
    tc_error(PHASE_TYPECK, e->as.field.name_span, "E0609", "unknown field", "no field `%s` on type `%s`", name,
             tstr(B));
    return ty_error();
}
