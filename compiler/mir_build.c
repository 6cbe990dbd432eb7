/* mir_build.c: typed AST to MIR, one function at a time.
 *
 * Takes the crate after typeck (every Expr typed, every path resolved, the
 * implicit coercions explicit as EXPR_COERCE) and gives one MirBody per fn
 * item plus the program's statics. The lowering is rustc's
 * (rustc_mir_build), simplified:
 *
 *  - Three entry points by what the caller needs: mb_lower_place (an
 *    lvalue: locals, `*p`, `t.0`, `a[i]`, statics), mb_lower_operand (a
 *    value to read: constants, copies/moves of places, else a temporary)
 *    and lower_into (write the value into a destination place; control
 *    flow lowers here). Operators, calls and macros are in
 *    mir_build_ops.c.
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
#include "mir_build_int.h"

#include <string.h>

#include "ast_walk.h"

static void lower_into(Builder *b, Place dest, Expr *e);
static Rvalue lower_rvalue(Builder *b, Expr *e);
static void lower_block(Builder *b, Place dest, Block *blk);

/* ---- blocks, locals, statements ---------------------------------------- */

BlockId mb_new_block(Builder *b) {
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

void mb_terminate(Builder *b, MirTerm t) {
    MirBlock *blk = cur_block(b);
    if (blk->has_term)
        ICE("bb%d terminated twice", b->cur);
    blk->term = t;
    blk->has_term = true;
}

void mb_goto_block(Builder *b, BlockId target, Span span) {
    MirTerm t = {0};
    t.kind = TERM_GOTO;
    t.span = span;
    t.as.goto_ = target;
    mb_terminate(b, t);
}

/* Start filling a fresh block nothing jumps to yet: code after a diverging
 * expression. CFG simplification removes it if it stays unreachable. */
void mb_start_dead_block(Builder *b) { b->cur = mb_new_block(b); }

void mb_push_assign(Builder *b, Span span, Place p, Rvalue rv) {
    if (mb_dest_none(p))
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

Rvalue mb_rv_use(Operand o, Type *ty) {
    Rvalue rv = {0};
    rv.kind = RV_USE;
    rv.ty = ty;
    rv.as.use = o;
    return rv;
}

Rvalue mb_rv_binary(RvalueKind kind, BinOp op, Operand l, Operand r, Type *ty) {
    Rvalue rv = {0};
    rv.kind = kind;
    rv.ty = ty;
    rv.as.binary.op = op;
    rv.as.binary.lhs = l;
    rv.as.binary.rhs = r;
    return rv;
}

Rvalue mb_rv_ref(Place p, bool mut, Type *ty) {
    Rvalue rv = {0};
    rv.kind = RV_REF;
    rv.ty = ty;
    rv.as.ref.mut = mut;
    rv.as.ref.place = p;
    return rv;
}

LocalId mb_new_local(Builder *b, LocalKind kind, Type *ty, Span span) {
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
    LocalId t = mb_new_local(b, LOCAL_TEMP, ty, span);
    storage(b, MIR_STORAGE_LIVE, t, span);
    scope_add(b, scope, t, false, true);
    return t;
}

LocalId mb_new_temp(Builder *b, Type *ty, Span span) {
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
Operand mb_take_temp(LocalId l) { return mir_move(mir_place(l)); }

/* ---- scopes ------------------------------------------------------------ */

int mb_push_scope(Builder *b, bool temps) {
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
            BlockId next = mb_new_block(b);
            MirTerm t = {0};
            t.kind = TERM_DROP;
            t.span = span;
            t.as.drop.place = mir_place(e.local);
            t.as.drop.target = next;
            mb_terminate(b, t);
            b->cur = next;
        }
        if (e.storage)
            storage(b, MIR_STORAGE_DEAD, e.local, span);
    }
}

void mb_pop_scope(Builder *b, Span span) {
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

/* ---- variables --------------------------------------------------------- */

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
    LocalId l = mb_new_local(b, kind, ty_zonk(v->ty), v->span);
    MirLocal *ml = &b->body->locals.data[l];
    ml->name = v->name;
    ml->var = v;
    ml->mutable = v->mutable;
    map_var(b, v, l);
    return l;
}

/* ---- constants --------------------------------------------------------- */

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

ConstValue *mb_const_usize(uint64_t v) { return const_int(ty_int(INT_USIZE), v); }

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
    case EXPR_STR: return const_from_literal(mb_ety(e), &e->as.lit, e->kind);
    case EXPR_PATH:
        if (e->as.path.res == RES_CONST) {
            Item *it = e->as.path.item;
            if (!it || !it->as.global.value)
                ICE("const `%s` was not evaluated", it ? sym_str(it->name) : "?");
            return it->as.global.value;
        }
        if (e->as.path.res == RES_CONST_VALUE)
            return const_from_literal(mb_ety(e), &e->as.path.value, EXPR_PATH);
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

/* An integer `/` or `%` rustc promotes: by a constant that is neither 0
 * nor (signed) -1, so that it cannot panic. */
static bool is_promotable_division(Expr *e) {
    Type *t = ty_resolve(mb_ety(e->as.binary.lhs));
    if (t->kind != TY_INT)
        return true;
    ConstValue *d = expr_const(e->as.binary.rhs);
    if (!d || d->kind != CONST_INT || d->bits == 0)
        return false;
    return !int_kind_signed(t->as.int_kind) || d->bits != const_int(t, -1)->bits;
}

/* Whether rustc promotes `&e` to a constant, whose borrow is 'static and
 * so outlives the statement (`r = &5;` is accepted, `r = &(x + 1);` is
 * not): literals and consts, and the operators (but `&&` `||`, which
 * branch, and a division that might panic), casts, tuples and arrays made
 * of them. */
static bool is_promotable(Expr *e) {
    if (expr_const(e))
        return !ty_needs_drop(mb_ety(e));
    switch (e->kind) {
    case EXPR_UNARY: return e->as.unary.op != UN_DEREF && is_promotable(e->as.unary.operand);
    case EXPR_BINARY: {
        BinOp op = e->as.binary.op;
        if ((op == BIN_DIV || op == BIN_REM) && !is_promotable_division(e))
            return false;
        return e->as.binary.builtin == BUILTIN_NONE && op != BIN_LAND && op != BIN_LOR &&
               is_promotable(e->as.binary.lhs) && is_promotable(e->as.binary.rhs);
    }
    case EXPR_CAST: return is_promotable(e->as.cast.operand);
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        for (int i = 0; i < e->as.list.len; i++)
            if (!is_promotable(e->as.list.data[i]))
                return false;
        return true;
    case EXPR_REPEAT: return is_promotable(e->as.repeat.value);
    default: return false;
    }
}

/* ---- expression classes ------------------------------------------------ */

bool mb_is_place_expr(Expr *e) {
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
bool mb_expr_is_pure(Expr *e) {
    switch (e->kind) {
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_BOOL:
    case EXPR_CHAR:
    case EXPR_STR:
    case EXPR_PATH: return true;
    case EXPR_UNARY: return mb_expr_is_pure(e->as.unary.operand);
    case EXPR_BINARY:
        return e->as.binary.builtin == BUILTIN_NONE && mb_expr_is_pure(e->as.binary.lhs) &&
               mb_expr_is_pure(e->as.binary.rhs);
    case EXPR_CAST: return mb_expr_is_pure(e->as.cast.operand);
    case EXPR_REF: return mb_expr_is_pure(e->as.ref.operand);
    case EXPR_TUPLE_FIELD: return mb_expr_is_pure(e->as.tuple_field.base);
    case EXPR_INDEX: return mb_expr_is_pure(e->as.index.base) && mb_expr_is_pure(e->as.index.index);
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        for (int i = 0; i < e->as.list.len; i++)
            if (!mb_expr_is_pure(e->as.list.data[i]))
                return false;
        return true;
    case EXPR_REPEAT: return mb_expr_is_pure(e->as.repeat.value);
    case EXPR_COERCE:
        return e->as.coerce.kind != COERCE_NEVER && mb_expr_is_pure(e->as.coerce.inner);
    default: return false;
    }
}

/* Values compared and computed with one MIR operator (raw pointers from
 * `as_ptr()` compare by address). */
bool mb_is_scalar(Type *t) {
    t = ty_resolve(t);
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_CHAR ||
           t->kind == TY_PTR;
}

bool mb_is_signed_int(Type *t) {
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
            return mb_is_scalar(mb_ety(e->as.binary.lhs)) && mb_is_scalar(mb_ety(e->as.binary.rhs));
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

/* ---- temporaries and operands ------------------------------------------ */

/* Evaluates e into a fresh temporary. `drop`: the temporary is used as a
 * place, so its value is dropped at the end of its scope (unless moved). */
static LocalId as_temp_in(Builder *b, Expr *e, bool drop, int scope, bool inner_ext) {
    LocalId t = new_temp_in(b, scope, mb_ety(e), e->span);
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
Place mb_deref_all(Place p, Type *t) {
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

Operand mb_lower_operand(Builder *b, Expr *e) {
    bool ext = take_extending(b);
    ConstValue *c = expr_const(e);
    if (c)
        return mir_const(c);
    if (mb_is_place_expr(e)) {
        b->extending = ext;
        Place p = mb_lower_place(b, e);
        return read_place(p, mb_ety(e));
    }
    return mb_take_temp(as_temp(b, e, false, ext));
}

/* The variable a place expression starts from (`t.0`, `a[i]`), or NULL. */
static Var *place_root_var(Expr *e) {
    for (;;) {
        switch (e->kind) {
        case EXPR_PATH: return e->as.path.res == RES_LOCAL ? e->as.path.var : NULL;
        case EXPR_TUPLE_FIELD: e = e->as.tuple_field.base; break;
        case EXPR_INDEX: e = e->as.index.base; break;
        case EXPR_COERCE: e = e->as.coerce.inner; break;
        default: return NULL;
        }
    }
}

/* Whether a pure expression (mb_expr_is_pure) mentions v. In `f(s, &s)` or
 * `(s, &s)` the move of s must come before the borrow, as in rustc, so
 * that the ownership checker reports the borrow of a moved value. */
static bool pure_mentions(Expr *e, Var *v) {
    switch (e->kind) {
    case EXPR_PATH: return e->as.path.res == RES_LOCAL && e->as.path.var == v;
    case EXPR_UNARY: return pure_mentions(e->as.unary.operand, v);
    case EXPR_BINARY:
        return pure_mentions(e->as.binary.lhs, v) || pure_mentions(e->as.binary.rhs, v);
    case EXPR_CAST: return pure_mentions(e->as.cast.operand, v);
    case EXPR_REF: return pure_mentions(e->as.ref.operand, v);
    case EXPR_TUPLE_FIELD: return pure_mentions(e->as.tuple_field.base, v);
    case EXPR_INDEX:
        return pure_mentions(e->as.index.base, v) || pure_mentions(e->as.index.index, v);
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        for (int i = 0; i < e->as.list.len; i++)
            if (pure_mentions(e->as.list.data[i], v))
                return true;
        return false;
    case EXPR_REPEAT: return pure_mentions(e->as.repeat.value, v);
    case EXPR_COERCE: return pure_mentions(e->as.coerce.inner, v);
    default: return false;
    }
}

/* Whether operand op (from expression e) must be read into a temporary
 * before the later operands are evaluated. */
static bool read_before(Operand op, Expr *e, Expr **later, int n) {
    Var *v = op.kind == OPERAND_MOVE ? place_root_var(e) : NULL;
    for (int j = 0; j < n; j++)
        if (!mb_expr_is_pure(later[j]) || (v && pure_mentions(later[j], v)))
            return true;
    return false;
}

/* Operands evaluated left to right. A place read is kept as a direct
 * operand only if no later operand can change the place (nor borrow what
 * it moves). */
Operand *mb_lower_operand_list(Builder *b, Expr **es, int n) {
    Operand *ops = ALLOC_N(Operand, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        ops[i] = mb_lower_operand(b, es[i]);
        if (ops[i].kind == OPERAND_CONST || !mb_is_place_expr(es[i]))
            continue;
        bool later_impure = read_before(ops[i], es[i], es + i + 1, n - i - 1);
        if (later_impure) {
            LocalId t = mb_new_temp(b, mb_ety(es[i]), es[i]->span);
            mb_push_assign(b, es[i]->span, mir_place(t), mb_rv_use(ops[i], mb_ety(es[i])));
            ops[i] = mb_take_temp(t);
        }
    }
    return ops;
}

/* A type with its references removed (`&&i32` -> `i32`). */
Type *mb_scalar_type(Type *t) {
    t = ty_resolve(t);
    while (t->kind == TY_REF)
        t = ty_resolve(t->as.ref.inner);
    return t;
}

/* The value of a numeric operand, looking through references
 * (`&i32 + i32` is valid Rust). */
Operand mb_lower_scalar_operand(Builder *b, Expr *e) {
    Type *t = mb_ety(e);
    if (ty_resolve(t)->kind != TY_REF)
        return mb_lower_operand(b, e);
    Place p = mb_is_place_expr(e) ? mb_lower_place(b, e) : mir_place(as_temp(b, e, false, false));
    p = mb_deref_all(p, t);
    return mir_copy(p);
}

/* ---- places ------------------------------------------------------------ */

/* `*o` (or an autoderef of o), the place e: o itself if it is a place,
 * else a temporary holding it. */
static Place lower_deref(Builder *b, Expr *e, Expr *o, bool ext) {
    Place p;
    if (mb_is_place_expr(o)) {
        b->extending = ext;
        p = mb_lower_place(b, o);
    } else {
        p = mir_place(as_temp(b, o, false, ext));
    }
    return mir_place_project(p, PROJ_DEREF, 0, 0, mb_ety(e));
}

/* Bounds-checked a[i]: the index goes into a usize temporary, checked
 * against the array length, then used by a PROJ_INDEX. */
static Place lower_index(Builder *b, Expr *e, bool ext) {
    b->extending = ext;
    Place base = mb_lower_place(b, e->as.index.base);
    base = mb_deref_all(base, mb_ety(e->as.index.base));
    Type *bt = ty_resolve(mir_place_type(b->body, base));
    if (bt->kind != TY_ARRAY) {
        error_unsupported(e->span, "indexing this type");
        return base;
    }
    Operand iop = mb_lower_operand(b, e->as.index.index);
    LocalId idx;
    if (iop.kind == OPERAND_MOVE && iop.as.place.nproj == 0 &&
        b->body->locals.data[iop.as.place.local].kind == LOCAL_TEMP) {
        idx = iop.as.place.local;   /* already a temporary of its own */
    } else {
        idx = mb_new_temp(b, ty_int(INT_USIZE), e->as.index.index->span);
        mb_push_assign(b, e->as.index.index->span, mir_place(idx),
                       mb_rv_use(iop, ty_int(INT_USIZE)));
    }
    Operand len = mir_const(mb_const_usize(bt->as.array.len));
    LocalId ok = mb_bool_temp(b, BIN_LT, mir_copy(mir_place(idx)), len, e->span);
    mb_emit_assert(b, mb_take_temp(ok), true, ASSERT_BOUNDS, BIN_LT, len, mir_copy(mir_place(idx)),
                e->span);
    return mir_place_project(base, PROJ_INDEX, 0, idx, bt->as.array.elem);
}

Place mb_lower_place(Builder *b, Expr *e) {
    bool ext = take_extending(b);
    switch (e->kind) {
    case EXPR_PATH:
        if (e->as.path.res == RES_LOCAL)
            return mir_place(var_to_local(b, e->as.path.var));
        if (e->as.path.res == RES_STATIC) {
            /* A static is reached through its address, as in rustc. */
            Item *it = e->as.path.item;
            Type *rt = ty_ref(mb_ety(e), it->as.global.mut);
            ConstValue *c = new_const(CONST_STATIC_REF, rt);
            c->item = it;
            LocalId t = mb_new_temp(b, rt, e->span);
            mb_push_assign(b, e->span, mir_place(t), mb_rv_use(mir_const(c), rt));
            return mir_place_project(mir_place(t), PROJ_DEREF, 0, 0, mb_ety(e));
        }
        break;
    case EXPR_UNARY:
        if (e->as.unary.op == UN_DEREF)
            return lower_deref(b, e, e->as.unary.operand, ext);
        break;
    case EXPR_COERCE:
        if (e->as.coerce.kind == COERCE_AUTODEREF)
            return lower_deref(b, e, e->as.coerce.inner, ext);
        break;
    case EXPR_TUPLE_FIELD: {
        Expr *base = e->as.tuple_field.base;
        b->extending = ext;
        Place p = mb_lower_place(b, base);
        p = mb_deref_all(p, mb_ety(base));
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

/* ---- switches ---------------------------------------------------------- */

/* Jumps on a bool local: to `yes` if true, `no` if false. */
void mb_switch_bool(Builder *b, Operand c, BlockId yes, BlockId no, Span span) {
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
    mb_terminate(b, t);
}

/* A bool temporary made just for a switch: its storage ends on both sides. */
LocalId mb_new_switch_temp(Builder *b, Span span) {
    LocalId t = mb_new_local(b, LOCAL_TEMP, ty_bool(), span);
    storage(b, MIR_STORAGE_LIVE, t, span);
    return t;
}

/* Switches on t, ending its storage at the start of both sides. */
void mb_switch_and_kill(Builder *b, LocalId t, BlockId yes, BlockId no, Span span) {
    BlockId y = mb_new_block(b), n = mb_new_block(b);
    mb_switch_bool(b, mb_take_temp(t), y, n, span);
    b->cur = y;
    storage(b, MIR_STORAGE_DEAD, t, span);
    mb_goto_block(b, yes, span);
    b->cur = n;
    storage(b, MIR_STORAGE_DEAD, t, span);
    mb_goto_block(b, no, span);
}

/* Unit-typed expressions write `()` to a real destination. */
void mb_assign_unit(Builder *b, Place dest, Span span) {
    if (mb_dest_none(dest))
        return;
    Type *t = ty_resolve(mir_place_type(b->body, dest));
    if (t->kind == TY_TUPLE && t->as.tuple.len == 0)
        mb_push_assign(b, span, dest, mb_rv_use(mir_const(const_unit()), ty_unit()));
}

/* ---- rvalues ----------------------------------------------------------- */

static Rvalue lower_aggregate(Builder *b, Expr *e, AggregateKind kind, bool ext) {
    int n = e->as.list.len;
    Operand *ops = ALLOC_N(Operand, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        b->extending = ext;
        ops[i] = mb_lower_operand(b, e->as.list.data[i]);
        if (ops[i].kind == OPERAND_CONST || !mb_is_place_expr(e->as.list.data[i]))
            continue;
        if (read_before(ops[i], e->as.list.data[i], e->as.list.data + i + 1, n - i - 1)) {
            Type *t = mb_ety(e->as.list.data[i]);
            LocalId tmp = mb_new_temp(b, t, e->as.list.data[i]->span);
            mb_push_assign(b, e->span, mir_place(tmp), mb_rv_use(ops[i], t));
            ops[i] = mb_take_temp(tmp);
        }
    }
    b->extending = false;
    Rvalue rv = {0};
    rv.kind = RV_AGGREGATE;
    rv.ty = mb_ety(e);
    rv.as.aggregate.kind = kind;
    rv.as.aggregate.ops = ops;
    rv.as.aggregate.nops = n;
    return rv;
}

static Rvalue lower_coerce_rvalue(Builder *b, Expr *e, bool ext) {
    Expr *in = e->as.coerce.inner;
    Type *ty = mb_ety(e);
    switch (e->as.coerce.kind) {
    case COERCE_AUTOREF:
    case COERCE_AUTOREF_MUT: {
        b->extending = ext;
        Place p = mb_lower_place(b, in);
        return mb_rv_ref(p, e->as.coerce.kind == COERCE_AUTOREF_MUT, ty);
    }
    case COERCE_DEREF_STRING: {
        /* &String -> &str: a pointer cast that codegen turns into the
         * String's (ptr, len) */
        Type *it = ty_resolve(mb_ety(in));
        Operand o;
        if (it->kind == TY_STRING) {   /* not behind a reference: take one */
            b->extending = ext;
            Place p = mb_lower_place(b, in);
            Type *rt = ty_ref(ty_string(), false);
            LocalId r = mb_new_temp(b, rt, in->span);
            mb_push_assign(b, in->span, mir_place(r), mb_rv_ref(p, false, rt));
            o = mb_take_temp(r);
        } else {
            b->extending = ext;
            o = mb_lower_operand(b, in);
            /* &&String and deeper: down to the &String */
            while (it->kind == TY_REF && ty_resolve(it->as.ref.inner)->kind == TY_REF) {
                Place p;
                if (o.kind == OPERAND_CONST) {
                    LocalId t = mb_new_temp(b, it, in->span);
                    mb_push_assign(b, in->span, mir_place(t), mb_rv_use(o, it));
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
        if (mb_is_place_expr(in)) {
            b->extending = ext;
            p = mb_lower_place(b, in);
        } else {
            p = mir_place(as_temp(b, in, false, ext));
        }
        Type *it = ty_resolve(mb_ety(in));
        if (it->kind != TY_REF)
            return mb_rv_use(read_place(p, it), ty);
        p = mir_place_project(p, PROJ_DEREF, 0, 0, it->as.ref.inner);
        return mb_rv_ref(p, false, ty);
    }
    case COERCE_AUTODEREF: {
        b->extending = ext;
        Place p = mb_lower_place(b, e);
        return mb_rv_use(read_place(p, ty), ty);
    }
    case COERCE_NEVER: break;
    }
    ICE("coercion lowered as an rvalue");
}

static Rvalue lower_rvalue(Builder *b, Expr *e) {
    bool ext = take_extending(b);
    Type *ty = mb_ety(e);
    if (!is_rvalue_kind(e))
        return mb_rv_use(mb_take_temp(as_temp(b, e, false, ext)), ty);
    ConstValue *c = expr_const(e);
    if (c)
        return mb_rv_use(mir_const(c), ty);
    if (mb_is_place_expr(e)) {
        b->extending = ext;
        Place p = mb_lower_place(b, e);
        return mb_rv_use(read_place(p, ty), ty);
    }
    switch (e->kind) {
    case EXPR_UNARY: return mb_lower_unary_rvalue(b, e);
    case EXPR_BINARY: return mb_lower_binary_rvalue(b, e);
    case EXPR_CAST: {
        Rvalue rv = {0};
        rv.kind = RV_CAST;
        rv.ty = ty;
        rv.as.cast.operand = mb_lower_scalar_operand(b, e->as.cast.operand);
        return rv;
    }
    case EXPR_REF: {
        Expr *o = e->as.ref.operand;
        if (!e->as.ref.mut && !ext && !mb_is_place_expr(o) && is_promotable(o) &&
            b->scopes.len > 0) {
            /* rustc borrows a promoted constant, alive for the whole run:
             * a temporary of the body's outermost scope without storage
             * markers, so that no borrow of it ends before the body does.
             * (An extended `let r = &5;` needs none of this.) */
            LocalId t = mb_new_local(b, LOCAL_TEMP, mb_ety(o), o->span);
            scope_add(b, 0, t, false, false);
            lower_into(b, mir_place(t), o);
            return mb_rv_ref(mir_place(t), false, ty);
        }
        b->extending = ext;
        Place p = mb_lower_place(b, o);
        return mb_rv_ref(p, e->as.ref.mut, ty);
    }
    case EXPR_TUPLE: return lower_aggregate(b, e, AGG_TUPLE, ext);
    case EXPR_ARRAY: return lower_aggregate(b, e, AGG_ARRAY, ext);
    case EXPR_REPEAT: {
        Rvalue rv = {0};
        rv.kind = RV_REPEAT;
        rv.ty = ty;
        rv.as.repeat.operand = mb_lower_operand(b, e->as.repeat.value);
        rv.as.repeat.count = e->as.repeat.len;
        return rv;
    }
    case EXPR_COERCE: return lower_coerce_rvalue(b, e, ext);
    case EXPR_PATH:
        error_unsupported(e->span, "using this path as a value");
        return mb_rv_use(mir_const(const_unit()), ty);
    default: break;
    }
    ICE("expression kind %d is not an rvalue", (int)e->kind);
}

/* ---- control flow ------------------------------------------------------ */

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
    if (expr_const(cond) || mb_is_place_expr(cond)) {
        mb_push_scope(b, true);
        c = mb_lower_operand(b, cond);
        if (c.kind != OPERAND_CONST && place_uses_locals_from(c.as.place, first_local)) {
            t = mb_new_switch_temp(b, cond->span);
            mb_push_assign(b, cond->span, mir_place(t), mb_rv_use(c, ty_bool()));
            c = mb_take_temp(t);
        }
    } else {
        t = mb_new_switch_temp(b, cond->span);
        mb_push_scope(b, true);
        lower_into(b, mir_place(t), cond);
        c = mb_take_temp(t);
    }
    mb_pop_scope(b, cond->span);
    if (t >= 0)
        mb_switch_and_kill(b, t, yes, no, cond->span);
    else
        mb_switch_bool(b, c, yes, no, cond->span);
}

/* A block or expression in its own temp scope (if arms, loop bodies). */
static void lower_terminating(Builder *b, Place dest, Expr *e, Block *blk) {
    mb_push_scope(b, true);
    if (blk)
        lower_block(b, dest, blk);
    else
        lower_into(b, dest, e);
    mb_pop_scope(b, blk ? span_end(blk->span) : e->span);
}

static void lower_if(Builder *b, Place dest, Expr *e) {
    BlockId then_b = mb_new_block(b), else_b = mb_new_block(b), join = mb_new_block(b);
    branch_on_cond(b, e->as.if_.cond, then_b, else_b);
    b->cur = then_b;
    lower_terminating(b, dest, NULL, e->as.if_.then);
    mb_goto_block(b, join, e->span);
    b->cur = else_b;
    if (e->as.if_.else_)
        lower_terminating(b, dest, e->as.if_.else_, NULL);
    else
        mb_assign_unit(b, dest, e->span);
    mb_goto_block(b, join, e->span);
    b->cur = join;
}

/* a && b, a || b: b runs only if needed; each operand is a temp scope. */
void mb_lower_logical(Builder *b, Place dest, Expr *e) {
    bool and = e->as.binary.op == BIN_LAND;
    Place d = mb_dest_none(dest) ? mir_place(mb_new_temp(b, ty_bool(), e->span)) : dest;
    BlockId rhs_b = mb_new_block(b), short_b = mb_new_block(b), join = mb_new_block(b);
    if (and)
        branch_on_cond(b, e->as.binary.lhs, rhs_b, short_b);
    else
        branch_on_cond(b, e->as.binary.lhs, short_b, rhs_b);
    b->cur = short_b;
    mb_push_assign(b, e->span, d, mb_rv_use(mir_const(const_bool(!and)), ty_bool()));
    mb_goto_block(b, join, e->span);
    b->cur = rhs_b;
    lower_terminating(b, d, e->as.binary.rhs, NULL);
    mb_goto_block(b, join, e->span);
    b->cur = join;
}

static LoopCtx *push_loop(Builder *b, Expr *e, BlockId brk, BlockId cont, Place dest) {
    LoopCtx l = {e, e->as.loop.label, brk, cont, dest, b->scopes.len};
    vec_push(b->loops, l);
    return &b->loops.data[b->loops.len - 1];
}

static void lower_loop(Builder *b, Place dest, Expr *e) {
    BlockId head = mb_new_block(b), exit = mb_new_block(b);
    mb_goto_block(b, head, e->span);
    b->cur = head;
    push_loop(b, e, exit, head, dest);
    lower_terminating(b, DEST_NONE, NULL, e->as.loop.body);
    mb_goto_block(b, head, span_end(e->span));
    b->loops.len--;
    b->cur = exit;
}

static void lower_while(Builder *b, Place dest, Expr *e) {
    BlockId head = mb_new_block(b), body = mb_new_block(b), exit = mb_new_block(b);
    mb_goto_block(b, head, e->span);
    b->cur = head;
    branch_on_cond(b, e->as.loop.cond, body, exit);
    b->cur = body;
    push_loop(b, e, exit, head, dest);
    lower_terminating(b, DEST_NONE, NULL, e->as.loop.body);
    mb_goto_block(b, head, span_end(e->span));
    b->loops.len--;
    b->cur = exit;
    mb_assign_unit(b, dest, e->span);
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
    Type *ty = mb_ety(it->as.range.lo);
    if (ty_resolve(ty)->kind != TY_INT) {
        error_unsupported(it->span, "`for` over a range of this type");
        return;
    }
    bool incl = it->as.range.inclusive;
    Span span = it->span;
    Expr *ends[2] = {it->as.range.lo, it->as.range.hi};
    Operand *eo = mb_lower_operand_list(b, ends, 2);
    LocalId cur = mb_new_temp(b, ty, it->as.range.lo->span);
    mb_push_assign(b, span, mir_place(cur), mb_rv_use(eo[0], ty));
    LocalId end = mb_new_temp(b, ty, it->as.range.hi->span);
    mb_push_assign(b, span, mir_place(end), mb_rv_use(eo[1], ty));
    Operand one = mir_const(const_int(ty, 1));

    BlockId head = mb_new_block(b), body = mb_new_block(b), exit = mb_new_block(b);
    BlockId latch = incl ? mb_new_block(b) : head;
    mb_goto_block(b, head, span);
    b->cur = head;
    LocalId more = mb_new_switch_temp(b, span);
    mb_push_assign(b, span, mir_place(more),
                mb_rv_binary(RV_BINARY, incl ? BIN_LE : BIN_LT, mir_copy(mir_place(cur)),
                          mir_copy(mir_place(end)), ty_bool()));
    mb_switch_and_kill(b, more, body, exit, span);

    b->cur = body;
    push_loop(b, e, exit, latch, dest);
    int vscope = mb_push_scope(b, false);
    bind_pattern(b, e->as.loop.pat, mir_place(cur), vscope);
    if (!incl)
        mb_push_assign(b, span, mir_place(cur),
                    mb_rv_binary(RV_BINARY, BIN_ADD, mir_copy(mir_place(cur)), one, ty));
    lower_terminating(b, DEST_NONE, NULL, e->as.loop.body);
    mb_pop_scope(b, span_end(e->span));
    b->loops.len--;
    if (incl) {
        mb_goto_block(b, latch, span_end(e->span));
        b->cur = latch;
        LocalId last = mb_new_switch_temp(b, span);
        mb_push_assign(b, span, mir_place(last),
                       mb_rv_binary(RV_BINARY, BIN_EQ, mir_copy(mir_place(cur)),
                                    mir_copy(mir_place(end)), ty_bool()));
        BlockId inc = mb_new_block(b);
        mb_switch_and_kill(b, last, exit, inc, span);
        b->cur = inc;
        mb_push_assign(b, span, mir_place(cur),
                    mb_rv_binary(RV_BINARY, BIN_ADD, mir_copy(mir_place(cur)), one, ty));
        mb_goto_block(b, body, span);
    } else {
        mb_goto_block(b, head, span_end(e->span));
    }
    b->cur = exit;
    mb_assign_unit(b, dest, e->span);
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
            mb_assign_unit(b, b->loops.data[li].dest, e->span);
        l = &b->loops.data[li];
        unwind_to(b, l->depth, e->span);
        mb_goto_block(b, l->brk, e->span);
        break;
    }
    case EXPR_CONTINUE: {
        LoopCtx *l = find_loop(b, e);
        unwind_to(b, l->depth, e->span);
        mb_goto_block(b, l->cont, e->span);
        break;
    }
    case EXPR_RETURN:
        if (e->as.jump.value)
            lower_into(b, mir_place(MIR_RETURN_LOCAL), e->as.jump.value);
        else
            mb_assign_unit(b, mir_place(MIR_RETURN_LOCAL), e->span);
        unwind_to(b, 0, e->span);
        mb_goto_block(b, b->ret_block, e->span);
        break;
    default: ICE("not a jump");
    }
    mb_start_dead_block(b);
}

/* ---- assignment -------------------------------------------------------- */

static void lower_assign(Builder *b, Place dest, Expr *e) {
    Expr *lhs = e->as.assign.lhs, *rhs = e->as.assign.rhs;
    Type *lt = mb_ety(lhs);
    if (ty_needs_drop(lt)) {
        /* The new value is computed first, then the old one dropped, then
         * the place written: `drop(x) -> bb; x = move tmp`. The right side
         * is in a temporary so that `s = s` reads before the drop. */
        Operand v = mb_lower_operand(b, rhs);
        if (v.kind != OPERAND_CONST && mb_is_place_expr(rhs)) {
            LocalId t = mb_new_temp(b, mb_ety(rhs), rhs->span);
            mb_push_assign(b, rhs->span, mir_place(t), mb_rv_use(v, mb_ety(rhs)));
            v = mb_take_temp(t);
        }
        Place p = mb_lower_place(b, lhs);
        BlockId next = mb_new_block(b);
        MirTerm t = {0};
        t.kind = TERM_DROP;
        t.span = e->span;
        t.as.drop.place = p;
        t.as.drop.target = next;
        mb_terminate(b, t);
        b->cur = next;
        mb_push_assign(b, e->span, p, mb_rv_use(v, lt));
    } else {
        Rvalue rv = lower_rvalue(b, rhs);
        if (!mb_expr_is_pure(lhs)) {
            /* `a[{i += 1; i}] = i` reads i before the index runs */
            LocalId t = mb_new_temp(b, rv.ty, rhs->span);
            mb_push_assign(b, rhs->span, mir_place(t), rv);
            rv = mb_rv_use(mb_take_temp(t), rv.ty);
        }
        Place p = mb_lower_place(b, lhs);
        mb_push_assign(b, e->span, p, rv);
    }
    mb_assign_unit(b, dest, e->span);
}

/* ---- expressions into a destination ------------------------------------ */

static void lower_into(Builder *b, Place dest, Expr *e) {
    bool ext = take_extending(b);
    if (mb_dest_none(dest) && (is_rvalue_kind(e) || mb_is_place_expr(e)) &&
        !ty_is_unit(mb_ety(e))) {
        /* A value thrown away (`x;`, `{ x };`, `break x` out of a loop
         * whose value is unused) is still computed, as rustc does: the
         * ownership check sees its reads and borrows (`x;` of an
         * uninitialised x is E0381, `&a;` borrows a). */
        (void)as_temp(b, e, ty_needs_drop(mb_ety(e)), ext);
        return;
    }
    if (is_rvalue_kind(e)) {
        b->extending = ext;
        Rvalue rv = lower_rvalue(b, e);
        mb_push_assign(b, e->span, dest, rv);
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
    case EXPR_CALL: mb_lower_call(b, dest, e); return;
    case EXPR_METHOD: mb_lower_method(b, dest, e); return;
    case EXPR_MACRO: mb_lower_macro(b, dest, e); return;
    case EXPR_ASSIGN: lower_assign(b, dest, e); return;
    case EXPR_COMPOUND_ASSIGN: mb_lower_compound_assign(b, dest, e); return;
    case EXPR_BINARY: mb_lower_binary_into(b, dest, e); return;
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

/* ---- patterns, statements, blocks -------------------------------------- */

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
            mb_push_assign(b, p->span, mir_place(l), mb_rv_ref(src, mut, local_ty(b, l)));
        } else {
            mb_push_assign(b, p->span, mir_place(l), mb_rv_use(read_place(src, st), st));
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
        if (mb_is_place_expr(init))
            (void)mb_lower_place(b, init);
        else
            (void)as_temp(b, init, true, false);
    } else {
        /* The value matched against the pattern is a temporary of the
         * statement (what the pattern does not move out is dropped at the
         * `;`); only the initializer's own borrows are extended. */
        Place src;
        if (mb_is_place_expr(init))
            src = mb_lower_place(b, init);
        else
            src = mir_place(as_temp_in(b, init, true, b->temp_scope, true));
        bind_pattern(b, pat, src, vs);
    }
    b->ext_scope = saved_ext;
}

static void lower_stmt(Builder *b, Stmt *s) {
    switch (s->kind) {
    case STMT_LET:
        mb_push_scope(b, true);
        lower_let(b, s);
        mb_pop_scope(b, span_end(s->span));
        return;
    case STMT_EXPR: {
        Expr *e = s->as.expr.expr;
        mb_push_scope(b, true);
        if (ty_needs_drop(mb_ety(e)))
            (void)as_temp(b, e, true, false);   /* dropped at the `;` */
        else
            lower_into(b, DEST_NONE, e);
        mb_pop_scope(b, span_end(s->span));
        return;
    }
    case STMT_ITEM:
    case STMT_EMPTY: return;
    }
}

static void lower_block(Builder *b, Place dest, Block *blk) {
    bool ext = take_extending(b);
    mb_push_scope(b, false);
    for (int i = 0; i < blk->stmts.len; i++)
        lower_stmt(b, blk->stmts.data[i]);
    if (blk->tail) {
        /* The tail's temporaries belong to the enclosing temp scope: they
         * outlive the block's variables (edition 2021). */
        b->extending = ext;
        lower_into(b, dest, blk->tail);
        b->extending = false;
    } else {
        mb_assign_unit(b, dest, span_end(blk->span));
    }
    mb_pop_scope(b, span_end(blk->span));
}

/* ---- functions --------------------------------------------------------- */

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
    LocalId r = mb_new_local(b, LOCAL_RETURN, ret, fn->as.fn.ret ? fn->as.fn.ret->span : fn->span);
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
            LocalId l = mb_new_local(b, LOCAL_ARG, t, prm->span);
            b->body->locals.data[l].mutable = false;
        }
    }
    b->cur = mb_new_block(b);
    b->ret_block = mb_new_block(b);

    /* Scopes: arguments, then variables bound by argument patterns, then
     * the body's temporaries, then the body block itself. */
    int args = mb_push_scope(b, false);
    for (int i = 0; i < nparams; i++)
        scope_add(b, args, i + 1, true, false);
    int pvars = mb_push_scope(b, false);
    for (int i = 0; i < nparams; i++) {
        Pat *p = fn->as.fn.params.data[i].pat;
        if (!(p->kind == PAT_BIND && !p->as.bind.by_ref))
            bind_pattern(b, p, mir_place(i + 1), pvars);
    }
    mb_push_scope(b, true);
    lower_block(b, mir_place(MIR_RETURN_LOCAL), fn->as.fn.body);
    Span end = span_end(fn->as.fn.body->span);
    mb_pop_scope(b, end);
    mb_pop_scope(b, end);
    mb_pop_scope(b, end);
    mb_goto_block(b, b->ret_block, end);
    b->cur = b->ret_block;
    MirTerm t = {0};
    t.kind = TERM_RETURN;
    t.span = end;
    mb_terminate(b, t);

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

/* ---- the program ------------------------------------------------------- */

typedef struct Collect {
    AstWalker walker;  /* finds the items nested anywhere in a body */
    MirProgram *prog;
    bool checks;
    /* to keep nested items' symbols unique: per interned symbol name,
     * whether it is taken (interning makes the test constant-time, so a
     * crate of 100,000 functions is not quadratic here) */
    VEC(bool) taken;
} Collect;

static bool *taken_slot(Collect *c, const char *s) {
    Symbol sym = intern_cstr(s);
    while ((uint32_t)c->taken.len <= sym)
        vec_push(c->taken, false);
    return &c->taken.data[sym];
}

static const char *unique_symbol(Collect *c, const char *base) {
    const char *s = base;
    for (int n = 1; *taken_slot(c, s); n++)
        s = arena_printf(compiler_arena, "%s.%d", base, n);
    *taken_slot(c, s) = true;
    return s;
}

static void collect_item(Collect *c, Item *it);

static void collect_nested(AstWalker *w, Item *it) { collect_item((Collect *)w, it); }

static void collect_item(Collect *c, Item *it) {
    switch (it->kind) {
    case ITEM_FN: {
        const char *sym =
            unique_symbol(c, arena_printf(compiler_arena, "owl.%s", sym_str(it->name)));
        /* Items nested in this body first get their symbols reserved in
         * source order; the body is lowered after. */
        MirBody *body = lower_fn(c->prog, it, sym, c->checks);
        vec_push(c->prog->bodies, body);
        ast_walk_block(&c->walker, it->as.fn.body);
        break;
    }
    case ITEM_STATIC: {
        MirStatic s = {0};
        s.item = it;
        s.symbol =
            unique_symbol(c, arena_printf(compiler_arena, "owl.static.%s", sym_str(it->name)));
        s.value = it->as.global.value;
        vec_push(c->prog->statics, s);
        break;
    }
    case ITEM_CONST:
    case ITEM_USE: break;
    }
}

MirProgram *mir_build(Crate *crate, bool overflow_checks) {
    MirProgram *p = ALLOC(MirProgram);
    p->crate = crate;
    Collect c = {{ast_walk_expr, NULL, NULL, collect_nested}, p, overflow_checks, {0}};
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
