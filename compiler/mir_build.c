/* mir_build.c: typed AST to MIR, one function at a time.
 *
 * Takes the crate after typeck (every Expr typed, every path resolved, the
 * implicit coercions explicit as EXPR_COERCE) and gives one MirBody per fn
 * item plus the program's statics. The lowering is rustc's
 * (rustc_mir_build), simplified:
 *
 *  - Three entry points by what the caller needs: lower_place (an lvalue:
 *    locals, `*p`, `t.0`, `a[i]`, statics), lower_operand (a value to read:
 *    constants, copies/moves of places, else a temporary) and lower_into
 *    (write the value into a destination place; control flow lowers here).
 *  - A stack of scopes records what is live: variables in block scopes,
 *    temporaries in "temp scopes" (rustc's terminating scopes: statements,
 *    if conditions and arms, loop bodies, && and || operands, the fn body).
 *    Leaving a scope, normally or by break/continue/return, drops what needs
 *    dropping in reverse order and ends its storage.
 *  - Drops are unconditional here; drop_elab removes the ones of moved
 *    values and guards the maybe-moved ones with flags.
 *  - Checks are explicit Assert terminators whose span is where rustc's
 *    panic points: overflow at the start of the binary expression (or of
 *    the compound assignment), negation at the `-`, bounds at the start of
 *    the indexing expression.
 *
 * Evaluation order follows rustc: operands left to right; an assignment
 * evaluates its right side before the place it writes. A place read is
 * used directly as an operand unless a later sibling operand could change
 * it (an assignment, a call, a block...), in which case it is first copied
 * into a temporary, as rustc always does.
 */
#include "mir_build.h"

#include <string.h>

#include "layout.h"

typedef struct ScopeEntry {
    LocalId local;
    bool drop;     /* its value needs a Drop when the scope ends */
    bool storage;  /* has a StorageLive (arguments do not) */
} ScopeEntry;

typedef struct Scope {
    bool temps;    /* a temp scope: temporaries created inside go here */
    VEC(ScopeEntry) entries;   /* declaration order */
} Scope;

typedef struct LoopCtx {
    Expr *expr;        /* the loop expression (break/continue targets) */
    Symbol label;
    BlockId brk;       /* where break goes */
    BlockId cont;      /* where continue goes */
    Place dest;        /* where `break value` writes */
    int depth;         /* scopes to keep when leaving the loop */
} LoopCtx;

typedef struct Builder {
    MirProgram *prog;
    MirBody *body;
    Item *fn;
    bool checks;           /* overflow checks (debug builds) */
    BlockId cur;           /* the block being filled */
    BlockId ret_block;     /* the single block ending in Return */
    VEC(Scope) scopes;
    int temp_scope;        /* index of the scope new temporaries go into */
    VEC(LoopCtx) loops;
    VEC(LocalId) var_local;    /* Var id -> local */
    /* Temporary lifetime extension (`let r = &make();`): while `extending`
     * is set, a temporary made for a place goes into scope `ext_scope`
     * instead of the statement's. Every lowering entry point consumes the
     * flag; only the extending positions (the operand of &, elements of
     * tuples and arrays, block tails, coercions) pass it on. */
    bool extending;
    int ext_scope;
} Builder;

static const Place DEST_NONE = {-1, 0, NULL};

static bool dest_none(Place p) { return p.local < 0; }

static Type *ety(Expr *e) { return ty_zonk(e->ty); }

static void lower_into(Builder *b, Place dest, Expr *e);
static Operand lower_operand(Builder *b, Expr *e);
static Place lower_place(Builder *b, Expr *e);
static Rvalue lower_rvalue(Builder *b, Expr *e);
static void lower_block(Builder *b, Place dest, Block *blk);

/* ---- blocks, locals, statements ------------------------------------------------ */

static BlockId new_block(Builder *b) {
    MirBlock *blk = ALLOC(MirBlock);
    vec_push(b->body->blocks, blk);
    return b->body->blocks.len - 1;
}

static MirBlock *cur_block(Builder *b) { return b->body->blocks.data[b->cur]; }

static void emit(Builder *b, MirStmt s) {
    MirBlock *blk = cur_block(b);
    if (blk->has_term)
        ICE("statement after the terminator of bb%d", b->cur);
    vec_push(blk->stmts, s);
}

static void terminate(Builder *b, MirTerm t) {
    MirBlock *blk = cur_block(b);
    if (blk->has_term)
        ICE("bb%d terminated twice", b->cur);
    blk->term = t;
    blk->has_term = true;
}

static void goto_block(Builder *b, BlockId target, Span span) {
    MirTerm t = {0};
    t.kind = TERM_GOTO;
    t.span = span;
    t.as.goto_ = target;
    terminate(b, t);
}

/* Start filling a fresh block nothing jumps to yet: code after a diverging
 * expression. CFG simplification removes it if it stays unreachable. */
static void start_dead_block(Builder *b) { b->cur = new_block(b); }

static void push_assign(Builder *b, Span span, Place p, Rvalue rv) {
    if (dest_none(p))
        return;
    MirStmt s = {0};
    s.kind = MIR_ASSIGN;
    s.span = span;
    s.as.assign.place = p;
    s.as.assign.rvalue = rv;
    emit(b, s);
}

static void storage(Builder *b, MirStmtKind kind, LocalId l, Span span) {
    MirStmt s = {0};
    s.kind = kind;
    s.span = span;
    s.as.local = l;
    emit(b, s);
}

static Rvalue rv_use(Operand o, Type *ty) {
    Rvalue rv = {0};
    rv.kind = RV_USE;
    rv.ty = ty;
    rv.as.use = o;
    return rv;
}

static Rvalue rv_binary(RvalueKind kind, BinOp op, Operand l, Operand r, Type *ty) {
    Rvalue rv = {0};
    rv.kind = kind;
    rv.ty = ty;
    rv.as.binary.op = op;
    rv.as.binary.lhs = l;
    rv.as.binary.rhs = r;
    return rv;
}

static Rvalue rv_ref(Place p, bool mut, Type *ty) {
    Rvalue rv = {0};
    rv.kind = RV_REF;
    rv.ty = ty;
    rv.as.ref.mut = mut;
    rv.as.ref.place = p;
    return rv;
}

static LocalId new_local(Builder *b, LocalKind kind, Type *ty, Span span) {
    MirLocal l = {0};
    l.kind = kind;
    l.ty = ty;
    l.span = span;
    l.mutable = true;
    vec_push(b->body->locals, l);
    return b->body->locals.len - 1;
}

static Type *local_ty(Builder *b, LocalId l) { return b->body->locals.data[l].ty; }

static void scope_add(Builder *b, int scope, LocalId l, bool drop, bool has_storage) {
    ScopeEntry e = {l, drop && ty_needs_drop(local_ty(b, l)), has_storage};
    vec_push(b->scopes.data[scope].entries, e);
}

/* A temporary in scope `scope` (its storage ends with that scope). */
static LocalId new_temp_in(Builder *b, int scope, Type *ty, Span span) {
    LocalId t = new_local(b, LOCAL_TEMP, ty, span);
    storage(b, MIR_STORAGE_LIVE, t, span);
    scope_add(b, scope, t, false, true);
    return t;
}

static LocalId new_temp(Builder *b, Type *ty, Span span) {
    return new_temp_in(b, b->temp_scope, ty, span);
}

/* The temporary's value is dropped when its scope ends (unless moved out,
 * which drop elaboration sees). */
static void schedule_drop(Builder *b, LocalId l) {
    for (int s = b->scopes.len - 1; s >= 0; s--) {
        Scope *sc = &b->scopes.data[s];
        for (int i = sc->entries.len - 1; i >= 0; i--)
            if (sc->entries.data[i].local == l) {
                sc->entries.data[i].drop = ty_needs_drop(local_ty(b, l));
                return;
            }
    }
    ICE("scheduling a drop for _%d, which is in no scope", l);
}

static Operand read_place(Place p, Type *ty) {
    return ty_is_copy(ty) ? mir_copy(p) : mir_move(p);
}

/* A temporary holding a value that is read once: rustc moves these. */
static Operand take_temp(LocalId l) { return mir_move(mir_place(l)); }

/* ---- scopes ---------------------------------------------------------------------------- */

static int push_scope(Builder *b, bool temps) {
    Scope s = {0};
    s.temps = temps;
    vec_push(b->scopes, s);
    int idx = b->scopes.len - 1;
    if (temps)
        b->temp_scope = idx;
    return idx;
}

/* Drops and storage ends for everything in scope `idx`, newest first. */
static void exit_scope_code(Builder *b, int idx, Span span) {
    Scope *sc = &b->scopes.data[idx];
    for (int i = sc->entries.len - 1; i >= 0; i--) {
        ScopeEntry e = sc->entries.data[i];
        if (e.drop) {
            BlockId next = new_block(b);
            MirTerm t = {0};
            t.kind = TERM_DROP;
            t.span = span;
            t.as.drop.place = mir_place(e.local);
            t.as.drop.target = next;
            terminate(b, t);
            b->cur = next;
        }
        if (e.storage)
            storage(b, MIR_STORAGE_DEAD, e.local, span);
    }
}

static void pop_scope(Builder *b, Span span) {
    int idx = b->scopes.len - 1;
    exit_scope_code(b, idx, span);
    b->scopes.len--;
    if (b->scopes.data[idx].temps) {
        b->temp_scope = 0;
        for (int s = b->scopes.len - 1; s >= 0; s--)
            if (b->scopes.data[s].temps) {
                b->temp_scope = s;
                break;
            }
    }
}

/* Leaving scopes early (break, continue, return): the code for every scope
 * above `depth`, which stay on the stack for the code that follows. */
static void unwind_to(Builder *b, int depth, Span span) {
    for (int s = b->scopes.len - 1; s >= depth; s--)
        exit_scope_code(b, s, span);
}

/* The innermost scope that holds variables (the enclosing block). */
static int var_scope(Builder *b) {
    for (int s = b->scopes.len - 1; s >= 0; s--)
        if (!b->scopes.data[s].temps)
            return s;
    ICE("no variable scope");
}

static Span span_end(Span s) {
    return span_at(s.hi > s.lo ? s.hi - 1 : s.lo, s.hi);
}

/* ---- variables ------------------------------------------------------------------------- */

static void map_var(Builder *b, Var *v, LocalId l) {
    while (b->var_local.len <= v->id)
        vec_push(b->var_local, -1);
    b->var_local.data[v->id] = l;
}

static LocalId var_to_local(Builder *b, Var *v) {
    if (!v || v->id < 0 || v->id >= b->var_local.len || b->var_local.data[v->id] < 0)
        ICE("variable `%s` has no MIR local", v ? sym_str(v->name) : "?");
    return b->var_local.data[v->id];
}

static LocalId declare_var(Builder *b, Var *v, LocalKind kind) {
    LocalId l = new_local(b, kind, ty_zonk(v->ty), v->span);
    MirLocal *ml = &b->body->locals.data[l];
    ml->name = v->name;
    ml->var = v;
    ml->mutable = v->mutable;
    map_var(b, v, l);
    return l;
}

/* ---- constants ---------------------------------------------------------------------------- */

static ConstValue *new_const(ConstKind kind, Type *ty) {
    ConstValue *c = ALLOC(ConstValue);
    c->kind = kind;
    c->ty = ty;
    return c;
}

static ConstValue *const_float(Type *ty, double v) {
    ConstValue *c = new_const(CONST_FLOAT, ty);
    Type *t = ty_resolve(ty);
    c->f = (t->kind == TY_FLOAT && t->as.float_kind == FLOAT_F32) ? (double)(float)v : v;
    return c;
}

static ConstValue *const_usize(uint64_t v) { return const_int(ty_int(INT_USIZE), v); }

static ConstValue *const_from_literal(Type *ty, const Literal *lit, ExprKind kind) {
    Type *t = ty_resolve(ty);
    switch (kind) {
    case EXPR_FLOAT: return const_float(ty, lit->float_value);
    case EXPR_BOOL: return const_bool(lit->int_value != 0);
    case EXPR_CHAR: {
        ConstValue *c = new_const(CONST_CHAR, ty);
        c->bits = lit->int_value;
        return c;
    }
    case EXPR_STR: {
        ConstValue *c = new_const(CONST_STR, ty);
        c->bytes = lit->text;
        c->len = lit->len;
        return c;
    }
    default: break;
    }
    /* EXPR_INT, or a RES_CONST_VALUE of any scalar type */
    switch (t->kind) {
    case TY_FLOAT:
        return const_float(ty, kind == EXPR_INT ? (double)lit->int_value : lit->float_value);
    case TY_BOOL: return const_bool(lit->int_value != 0);
    case TY_CHAR: {
        ConstValue *c = new_const(CONST_CHAR, ty);
        c->bits = lit->int_value;
        return c;
    }
    default: return const_int(ty, lit->int_value);
    }
}

/* The constant an expression denotes without running code, or NULL:
 * literals, `const` items, i32::MAX, and negated numeric literals (folded
 * as rustc folds `-1` into one literal, so they get no overflow check). */
static ConstValue *expr_const(Expr *e) {
    switch (e->kind) {
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_BOOL:
    case EXPR_CHAR:
    case EXPR_STR: return const_from_literal(ety(e), &e->as.lit, e->kind);
    case EXPR_PATH:
        if (e->as.path.res == RES_CONST) {
            Item *it = e->as.path.item;
            if (!it || !it->as.global.value)
                ICE("const `%s` was not evaluated", it ? sym_str(it->name) : "?");
            return it->as.global.value;
        }
        if (e->as.path.res == RES_CONST_VALUE)
            return const_from_literal(ety(e), &e->as.path.value, EXPR_PATH);
        return NULL;
    case EXPR_UNARY: {
        Expr *o = e->as.unary.operand;
        if (e->as.unary.op != UN_NEG || (o->kind != EXPR_INT && o->kind != EXPR_FLOAT))
            return NULL;
        ConstValue *c = expr_const(o);
        if (c->kind == CONST_FLOAT)
            return const_float(c->ty, -c->f);
        if (c->kind == CONST_INT)
            return const_int(c->ty, ~c->bits + 1);
        return NULL;
    }
    default: return NULL;
    }
}

/* ---- expression classes --------------------------------------------------------------------- */

static bool is_place_expr(Expr *e) {
    switch (e->kind) {
    case EXPR_PATH: return e->as.path.res == RES_LOCAL || e->as.path.res == RES_STATIC;
    case EXPR_UNARY: return e->as.unary.op == UN_DEREF;
    case EXPR_TUPLE_FIELD:
    case EXPR_INDEX: return true;
    case EXPR_COERCE: return e->as.coerce.kind == COERCE_AUTODEREF;
    default: return false;
    }
}

/* Evaluating e cannot change a place read before it (no assignment, call
 * or control flow inside). */
static bool expr_is_pure(Expr *e) {
    switch (e->kind) {
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_BOOL:
    case EXPR_CHAR:
    case EXPR_STR:
    case EXPR_PATH: return true;
    case EXPR_UNARY: return expr_is_pure(e->as.unary.operand);
    case EXPR_BINARY:
        return e->as.binary.builtin == BUILTIN_NONE && expr_is_pure(e->as.binary.lhs) &&
               expr_is_pure(e->as.binary.rhs);
    case EXPR_CAST: return expr_is_pure(e->as.cast.operand);
    case EXPR_REF: return expr_is_pure(e->as.ref.operand);
    case EXPR_TUPLE_FIELD: return expr_is_pure(e->as.tuple_field.base);
    case EXPR_INDEX: return expr_is_pure(e->as.index.base) && expr_is_pure(e->as.index.index);
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        for (int i = 0; i < e->as.list.len; i++)
            if (!expr_is_pure(e->as.list.data[i]))
                return false;
        return true;
    case EXPR_REPEAT: return expr_is_pure(e->as.repeat.value);
    case EXPR_COERCE:
        return e->as.coerce.kind != COERCE_NEVER && expr_is_pure(e->as.coerce.inner);
    default: return false;
    }
}

static bool is_scalar(Type *t) {
    t = ty_resolve(t);
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_CHAR;
}

static bool is_signed_int(Type *t) {
    t = ty_resolve(t);
    return t->kind == TY_INT && int_kind_signed(t->as.int_kind);
}

/* Expressions lower_rvalue turns into an rvalue without control flow. */
static bool is_rvalue_kind(Expr *e) {
    switch (e->kind) {
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_BOOL:
    case EXPR_CHAR:
    case EXPR_STR:
    case EXPR_PATH:
    case EXPR_UNARY:
    case EXPR_CAST:
    case EXPR_REF:
    case EXPR_TUPLE_FIELD:
    case EXPR_INDEX:
    case EXPR_TUPLE:
    case EXPR_ARRAY:
    case EXPR_REPEAT: return true;
    case EXPR_BINARY: {
        BinOp op = e->as.binary.op;
        if (e->as.binary.builtin != BUILTIN_NONE || op == BIN_LAND || op == BIN_LOR)
            return false;
        if (op >= BIN_EQ && op <= BIN_GE)
            return is_scalar(ety(e->as.binary.lhs)) && is_scalar(ety(e->as.binary.rhs));
        return true;
    }
    case EXPR_COERCE: return e->as.coerce.kind != COERCE_NEVER;
    default: return false;
    }
}

static bool take_extending(Builder *b) {
    bool ext = b->extending;
    b->extending = false;
    return ext;
}

/* ---- temporaries and operands ------------------------------------------------------------------ */

/* Evaluates e into a fresh temporary. `drop`: the temporary is used as a
 * place, so its value is dropped at the end of its scope (unless moved). */
static LocalId as_temp_in(Builder *b, Expr *e, bool drop, int scope, bool inner_ext) {
    LocalId t = new_temp_in(b, scope, ety(e), e->span);
    b->extending = inner_ext;
    lower_into(b, mir_place(t), e);
    b->extending = false;
    if (drop)
        schedule_drop(b, t);
    return t;
}

/* A temporary of the current statement; ext is passed on to e's lowering
 * (a borrow inside may be extended even if this value is not). */
static LocalId as_temp(Builder *b, Expr *e, bool drop, bool ext) {
    return as_temp_in(b, e, drop, b->temp_scope, ext);
}

/* A place of reference type, then dereferenced until it is not one. */
static Place deref_all(Place p, Type *t) {
    t = ty_resolve(t);
    while (t->kind == TY_REF) {
        Type *inner = ty_resolve(t->as.ref.inner);
        if (inner->kind == TY_STR)
            break;
        p = mir_place_project(p, PROJ_DEREF, 0, 0, t->as.ref.inner);
        t = inner;
    }
    return p;
}

static Operand lower_operand(Builder *b, Expr *e) {
    bool ext = take_extending(b);
    ConstValue *c = expr_const(e);
    if (c)
        return mir_const(c);
    if (is_place_expr(e)) {
        b->extending = ext;
        Place p = lower_place(b, e);
        return read_place(p, ety(e));
    }
    return take_temp(as_temp(b, e, false, ext));
}

/* Operands evaluated left to right. A place read is kept as a direct
 * operand only if no later operand can change the place. */
static Operand *lower_operand_list(Builder *b, Expr **es, int n) {
    Operand *ops = ALLOC_N(Operand, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        ops[i] = lower_operand(b, es[i]);
        if (ops[i].kind == OPERAND_CONST || !is_place_expr(es[i]))
            continue;
        bool later_impure = false;
        for (int j = i + 1; j < n && !later_impure; j++)
            later_impure = !expr_is_pure(es[j]);
        if (later_impure) {
            LocalId t = new_temp(b, ety(es[i]), es[i]->span);
            push_assign(b, es[i]->span, mir_place(t), rv_use(ops[i], ety(es[i])));
            ops[i] = take_temp(t);
        }
    }
    return ops;
}

/* A type with its references removed (`&&i32` -> `i32`). */
static Type *scalar_type(Type *t) {
    t = ty_resolve(t);
    while (t->kind == TY_REF)
        t = ty_resolve(t->as.ref.inner);
    return t;
}

/* The value of a numeric operand, looking through references
 * (`&i32 + i32` is valid Rust). */
static Operand lower_scalar_operand(Builder *b, Expr *e) {
    Type *t = ety(e);
    if (ty_resolve(t)->kind != TY_REF)
        return lower_operand(b, e);
    Place p = is_place_expr(e) ? lower_place(b, e) : mir_place(as_temp(b, e, false, false));
    p = deref_all(p, t);
    return mir_copy(p);
}

/* Makes a Copy operand safe to read more than once (checks read it again). */
static Operand stable(Builder *b, Operand o, Type *ty, Span span) {
    if (o.kind != OPERAND_MOVE)
        return o;
    LocalId t = new_temp(b, ty, span);
    push_assign(b, span, mir_place(t), rv_use(o, ty));
    return mir_copy(mir_place(t));
}

/* ---- asserts ---------------------------------------------------------------------------------- */

/* Asserts that cond == expected, else panics with kind at span. */
static void emit_assert(Builder *b, Operand cond, bool expected, AssertKind kind, BinOp op,
                        Operand a, Operand bb, Span span) {
    BlockId next = new_block(b);
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
    terminate(b, t);
    b->cur = next;
}

/* A bool temporary = lhs op rhs. */
static LocalId bool_temp(Builder *b, BinOp op, Operand l, Operand r, Span span) {
    LocalId c = new_temp(b, ty_bool(), span);
    push_assign(b, span, mir_place(c), rv_binary(RV_BINARY, op, l, r, ty_bool()));
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

/* lhs op rhs for an arithmetic or bitwise operator on numbers, with the
 * checks Rust makes: overflow of + - * and of shift amounts (debug only),
 * division by zero and MIN / -1 (always). Emits the asserts and returns the
 * rvalue computing the result. */
static Rvalue build_arith(Builder *b, BinOp op, Operand l, Operand r, Type *ty, Type *rty,
                          Span span) {
    Type *t = ty_resolve(ty);
    if (t->kind != TY_INT)
        return rv_binary(RV_BINARY, op, l, r, ty);
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
        LocalId tmp = new_temp(b, pair, span);
        push_assign(b, span, mir_place(tmp), rv_binary(RV_CHECKED_BINARY, op, l, r, pair));
        Place flag = mir_place_project(mir_place(tmp), PROJ_FIELD, 1, 0, ty_bool());
        Operand none = mir_const(const_unit());
        emit_assert(b, mir_move(flag), false, ASSERT_OVERFLOW, op, none, none, span);
        Place val = mir_place_project(mir_place(tmp), PROJ_FIELD, 0, 0, ty);
        return rv_use(mir_move(val), ty);
    }
    case BIN_DIV:
    case BIN_REM: {
        Operand none = mir_const(const_unit());
        bool nonzero_const = r.kind == OPERAND_CONST && r.as.konst->bits != 0;
        if (!nonzero_const) {
            LocalId z = bool_temp(b, BIN_EQ, r, mir_const(const_int(ty, 0)), span);
            emit_assert(b, take_temp(z), false, op == BIN_DIV ? ASSERT_DIV_ZERO : ASSERT_REM_ZERO,
                        op, none, none, span);
        }
        u128 minus_one = const_int(ty, ~(u128)0)->bits;
        bool rhs_not_minus_one = r.kind == OPERAND_CONST && !const_is(r, minus_one);
        bool lhs_not_min = l.kind == OPERAND_CONST && !const_is(l, int_min_bits(k));
        if (int_kind_signed(k) && !rhs_not_minus_one && !lhs_not_min) {
            LocalId m1 = bool_temp(b, BIN_EQ, r, mir_const(const_int(ty, minus_one)), span);
            LocalId mn = bool_temp(b, BIN_EQ, l, mir_const(const_int(ty, int_min_bits(k))), span);
            LocalId both = new_temp(b, ty_bool(), span);
            push_assign(b, span, mir_place(both),
                        rv_binary(RV_BINARY, BIN_AND, take_temp(m1), take_temp(mn), ty_bool()));
            emit_assert(b, take_temp(both), false, ASSERT_OVERFLOW, op, none, none, span);
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
            LocalId u = new_temp(b, ut, span);
            Rvalue cast = {0};
            cast.kind = RV_CAST;
            cast.ty = ut;
            cast.as.cast.operand = r;
            push_assign(b, span, mir_place(u), cast);
            amount = take_temp(u);
        }
        LocalId c = bool_temp(b, BIN_LT, amount, mir_const(const_int(ut, (u128)bits)), span);
        Operand none = mir_const(const_unit());
        emit_assert(b, take_temp(c), true, ASSERT_OVERFLOW, op, none, none, span);
        break;
    }
    default: break;
    }
    return rv_binary(RV_BINARY, op, l, r, ty);
}

/* ---- places ------------------------------------------------------------------------------------ */

/* Bounds-checked a[i]: the index goes into a usize temporary, checked
 * against the array length, then used by a PROJ_INDEX. */
static Place lower_index(Builder *b, Expr *e, bool ext) {
    b->extending = ext;
    Place base = lower_place(b, e->as.index.base);
    base = deref_all(base, ety(e->as.index.base));
    Type *bt = ty_resolve(mir_place_type(b->body, base));
    if (bt->kind != TY_ARRAY) {
        error_unsupported(e->span, "indexing this type");
        return base;
    }
    Operand iop = lower_operand(b, e->as.index.index);
    LocalId idx;
    if (iop.kind == OPERAND_MOVE && iop.as.place.nproj == 0 &&
        b->body->locals.data[iop.as.place.local].kind == LOCAL_TEMP) {
        idx = iop.as.place.local;   /* already a temporary of its own */
    } else {
        idx = new_temp(b, ty_int(INT_USIZE), e->as.index.index->span);
        push_assign(b, e->as.index.index->span, mir_place(idx), rv_use(iop, ty_int(INT_USIZE)));
    }
    Operand len = mir_const(const_usize(bt->as.array.len));
    LocalId ok = bool_temp(b, BIN_LT, mir_copy(mir_place(idx)), len, e->span);
    emit_assert(b, take_temp(ok), true, ASSERT_BOUNDS, BIN_LT, len, mir_copy(mir_place(idx)),
                e->span);
    return mir_place_project(base, PROJ_INDEX, 0, idx, bt->as.array.elem);
}

static Place lower_place(Builder *b, Expr *e) {
    bool ext = take_extending(b);
    switch (e->kind) {
    case EXPR_PATH:
        if (e->as.path.res == RES_LOCAL)
            return mir_place(var_to_local(b, e->as.path.var));
        if (e->as.path.res == RES_STATIC) {
            /* A static is reached through its address, as in rustc. */
            Item *it = e->as.path.item;
            Type *rt = ty_ref(ety(e), it->as.global.mut);
            ConstValue *c = new_const(CONST_STATIC_REF, rt);
            c->item = it;
            LocalId t = new_temp(b, rt, e->span);
            push_assign(b, e->span, mir_place(t), rv_use(mir_const(c), rt));
            return mir_place_project(mir_place(t), PROJ_DEREF, 0, 0, ety(e));
        }
        break;
    case EXPR_UNARY:
        if (e->as.unary.op == UN_DEREF) {
            Expr *o = e->as.unary.operand;
            Place p;
            if (is_place_expr(o)) {
                b->extending = ext;
                p = lower_place(b, o);
            } else {
                p = mir_place(as_temp(b, o, false, ext));
            }
            return mir_place_project(p, PROJ_DEREF, 0, 0, ety(e));
        }
        break;
    case EXPR_COERCE:
        if (e->as.coerce.kind == COERCE_AUTODEREF) {
            Expr *o = e->as.coerce.inner;
            Place p;
            if (is_place_expr(o)) {
                b->extending = ext;
                p = lower_place(b, o);
            } else {
                p = mir_place(as_temp(b, o, false, ext));
            }
            return mir_place_project(p, PROJ_DEREF, 0, 0, ety(e));
        }
        break;
    case EXPR_TUPLE_FIELD: {
        Expr *base = e->as.tuple_field.base;
        b->extending = ext;
        Place p = lower_place(b, base);
        p = deref_all(p, ety(base));
        Type *tt = ty_resolve(mir_place_type(b->body, p));
        int i = e->as.tuple_field.index;
        if (tt->kind != TY_TUPLE || i < 0 || i >= tt->as.tuple.len)
            ICE("tuple field %d of %s", i, ty_to_string(tt));
        return mir_place_project(p, PROJ_FIELD, i, 0, tt->as.tuple.elems[i]);
    }
    case EXPR_INDEX: return lower_index(b, e, ext);
    default: break;
    }
    /* Not a place: the value lives in a temporary, dropped with its scope;
     * borrowed in an extending position, that is the let's block. */
    return mir_place(as_temp_in(b, e, true, ext ? b->ext_scope : b->temp_scope, ext));
}

/* ---- strings and comparisons ----------------------------------------------------------------- */

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
        LocalId r = new_temp(b, str_ref, span);
        push_assign(b, span, mir_place(r), rv_ref(p, false, str_ref));
        return take_temp(r);
    }
    /* String */
    Type *string_ref = ty_ref(ty_string(), false);
    LocalId r = new_temp(b, string_ref, span);
    push_assign(b, span, mir_place(r), rv_ref(p, false, string_ref));
    LocalId s = new_temp(b, str_ref, span);
    Rvalue cast = {0};
    cast.kind = RV_CAST;
    cast.ty = str_ref;
    cast.as.cast.operand = take_temp(r);
    push_assign(b, span, mir_place(s), cast);
    return take_temp(s);
}

/* Calls a builtin, writing dest; continues in a new block. */
static void call_builtin(Builder *b, Builtin which, Operand *args, int nargs, Place dest,
                         Span span) {
    BlockId next = new_block(b);
    MirTerm t = {0};
    t.kind = TERM_CALL;
    t.span = span;
    t.as.call.callee.kind = CALLEE_BUILTIN;
    t.as.call.callee.builtin = which;
    t.as.call.args = args;
    t.as.call.nargs = nargs;
    t.as.call.dest = dest;
    t.as.call.target = next;
    terminate(b, t);
    b->cur = next;
}

static LocalId cmp_places(Builder *b, BinOp op, Place l, Place r, Span span);

/* l op r where both are strings: str::eq, or str::cmp against 0. */
static LocalId cmp_strings(Builder *b, BinOp op, Place l, Place r, Span span) {
    Operand *args = ALLOC_N(Operand, 2);
    args[0] = str_ref_of_place(b, l, span);
    args[1] = str_ref_of_place(b, r, span);
    if (op == BIN_EQ || op == BIN_NE) {
        LocalId eq = new_temp(b, ty_bool(), span);
        call_builtin(b, BUILTIN_STR_EQ, args, 2, mir_place(eq), span);
        if (op == BIN_EQ)
            return eq;
        LocalId ne = new_temp(b, ty_bool(), span);
        Rvalue not = {0};
        not.kind = RV_UNARY;
        not.ty = ty_bool();
        not.as.unary.op = UN_NOT;
        not.as.unary.operand = take_temp(eq);
        push_assign(b, span, mir_place(ne), not);
        return ne;
    }
    Type *i32t = ty_int(INT_I32);
    LocalId ord = new_temp(b, i32t, span);
    call_builtin(b, BUILTIN_STR_CMP, args, 2, mir_place(ord), span);
    return bool_temp(b, op, take_temp(ord), mir_const(const_int(i32t, 0)), span);
}

/* Jumps on a bool local: to `yes` if true, `no` if false. */
static void switch_bool(Builder *b, Operand c, BlockId yes, BlockId no, Span span) {
    MirTerm t = {0};
    t.kind = TERM_SWITCH_INT;
    t.span = span;
    t.as.switch_.discr = c;
    t.as.switch_.nvalues = 1;
    t.as.switch_.values = ALLOC_N(u128, 1);
    t.as.switch_.targets = ALLOC_N(BlockId, 1);
    t.as.switch_.values[0] = 0;
    t.as.switch_.targets[0] = no;
    t.as.switch_.otherwise = yes;
    terminate(b, t);
}

/* A bool temporary made just for a switch: its storage ends on both sides. */
static LocalId new_switch_temp(Builder *b, Span span) {
    LocalId t = new_local(b, LOCAL_TEMP, ty_bool(), span);
    storage(b, MIR_STORAGE_LIVE, t, span);
    return t;
}

static void switch_and_kill(Builder *b, LocalId t, BlockId yes, BlockId no, Span span) {
    BlockId y = new_block(b), n = new_block(b);
    switch_bool(b, take_temp(t), y, n, span);
    b->cur = y;
    storage(b, MIR_STORAGE_DEAD, t, span);
    goto_block(b, yes, span);
    b->cur = n;
    storage(b, MIR_STORAGE_DEAD, t, span);
    goto_block(b, no, span);
}

static bool is_ordering(BinOp op) { return op == BIN_LT || op == BIN_LE || op == BIN_GT || op == BIN_GE; }

/* Element-wise comparison of sequences given as element places: Rust's
 * tuple/array PartialEq (&& of ==) and PartialOrd (lexicographic: the
 * first unequal pair decides, by the same operator). */
static LocalId cmp_sequence(Builder *b, BinOp op, Place *ls, Place *rs, int n, Span span) {
    LocalId res = new_temp(b, ty_bool(), span);
    BlockId join = new_block(b);
    bool eqop = op == BIN_EQ || op == BIN_NE;
    for (int i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (eqop || last) {
            BinOp eo = eqop ? BIN_EQ : op;
            LocalId c = cmp_places(b, eo, ls[i], rs[i], span);
            if (last) {
                push_assign(b, span, mir_place(res), rv_use(take_temp(c), ty_bool()));
                goto_block(b, join, span);
            } else {
                BlockId next = new_block(b), differ = new_block(b);
                switch_bool(b, take_temp(c), next, differ, span);
                b->cur = differ;
                push_assign(b, span, mir_place(res), rv_use(mir_const(const_bool(false)), ty_bool()));
                goto_block(b, join, span);
                b->cur = next;
            }
        } else {
            LocalId c = cmp_places(b, BIN_EQ, ls[i], rs[i], span);
            BlockId next = new_block(b), differ = new_block(b);
            switch_bool(b, take_temp(c), next, differ, span);
            b->cur = differ;
            LocalId d = cmp_places(b, op, ls[i], rs[i], span);
            push_assign(b, span, mir_place(res), rv_use(take_temp(d), ty_bool()));
            goto_block(b, join, span);
            b->cur = next;
        }
    }
    if (n == 0) {
        bool v = op == BIN_EQ || op == BIN_LE || op == BIN_GE;
        push_assign(b, span, mir_place(res), rv_use(mir_const(const_bool(v)), ty_bool()));
        goto_block(b, join, span);
    }
    b->cur = join;
    if (op == BIN_NE) {
        LocalId ne = new_temp(b, ty_bool(), span);
        Rvalue not = {0};
        not.kind = RV_UNARY;
        not.ty = ty_bool();
        not.as.unary.op = UN_NOT;
        not.as.unary.operand = take_temp(res);
        push_assign(b, span, mir_place(ne), not);
        return ne;
    }
    return res;
}

/* Arrays compare in a loop over the index (their length can be large). */
static LocalId cmp_arrays(Builder *b, BinOp op, Place l, Place r, Type *lt, Type *rt, Span span) {
    uint64_t n = lt->as.array.len;
    Type *usz = ty_int(INT_USIZE);
    LocalId res = new_temp(b, ty_bool(), span);
    LocalId i = new_temp(b, usz, span);
    push_assign(b, span, mir_place(i), rv_use(mir_const(const_usize(0)), usz));
    BlockId head = new_block(b), body = new_block(b), done = new_block(b), differ = new_block(b),
            inc = new_block(b), join = new_block(b);
    goto_block(b, head, span);
    b->cur = head;
    /* Each iteration's temporaries end with the iteration. */
    LocalId more = new_switch_temp(b, span);
    push_assign(b, span, mir_place(more),
                rv_binary(RV_BINARY, BIN_LT, mir_copy(mir_place(i)), mir_const(const_usize(n)),
                          ty_bool()));
    switch_and_kill(b, more, body, done, span);
    b->cur = body;
    Place le = mir_place_project(l, PROJ_INDEX, 0, i, lt->as.array.elem);
    Place re = mir_place_project(r, PROJ_INDEX, 0, i, rt->as.array.elem);
    LocalId same = new_switch_temp(b, span);
    push_scope(b, true);
    LocalId eq = cmp_places(b, BIN_EQ, le, re, span);
    push_assign(b, span, mir_place(same), rv_use(take_temp(eq), ty_bool()));
    pop_scope(b, span);
    switch_and_kill(b, same, inc, differ, span);
    b->cur = inc;
    push_assign(b, span, mir_place(i),
                rv_binary(RV_BINARY, BIN_ADD, mir_copy(mir_place(i)), mir_const(const_usize(1)), usz));
    goto_block(b, head, span);
    b->cur = differ;
    if (is_ordering(op)) {
        push_scope(b, true);
        LocalId d = cmp_places(b, op, le, re, span);
        push_assign(b, span, mir_place(res), rv_use(take_temp(d), ty_bool()));
        pop_scope(b, span);
    } else {
        push_assign(b, span, mir_place(res), rv_use(mir_const(const_bool(op == BIN_NE)), ty_bool()));
    }
    goto_block(b, join, span);
    b->cur = done;
    bool all_equal = op == BIN_EQ || op == BIN_LE || op == BIN_GE;
    push_assign(b, span, mir_place(res), rv_use(mir_const(const_bool(all_equal)), ty_bool()));
    goto_block(b, join, span);
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
        return cmp_places(b, op, deref_all(l, lt), deref_all(r, rt), span);
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
    if (is_scalar(lt) && is_scalar(rt))
        return bool_temp(b, op, mir_copy(l), mir_copy(r), span);
    error_unsupported(span, arena_printf(compiler_arena, "comparing `%s` with `%s`",
                                         ty_to_string(lt), ty_to_string(rt)));
    return bool_temp(b, BIN_EQ, mir_const(const_bool(true)), mir_const(const_bool(true)), span);
}

/* ---- calls ---------------------------------------------------------------------------------------- */

/* A Call terminator writing dest (a temporary if the value is unused).
 * Calls of type `!` never return. */
static void emit_call(Builder *b, Callee callee, Operand *args, int nargs, Place dest, Type *ty,
                      Span span) {
    bool diverges = ty_resolve(ty)->kind == TY_NEVER;
    if (dest_none(dest)) {
        /* A call that never returns writes nothing: its destination needs
         * no storage. */
        dest = mir_place(diverges ? new_local(b, LOCAL_TEMP, ty, span) : new_temp(b, ty, span));
    }
    BlockId next = diverges ? NO_BLOCK : new_block(b);
    MirTerm t = {0};
    t.kind = TERM_CALL;
    t.span = span;
    t.as.call.callee = callee;
    t.as.call.args = args;
    t.as.call.nargs = nargs;
    t.as.call.dest = dest;
    t.as.call.target = next;
    terminate(b, t);
    if (diverges)
        start_dead_block(b);
    else
        b->cur = next;
}

static void assign_unit(Builder *b, Place dest, Span span) {
    if (dest_none(dest))
        return;
    Type *t = ty_resolve(mir_place_type(b->body, dest));
    if (t->kind == TY_TUPLE && t->as.tuple.len == 0)
        push_assign(b, span, dest, rv_use(mir_const(const_unit()), ty_unit()));
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

static void lower_call(Builder *b, Place dest, Expr *e) {
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
        push_assign(b, e->span, dest, rv_use(mir_const(const_usize(v)), ty_int(INT_USIZE)));
        return;
    }
    if (c.kind == CALLEE_BUILTIN && c.builtin == BUILTIN_MEM_DROP) {
        /* drop(x): move the value into a temporary and Drop it right here,
         * so the drop is visible in MIR (and in the layout report). */
        if (args->len != 1)
            ICE("drop() with %d arguments", args->len);
        Expr *a = args->data[0];
        Operand v = lower_operand(b, a);
        if (ty_needs_drop(ety(a))) {
            LocalId t = new_temp(b, ety(a), a->span);
            push_assign(b, a->span, mir_place(t), rv_use(v, ety(a)));
            BlockId next = new_block(b);
            MirTerm term = {0};
            term.kind = TERM_DROP;
            term.span = e->span;
            term.as.drop.place = mir_place(t);
            term.as.drop.target = next;
            terminate(b, term);
            b->cur = next;
        }
        assign_unit(b, dest, e->span);
        return;
    }
    Operand *ops = lower_operand_list(b, args->data, args->len);
    emit_call(b, c, ops, args->len, dest, ety(e), e->span);
}

static void lower_method(Builder *b, Place dest, Expr *e) {
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
    Operand *ops = lower_operand_list(b, es, n);
    emit_call(b, c, ops, n, dest, ety(e), e->span);
}

/* ---- macros --------------------------------------------------------------------------------------- */

/* A format argument is passed by reference, as format_args! does. */
static Operand fmt_arg(Builder *b, Expr *a) {
    Place p = lower_place(b, a);
    Type *rt = ty_ref(ety(a), false);
    LocalId r = new_temp(b, rt, a->span);
    push_assign(b, a->span, mir_place(r), rv_ref(p, false, rt));
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

static void lower_macro(Builder *b, Place dest, Expr *e) {
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
        bool diverges = m == BUILTIN_MAC_PANIC || m == BUILTIN_MAC_UNREACHABLE || m == BUILTIN_MAC_TODO;
        if (diverges)
            emit_call(b, c, ops, n, DEST_NONE, ty_never(), span);
        else
            emit_call(b, c, ops, n, dest, ety(e), span);
        return;
    }
    case BUILTIN_MAC_ASSERT: {
        Operand cond = lower_operand(b, mac_arg(e, 0));
        BlockId ok = new_block(b), fail = new_block(b);
        switch_bool(b, cond, ok, fail, span);
        b->cur = fail;
        /* The failing side's temporaries live only there (the scope's end
         * falls in dead code after the panic). */
        push_scope(b, true);
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
        pop_scope(b, span);
        b->cur = ok;
        assign_unit(b, dest, span);
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
            Place p = lower_place(b, sides[i]);
            Type *rt = ty_ref(ety(sides[i]), false);
            LocalId r = new_temp(b, rt, sides[i]->span);
            push_assign(b, sides[i]->span, mir_place(r), rv_ref(p, false, rt));
            lr[i] = mir_copy(mir_place(r));
            derefs[i] = mir_place_project(mir_place(r), PROJ_DEREF, 0, 0, ety(sides[i]));
        }
        LocalId eq = cmp_places(b, BIN_EQ, derefs[0], derefs[1], span);
        BlockId ok = new_block(b), fail = new_block(b);
        if (m == BUILTIN_MAC_ASSERT_EQ)
            switch_bool(b, take_temp(eq), ok, fail, span);
        else
            switch_bool(b, take_temp(eq), fail, ok, span);
        b->cur = fail;
        push_scope(b, true);
        int n;
        Operand *ops = fmt_args(b, e, lr, 2, &n);
        Callee c = {0};
        c.kind = CALLEE_BUILTIN;
        c.builtin = m;
        c.fmt = e->as.mac.fmt;
        emit_call(b, c, ops, n, DEST_NONE, ty_never(), span);
        pop_scope(b, span);
        b->cur = ok;
        assign_unit(b, dest, span);
        return;
    }
    default:
        error_unsupported(e->span, arena_printf(compiler_arena, "the macro `%s!`",
                                                sym_str(e->as.mac.name)));
        return;
    }
}

/* ---- rvalues ------------------------------------------------------------------------------------ */

static Rvalue lower_binary_rvalue(Builder *b, Expr *e) {
    Expr *lhs = e->as.binary.lhs, *rhs = e->as.binary.rhs;
    BinOp op = e->as.binary.op;
    Operand l = lower_scalar_operand(b, lhs);
    if (l.kind != OPERAND_CONST && is_place_expr(lhs) && !expr_is_pure(rhs)) {
        Type *lt = scalar_type(ety(lhs));
        LocalId t = new_temp(b, lt, lhs->span);
        push_assign(b, lhs->span, mir_place(t), rv_use(l, lt));
        l = mir_copy(mir_place(t));
    }
    Operand r = lower_scalar_operand(b, rhs);
    if (op >= BIN_EQ && op <= BIN_GE)
        return rv_binary(RV_BINARY, op, l, r, ty_bool());
    return build_arith(b, op, l, r, ety(e), scalar_type(ety(rhs)), e->span);
}

static Rvalue lower_unary_rvalue(Builder *b, Expr *e) {
    Type *ty = ety(e);
    Operand o = lower_scalar_operand(b, e->as.unary.operand);
    if (e->as.unary.op == UN_NEG && b->checks && is_signed_int(ty)) {
        IntKind k = ty_resolve(ty)->as.int_kind;
        o = stable(b, o, ty, e->span);
        LocalId c = bool_temp(b, BIN_EQ, o, mir_const(const_int(ty, int_min_bits(k))), e->span);
        Operand none = mir_const(const_unit());
        emit_assert(b, take_temp(c), false, ASSERT_OVERFLOW_NEG, BIN_SUB, none, none, e->span);
    }
    Rvalue rv = {0};
    rv.kind = RV_UNARY;
    rv.ty = ty;
    rv.as.unary.op = e->as.unary.op;
    rv.as.unary.operand = o;
    return rv;
}

static Rvalue lower_aggregate(Builder *b, Expr *e, AggregateKind kind, bool ext) {
    int n = e->as.list.len;
    Operand *ops = ALLOC_N(Operand, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        b->extending = ext;
        ops[i] = lower_operand(b, e->as.list.data[i]);
        if (ops[i].kind == OPERAND_CONST || !is_place_expr(e->as.list.data[i]))
            continue;
        for (int j = i + 1; j < n; j++)
            if (!expr_is_pure(e->as.list.data[j])) {
                Type *t = ety(e->as.list.data[i]);
                LocalId tmp = new_temp(b, t, e->as.list.data[i]->span);
                push_assign(b, e->span, mir_place(tmp), rv_use(ops[i], t));
                ops[i] = take_temp(tmp);
                break;
            }
    }
    b->extending = false;
    Rvalue rv = {0};
    rv.kind = RV_AGGREGATE;
    rv.ty = ety(e);
    rv.as.aggregate.kind = kind;
    rv.as.aggregate.ops = ops;
    rv.as.aggregate.nops = n;
    return rv;
}

static Rvalue lower_coerce_rvalue(Builder *b, Expr *e, bool ext) {
    Expr *in = e->as.coerce.inner;
    Type *ty = ety(e);
    switch (e->as.coerce.kind) {
    case COERCE_AUTOREF:
    case COERCE_AUTOREF_MUT: {
        b->extending = ext;
        Place p = lower_place(b, in);
        return rv_ref(p, e->as.coerce.kind == COERCE_AUTOREF_MUT, ty);
    }
    case COERCE_DEREF_STRING: {
        /* &String -> &str: a pointer cast that codegen turns into the
         * String's (ptr, len) */
        Type *it = ty_resolve(ety(in));
        Operand o;
        if (it->kind == TY_STRING) {   /* not behind a reference: take one */
            b->extending = ext;
            Place p = lower_place(b, in);
            Type *rt = ty_ref(ty_string(), false);
            LocalId r = new_temp(b, rt, in->span);
            push_assign(b, in->span, mir_place(r), rv_ref(p, false, rt));
            o = take_temp(r);
        } else {
            b->extending = ext;
            o = lower_operand(b, in);
            /* &&String and deeper: down to the &String */
            while (it->kind == TY_REF && ty_resolve(it->as.ref.inner)->kind == TY_REF) {
                Place p;
                if (o.kind == OPERAND_CONST) {
                    LocalId t = new_temp(b, it, in->span);
                    push_assign(b, in->span, mir_place(t), rv_use(o, it));
                    p = mir_place(t);
                } else {
                    p = o.as.place;
                }
                o = mir_copy(mir_place_project(p, PROJ_DEREF, 0, 0, it->as.ref.inner));
                it = ty_resolve(it->as.ref.inner);
            }
        }
        Rvalue rv = {0};
        rv.kind = RV_CAST;
        rv.ty = ty;
        rv.as.cast.operand = o;
        return rv;
    }
    case COERCE_REBORROW: {
        /* &mut T -> &T is &*p */
        Place p;
        if (is_place_expr(in)) {
            b->extending = ext;
            p = lower_place(b, in);
        } else {
            p = mir_place(as_temp(b, in, false, ext));
        }
        Type *it = ty_resolve(ety(in));
        if (it->kind != TY_REF)
            return rv_use(read_place(p, it), ty);
        p = mir_place_project(p, PROJ_DEREF, 0, 0, it->as.ref.inner);
        return rv_ref(p, false, ty);
    }
    case COERCE_AUTODEREF: {
        b->extending = ext;
        Place p = lower_place(b, e);
        return rv_use(read_place(p, ty), ty);
    }
    case COERCE_NEVER: break;
    }
    ICE("coercion lowered as an rvalue");
}

static Rvalue lower_rvalue(Builder *b, Expr *e) {
    bool ext = take_extending(b);
    Type *ty = ety(e);
    if (!is_rvalue_kind(e))
        return rv_use(take_temp(as_temp(b, e, false, ext)), ty);
    ConstValue *c = expr_const(e);
    if (c)
        return rv_use(mir_const(c), ty);
    if (is_place_expr(e)) {
        b->extending = ext;
        Place p = lower_place(b, e);
        return rv_use(read_place(p, ty), ty);
    }
    switch (e->kind) {
    case EXPR_UNARY: return lower_unary_rvalue(b, e);
    case EXPR_BINARY: return lower_binary_rvalue(b, e);
    case EXPR_CAST: {
        Rvalue rv = {0};
        rv.kind = RV_CAST;
        rv.ty = ty;
        rv.as.cast.operand = lower_scalar_operand(b, e->as.cast.operand);
        return rv;
    }
    case EXPR_REF: {
        b->extending = ext;
        Place p = lower_place(b, e->as.ref.operand);
        return rv_ref(p, e->as.ref.mut, ty);
    }
    case EXPR_TUPLE: return lower_aggregate(b, e, AGG_TUPLE, ext);
    case EXPR_ARRAY: return lower_aggregate(b, e, AGG_ARRAY, ext);
    case EXPR_REPEAT: {
        Rvalue rv = {0};
        rv.kind = RV_REPEAT;
        rv.ty = ty;
        rv.as.repeat.operand = lower_operand(b, e->as.repeat.value);
        rv.as.repeat.count = e->as.repeat.len;
        return rv;
    }
    case EXPR_COERCE: return lower_coerce_rvalue(b, e, ext);
    case EXPR_PATH:
        error_unsupported(e->span, "using this path as a value");
        return rv_use(mir_const(const_unit()), ty);
    default: break;
    }
    ICE("expression kind %d is not an rvalue", (int)e->kind);
}

/* ---- control flow --------------------------------------------------------------------------- */

/* Whether the place mentions a local numbered `first` or above (one made
 * since `first` was the next free number). */
static bool place_uses_locals_from(Place p, int first) {
    if (p.local >= first)
        return true;
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_INDEX && p.proj[i].local >= first)
            return true;
    return false;
}

/* Branches on a condition to `yes` or `no`. The
 * condition's temporaries are dropped before either branch runs (rustc's
 * DropTemps), so its value goes to a bool outside that scope, whose storage
 * ends at the start of both branches. */
static void branch_on_cond(Builder *b, Expr *cond, BlockId yes, BlockId no) {
    int first_local = b->body->locals.len;
    Operand c;
    LocalId t = -1;
    if (expr_const(cond) || is_place_expr(cond)) {
        push_scope(b, true);
        c = lower_operand(b, cond);
        if (c.kind != OPERAND_CONST && place_uses_locals_from(c.as.place, first_local)) {
            t = new_switch_temp(b, cond->span);
            push_assign(b, cond->span, mir_place(t), rv_use(c, ty_bool()));
            c = take_temp(t);
        }
    } else {
        t = new_switch_temp(b, cond->span);
        push_scope(b, true);
        lower_into(b, mir_place(t), cond);
        c = take_temp(t);
    }
    pop_scope(b, cond->span);
    if (t >= 0)
        switch_and_kill(b, t, yes, no, cond->span);
    else
        switch_bool(b, c, yes, no, cond->span);
}

/* A block or expression in its own temp scope (if arms, loop bodies). */
static void lower_terminating(Builder *b, Place dest, Expr *e, Block *blk) {
    push_scope(b, true);
    if (blk)
        lower_block(b, dest, blk);
    else
        lower_into(b, dest, e);
    pop_scope(b, blk ? span_end(blk->span) : e->span);
}

static void lower_if(Builder *b, Place dest, Expr *e) {
    BlockId then_b = new_block(b), else_b = new_block(b), join = new_block(b);
    branch_on_cond(b, e->as.if_.cond, then_b, else_b);
    b->cur = then_b;
    lower_terminating(b, dest, NULL, e->as.if_.then);
    goto_block(b, join, e->span);
    b->cur = else_b;
    if (e->as.if_.else_)
        lower_terminating(b, dest, e->as.if_.else_, NULL);
    else
        assign_unit(b, dest, e->span);
    goto_block(b, join, e->span);
    b->cur = join;
}

/* a && b, a || b: b runs only if needed; each operand is a temp scope. */
static void lower_logical(Builder *b, Place dest, Expr *e) {
    bool and = e->as.binary.op == BIN_LAND;
    Place d = dest_none(dest) ? mir_place(new_temp(b, ty_bool(), e->span)) : dest;
    BlockId rhs_b = new_block(b), short_b = new_block(b), join = new_block(b);
    if (and)
        branch_on_cond(b, e->as.binary.lhs, rhs_b, short_b);
    else
        branch_on_cond(b, e->as.binary.lhs, short_b, rhs_b);
    b->cur = short_b;
    push_assign(b, e->span, d, rv_use(mir_const(const_bool(!and)), ty_bool()));
    goto_block(b, join, e->span);
    b->cur = rhs_b;
    lower_terminating(b, d, e->as.binary.rhs, NULL);
    goto_block(b, join, e->span);
    b->cur = join;
}

static LoopCtx *push_loop(Builder *b, Expr *e, BlockId brk, BlockId cont, Place dest) {
    LoopCtx l = {e, e->as.loop.label, brk, cont, dest, b->scopes.len};
    vec_push(b->loops, l);
    return &b->loops.data[b->loops.len - 1];
}

static void lower_loop(Builder *b, Place dest, Expr *e) {
    BlockId head = new_block(b), exit = new_block(b);
    goto_block(b, head, e->span);
    b->cur = head;
    push_loop(b, e, exit, head, dest);
    lower_terminating(b, DEST_NONE, NULL, e->as.loop.body);
    goto_block(b, head, span_end(e->span));
    b->loops.len--;
    b->cur = exit;
}

static void lower_while(Builder *b, Place dest, Expr *e) {
    BlockId head = new_block(b), body = new_block(b), exit = new_block(b);
    goto_block(b, head, e->span);
    b->cur = head;
    branch_on_cond(b, e->as.loop.cond, body, exit);
    b->cur = body;
    push_loop(b, e, exit, head, dest);
    lower_terminating(b, DEST_NONE, NULL, e->as.loop.body);
    goto_block(b, head, span_end(e->span));
    b->loops.len--;
    b->cur = exit;
    assign_unit(b, dest, e->span);
}

static void bind_pattern(Builder *b, Pat *p, Place src, int scope);

/* `for x in lo..hi` / `lo..=hi` over integers, as a counter loop with
 * Range's semantics: the counter is advanced before the body runs, and an
 * inclusive range stops after yielding `hi` without computing hi + 1 (so
 * `..=MAX` terminates, like RangeInclusive's `exhausted` flag). */
static void lower_for(Builder *b, Place dest, Expr *e) {
    Expr *it = e->as.loop.iter;
    if (it->kind != EXPR_RANGE || !it->as.range.lo || !it->as.range.hi) {
        error_unsupported(it->span, "`for` over anything but an integer range `a..b` or `a..=b`");
        return;
    }
    Type *ty = ety(it->as.range.lo);
    if (ty_resolve(ty)->kind != TY_INT) {
        error_unsupported(it->span, "`for` over a range of this type");
        return;
    }
    bool incl = it->as.range.inclusive;
    Span span = it->span;
    Expr *ends[2] = {it->as.range.lo, it->as.range.hi};
    Operand *eo = lower_operand_list(b, ends, 2);
    LocalId cur = new_temp(b, ty, it->as.range.lo->span);
    push_assign(b, span, mir_place(cur), rv_use(eo[0], ty));
    LocalId end = new_temp(b, ty, it->as.range.hi->span);
    push_assign(b, span, mir_place(end), rv_use(eo[1], ty));
    Operand one = mir_const(const_int(ty, 1));

    BlockId head = new_block(b), body = new_block(b), exit = new_block(b);
    BlockId latch = incl ? new_block(b) : head;
    goto_block(b, head, span);
    b->cur = head;
    LocalId more = new_switch_temp(b, span);
    push_assign(b, span, mir_place(more),
                rv_binary(RV_BINARY, incl ? BIN_LE : BIN_LT, mir_copy(mir_place(cur)),
                          mir_copy(mir_place(end)), ty_bool()));
    switch_and_kill(b, more, body, exit, span);

    b->cur = body;
    push_loop(b, e, exit, latch, dest);
    int vscope = push_scope(b, false);
    bind_pattern(b, e->as.loop.pat, mir_place(cur), vscope);
    if (!incl)
        push_assign(b, span, mir_place(cur),
                    rv_binary(RV_BINARY, BIN_ADD, mir_copy(mir_place(cur)), one, ty));
    lower_terminating(b, DEST_NONE, NULL, e->as.loop.body);
    pop_scope(b, span_end(e->span));
    b->loops.len--;
    if (incl) {
        goto_block(b, latch, span_end(e->span));
        b->cur = latch;
        LocalId last = new_switch_temp(b, span);
        push_assign(b, span, mir_place(last),
                    rv_binary(RV_BINARY, BIN_EQ, mir_copy(mir_place(cur)), mir_copy(mir_place(end)),
                              ty_bool()));
        BlockId inc = new_block(b);
        switch_and_kill(b, last, exit, inc, span);
        b->cur = inc;
        push_assign(b, span, mir_place(cur),
                    rv_binary(RV_BINARY, BIN_ADD, mir_copy(mir_place(cur)), one, ty));
        goto_block(b, body, span);
    } else {
        goto_block(b, head, span_end(e->span));
    }
    b->cur = exit;
    assign_unit(b, dest, e->span);
}

static LoopCtx *find_loop(Builder *b, Expr *e) {
    Expr *target = e->as.jump.target;
    Symbol label = e->as.jump.label;
    for (int i = b->loops.len - 1; i >= 0; i--) {
        LoopCtx *l = &b->loops.data[i];
        if (target ? l->expr == target : (!label || l->label == label))
            return l;
    }
    ICE("`%s` outside of a loop", e->kind == EXPR_BREAK ? "break" : "continue");
}

static void lower_jump(Builder *b, Expr *e) {
    switch (e->kind) {
    case EXPR_BREAK: {
        LoopCtx *l = find_loop(b, e);
        int li = (int)(l - b->loops.data);
        if (e->as.jump.value)
            lower_into(b, l->dest, e->as.jump.value);
        else
            assign_unit(b, b->loops.data[li].dest, e->span);
        l = &b->loops.data[li];
        unwind_to(b, l->depth, e->span);
        goto_block(b, l->brk, e->span);
        break;
    }
    case EXPR_CONTINUE: {
        LoopCtx *l = find_loop(b, e);
        unwind_to(b, l->depth, e->span);
        goto_block(b, l->cont, e->span);
        break;
    }
    case EXPR_RETURN:
        if (e->as.jump.value)
            lower_into(b, mir_place(MIR_RETURN_LOCAL), e->as.jump.value);
        else
            assign_unit(b, mir_place(MIR_RETURN_LOCAL), e->span);
        unwind_to(b, 0, e->span);
        goto_block(b, b->ret_block, e->span);
        break;
    default: ICE("not a jump");
    }
    start_dead_block(b);
}

/* ---- assignment ---------------------------------------------------------------------------------- */

static void lower_assign(Builder *b, Place dest, Expr *e) {
    Expr *lhs = e->as.assign.lhs, *rhs = e->as.assign.rhs;
    Type *lt = ety(lhs);
    if (ty_needs_drop(lt)) {
        /* The new value is computed first, then the old one dropped, then
         * the place written: `drop(x) -> bb; x = move tmp`. The right side
         * is in a temporary so that `s = s` reads before the drop. */
        Operand v = lower_operand(b, rhs);
        if (v.kind != OPERAND_CONST && is_place_expr(rhs)) {
            LocalId t = new_temp(b, ety(rhs), rhs->span);
            push_assign(b, rhs->span, mir_place(t), rv_use(v, ety(rhs)));
            v = take_temp(t);
        }
        Place p = lower_place(b, lhs);
        BlockId next = new_block(b);
        MirTerm t = {0};
        t.kind = TERM_DROP;
        t.span = e->span;
        t.as.drop.place = p;
        t.as.drop.target = next;
        terminate(b, t);
        b->cur = next;
        push_assign(b, e->span, p, rv_use(v, lt));
    } else {
        Rvalue rv = lower_rvalue(b, rhs);
        Place p = lower_place(b, lhs);
        push_assign(b, e->span, p, rv);
    }
    assign_unit(b, dest, e->span);
}

static void lower_compound_assign(Builder *b, Place dest, Expr *e) {
    Expr *lhs = e->as.assign.lhs, *rhs = e->as.assign.rhs;
    if (e->as.assign.builtin == BUILTIN_STRING_ADD_ASSIGN) {
        /* s += &t is AddAssign::add_assign(&mut s, &t) */
        Place p = lower_place(b, lhs);
        Type *rt = ty_ref(ety(lhs), true);
        LocalId r = new_temp(b, rt, lhs->span);
        push_assign(b, lhs->span, mir_place(r), rv_ref(p, true, rt));
        Operand *ops = ALLOC_N(Operand, 2);
        ops[0] = take_temp(r);
        ops[1] = lower_operand(b, rhs);
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
    Operand r = lower_scalar_operand(b, rhs);
    Place p = lower_place(b, lhs);
    Type *ty = ety(lhs);
    Rvalue rv = build_arith(b, e->as.assign.op, mir_copy(p), r, ty, scalar_type(ety(rhs)), e->span);
    push_assign(b, e->span, p, rv);
    assign_unit(b, dest, e->span);
}

/* ---- expressions into a destination ------------------------------------------------------------ */

static void lower_binary_into(Builder *b, Place dest, Expr *e) {
    BinOp op = e->as.binary.op;
    Builtin bi = e->as.binary.builtin;
    if (op == BIN_LAND || op == BIN_LOR) {
        lower_logical(b, dest, e);
        return;
    }
    if (bi == BUILTIN_STRING_ADD) {
        Expr *es[2] = {e->as.binary.lhs, e->as.binary.rhs};
        Operand *ops = lower_operand_list(b, es, 2);
        Callee c = {0};
        c.kind = CALLEE_BUILTIN;
        c.builtin = bi;
        emit_call(b, c, ops, 2, dest, ety(e), e->span);
        return;
    }
    if (op >= BIN_EQ && op <= BIN_GE) {
        /* Comparisons take their operands by reference: no moves. */
        Place l = lower_place(b, e->as.binary.lhs);
        Place r = lower_place(b, e->as.binary.rhs);
        LocalId c = cmp_places(b, op, l, r, e->span);
        push_assign(b, e->span, dest, rv_use(take_temp(c), ty_bool()));
        return;
    }
    error_unsupported(e->span, arena_printf(compiler_arena, "the operator `%s` on `%s`",
                                            binop_text(op), ty_to_string(ety(e->as.binary.lhs))));
}

static void lower_into(Builder *b, Place dest, Expr *e) {
    bool ext = take_extending(b);
    if (is_rvalue_kind(e)) {
        b->extending = ext;
        Rvalue rv = lower_rvalue(b, e);
        push_assign(b, e->span, dest, rv);
        return;
    }
    switch (e->kind) {
    case EXPR_BLOCK:
        b->extending = ext;
        lower_block(b, dest, e->as.block);
        return;
    case EXPR_IF: lower_if(b, dest, e); return;
    case EXPR_WHILE: lower_while(b, dest, e); return;
    case EXPR_LOOP: lower_loop(b, dest, e); return;
    case EXPR_FOR: lower_for(b, dest, e); return;
    case EXPR_BREAK:
    case EXPR_CONTINUE:
    case EXPR_RETURN: lower_jump(b, e); return;
    case EXPR_CALL: lower_call(b, dest, e); return;
    case EXPR_METHOD: lower_method(b, dest, e); return;
    case EXPR_MACRO: lower_macro(b, dest, e); return;
    case EXPR_ASSIGN: lower_assign(b, dest, e); return;
    case EXPR_COMPOUND_ASSIGN: lower_compound_assign(b, dest, e); return;
    case EXPR_BINARY: lower_binary_into(b, dest, e); return;
    case EXPR_COERCE:
        /* COERCE_NEVER: the inner expression diverges; dest stays unwritten
         * in code that cannot run. */
        lower_into(b, DEST_NONE, e->as.coerce.inner);
        return;
    case EXPR_RANGE: error_unsupported(e->span, "range expressions outside `for`"); return;
    case EXPR_FIELD: error_unsupported(e->span, "struct fields"); return;
    default: break;
    }
    ICE("cannot lower expression kind %d", (int)e->kind);
}

/* ---- patterns, statements, blocks --------------------------------------------------------------- */

/* Binds the variables of pattern p to parts of src, adding them to scope. */
static void bind_pattern(Builder *b, Pat *p, Place src, int scope) {
    switch (p->kind) {
    case PAT_BIND: {
        Var *v = p->as.bind.var;
        LocalId l = declare_var(b, v, LOCAL_VAR);
        storage(b, MIR_STORAGE_LIVE, l, p->span);
        Type *st = mir_place_type(b->body, src);
        if (p->as.bind.by_ref) {
            Type *vt = ty_resolve(local_ty(b, l));
            bool mut = vt->kind == TY_REF && vt->as.ref.mut;
            push_assign(b, p->span, mir_place(l), rv_ref(src, mut, local_ty(b, l)));
        } else {
            push_assign(b, p->span, mir_place(l), rv_use(read_place(src, st), st));
        }
        scope_add(b, scope, l, true, true);
        return;
    }
    case PAT_WILD:
    case PAT_REST: return;
    case PAT_TUPLE: {
        Type *t = ty_resolve(mir_place_type(b->body, src));
        if (t->kind != TY_TUPLE)
            ICE("tuple pattern against %s", ty_to_string(t));
        int n = p->as.tuple.len, rest = -1;
        for (int i = 0; i < n; i++)
            if (p->as.tuple.data[i]->kind == PAT_REST)
                rest = i;
        for (int i = 0; i < n; i++) {
            if (i == rest)
                continue;
            int field = (rest >= 0 && i > rest) ? t->as.tuple.len - (n - i) : i;
            Place f = mir_place_project(src, PROJ_FIELD, field, 0, t->as.tuple.elems[field]);
            bind_pattern(b, p->as.tuple.data[i], f, scope);
        }
        return;
    }
    case PAT_LIT: error_unsupported(p->span, "literal patterns here"); return;
    }
}

/* Declares the variables of a pattern without a value (`let (a, b);`). */
static void declare_pattern(Builder *b, Pat *p, int scope) {
    if (p->kind == PAT_BIND) {
        LocalId l = declare_var(b, p->as.bind.var, LOCAL_VAR);
        storage(b, MIR_STORAGE_LIVE, l, p->span);
        scope_add(b, scope, l, true, true);
    } else if (p->kind == PAT_TUPLE) {
        for (int i = 0; i < p->as.tuple.len; i++)
            declare_pattern(b, p->as.tuple.data[i], scope);
    }
}

static void lower_let(Builder *b, Stmt *s) {
    Pat *pat = s->as.let.pat;
    Expr *init = s->as.let.init;
    int vs = var_scope(b);
    if (!init) {
        declare_pattern(b, pat, vs);
        return;
    }
    int saved_ext = b->ext_scope;
    b->ext_scope = vs;
    if (pat->kind == PAT_BIND && !pat->as.bind.by_ref) {
        /* The value is built in the variable itself. Its drop is scheduled
         * after the initializer, so temporaries extended by this let are
         * dropped after it, as in rustc. */
        LocalId l = declare_var(b, pat->as.bind.var, LOCAL_VAR);
        storage(b, MIR_STORAGE_LIVE, l, pat->span);
        b->extending = true;
        lower_into(b, mir_place(l), init);
        b->extending = false;
        scope_add(b, vs, l, true, true);
    } else if (pat->kind == PAT_WILD) {
        /* `let _ = place;` reads nothing; `let _ = value;` drops the value
         * at the end of the statement. */
        if (is_place_expr(init))
            (void)lower_place(b, init);
        else
            (void)as_temp(b, init, true, false);
    } else {
        /* The value matched against the pattern is a temporary of the
         * statement (what the pattern does not move out is dropped at the
         * `;`); only the initializer's own borrows are extended. */
        Place src;
        if (is_place_expr(init))
            src = lower_place(b, init);
        else
            src = mir_place(as_temp_in(b, init, true, b->temp_scope, true));
        bind_pattern(b, pat, src, vs);
    }
    b->ext_scope = saved_ext;
}

static void lower_stmt(Builder *b, Stmt *s) {
    switch (s->kind) {
    case STMT_LET:
        push_scope(b, true);
        lower_let(b, s);
        pop_scope(b, s->span);
        return;
    case STMT_EXPR: {
        Expr *e = s->as.expr.expr;
        push_scope(b, true);
        if (ty_needs_drop(ety(e)))
            (void)as_temp(b, e, true, false);   /* dropped at the `;` */
        else
            lower_into(b, DEST_NONE, e);
        pop_scope(b, s->span);
        return;
    }
    case STMT_ITEM:
    case STMT_EMPTY: return;
    }
}

static void lower_block(Builder *b, Place dest, Block *blk) {
    bool ext = take_extending(b);
    push_scope(b, false);
    for (int i = 0; i < blk->stmts.len; i++)
        lower_stmt(b, blk->stmts.data[i]);
    if (blk->tail) {
        /* The tail's temporaries belong to the enclosing temp scope: they
         * outlive the block's variables (edition 2021). */
        b->extending = ext;
        lower_into(b, dest, blk->tail);
        b->extending = false;
    } else {
        assign_unit(b, dest, span_end(blk->span));
    }
    pop_scope(b, span_end(blk->span));
}

/* ---- functions ------------------------------------------------------------------------------------- */

static MirBody *lower_fn(MirProgram *prog, Item *fn, const char *symbol, bool checks) {
    MirBody *body = ALLOC(MirBody);
    body->item = fn;
    body->name = fn->name;
    body->symbol = symbol;
    body->span = fn->span;
    Builder bld = {0};
    Builder *b = &bld;
    b->prog = prog;
    b->body = body;
    b->fn = fn;
    b->checks = checks;

    Type *ret = fn->as.fn.ret_ty ? ty_zonk(fn->as.fn.ret_ty) : ty_unit();
    LocalId r = new_local(b, LOCAL_RETURN, ret, fn->as.fn.ret ? fn->as.fn.ret->span : fn->span);
    (void)r;
    int nparams = fn->as.fn.params.len;
    body->arg_count = nparams;
    for (int i = 0; i < nparams; i++) {
        Param *prm = &fn->as.fn.params.data[i];
        Pat *p = prm->pat;
        if (p->kind == PAT_BIND && !p->as.bind.by_ref) {
            declare_var(b, p->as.bind.var, LOCAL_ARG);
        } else {
            Type *t = p->ty ? ty_zonk(p->ty) : ty_zonk(prm->type->resolved);
            LocalId l = new_local(b, LOCAL_ARG, t, prm->span);
            b->body->locals.data[l].mutable = false;
        }
    }
    b->cur = new_block(b);
    b->ret_block = new_block(b);

    /* Scopes: arguments, then variables bound by argument patterns, then
     * the body's temporaries, then the body block itself. */
    int args = push_scope(b, false);
    for (int i = 0; i < nparams; i++)
        scope_add(b, args, i + 1, true, false);
    int pvars = push_scope(b, false);
    for (int i = 0; i < nparams; i++) {
        Pat *p = fn->as.fn.params.data[i].pat;
        if (!(p->kind == PAT_BIND && !p->as.bind.by_ref))
            bind_pattern(b, p, mir_place(i + 1), pvars);
    }
    push_scope(b, true);
    lower_block(b, mir_place(MIR_RETURN_LOCAL), fn->as.fn.body);
    Span end = span_end(fn->as.fn.body->span);
    pop_scope(b, end);
    pop_scope(b, end);
    pop_scope(b, end);
    goto_block(b, b->ret_block, end);
    b->cur = b->ret_block;
    MirTerm t = {0};
    t.kind = TERM_RETURN;
    t.span = end;
    terminate(b, t);

    /* Blocks that code after a diverging expression started but nothing
     * ended: unreachable; simplification removes them. */
    for (int i = 0; i < body->blocks.len; i++) {
        MirBlock *blk = body->blocks.data[i];
        if (!blk->has_term) {
            blk->term.kind = TERM_UNREACHABLE;
            blk->term.span = end;
            blk->has_term = true;
        }
    }
    mir_simplify_cfg(body);
    return body;
}

/* ---- the program ------------------------------------------------------------------------------------ */

typedef struct Collect {
    MirProgram *prog;
    bool checks;
    VEC(const char *) symbols;   /* to keep nested items' symbols unique */
} Collect;

static const char *unique_symbol(Collect *c, const char *base) {
    const char *s = base;
    for (int n = 1;; n++) {
        bool taken = false;
        for (int i = 0; i < c->symbols.len && !taken; i++)
            taken = strcmp(c->symbols.data[i], s) == 0;
        if (!taken)
            break;
        s = arena_printf(compiler_arena, "%s.%d", base, n);
    }
    vec_push(c->symbols, s);
    return s;
}

static void collect_block(Collect *c, Block *blk);

static void collect_expr(Collect *c, Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_BLOCK: collect_block(c, e->as.block); break;
    case EXPR_IF:
        collect_expr(c, e->as.if_.cond);
        collect_block(c, e->as.if_.then);
        collect_expr(c, e->as.if_.else_);
        break;
    case EXPR_WHILE:
    case EXPR_LOOP:
    case EXPR_FOR: collect_block(c, e->as.loop.body); break;
    default: break;
    }
}

static void collect_item(Collect *c, Item *it) {
    switch (it->kind) {
    case ITEM_FN: {
        const char *sym = unique_symbol(c, arena_printf(compiler_arena, "owl.%s", sym_str(it->name)));
        /* Items nested in this body first get their symbols reserved in
         * source order; the body is lowered after. */
        MirBody *body = lower_fn(c->prog, it, sym, c->checks);
        vec_push(c->prog->bodies, body);
        collect_block(c, it->as.fn.body);
        break;
    }
    case ITEM_STATIC: {
        MirStatic s = {0};
        s.item = it;
        s.symbol = unique_symbol(c, arena_printf(compiler_arena, "owl.static.%s", sym_str(it->name)));
        s.value = it->as.global.value;
        vec_push(c->prog->statics, s);
        break;
    }
    case ITEM_CONST:
    case ITEM_USE: break;
    }
}

/* Items declared inside function bodies (only reachable through blocks). */
static void collect_block(Collect *c, Block *blk) {
    if (!blk)
        return;
    for (int i = 0; i < blk->stmts.len; i++) {
        Stmt *s = blk->stmts.data[i];
        if (s->kind == STMT_ITEM)
            collect_item(c, s->as.item);
        else if (s->kind == STMT_EXPR)
            collect_expr(c, s->as.expr.expr);
        else if (s->kind == STMT_LET)
            collect_expr(c, s->as.let.init);
    }
    collect_expr(c, blk->tail);
}

MirProgram *mir_build(Crate *crate, bool overflow_checks) {
    MirProgram *p = ALLOC(MirProgram);
    p->crate = crate;
    Collect c = {0};
    c.prog = p;
    c.checks = overflow_checks;
    int errors = diag_error_count();
    for (int i = 0; i < crate->items.len; i++) {
        Item *it = crate->items.data[i];
        int at = p->bodies.len;
        collect_item(&c, it);
        if (it->kind == ITEM_FN && strcmp(sym_str(it->name), "main") == 0)
            p->main = p->bodies.data[at];
    }
    if (diag_error_count() == errors)
        mir_verify(p);
    return p;
}
