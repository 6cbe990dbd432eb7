/* typeck_ops.c: the operators: unary `-` `!` `*`, binary arithmetic,
 * bitwise, shifts, comparisons and logic, assignment and compound
 * assignment.
 *
 * Operators follow rustc's split between built-in and trait-based typing:
 * both operands of an arithmetic operator must have the same numeric type
 * (E0308 at the right operand, then E0277 at the operator), shifts take any
 * integer on the right, comparisons give bool and coerce the right side
 * when std has a single impl for the left type (E0277 "can't compare"
 * otherwise), String/&str pairs become the STR_EQ / STR_CMP builtins, and
 * `String + &str` / `s += &str` the STRING_ADD / STRING_ADD_ASSIGN ones.
 * References to numbers are read through, as std's impls for &T allow.
 */
#include <string.h>

#include "typeck_int.h"

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
            tc_autoderef(op);
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
            tc_autoderef(op);
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


/* E0277 "can't compare `L` with `R`" at the operator. */
static void cant_compare(Expr *e, Type *L, Type *R, const char *lname) {
    BinOp op = e->as.binary.op;
    bool eq = op == BIN_EQ || op == BIN_NE;
    const char *ls = lname ? lname : tstr(L), *rs = tstr(R);
    if (e->as.binary.rhs->kind == EXPR_STR)
        rs = "&str";
    const char *label = eq ? arena_printf(compiler_arena, "no implementation for `%s == %s`", ls, rs)
                           : arena_printf(compiler_arena, "no implementation for `%s < %s` and `%s > %s`", ls, rs, ls, rs);
    Diag *d = diag_new(DIAG_ERROR, "E0277", e->as.binary.op_span, label, "can't compare `%s` with `%s`", ls, rs);
    diag_help(d, "the trait `%s<%s>` is not implemented for `%s`", trait_name(op, false), rs, ls);
    Type *l = ty_resolve(L);
    if ((l->kind == TY_STRING || str_class(l) == SC_STRING_REF) && eq)
        diag_help(d, "%s", STRING_PARTIAL_EQ_IMPLS);
    else if (l->kind == TY_ARRAY && eq)
        diag_help(d, "the following other types implement trait `PartialEq<Rhs>`:\n"
                     "  `&[T]` implements `PartialEq<Vec<U, A>>`\n"
                     "  `&[T]` implements `PartialEq<[U; N]>`\n"
                     "  `&[u8; N]` implements `PartialEq<ByteStr>`\n"
                     "  `&[u8; N]` implements `PartialEq<ByteString>`\n"
                     "  `&[u8]` implements `PartialEq<ByteStr>`\n"
                     "  `&[u8]` implements `PartialEq<ByteString>`\n"
                     "  `&mut [T]` implements `PartialEq<Vec<U, A>>`\n"
                     "  `&mut [T]` implements `PartialEq<[U; N]>`\n"
                     "and 11 others");
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

static bool has_ref(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_REF: case TY_PTR: return true;
    case TY_ARRAY: return has_ref(t->as.array.elem);
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (has_ref(t->as.tuple.elems[i]))
                return true;
        return false;
    default: return false;
    }
}

/* E0308 at the right operand: it must have the left's type. rustc leaves
 * out the "expected because" label when that type holds a reference. */
static void compare_mismatch(Expr *e, Type *L, Type *R, bool label) {
    Expr *rhs = e->as.binary.rhs, *lhs = e->as.binary.lhs;
    Diag *d = diag_new(DIAG_ERROR, "E0308", rhs->span,
                       arena_printf(compiler_arena, "expected %s, found %s", tc_sort(L), tc_sort(R)),
                       "mismatched types");
    if (label && !has_ref(L))
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
            tc_adjust_to_str_ref(lhs);
            tc_adjust_to_str_ref(rhs);
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
        tc_autoderef(lhs);
        tc_autoderef(rhs);
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
        bool lhs_bool = ty_resolve((*lhs)->ty)->kind == TY_BOOL;
        if (!tc_coerce(lhs, ty_bool()))
            tc_report_mismatch((*lhs)->span, ty_bool(), (*lhs)->ty, origin_none(), *lhs);
        tc_expr(rhs, expect_type(ty_bool()));
        if (!tc_coerce(rhs, ty_bool())) {
            Diag *d = diag_new(DIAG_ERROR, "E0308", (*rhs)->span,
                               arena_printf(compiler_arena, "expected `bool`, found %s", tc_sort((*rhs)->ty)),
                               "mismatched types");
            if (lhs_bool)
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
        tc_autoderef(lhs);
        L = ty_resolve((*lhs)->ty);
    }
    if (is_ref(R) && is_num(deref_ty(R)) && is_num(L)) {
        tc_autoderef(rhs);
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
        tc_report_mismatch((*rhs)->span, lt, (*rhs)->ty, tc_assign_origin(*lhs), *rhs);
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
        tc_autoderef(rhs);
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
