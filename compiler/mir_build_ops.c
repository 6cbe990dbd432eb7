/* mir_build_ops.c: the parts of MIR building that know Rust's operators
 * and library: arithmetic with the checks rustc makes (overflow, division
 * by zero, MIN / -1, shift amounts) and where each check's panic points;
 * comparisons of strings, references, tuples and arrays as PartialEq and
 * PartialOrd define them; calls of user functions and builtins; and the
 * format and assertion macros, whose arguments are passed by reference.
 */
#include "mir_build_int.h"

#include "layout.h"

static LocalId cmp_places(Builder *b, BinOp op, Place l, Place r, Span span);
static void emit_call(Builder *b, Callee callee, Operand *args, int nargs, Place dest, Type *ty,
                      Span span);

/* ---- asserts and arithmetic -------------------------------------------- */

/* Asserts that cond == expected, else panics with kind at span. */
void mb_emit_assert(Builder *b, Operand cond, bool expected, AssertKind kind, BinOp op,
                        Operand a, Operand bb, Span span) {
    BlockId next = mb_new_block(b);
    MirTerm t = {0};
    t.kind = TERM_ASSERT;
    t.span = span;
    t.as.assert.cond = cond;
    t.as.assert.expected = expected;
    t.as.assert.kind = kind;
    t.as.assert.op = op;
    t.as.assert.a = a;
    t.as.assert.b = bb;
    t.as.assert.target = next;
    mb_terminate(b, t);
    b->cur = next;
}

/* A bool temporary = lhs op rhs. */
LocalId mb_bool_temp(Builder *b, BinOp op, Operand l, Operand r, Span span) {
    LocalId c = mb_new_temp(b, ty_bool(), span);
    mb_push_assign(b, span, mir_place(c), mb_rv_binary(RV_BINARY, op, l, r, ty_bool()));
    return c;
}

static u128 int_min_bits(IntKind k) {
    int w = int_kind_bits(k);
    return (u128)1 << (w - 1);
}

static IntKind unsigned_kind(IntKind k) {
    switch (k) {
    case INT_I8: return INT_U8;
    case INT_I16: return INT_U16;
    case INT_I32: return INT_U32;
    case INT_I64: return INT_U64;
    case INT_I128: return INT_U128;
    case INT_ISIZE: return INT_USIZE;
    default: return k;
    }
}

static bool const_is(Operand o, u128 bits) {
    return o.kind == OPERAND_CONST && o.as.konst->kind == CONST_INT && o.as.konst->bits == bits;
}

/* Makes a Copy operand safe to read more than once (checks read it again). */
static Operand stable(Builder *b, Operand o, Type *ty, Span span) {
    if (o.kind != OPERAND_MOVE)
        return o;
    LocalId t = mb_new_temp(b, ty, span);
    mb_push_assign(b, span, mir_place(t), mb_rv_use(o, ty));
    return mir_copy(mir_place(t));
}

/* lhs op rhs for an arithmetic or bitwise operator on numbers, with the
 * checks Rust makes: overflow of + - * and of shift amounts (debug only),
 * division by zero and MIN / -1 (always). Emits the asserts and returns the
 * rvalue computing the result. */
static Rvalue build_arith(Builder *b, BinOp op, Operand l, Operand r, Type *ty, Type *rty,
                          Span span) {
    Type *t = ty_resolve(ty);
    if (t->kind != TY_INT)
        return mb_rv_binary(RV_BINARY, op, l, r, ty);
    IntKind k = t->as.int_kind;
    /* The checks read the operands again: integers are Copy, so a read of
     * a temporary is a copy, not a move. */
    if (l.kind == OPERAND_MOVE)
        l.kind = OPERAND_COPY;
    if (r.kind == OPERAND_MOVE)
        r.kind = OPERAND_COPY;
    switch (op) {
    case BIN_ADD:
    case BIN_SUB:
    case BIN_MUL: {
        if (!b->checks)
            break;
        Type *pair_elems[2] = {ty, ty_bool()};
        Type *pair = ty_tuple(pair_elems, 2);
        LocalId tmp = mb_new_temp(b, pair, span);
        mb_push_assign(b, span, mir_place(tmp), mb_rv_binary(RV_CHECKED_BINARY, op, l, r, pair));
        Place flag = mir_place_project(mir_place(tmp), PROJ_FIELD, 1, 0, ty_bool());
        Operand none = mir_const(const_unit());
        mb_emit_assert(b, mir_move(flag), false, ASSERT_OVERFLOW, op, none, none, span);
        Place val = mir_place_project(mir_place(tmp), PROJ_FIELD, 0, 0, ty);
        return mb_rv_use(mir_move(val), ty);
    }
    case BIN_DIV:
    case BIN_REM: {
        Operand none = mir_const(const_unit());
        bool nonzero_const = r.kind == OPERAND_CONST && r.as.konst->bits != 0;
        if (!nonzero_const) {
            LocalId z = mb_bool_temp(b, BIN_EQ, r, mir_const(const_int(ty, 0)), span);
            mb_emit_assert(b, mb_take_temp(z), false,
                           op == BIN_DIV ? ASSERT_DIV_ZERO : ASSERT_REM_ZERO, op, none, none, span);
        }
        u128 minus_one = const_int(ty, ~(u128)0)->bits;
        bool rhs_not_minus_one = r.kind == OPERAND_CONST && !const_is(r, minus_one);
        bool lhs_not_min = l.kind == OPERAND_CONST && !const_is(l, int_min_bits(k));
        if (int_kind_signed(k) && !rhs_not_minus_one && !lhs_not_min) {
            LocalId m1 = mb_bool_temp(b, BIN_EQ, r, mir_const(const_int(ty, minus_one)), span);
            LocalId mn =
                mb_bool_temp(b, BIN_EQ, l, mir_const(const_int(ty, int_min_bits(k))), span);
            LocalId both = mb_new_temp(b, ty_bool(), span);
            mb_push_assign(
                b, span, mir_place(both),
                mb_rv_binary(RV_BINARY, BIN_AND, mb_take_temp(m1), mb_take_temp(mn), ty_bool()));
            mb_emit_assert(b, mb_take_temp(both), false, ASSERT_OVERFLOW, op, none, none, span);
        }
        break;
    }
    case BIN_SHL:
    case BIN_SHR: {
        if (!b->checks)
            break;
        Type *rt = ty_resolve(rty);
        if (rt->kind != TY_INT)
            break;
        int bits = int_kind_bits(k);
        if (r.kind == OPERAND_CONST && r.as.konst->kind == CONST_INT &&
            r.as.konst->bits < (u128)bits)
            break;   /* a constant amount in range: nothing can go wrong */
        /* A negative amount is a huge unsigned one: compare as unsigned. */
        IntKind uk = unsigned_kind(rt->as.int_kind);
        Type *ut = ty_int(uk);
        Operand amount = r;
        if (uk != rt->as.int_kind) {
            LocalId u = mb_new_temp(b, ut, span);
            Rvalue cast = {0};
            cast.kind = RV_CAST;
            cast.ty = ut;
            cast.as.cast.operand = r;
            mb_push_assign(b, span, mir_place(u), cast);
            amount = mb_take_temp(u);
        }
        LocalId c = mb_bool_temp(b, BIN_LT, amount, mir_const(const_int(ut, (u128)bits)), span);
        Operand none = mir_const(const_unit());
        mb_emit_assert(b, mb_take_temp(c), true, ASSERT_OVERFLOW, op, none, none, span);
        break;
    }
    default: break;
    }
    return mb_rv_binary(RV_BINARY, op, l, r, ty);
}

Rvalue mb_lower_binary_rvalue(Builder *b, Expr *e) {
    Expr *lhs = e->as.binary.lhs, *rhs = e->as.binary.rhs;
    BinOp op = e->as.binary.op;
    Operand l = mb_lower_scalar_operand(b, lhs);
    if (l.kind != OPERAND_CONST && mb_is_place_expr(lhs) && !mb_expr_is_pure(rhs)) {
        Type *lt = mb_scalar_type(mb_ety(lhs));
        LocalId t = mb_new_temp(b, lt, lhs->span);
        mb_push_assign(b, lhs->span, mir_place(t), mb_rv_use(l, lt));
        l = mir_copy(mir_place(t));
    }
    Operand r = mb_lower_scalar_operand(b, rhs);
    if (op >= BIN_EQ && op <= BIN_GE)
        return mb_rv_binary(RV_BINARY, op, l, r, ty_bool());
    return build_arith(b, op, l, r, mb_ety(e), mb_scalar_type(mb_ety(rhs)), e->span);
}

Rvalue mb_lower_unary_rvalue(Builder *b, Expr *e) {
    Type *ty = mb_ety(e);
    Operand o = mb_lower_scalar_operand(b, e->as.unary.operand);
    if (e->as.unary.op == UN_NEG && b->checks && mb_is_signed_int(ty)) {
        IntKind k = ty_resolve(ty)->as.int_kind;
        o = stable(b, o, ty, e->span);
        LocalId c = mb_bool_temp(b, BIN_EQ, o, mir_const(const_int(ty, int_min_bits(k))), e->span);
        Operand none = mir_const(const_unit());
        mb_emit_assert(b, mb_take_temp(c), false, ASSERT_OVERFLOW_NEG, BIN_SUB, none, none,
                       e->span);
    }
    Rvalue rv = {0};
    rv.kind = RV_UNARY;
    rv.ty = ty;
    rv.as.unary.op = e->as.unary.op;
    rv.as.unary.operand = o;
    return rv;
}

void mb_lower_compound_assign(Builder *b, Place dest, Expr *e) {
    Expr *lhs = e->as.assign.lhs, *rhs = e->as.assign.rhs;
    if (e->as.assign.builtin == BUILTIN_STRING_ADD_ASSIGN) {
        /* s += &t is AddAssign::add_assign(&mut s, &t) */
        Place p = mb_lower_place(b, lhs);
        Type *rt = ty_ref(mb_ety(lhs), true);
        LocalId r = mb_new_temp(b, rt, lhs->span);
        mb_push_assign(b, lhs->span, mir_place(r), mb_rv_ref(p, true, rt));
        Operand *ops = ALLOC_N(Operand, 2);
        ops[0] = mb_take_temp(r);
        ops[1] = mb_lower_operand(b, rhs);
        Callee c = {0};
        c.kind = CALLEE_BUILTIN;
        c.builtin = BUILTIN_STRING_ADD_ASSIGN;
        emit_call(b, c, ops, 2, dest, ty_unit(), e->span);
        return;
    }
    if (e->as.assign.builtin != BUILTIN_NONE) {
        error_unsupported(e->span, "this compound assignment");
        return;
    }
    /* Primitive `x op= v`: the right side first, then the place. */
    Operand r = mb_lower_scalar_operand(b, rhs);
    if (r.kind != OPERAND_CONST && !mb_expr_is_pure(lhs)) {
        Type *rt = mb_scalar_type(mb_ety(rhs));
        LocalId t = mb_new_temp(b, rt, rhs->span);
        mb_push_assign(b, rhs->span, mir_place(t), mb_rv_use(r, rt));
        r = mir_copy(mir_place(t));
    }
    Place p = mb_lower_place(b, lhs);
    Type *ty = mb_ety(lhs);
    Rvalue rv =
        build_arith(b, e->as.assign.op, mir_copy(p), r, ty, mb_scalar_type(mb_ety(rhs)), e->span);
    mb_push_assign(b, e->span, p, rv);
    mb_assign_unit(b, dest, e->span);
}

/* ---- strings and comparisons ------------------------------------------- */

static bool is_stringish(Type *t) {
    t = ty_resolve(t);
    while (t->kind == TY_REF)
        t = ty_resolve(t->as.ref.inner);
    return t->kind == TY_STRING || t->kind == TY_STR;
}

/* A &str operand for a place holding a String, a str, a &str, or
 * references to these. &String becomes &str by a cast (deref coercion). */
static Operand str_ref_of_place(Builder *b, Place p, Span span) {
    Type *t = ty_resolve(mir_place_type(b->body, p));
    while (t->kind == TY_REF) {
        Type *inner = ty_resolve(t->as.ref.inner);
        if (inner->kind == TY_STR)
            return mir_copy(p);
        p = mir_place_project(p, PROJ_DEREF, 0, 0, inner);
        t = inner;
    }
    Type *str_ref = ty_ref(ty_str(), false);
    if (t->kind == TY_STR) {
        LocalId r = mb_new_temp(b, str_ref, span);
        mb_push_assign(b, span, mir_place(r), mb_rv_ref(p, false, str_ref));
        return mb_take_temp(r);
    }
    /* String */
    Type *string_ref = ty_ref(ty_string(), false);
    LocalId r = mb_new_temp(b, string_ref, span);
    mb_push_assign(b, span, mir_place(r), mb_rv_ref(p, false, string_ref));
    LocalId s = mb_new_temp(b, str_ref, span);
    Rvalue cast = {0};
    cast.kind = RV_CAST;
    cast.ty = str_ref;
    cast.as.cast.operand = mb_take_temp(r);
    mb_push_assign(b, span, mir_place(s), cast);
    return mb_take_temp(s);
}

/* Calls a builtin, writing dest; continues in a new block. */
static void call_builtin(Builder *b, Builtin which, Operand *args, int nargs, Place dest,
                         Span span) {
    BlockId next = mb_new_block(b);
    MirTerm t = {0};
    t.kind = TERM_CALL;
    t.span = span;
    t.as.call.callee.kind = CALLEE_BUILTIN;
    t.as.call.callee.builtin = which;
    t.as.call.args = args;
    t.as.call.nargs = nargs;
    t.as.call.dest = dest;
    t.as.call.target = next;
    mb_terminate(b, t);
    b->cur = next;
}

/* l op r where both are strings: str::eq, or str::cmp against 0. */
static LocalId cmp_strings(Builder *b, BinOp op, Place l, Place r, Span span) {
    Operand *args = ALLOC_N(Operand, 2);
    args[0] = str_ref_of_place(b, l, span);
    args[1] = str_ref_of_place(b, r, span);
    if (op == BIN_EQ || op == BIN_NE) {
        LocalId eq = mb_new_temp(b, ty_bool(), span);
        call_builtin(b, BUILTIN_STR_EQ, args, 2, mir_place(eq), span);
        if (op == BIN_EQ)
            return eq;
        LocalId ne = mb_new_temp(b, ty_bool(), span);
        Rvalue not = {0};
        not.kind = RV_UNARY;
        not.ty = ty_bool();
        not.as.unary.op = UN_NOT;
        not.as.unary.operand = mb_take_temp(eq);
        mb_push_assign(b, span, mir_place(ne), not);
        return ne;
    }
    Type *i32t = ty_int(INT_I32);
    LocalId ord = mb_new_temp(b, i32t, span);
    call_builtin(b, BUILTIN_STR_CMP, args, 2, mir_place(ord), span);
    return mb_bool_temp(b, op, mb_take_temp(ord), mir_const(const_int(i32t, 0)), span);
}

static bool is_ordering(BinOp op) {
    return op == BIN_LT || op == BIN_LE || op == BIN_GT || op == BIN_GE;
}

/* Element-wise comparison of sequences given as element places: Rust's
 * tuple/array PartialEq (&& of ==) and PartialOrd (lexicographic: the
 * first unequal pair decides, by the same operator). */
static LocalId cmp_sequence(Builder *b, BinOp op, Place *ls, Place *rs, int n, Span span) {
    LocalId res = mb_new_temp(b, ty_bool(), span);
    BlockId join = mb_new_block(b);
    bool eqop = op == BIN_EQ || op == BIN_NE;
    for (int i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (eqop || last) {
            BinOp eo = eqop ? BIN_EQ : op;
            LocalId c = cmp_places(b, eo, ls[i], rs[i], span);
            if (last) {
                mb_push_assign(b, span, mir_place(res), mb_rv_use(mb_take_temp(c), ty_bool()));
                mb_goto_block(b, join, span);
            } else {
                BlockId next = mb_new_block(b), differ = mb_new_block(b);
                mb_switch_bool(b, mb_take_temp(c), next, differ, span);
                b->cur = differ;
                mb_push_assign(b, span, mir_place(res),
                               mb_rv_use(mir_const(const_bool(false)), ty_bool()));
                mb_goto_block(b, join, span);
                b->cur = next;
            }
        } else {
            LocalId c = cmp_places(b, BIN_EQ, ls[i], rs[i], span);
            BlockId next = mb_new_block(b), differ = mb_new_block(b);
            mb_switch_bool(b, mb_take_temp(c), next, differ, span);
            b->cur = differ;
            LocalId d = cmp_places(b, op, ls[i], rs[i], span);
            mb_push_assign(b, span, mir_place(res), mb_rv_use(mb_take_temp(d), ty_bool()));
            mb_goto_block(b, join, span);
            b->cur = next;
        }
    }
    if (n == 0) {
        bool v = op == BIN_EQ || op == BIN_LE || op == BIN_GE;
        mb_push_assign(b, span, mir_place(res), mb_rv_use(mir_const(const_bool(v)), ty_bool()));
        mb_goto_block(b, join, span);
    }
    b->cur = join;
    if (op == BIN_NE) {
        LocalId ne = mb_new_temp(b, ty_bool(), span);
        Rvalue not = {0};
        not.kind = RV_UNARY;
        not.ty = ty_bool();
        not.as.unary.op = UN_NOT;
        not.as.unary.operand = mb_take_temp(res);
        mb_push_assign(b, span, mir_place(ne), not);
        return ne;
    }
    return res;
}

/* Arrays compare in a loop over the index (their length can be large). */
static LocalId cmp_arrays(Builder *b, BinOp op, Place l, Place r, Type *lt, Type *rt, Span span) {
    uint64_t n = lt->as.array.len;
    Type *usz = ty_int(INT_USIZE);
    LocalId res = mb_new_temp(b, ty_bool(), span);
    LocalId i = mb_new_temp(b, usz, span);
    mb_push_assign(b, span, mir_place(i), mb_rv_use(mir_const(mb_const_usize(0)), usz));
    BlockId head = mb_new_block(b), body = mb_new_block(b), done = mb_new_block(b),
            differ = mb_new_block(b), inc = mb_new_block(b), join = mb_new_block(b);
    mb_goto_block(b, head, span);
    b->cur = head;
    /* Each iteration's temporaries end with the iteration. */
    LocalId more = mb_new_switch_temp(b, span);
    mb_push_assign(b, span, mir_place(more),
                   mb_rv_binary(RV_BINARY, BIN_LT, mir_copy(mir_place(i)),
                                mir_const(mb_const_usize(n)), ty_bool()));
    mb_switch_and_kill(b, more, body, done, span);
    b->cur = body;
    Place le = mir_place_project(l, PROJ_INDEX, 0, i, lt->as.array.elem);
    Place re = mir_place_project(r, PROJ_INDEX, 0, i, rt->as.array.elem);
    LocalId same = mb_new_switch_temp(b, span);
    mb_push_scope(b, true);
    LocalId eq = cmp_places(b, BIN_EQ, le, re, span);
    mb_push_assign(b, span, mir_place(same), mb_rv_use(mb_take_temp(eq), ty_bool()));
    mb_pop_scope(b, span);
    mb_switch_and_kill(b, same, inc, differ, span);
    b->cur = inc;
    mb_push_assign(b, span, mir_place(i),
                   mb_rv_binary(RV_BINARY, BIN_ADD, mir_copy(mir_place(i)),
                                mir_const(mb_const_usize(1)), usz));
    mb_goto_block(b, head, span);
    b->cur = differ;
    if (is_ordering(op)) {
        mb_push_scope(b, true);
        LocalId d = cmp_places(b, op, le, re, span);
        mb_push_assign(b, span, mir_place(res), mb_rv_use(mb_take_temp(d), ty_bool()));
        mb_pop_scope(b, span);
    } else {
        mb_push_assign(b, span, mir_place(res),
                       mb_rv_use(mir_const(const_bool(op == BIN_NE)), ty_bool()));
    }
    mb_goto_block(b, join, span);
    b->cur = done;
    bool all_equal = op == BIN_EQ || op == BIN_LE || op == BIN_GE;
    mb_push_assign(b, span, mir_place(res), mb_rv_use(mir_const(const_bool(all_equal)), ty_bool()));
    mb_goto_block(b, join, span);
    b->cur = join;
    return res;
}

/* A bool temporary holding `l op r` for places of any comparable type:
 * scalars, strings (str::eq / str::cmp), references (compare what they
 * point to, as Rust's PartialEq for &T does), tuples and arrays. */
static LocalId cmp_places(Builder *b, BinOp op, Place l, Place r, Span span) {
    Type *lt = ty_resolve(mir_place_type(b->body, l));
    Type *rt = ty_resolve(mir_place_type(b->body, r));
    if (is_stringish(lt) && is_stringish(rt))
        return cmp_strings(b, op, l, r, span);
    if (lt->kind == TY_REF || rt->kind == TY_REF)
        return cmp_places(b, op, mb_deref_all(l, lt), mb_deref_all(r, rt), span);
    if (lt->kind == TY_TUPLE && rt->kind == TY_TUPLE && lt->as.tuple.len == rt->as.tuple.len) {
        int n = lt->as.tuple.len;
        Place *ls = ALLOC_N(Place, n + 1), *rs = ALLOC_N(Place, n + 1);
        for (int i = 0; i < n; i++) {
            ls[i] = mir_place_project(l, PROJ_FIELD, i, 0, lt->as.tuple.elems[i]);
            rs[i] = mir_place_project(r, PROJ_FIELD, i, 0, rt->as.tuple.elems[i]);
        }
        return cmp_sequence(b, op, ls, rs, n, span);
    }
    if (lt->kind == TY_ARRAY && rt->kind == TY_ARRAY && lt->as.array.len == rt->as.array.len)
        return cmp_arrays(b, op, l, r, lt, rt, span);
    if (mb_is_scalar(lt) && mb_is_scalar(rt))
        return mb_bool_temp(b, op, mir_copy(l), mir_copy(r), span);
    error_unsupported(span, arena_printf(compiler_arena, "comparing `%s` with `%s`",
                                         ty_to_string(lt), ty_to_string(rt)));
    return mb_bool_temp(b, BIN_EQ, mir_const(const_bool(true)), mir_const(const_bool(true)), span);
}

void mb_lower_binary_into(Builder *b, Place dest, Expr *e) {
    BinOp op = e->as.binary.op;
    Builtin bi = e->as.binary.builtin;
    if (op == BIN_LAND || op == BIN_LOR) {
        mb_lower_logical(b, dest, e);
        return;
    }
    if (bi == BUILTIN_STRING_ADD) {
        Expr *es[2] = {e->as.binary.lhs, e->as.binary.rhs};
        Operand *ops = mb_lower_operand_list(b, es, 2);
        Callee c = {0};
        c.kind = CALLEE_BUILTIN;
        c.builtin = bi;
        emit_call(b, c, ops, 2, dest, mb_ety(e), e->span);
        return;
    }
    if (op >= BIN_EQ && op <= BIN_GE) {
        /* Comparisons take their operands by reference: no moves. */
        Place l = mb_lower_place(b, e->as.binary.lhs);
        Place r = mb_lower_place(b, e->as.binary.rhs);
        LocalId c = cmp_places(b, op, l, r, e->span);
        mb_push_assign(b, e->span, dest, mb_rv_use(mb_take_temp(c), ty_bool()));
        return;
    }
    error_unsupported(e->span,
                      arena_printf(compiler_arena, "the operator `%s` on `%s`", binop_text(op),
                                   ty_to_string(mb_ety(e->as.binary.lhs))));
}

/* ---- calls ------------------------------------------------------------- */

/* A Call terminator writing dest (a temporary if the value is unused).
 * Calls of type `!` never return. */
static void emit_call(Builder *b, Callee callee, Operand *args, int nargs, Place dest, Type *ty,
                      Span span) {
    bool diverges = ty_resolve(ty)->kind == TY_NEVER;
    if (mb_dest_none(dest)) {
        /* A call that never returns writes nothing: its destination needs
         * no storage. */
        dest =
            mir_place(diverges ? mb_new_local(b, LOCAL_TEMP, ty, span) : mb_new_temp(b, ty, span));
    }
    BlockId next = diverges ? NO_BLOCK : mb_new_block(b);
    MirTerm t = {0};
    t.kind = TERM_CALL;
    t.span = span;
    t.as.call.callee = callee;
    t.as.call.args = args;
    t.as.call.nargs = nargs;
    t.as.call.dest = dest;
    t.as.call.target = next;
    mb_terminate(b, t);
    if (diverges)
        mb_start_dead_block(b);
    else
        b->cur = next;
}

static Type *generic_arg(Expr *callee) {
    if (callee->kind != EXPR_PATH || !callee->as.path.path)
        return NULL;
    Path *p = callee->as.path.path;
    for (int i = p->segs.len - 1; i >= 0; i--)
        if (p->segs.data[i].generics.len > 0) {
            TypeExpr *te = p->segs.data[i].generics.data[0];
            return te->resolved ? ty_zonk(te->resolved) : NULL;
        }
    return NULL;
}

void mb_lower_call(Builder *b, Place dest, Expr *e) {
    Expr *callee = e->as.call.callee;
    Callee c = {0};
    if (callee->kind == EXPR_PATH && callee->as.path.res == RES_FN) {
        c.kind = CALLEE_FN;
        c.fn = callee->as.path.item;
    } else if (callee->kind == EXPR_PATH && callee->as.path.res == RES_BUILTIN) {
        c.kind = CALLEE_BUILTIN;
        c.builtin = callee->as.path.builtin;
    } else {
        error_unsupported(callee->span, "calling this expression");
        return;
    }
    ExprVec *args = &e->as.call.args;
    if (c.kind == CALLEE_BUILTIN &&
        (c.builtin == BUILTIN_MEM_SIZE_OF || c.builtin == BUILTIN_MEM_ALIGN_OF)) {
        Type *g = generic_arg(callee);
        if (!g) {
            error_at(e->span, "E0282", "cannot infer type", "type annotations needed");
            return;
        }
        const Layout *lay = layout_of(g);
        uint64_t v = c.builtin == BUILTIN_MEM_SIZE_OF ? lay->size : lay->align;
        mb_push_assign(b, e->span, dest,
                       mb_rv_use(mir_const(mb_const_usize(v)), ty_int(INT_USIZE)));
        return;
    }
    if (c.kind == CALLEE_BUILTIN && c.builtin == BUILTIN_MEM_DROP) {
        /* drop(x): move the value into a temporary and Drop it right here,
         * so the drop is visible in MIR (and in the layout report). */
        if (args->len != 1)
            ICE("drop() with %d arguments", args->len);
        Expr *a = args->data[0];
        Operand v = mb_lower_operand(b, a);
        if (ty_needs_drop(mb_ety(a))) {
            LocalId t = mb_new_temp(b, mb_ety(a), a->span);
            mb_push_assign(b, a->span, mir_place(t), mb_rv_use(v, mb_ety(a)));
            BlockId next = mb_new_block(b);
            MirTerm term = {0};
            term.kind = TERM_DROP;
            term.span = e->span;
            term.as.drop.place = mir_place(t);
            term.as.drop.target = next;
            mb_terminate(b, term);
            b->cur = next;
        }
        mb_assign_unit(b, dest, e->span);
        return;
    }
    Operand *ops = mb_lower_operand_list(b, args->data, args->len);
    emit_call(b, c, ops, args->len, dest, mb_ety(e), e->span);
}

void mb_lower_method(Builder *b, Place dest, Expr *e) {
    if (e->as.method.builtin == BUILTIN_NONE) {
        error_unsupported(e->as.method.name_span, "calling user-defined methods");
        return;
    }
    int n = e->as.method.args.len + 1;
    Expr **es = ALLOC_N(Expr *, n);
    es[0] = e->as.method.receiver;
    for (int i = 1; i < n; i++)
        es[i] = e->as.method.args.data[i - 1];
    Callee c = {0};
    c.kind = CALLEE_BUILTIN;
    c.builtin = e->as.method.builtin;
    Operand *ops = mb_lower_operand_list(b, es, n);
    emit_call(b, c, ops, n, dest, mb_ety(e), e->span);
}

/* ---- macros ------------------------------------------------------------ */

/* A format argument is passed by reference, as format_args! does. */
static Operand fmt_arg(Builder *b, Expr *a) {
    Place p = mb_lower_place(b, a);
    Type *rt = ty_ref(mb_ety(a), false);
    LocalId r = mb_new_temp(b, rt, a->span);
    mb_push_assign(b, a->span, mir_place(r), mb_rv_ref(p, false, rt));
    return mir_copy(mir_place(r));
}

/* The fmt args after `skip` leading operands already in ops[0..skip). */
static Operand *fmt_args(Builder *b, Expr *e, Operand *lead, int nlead, int *nargs) {
    ExprVec *fa = &e->as.mac.fmt_args;
    int n = nlead + fa->len;
    Operand *ops = ALLOC_N(Operand, n > 0 ? n : 1);
    for (int i = 0; i < nlead; i++)
        ops[i] = lead[i];
    for (int i = 0; i < fa->len; i++)
        ops[nlead + i] = fmt_arg(b, fa->data[i]);
    *nargs = n;
    return ops;
}

static Expr *mac_arg(Expr *e, int i) {
    if (i >= e->as.mac.args.len)
        ICE("macro `%s!` has no argument %d", sym_str(e->as.mac.name), i);
    return e->as.mac.args.data[i].expr;
}

void mb_lower_macro(Builder *b, Place dest, Expr *e) {
    Builtin m = e->as.mac.builtin;
    Span span = e->span;
    switch (m) {
    case BUILTIN_MAC_PRINT:
    case BUILTIN_MAC_PRINTLN:
    case BUILTIN_MAC_EPRINT:
    case BUILTIN_MAC_EPRINTLN:
    case BUILTIN_MAC_FORMAT:
    case BUILTIN_MAC_PANIC:
    case BUILTIN_MAC_UNREACHABLE:
    case BUILTIN_MAC_TODO: {
        int n;
        Operand *ops = fmt_args(b, e, NULL, 0, &n);
        Callee c = {0};
        c.kind = CALLEE_BUILTIN;
        c.builtin = m;
        c.fmt = e->as.mac.fmt;
        bool diverges =
            m == BUILTIN_MAC_PANIC || m == BUILTIN_MAC_UNREACHABLE || m == BUILTIN_MAC_TODO;
        if (diverges)
            emit_call(b, c, ops, n, DEST_NONE, ty_never(), span);
        else
            emit_call(b, c, ops, n, dest, mb_ety(e), span);
        return;
    }
    case BUILTIN_MAC_ASSERT: {
        Operand cond = mb_lower_operand(b, mac_arg(e, 0));
        BlockId ok = mb_new_block(b), fail = mb_new_block(b);
        mb_switch_bool(b, cond, ok, fail, span);
        b->cur = fail;
        /* The failing side's temporaries live only there (the scope's end
         * falls in dead code after the panic). */
        mb_push_scope(b, true);
        Callee c = {0};
        c.kind = CALLEE_BUILTIN;
        int n = 0;
        Operand *ops = NULL;
        if (e->as.mac.fmt) {
            c.builtin = BUILTIN_MAC_PANIC;
            c.fmt = e->as.mac.fmt;
            ops = fmt_args(b, e, NULL, 0, &n);
        } else {
            c.builtin = BUILTIN_MAC_ASSERT;
            c.text = arena_printf(compiler_arena, "assertion failed: %s",
                                  e->as.mac.cond_text ? e->as.mac.cond_text : "?");
        }
        emit_call(b, c, ops, n, DEST_NONE, ty_never(), span);
        mb_pop_scope(b, span);
        b->cur = ok;
        mb_assign_unit(b, dest, span);
        return;
    }
    case BUILTIN_MAC_ASSERT_EQ:
    case BUILTIN_MAC_ASSERT_NE: {
        /* match (&a, &b) { (l, r) => if !(*l == *r) { panic } } */
        Expr *a = mac_arg(e, 0), *bx = mac_arg(e, 1);
        Operand lr[2];
        Place derefs[2];
        Expr *sides[2] = {a, bx};
        for (int i = 0; i < 2; i++) {
            Place p = mb_lower_place(b, sides[i]);
            Type *rt = ty_ref(mb_ety(sides[i]), false);
            LocalId r = mb_new_temp(b, rt, sides[i]->span);
            mb_push_assign(b, sides[i]->span, mir_place(r), mb_rv_ref(p, false, rt));
            lr[i] = mir_copy(mir_place(r));
            derefs[i] = mir_place_project(mir_place(r), PROJ_DEREF, 0, 0, mb_ety(sides[i]));
        }
        LocalId eq = cmp_places(b, BIN_EQ, derefs[0], derefs[1], span);
        BlockId ok = mb_new_block(b), fail = mb_new_block(b);
        if (m == BUILTIN_MAC_ASSERT_EQ)
            mb_switch_bool(b, mb_take_temp(eq), ok, fail, span);
        else
            mb_switch_bool(b, mb_take_temp(eq), fail, ok, span);
        b->cur = fail;
        mb_push_scope(b, true);
        int n;
        Operand *ops = fmt_args(b, e, lr, 2, &n);
        Callee c = {0};
        c.kind = CALLEE_BUILTIN;
        c.builtin = m;
        c.fmt = e->as.mac.fmt;
        emit_call(b, c, ops, n, DEST_NONE, ty_never(), span);
        mb_pop_scope(b, span);
        b->cur = ok;
        mb_assign_unit(b, dest, span);
        return;
    }
    default:
        error_unsupported(e->span, arena_printf(compiler_arena, "the macro `%s!`",
                                                sym_str(e->as.mac.name)));
        return;
    }
}
