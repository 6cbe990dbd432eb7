/* lint.c: the arithmetic_overflow and unconditional_panic lints, a
 * constant propagation over each MIR body modelled on rustc's
 * KnownPanicsLint (rustc_mir_transform/src/known_panics_lint.rs).
 *
 * Which programs rustc rejects is decided by how weak its propagation is,
 * so this file copies the weaknesses along with the idea:
 *
 * - Each local gets a mode before the walk. A local that is ever borrowed
 *   (`&x`, `&mut x`, `&x.0`) or dropped is never known (PROP_NONE), nor is
 *   one of 1024 bytes or more. A local assigned more than once (parameters
 *   count as assigned on entry; a call's destination counts) is known only
 *   from its assignment to the end of that basic block (PROP_OWN_BLOCK).
 *   The rest are known from their one assignment on (PROP_FULL).
 * - Blocks are visited once each, depth first from the entry with an
 *   explicit stack (successors pushed in order, the last popped first), and
 *   values flow in visiting order, not by dataflow. A SwitchInt on a known
 *   value visits only the target taken.
 * - Values are scalars (integers, bools, chars, floats) and tuples/arrays
 *   of scalars built by one aggregate rvalue; reading a whole aggregate, a
 *   repeat `[v; n]`, a reference or anything through a pointer gives
 *   "unknown", and an assignment that cannot be evaluated forgets the
 *   whole destination local.
 * - Overflow of + - * and negation, and shift amounts, are checked on the
 *   rvalue (so -O builds, which have no overflow asserts, lint the same);
 *   division by zero, MIN / -1 and bounds are checked on the Assert
 *   terminators that guard them.
 *
 * owl's MIR is not rustc's, and where the difference changes what is known
 * the walk makes up for it (each case found by comparing with rustc on
 * thousands of generated programs):
 *
 * - rustc copies operands into temporaries left to right, before the code
 *   of later operands and before the asserts guarding an operation; owl
 *   reads places at the operation, possibly blocks later. Operand values
 *   are frozen over assert chains (start_chain) and recovered from before
 *   a block boundary (recover); the left side of a compound assignment,
 *   which rustc also reads late, is the exception.
 * - rustc always asserts a divisor and (debug) a shift amount, ending a
 *   block; owl leaves out asserts that cannot fail, so their block
 *   boundaries are simulated. `size_of::<T>()` is a call in rustc.
 * - rustc compares tuples and arrays through references (PartialEq), so
 *   such operands are borrowed (find_hidden_borrows).
 * - `a[f()] = x << n` computes the shift as the assignment itself, after
 *   the place (find_deferred).
 *
 * Not reproduced: rustc promotes constant expressions whose address is
 * taken (`println!("{}", 1i64 << 70)` in -O builds, and in some debug
 * cases) into bodies of their own, which it lints even inside branches it
 * would skip and in an order of their own; owl lints them where they are.
 *
 * Messages and operand spellings are rustc's: `i32::MAX`, `1_i32`, `-5_i32`,
 * `_` for an operand that is not known. Each lint's "on by default" note
 * (or "the lint level is defined here" note) appears once per compilation.
 * Values and arithmetic live in lint_value.c.
 */
#include "lint.h"

#include <stdlib.h>
#include <string.h>

#include "ast_walk.h"
#include "layout.h"
#include "lint_int.h"

/* ---- lints and levels --------------------------------------------------- */

typedef enum LintId {
    LINT_OVERFLOW,  /* arithmetic_overflow */
    LINT_PANIC,     /* unconditional_panic */
    LINT_COUNT,
} LintId;

static const char *const lint_names[LINT_COUNT] = {"arithmetic_overflow", "unconditional_panic"};
static const char *const lint_messages[LINT_COUNT] = {
    "this arithmetic operation will overflow",
    "this operation will panic at runtime",
};

typedef enum LintLevel {
    LEVEL_ALLOW,   /* also `expect`: a fulfilled expectation prints nothing */
    LEVEL_WARN,
    LEVEL_DENY,
    LEVEL_FORBID,
} LintLevel;

/* A lint's level and where it was set (has_src false: the default). */
typedef struct LevelSet {
    LintLevel level;
    bool has_src;
    Span src;      /* the lint's name inside the attribute */
} LevelSet;

/* Per compilation: which level notes were already printed (rustc prints
 * each lint's default note once, and a set level's note once per source). */
static bool default_note_done[LINT_COUNT];
static VEC(uint32_t) src_notes_done[LINT_COUNT];
static bool deny_fired;
/* Variables that rustc borrows where owl's MIR copies (see find_hidden_borrows). */
static VEC(Var *) hidden_borrows;

/* A level set by an attribute on a statement (`#[allow(..)] let y = ..;`). */
typedef struct ScopedLevel {
    Span scope;      /* the statement */
    LintId id;
    LintLevel level;
    Span src;        /* the lint's name inside the attribute */
} ScopedLevel;
static VEC(ScopedLevel) scoped_levels;
static const char *scan_src;   /* the source text, while the AST is walked */

/* Applies one attribute's `level(name, name, ...)` to levels. */
static void apply_attr(const Attr *a, LevelSet *levels) {
    const char *name = sym_str(a->name);
    LintLevel level;
    if (!strcmp(name, "allow") || !strcmp(name, "expect"))
        level = LEVEL_ALLOW;
    else if (!strcmp(name, "warn"))
        level = LEVEL_WARN;
    else if (!strcmp(name, "deny"))
        level = LEVEL_DENY;
    else if (!strcmp(name, "forbid"))
        level = LEVEL_FORBID;
    else
        return;
    const char *s = a->text;
    const char *open = strchr(s, '(');
    if (!open)
        return;
    for (const char *p = open + 1; *p && *p != ')';) {
        if (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
            const char *q = p;
            while (*q == '_' || *q == ':' || (*q >= 'a' && *q <= 'z') ||
                   (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9'))
                q++;
            for (int id = 0; id < LINT_COUNT; id++) {
                if (strlen(lint_names[id]) == (size_t)(q - p) &&
                    !strncmp(p, lint_names[id], (size_t)(q - p)) &&
                    levels[id].level != LEVEL_FORBID) {
                    uint32_t lo = a->span.lo + (uint32_t)(p - s);
                    levels[id].level = level;
                    levels[id].has_src = true;
                    levels[id].src = span_at(lo, lo + (uint32_t)(q - p));
                }
            }
            p = q;
        } else {
            p++;
        }
    }
}

static void apply_attrs(const Attr *attrs, int n, LevelSet *levels) {
    for (int i = 0; i < n; i++)
        apply_attr(&attrs[i], levels);
}

/* Does any attribute in the list set a level of one of our lints? */
static bool sets_level(const Attr *attrs, int n) {
    LevelSet probe[LINT_COUNT] = {{LEVEL_DENY, false, {0, 0}}, {LEVEL_DENY, false, {0, 0}}};
    apply_attrs(attrs, n, probe);
    return probe[LINT_OVERFLOW].has_src || probe[LINT_PANIC].has_src;
}

/* ---- the state of one body's walk --------------------------------------- */

typedef enum PropMode {
    PROP_FULL,       /* assigned once: known from there on */
    PROP_OWN_BLOCK,  /* assigned more than once: known inside the assigning block */
    PROP_NONE,       /* borrowed, dropped or large: never known */
} PropMode;

/* A place whose value is read as it was when a chain of asserts began
 * (see check_assert). */
typedef struct Override {
    Place place;
    bool known;
    Value value;
} Override;

typedef struct Lint {
    MirBody *body;
    const char *src;    /* the source text, to tell `x /= y` from `x = x / y` */
    PropMode *mode;     /* per local */
    Value *vals;        /* per local: the current value */
    bool *written;      /* PROP_OWN_BLOCK locals written in the current block */
    VEC(LocalId) written_list;
    VEC(Override) overrides;  /* in force until `guarded` is evaluated */
    MirStmt *guarded;   /* the operation a chain of asserts guards */
    /* Where each local was last assigned, and the value a block boundary
     * took from a multiply assigned local (see recover). */
    BlockId *write_block;
    int *write_index;
    Value *stale;
    bool *stale_ok;
    int *stale_end;     /* the statement index in write_block the boundary came before */
    BlockId cur_block;  /* the statement being visited */
    int cur_index;
    MirStmt **defer_to; /* per statement-defined temporary: see find_deferred */
    MirStmt **def_of;   /* per local: its one defining statement, if one */
    Override *deferred_ops; /* per temporary: its operation's operands, frozen */
    bool checks;        /* overflow checks on (debug): shifts are asserted */
    LevelSet levels[LINT_COUNT];
} Lint;

/* ---- borrows that owl's MIR does not show ------------------------------ */

/* rustc compares tuples and arrays by calling PartialEq / PartialOrd on
 * references to both sides, so `t == (1, 2)` borrows t and t is never known
 * anywhere in the function. owl compares them field by field with copies;
 * the type-checked AST tells which variables rustc would borrow. */

static void walk_block(Block *b);

/* The variable at the root of a place expression, unless a deref is on
 * the way (borrowing `*r` reads r, it does not borrow it). */
static Var *place_root(Expr *e) {
    for (;;) {
        switch (e->kind) {
        case EXPR_PATH: return e->as.path.res == RES_LOCAL ? e->as.path.var : NULL;
        case EXPR_FIELD: e = e->as.field.base; break;
        case EXPR_TUPLE_FIELD: e = e->as.tuple_field.base; break;
        case EXPR_INDEX: e = e->as.index.base; break;
        default: return NULL;
        }
    }
}

/* Records the tuple and array comparisons' operands; the rest of the tree
 * is passed through (ast_walk.h). */
static void hidden_in_expr(AstWalker *w, Expr *e) {
    if (e->kind == EXPR_BINARY) {
        Type *t = e->as.binary.lhs->ty ? ty_resolve(e->as.binary.lhs->ty) : NULL;
        if (e->as.binary.op >= BIN_EQ && e->as.binary.op <= BIN_GE && t &&
            (t->kind == TY_TUPLE || t->kind == TY_ARRAY)) {
            Var *l = place_root(e->as.binary.lhs), *r = place_root(e->as.binary.rhs);
            if (l)
                vec_push(hidden_borrows, l);
            if (r)
                vec_push(hidden_borrows, r);
        }
    }
    ast_walk_expr(w, e);
}

static void hidden_in_block(AstWalker *w, Block *b) {
    (void)w;
    walk_block(b);
}

static AstWalker hidden_walker = {hidden_in_expr, hidden_in_block, NULL, NULL};

static void walk_expr(Expr *e) {
    if (e)
        hidden_in_expr(&hidden_walker, e);
}

static void walk_item(Item *it) {
    if (it && it->kind == ITEM_FN)
        walk_block(it->as.fn.body);
}

static void apply_attr(const Attr *a, LevelSet *levels);

/* Records the lint levels that the attribute source[lo, hi) sets on scope. */
static void scoped_attr(uint32_t lo, uint32_t hi, Span scope) {
    Attr a = {0};
    a.span = span_at(lo, hi);
    a.text = arena_strndup(compiler_arena, scan_src + lo, hi - lo);
    uint32_t i = lo + 2, j;
    while (i < hi && (scan_src[i] == ' ' || scan_src[i] == '\t' || scan_src[i] == '\n'))
        i++;
    for (j = i; j < hi && (scan_src[j] == '_' || (scan_src[j] >= 'a' && scan_src[j] <= 'z')); j++)
        ;
    a.name = intern(scan_src + i, j - i);
    LevelSet probe[LINT_COUNT] = {{LEVEL_DENY, false, {0, 0}}, {LEVEL_DENY, false, {0, 0}}};
    apply_attr(&a, probe);
    for (int id = 0; id < LINT_COUNT; id++) {
        if (!probe[id].has_src)
            continue;
        ScopedLevel sl = {scope, (LintId)id, probe[id].level, probe[id].src};
        vec_push(scoped_levels, sl);
    }
}

/* The parser keeps no attributes on statements; read those just before
 * the statement (or at its start) from the source. */
static void stmt_attrs(Span scope) {
    if (!scan_src)
        return;
    uint32_t ends[16], starts[16];
    int n = 0;
    uint32_t i = scope.lo;
    while (n < 16) {
        uint32_t j = i;
        while (j > 0 && (scan_src[j - 1] == ' ' || scan_src[j - 1] == '\t' ||
                         scan_src[j - 1] == '\n'))
            j--;
        if (j == 0 || scan_src[j - 1] != ']')
            break;
        int depth = 0;
        uint32_t k = j;
        while (k > 0) {
            k--;
            if (scan_src[k] == ']')
                depth++;
            else if (scan_src[k] == '[' && --depth == 0)
                break;
        }
        if (depth != 0 || k == 0 || scan_src[k - 1] != '#')
            break;
        starts[n] = k - 1;
        ends[n] = j;
        n++;
        i = k - 1;
    }
    for (int a = n - 1; a >= 0; a--)   /* in source order */
        scoped_attr(starts[a], ends[a], scope);
    /* and attributes the statement's own span starts with */
    for (i = scope.lo; i + 1 < scope.hi && scan_src[i] == '#' && scan_src[i + 1] == '[';) {
        int depth = 0;
        uint32_t k = i + 1;
        for (; k < scope.hi; k++) {
            if (scan_src[k] == '[')
                depth++;
            else if (scan_src[k] == ']' && --depth == 0)
                break;
        }
        if (k >= scope.hi)
            break;
        scoped_attr(i, k + 1, scope);
        for (i = k + 1; i < scope.hi && (scan_src[i] == ' ' || scan_src[i] == '\t' ||
                                         scan_src[i] == '\n');
             i++)
            ;
    }
}

static void walk_block(Block *b) {
    if (!b)
        return;
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *st = b->stmts.data[i];
        if (!st)
            continue;
        if (st->kind != STMT_ITEM)
            stmt_attrs(st->span);
        switch (st->kind) {
        case STMT_LET: walk_expr(st->as.let.init); break;
        case STMT_EXPR: walk_expr(st->as.expr.expr); break;
        case STMT_ITEM: walk_item(st->as.item); break;
        case STMT_EMPTY: break;
        }
    }
    walk_expr(b->tail);
}

static int by_address(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)*(Var *const *)a, y = (uintptr_t)*(Var *const *)b;
    return x < y ? -1 : x > y;
}

static bool hidden_borrowed(Var *v) {
    return v && hidden_borrows.len &&
           bsearch(&v, hidden_borrows.data, (size_t)hidden_borrows.len, sizeof(Var *), by_address);
}

static void find_hidden_borrows(Crate *crate) {
    hidden_borrows.data = NULL;
    hidden_borrows.len = hidden_borrows.cap = 0;
    scoped_levels.data = NULL;
    scoped_levels.len = scoped_levels.cap = 0;
    if (!crate)
        return;
    scan_src = crate->file ? crate->file->text : NULL;
    for (int i = 0; i < crate->items.len; i++)
        walk_item(crate->items.data[i]);
    if (hidden_borrows.len)
        qsort(hidden_borrows.data, (size_t)hidden_borrows.len, sizeof(Var *), by_address);
}

/* ---- modes (rustc's CanConstProp) --------------------------------------- */

static uint64_t type_size(Type *t) {
    t = ty_resolve(t);
    if (t->kind != TY_TUPLE && t->kind != TY_ARRAY)
        return 0;   /* scalars, references, String: all well under the limit */
    return layout_of(t)->size;
}

static void note_assignment(Lint *L, bool *assigned, Place p) {
    if (p.local < 0 || p.local >= L->body->locals.len)
        return;
    if (p.nproj > 0 && p.proj[0].kind == PROJ_DEREF)
        return;   /* a store through a pointer only reads the pointer */
    LocalId l = p.local;
    if (assigned[l] && L->mode[l] == PROP_FULL)
        L->mode[l] = PROP_OWN_BLOCK;
    assigned[l] = true;
}

static void note_borrow(Lint *L, Place p) {
    if (p.local < 0 || p.local >= L->body->locals.len)
        return;
    if (p.nproj > 0 && p.proj[0].kind == PROJ_DEREF)
        return;   /* `&*r` reads r; what r points to is not a local's value */
    L->mode[p.local] = PROP_NONE;
}

/* rustc does not propagate into aggregates of 1024 bytes or more. */
enum { MAX_ALLOC_LIMIT = 1024 };

static void compute_modes(Lint *L) {
    MirBody *body = L->body;
    int n = body->locals.len;
    bool *assigned = ALLOC_N(bool, n);
    for (int l = 0; l < n; l++)
        L->mode[l] = type_size(body->locals.data[l].ty) >= MAX_ALLOC_LIMIT ? PROP_NONE : PROP_FULL;
    for (int l = 1; l <= body->arg_count && l < n; l++)
        assigned[l] = true;
    for (int l = 0; l < n; l++)
        if (hidden_borrowed(body->locals.data[l].var))
            L->mode[l] = PROP_NONE;
    for (int b = 0; b < body->blocks.len; b++) {
        MirBlock *bb = body->blocks.data[b];
        for (int i = 0; i < bb->stmts.len; i++) {
            MirStmt *s = &bb->stmts.data[i];
            if (s->kind != MIR_ASSIGN)
                continue;
            note_assignment(L, assigned, s->as.assign.place);
            if (s->as.assign.rvalue.kind == RV_REF)
                note_borrow(L, s->as.assign.rvalue.as.ref.place);
        }
        if (!bb->has_term)
            continue;
        if (bb->term.kind == TERM_CALL)
            note_assignment(L, assigned, bb->term.as.call.dest);
        else if (bb->term.kind == TERM_DROP)
            note_borrow(L, bb->term.as.drop.place);
    }
}

/* `a[{ i }] = x << 9`: when the place needs code of its own, owl computes
 * the right side into a temporary first and then assigns it; rustc
 * evaluates the operands first but the operation itself last, as the
 * assignment `a[_] = Shl(..)`, so the lint fires after the place's code
 * and at the whole assignment. Finds the temporaries to treat that way:
 * defined once by an operation that lints on its rvalue, used once by an
 * assignment to a projected place whose right side is exactly that
 * operation. */
static void count_use(int *uses, int n, Operand o) {
    if (o.kind != OPERAND_CONST && o.as.place.local >= 0 && o.as.place.local < n)
        uses[o.as.place.local]++;
}

/* Counts the reads of each local as a whole operand, anywhere. */
static void count_rvalue_uses(int *uses, int n, Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: count_use(uses, n, rv->as.use); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        count_use(uses, n, rv->as.binary.lhs);
        count_use(uses, n, rv->as.binary.rhs);
        break;
    case RV_UNARY: count_use(uses, n, rv->as.unary.operand); break;
    case RV_CAST: count_use(uses, n, rv->as.cast.operand); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            count_use(uses, n, rv->as.aggregate.ops[i]);
        break;
    case RV_REPEAT: count_use(uses, n, rv->as.repeat.operand); break;
    case RV_REF:
        if (rv->as.ref.place.local >= 0 && rv->as.ref.place.local < n)
            uses[rv->as.ref.place.local]++;
        break;
    }
}

static void count_term_uses(int *uses, int n, MirTerm *t) {
    switch (t->kind) {
    case TERM_SWITCH_INT: count_use(uses, n, t->as.switch_.discr); break;
    case TERM_CALL:
        for (int i = 0; i < t->as.call.nargs; i++)
            count_use(uses, n, t->as.call.args[i]);
        break;
    case TERM_ASSERT:
        count_use(uses, n, t->as.assert.cond);
        count_use(uses, n, t->as.assert.a);
        count_use(uses, n, t->as.assert.b);
        break;
    default: break;
    }
}

static void find_deferred(Lint *L) {
    MirBody *body = L->body;
    int n = body->locals.len;
    int *defs = ALLOC_N(int, n), *uses = ALLOC_N(int, n);
    MirStmt **use_of = ALLOC_N(MirStmt *, n);
    for (int b = 0; b < body->blocks.len; b++) {
        MirBlock *bb = body->blocks.data[b];
        for (int i = 0; i < bb->stmts.len; i++) {
            MirStmt *s = &bb->stmts.data[i];
            if (s->kind != MIR_ASSIGN)
                continue;
            Place d = s->as.assign.place;
            Rvalue *rv = &s->as.assign.rvalue;
            if (d.local >= 0 && d.local < n && d.nproj == 0) {
                defs[d.local]++;
                L->def_of[d.local] = s;
            }
            count_rvalue_uses(uses, n, rv);
            if (rv->kind == RV_USE && rv->as.use.kind != OPERAND_CONST &&
                rv->as.use.as.place.nproj == 0)
                use_of[rv->as.use.as.place.local] = s;
        }
        if (bb->has_term)
            count_term_uses(uses, n, &bb->term);
    }
    for (LocalId t = 0; t < n; t++) {
        if (body->locals.data[t].kind != LOCAL_TEMP || defs[t] != 1 || uses[t] != 1 || !use_of[t])
            continue;
        MirStmt *def = L->def_of[t], *use = use_of[t];
        Rvalue *rv = &def->as.assign.rvalue;
        bool lints = (rv->kind == RV_BINARY &&
                      (lv_is_overflowing_op(rv->as.binary.op) || rv->as.binary.op == BIN_SHL ||
                       rv->as.binary.op == BIN_SHR)) ||
                     (rv->kind == RV_UNARY && rv->as.unary.op == UN_NEG);
        if (lints && use->as.assign.place.nproj > 0 && use->span.lo < def->span.lo &&
            use->span.hi == def->span.hi)
            L->defer_to[t] = use;
    }
}

/* ---- reading places and operands ---------------------------------------- */

static void remove_const(Lint *L, LocalId l) {
    L->vals[l] = lv_unknown;
    L->written[l] = false;
    L->stale_ok[l] = false;
}

/* The value a place holds when its local holds *base, following field and
 * index projections into aggregates; NULL if it cannot be known. */
static const Value *project_value(Lint *L, const Value *base, Place p) {
    const Value *v = base;
    for (int i = 0; i < p.nproj; i++) {
        const Proj *pr = &p.proj[i];
        if (v->kind != VAL_AGG)
            return NULL;
        uint64_t idx;
        switch (pr->kind) {
        case PROJ_FIELD:
        case PROJ_CONST_INDEX: idx = (uint64_t)pr->index; break;
        case PROJ_INDEX: {
            const Value *iv = &L->vals[pr->local];
            if (iv->kind != VAL_SCALAR || !lv_is_int(iv->ty))
                return NULL;
            if (iv->bits > 0xFFFFFF00u)
                return NULL;   /* rustc's FieldIdx limit */
            idx = (uint64_t)iv->bits;
            break;
        }
        default: return NULL;
        }
        v = idx < (uint64_t)v->nfields ? &v->fields[idx] : &lv_unknown;
    }
    return v;
}

static const Value *place_value(Lint *L, Place p) {
    return project_value(L, &L->vals[p.local], p);
}

static Type *operand_type(Lint *L, Operand o) {
    if (o.kind == OPERAND_CONST)
        return ty_resolve(o.as.konst->ty);
    return ty_resolve(mir_place_type(L->body, o.as.place));
}

/* An operand's value if it is a known scalar. */
static bool eval_operand(Lint *L, Operand o, Value *out) {
    if (o.kind == OPERAND_CONST) {
        ConstValue *c = o.as.konst;
        Type *t = ty_resolve(c->ty);
        switch (c->kind) {
        case CONST_INT:
            if (!lv_is_int(t))
                return false;
            *out = lv_scalar(t, c->bits);
            return true;
        case CONST_BOOL: *out = lv_bool(c->bits != 0); return true;
        case CONST_CHAR: *out = lv_scalar(ty_char(), c->bits); return true;
        case CONST_FLOAT:
            if (t->kind != TY_FLOAT)
                return false;
            *out = lv_float(t, c->f);
            return true;
        default: return false;
        }
    }
    for (int i = 0; i < L->overrides.len; i++) {
        Override *ov = &L->overrides.data[i];
        if (mir_place_eq(ov->place, o.as.place)) {
            *out = ov->value;
            return ov->known;
        }
    }
    const Value *v = place_value(L, o.as.place);
    if (!v || v->kind != VAL_SCALAR)
        return false;
    *out = *v;
    return true;
}

/* ---- reporting ---------------------------------------------------------- */

static void report(Lint *L, LintId id, Span span, const char *label) {
    const LevelSet *ls = &L->levels[id];
    LevelSet stmt_level;
    for (int i = 0; i < scoped_levels.len; i++) {
        ScopedLevel *sl = &scoped_levels.data[i];
        /* walked outside in, so inner statements come later and win */
        if (sl->id == id && sl->scope.lo <= span.lo && span.hi <= sl->scope.hi &&
            ls->level != LEVEL_FORBID) {
            stmt_level.level = sl->level;
            stmt_level.has_src = true;
            stmt_level.src = sl->src;
            ls = &stmt_level;
        }
    }
    if (ls->level == LEVEL_ALLOW)
        return;
    bool deny = ls->level != LEVEL_WARN;
    Diag *d = diag_new(deny ? DIAG_ERROR : DIAG_WARNING, lint_names[id], span, label, "%s",
                       lint_messages[id]);
    if (!ls->has_src) {
        if (!default_note_done[id])
            diag_note(d, "`#[deny(%s)]` on by default", lint_names[id]);
        default_note_done[id] = true;
    } else {
        bool done = false;
        for (int i = 0; i < src_notes_done[id].len; i++)
            done |= src_notes_done[id].data[i] == ls->src.lo;
        if (!done) {
            diag_child(d, DIAG_NOTE, ls->src, NULL, "the lint level is defined here");
            vec_push(src_notes_done[id], ls->src.lo);
        }
    }
    diag_emit(d);
    if (deny)
        deny_fired = true;
}

static const char *op_symbol(BinOp op) {
    switch (op) {
    case BIN_ADD: return "+";
    case BIN_SUB: return "-";
    case BIN_MUL: return "*";
    case BIN_DIV: return "/";
    case BIN_REM: return "%";
    default: return "?";
    }
}

/* ---- checks on rvalues -------------------------------------------------- */

/* `-x` of a known MIN. False: rustc stops looking at this assignment (also
 * when the operand is not known: the destination keeps its old value). */
static bool check_unary(Lint *L, Rvalue *rv, Span span) {
    Value v;
    if (!eval_operand(L, rv->as.unary.operand, &v))
        return false;
    if (rv->as.unary.op == UN_NEG && lv_is_int(v.ty) && int_kind_signed(v.ty->as.int_kind) &&
        v.bits == ((u128)int_kind_min(v.ty->as.int_kind) & lv_int_mask(v.ty->as.int_kind))) {
        report(L, LINT_OVERFLOW, span,
               arena_printf(compiler_arena, "attempt to negate `%s`, which would overflow",
                            lv_render(&v, true)));
        return false;
    }
    return true;
}

/* Shifts by a known amount of at least the width (whatever the left side),
 * and + - * of known integers that overflow. */
static bool check_binary(Lint *L, Rvalue *rv, Span span) {
    BinOp op = rv->as.binary.op;
    Value l, r;
    bool lk = eval_operand(L, rv->as.binary.lhs, &l);
    bool rk = eval_operand(L, rv->as.binary.rhs, &r);
    if (op == BIN_SHL || op == BIN_SHR) {
        if (!rk)
            return false;
        Type *lt = operand_type(L, rv->as.binary.lhs);
        if (!lv_is_int(lt) || !lv_is_int(r.ty))
            return true;
        if (r.bits >= (u128)int_kind_bits(lt->as.int_kind)) {
            report(L, LINT_OVERFLOW, span,
                   arena_printf(compiler_arena, "attempt to shift %s by `%s`, which would overflow",
                                op == BIN_SHL ? "left" : "right", lv_render(&r, true)));
            return false;
        }
    }
    if (lk && rk && lv_is_int(l.ty) && lv_is_overflowing_op(op)) {
        u128 res;
        bool ovf;
        if (l.ty == r.ty && lv_int_binop(op, l.ty->as.int_kind, l.bits, r.bits, &res, &ovf) && ovf) {
            report(L, LINT_OVERFLOW, span,
                   arena_printf(compiler_arena,
                                "attempt to compute `%s %s %s`, which would overflow",
                                lv_render(&l, true), op_symbol(op), lv_render(&r, true)));
            return false;
        }
    }
    return true;
}

/* rustc's check_rvalue: false when the assignment is not evaluated. */
static bool check_rvalue(Lint *L, Rvalue *rv, Span span) {
    switch (rv->kind) {
    case RV_UNARY: return check_unary(L, rv, span);
    case RV_BINARY:
    case RV_CHECKED_BINARY: return check_binary(L, rv, span);
    case RV_REF:
        /* a borrowed local could change behind our back */
        remove_const(L, rv->as.ref.place.local);
        return false;
    default: return true;
    }
}

static bool is_compound(Lint *L, MirStmt *s);

/* ---- evaluating assignments --------------------------------------------- */

static bool eval_rvalue(Lint *L, Rvalue *rv, Value *out) {
    switch (rv->kind) {
    case RV_USE: return eval_operand(L, rv->as.use, out);
    case RV_BINARY:
    case RV_CHECKED_BINARY: {
        Value l, r, res;
        bool ovf;
        if (!eval_operand(L, rv->as.binary.lhs, &l) || !eval_operand(L, rv->as.binary.rhs, &r))
            return false;
        if (!lv_binop(rv->as.binary.op, l, r, &res, &ovf))
            return false;
        if (rv->kind == RV_BINARY) {
            *out = res;
            return true;
        }
        out->kind = VAL_AGG;
        out->nfields = 2;
        out->fields = ALLOC_N(Value, 2);
        out->fields[0] = res;
        out->fields[1] = lv_bool(ovf);
        return true;
    }
    case RV_UNARY: {
        Value v;
        if (!eval_operand(L, rv->as.unary.operand, &v))
            return false;
        if (rv->as.unary.op == UN_NOT) {
            if (v.ty->kind == TY_BOOL)
                *out = lv_bool(!v.bits);
            else if (lv_is_int(v.ty))
                *out = lv_scalar(v.ty, ~v.bits);
            else
                return false;
            return true;
        }
        if (rv->as.unary.op != UN_NEG)
            return false;
        if (v.ty->kind == TY_FLOAT)
            *out = lv_float(v.ty, -v.f);
        else if (lv_is_int(v.ty))
            *out = lv_scalar(v.ty, (u128)0 - v.bits);
        else
            return false;
        return true;
    }
    case RV_AGGREGATE: {
        int n = rv->as.aggregate.nops;
        out->kind = VAL_AGG;
        out->nfields = n;
        out->fields = ALLOC_N(Value, n > 0 ? n : 1);
        for (int i = 0; i < n; i++)
            if (!eval_operand(L, rv->as.aggregate.ops[i], &out->fields[i]))
                out->fields[i] = lv_unknown;
        return true;
    }
    case RV_CAST: {
        Value v;
        return eval_operand(L, rv->as.cast.operand, &v) && lv_cast(v, rv->ty, out);
    }
    case RV_REPEAT:
    case RV_REF: return false;
    }
    return false;
}

static bool place_is_indirect(Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_DEREF)
            return true;
    return false;
}

static void assign(Lint *L, MirStmt *s) {
    Place dest = s->as.assign.place;
    Rvalue *rv = &s->as.assign.rvalue;
    if (!check_rvalue(L, rv, s->span))
        return;
    if (place_is_indirect(dest) || L->mode[dest.local] == PROP_NONE)
        return;
    Value v = lv_unknown;
    if (dest.nproj > 0 || !eval_rvalue(L, rv, &v)) {
        /* forget the whole local, as rustc does */
        remove_const(L, dest.local);
        return;
    }
    L->vals[dest.local] = v;
    L->write_block[dest.local] = L->cur_block;
    L->write_index[dest.local] = L->cur_index;
    if (L->mode[dest.local] == PROP_OWN_BLOCK && !L->written[dest.local]) {
        L->written[dest.local] = true;
        vec_push(L->written_list, dest.local);
    }
}

/* rustc evaluates an expression's operands left to right into temporaries;
 * owl's MIR reads a place operand only at the operation, after the code of
 * the operands to its right ran. When that code crossed a block boundary
 * (an overflow assert, a branch), a multiply assigned local that rustc
 * copied while it was still known is unknown where owl reads it. Its value
 * is recovered from before the boundary when the block that last assigned
 * it went on, after the assignment, to evaluate part of this expression. */
static bool recover(Lint *L, MirStmt *s, Operand o, Value *out) {
    if (o.kind == OPERAND_CONST)
        return false;
    LocalId l = o.as.place.local;
    LocalKind k = L->body->locals.data[l].kind;
    if (!L->stale_ok[l] || L->vals[l].kind != VAL_UNINIT || (k != LOCAL_VAR && k != LOCAL_ARG))
        return false;   /* rustc copies variables; an expression's temporary it uses as is */
    MirBlock *w = L->body->blocks.data[L->write_block[l]];
    bool inside = false;
    int from = L->write_index[l] + 1;
    for (int i = from; i < L->stale_end[l] && i < from + 256 && !inside; i++) {
        MirStmt *st = &w->stmts.data[i];
        Span sp = st->span;
        inside = st->kind == MIR_ASSIGN && sp.lo >= s->span.lo && sp.hi <= s->span.hi &&
                 sp.hi > sp.lo;
    }
    if (!inside)
        return false;
    const Value *v = project_value(L, &L->stale[l], o.as.place);
    if (!v || v->kind != VAL_SCALAR)
        return false;
    *out = *v;
    return true;
}

/* Which operands of s rustc would have copied before the others ran: the
 * left side of a binary operation (not of a compound assignment, whose
 * left side rustc reads at the operation too) and the leading plain
 * elements of an aggregate. */
static void push_recovered(Lint *L, MirStmt *s) {
    Rvalue *rv = &s->as.assign.rvalue;
    Override ov;
    if (rv->kind == RV_BINARY || rv->kind == RV_CHECKED_BINARY) {
        if (!is_compound(L, s) && recover(L, s, rv->as.binary.lhs, &ov.value)) {
            ov.place = rv->as.binary.lhs.as.place;
            ov.known = true;
            vec_push(L->overrides, ov);
        }
    } else if (rv->kind == RV_AGGREGATE) {
        for (int i = 0; i < rv->as.aggregate.nops; i++) {
            Operand o = rv->as.aggregate.ops[i];
            if (recover(L, s, o, &ov.value)) {
                ov.place = o.as.place;
                ov.known = true;
                vec_push(L->overrides, ov);
            }
        }
    }
}

static void freeze(Lint *L, Operand o, Override *slot) {
    slot->known = false;
    slot->place.local = -1;
    if (o.kind == OPERAND_CONST)
        return;
    slot->place = o.as.place;
    slot->known = eval_operand(L, o, &slot->value);
}

static void visit_assign(Lint *L, MirStmt *s) {
    int mark = L->overrides.len;
    Place d = s->as.assign.place;
    Rvalue *rv = &s->as.assign.rvalue;
    if (d.nproj == 0 && d.local >= 0 && L->defer_to[d.local] && L->def_of[d.local] == s) {
        /* the operation happens at its assignment (find_deferred) */
        Override *ops = &L->deferred_ops[2 * d.local];
        if (rv->kind == RV_UNARY) {
            freeze(L, rv->as.unary.operand, &ops[0]);
            ops[1].place.local = -1;
        } else {
            freeze(L, rv->as.binary.lhs, &ops[0]);
            freeze(L, rv->as.binary.rhs, &ops[1]);
        }
        return;
    }
    MirStmt fake;
    if (rv->kind == RV_USE && rv->as.use.kind != OPERAND_CONST && rv->as.use.as.place.nproj == 0 &&
        L->defer_to[rv->as.use.as.place.local] == s) {
        LocalId t = rv->as.use.as.place.local;
        fake = *s;
        fake.as.assign.rvalue = L->def_of[t]->as.assign.rvalue;
        for (int i = 0; i < 2; i++)
            if (L->deferred_ops[2 * t + i].place.local >= 0)
                vec_push(L->overrides, L->deferred_ops[2 * t + i]);
        s = &fake;
    }
    push_recovered(L, s);
    assign(L, s);
    if (L->overrides.len > mark)
        L->overrides.len = mark;
}

static void end_chain(Lint *L) {
    L->overrides.len = 0;
    L->guarded = NULL;
}

/* ---- checks on asserts -------------------------------------------------- */

/* The operation an assert guards: owl's asserts do not carry their
 * operands, so find the division, remainder, shift or negation after it
 * (past the MIN / -1 assert, if any). */
static MirStmt *guarded_op(Lint *L, BlockId target, RvalueKind kind, int op) {
    for (int hops = 0; hops < 4 && target != NO_BLOCK; hops++) {
        MirBlock *bb = L->body->blocks.data[target];
        for (int i = 0; i < bb->stmts.len; i++) {
            MirStmt *s = &bb->stmts.data[i];
            Rvalue *rv = &s->as.assign.rvalue;
            if (s->kind == MIR_ASSIGN && rv->kind == kind &&
                (kind == RV_BINARY ? (int)rv->as.binary.op : (int)rv->as.unary.op) == op)
                return s;
        }
        if (!bb->has_term)
            return NULL;
        if (bb->term.kind == TERM_ASSERT)
            target = bb->term.as.assert.target;
        else if (bb->term.kind == TERM_GOTO)
            target = bb->term.as.goto_;
        else
            return NULL;
    }
    return NULL;
}

/* `x /= y` (rustc reads x itself, after the asserts) rather than
 * `x = x / y` (rustc reads a copy of x made before them)? Both are
 * `x = Div(copy x, ..)` in owl's MIR (and `x *= y` is a MulWithOverflow
 * into a temporary); the source text of the statement tells them apart. */
static bool is_compound(Lint *L, MirStmt *s) {
    Rvalue *rv = &s->as.assign.rvalue;
    if (rv->as.binary.lhs.kind == OPERAND_CONST || !L->src ||
        L->body->locals.data[rv->as.binary.lhs.as.place.local].kind == LOCAL_TEMP)
        return false;   /* the left side of `op=` is a place of the program's */
    const char *op = binop_text(rv->as.binary.op);
    size_t n = strlen(op);
    int depth = 0;
    /* the operator follows the assigned place, which is short */
    uint32_t end = s->span.hi - s->span.lo > 512 ? s->span.lo + 512 : s->span.hi;
    for (uint32_t i = s->span.lo; i < end; i++) {
        char c = L->src[i];
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if (c == ')' || c == ']' || c == '}')
            depth--;
        else if (depth == 0 && i + n < s->span.hi && !strncmp(L->src + i, op, n) &&
                 L->src[i + n] == '=')
            return true;
    }
    return false;
}

/* Freezes operand o of the chain's operation op (lhs: rustc copied it
 * before the rest of the expression ran). */
static void snapshot(Lint *L, MirStmt *op, Operand o, bool lhs) {
    if (o.kind == OPERAND_CONST)
        return;
    Override ov;
    ov.place = o.as.place;
    ov.known = (lhs && recover(L, op, o, &ov.value)) || eval_operand(L, o, &ov.value);
    vec_push(L->overrides, ov);
}

static bool span_contains(Lint *L, Span sp, const char *needle) {
    size_t n = strlen(needle);
    for (uint32_t i = sp.lo; i + n <= sp.hi && i < sp.lo + 4096; i++)
        if (!strncmp(L->src + i, needle, n))
            return true;
    return false;
}

/* `size_of::<T>()` and `align_of::<T>()` are constants in owl's MIR but
 * calls in rustc's: the value is not known, and the call ends a block. */
static bool is_folded_call(Lint *L, MirStmt *s) {
    Rvalue *rv = &s->as.assign.rvalue;
    if (rv->kind != RV_USE || rv->as.use.kind != OPERAND_CONST ||
        rv->as.use.as.konst->kind != CONST_INT || !L->src || s->span.hi <= s->span.lo)
        return false;
    return span_contains(L, s->span, "size_of::<") || span_contains(L, s->span, "align_of::<");
}

/* Ends the current block's knowledge of multiply assigned locals, as the
 * end of a block does; `at` is the index of the statement the boundary
 * comes before (the block's length at its real end). */
static void block_boundary(Lint *L, int at) {
    for (int i = 0; i < L->written_list.len; i++) {
        LocalId l = L->written_list.data[i];
        if (L->written[l]) {
            Value v = L->vals[l];
            remove_const(L, l);
            L->stale[l] = v;   /* for recover() */
            L->stale_ok[l] = true;
            L->stale_end[l] = at;
        }
    }
    L->written_list.len = 0;
}

/* rustc copies the operands of a division, remainder, shift or negation
 * into temporaries before the asserts that guard it, and the asserts and
 * the operation read those; owl's MIR reads the places again, in later
 * blocks, where a local assigned more than once is no longer known. So
 * from the start of such a chain the operands' values are frozen until
 * the operation has been evaluated. The left side of a compound
 * assignment is the exception: rustc reads it late too.
 *
 * rustc also always asserts a divisor nonzero (and, for signed types,
 * not -1 with a MIN dividend), and in debug builds always asserts a shift
 * amount in range; owl leaves out the asserts that cannot fail. Each
 * assert ends a block, which forgets the multiply assigned locals, so
 * `boundary` (a statement index, or -1) makes up for an assert owl left
 * out: the statements before it count as evaluated before the assert. */
static void start_chain(Lint *L, MirStmt *op, int boundary) {
    if (L->guarded)
        return;
    Rvalue *rv = &op->as.assign.rvalue;
    if (rv->kind == RV_UNARY) {
        snapshot(L, op, rv->as.unary.operand, false);
    } else {
        if (!is_compound(L, op))
            snapshot(L, op, rv->as.binary.lhs, true);
        snapshot(L, op, rv->as.binary.rhs, false);
    }
    if (boundary >= 0)
        block_boundary(L, boundary);
    L->guarded = op;
}

/* The operation an assert guards, if it starts a chain. */
static MirStmt *chain_op(Lint *L, MirTerm *t) {
    AssertKind k = t->as.assert.kind;
    BinOp op = t->as.assert.op;
    if (k == ASSERT_DIV_ZERO)
        return guarded_op(L, t->as.assert.target, RV_BINARY, BIN_DIV);
    if (k == ASSERT_REM_ZERO)
        return guarded_op(L, t->as.assert.target, RV_BINARY, BIN_REM);
    if (k == ASSERT_OVERFLOW &&
        (op == BIN_DIV || op == BIN_REM || op == BIN_SHL || op == BIN_SHR))
        return guarded_op(L, t->as.assert.target, RV_BINARY, op);
    if (k == ASSERT_OVERFLOW_NEG)
        return guarded_op(L, t->as.assert.target, RV_UNARY, UN_NEG);
    return NULL;
}

/* A division, remainder or (debug) shift whose asserts owl left out
 * entirely (a constant divisor or amount): rustc's would end a block just
 * before it. */
static bool unguarded_op(Lint *L, MirStmt *s) {
    if (s->kind != MIR_ASSIGN || s->as.assign.rvalue.kind != RV_BINARY || s == L->guarded)
        return false;
    Rvalue *rv = &s->as.assign.rvalue;
    BinOp op = rv->as.binary.op;
    if (!lv_is_int(operand_type(L, rv->as.binary.lhs)))
        return false;   /* float division has no asserts */
    return op == BIN_DIV || op == BIN_REM || (L->checks && (op == BIN_SHL || op == BIN_SHR));
}

/* The index of the statement defining local l in bb (before `before`), or -1. */
static int defining_stmt(MirBlock *bb, LocalId l, int before) {
    for (int i = before - 1; i >= 0; i--) {
        MirStmt *s = &bb->stmts.data[i];
        if (s->kind == MIR_ASSIGN && s->as.assign.place.local == l && s->as.assign.place.nproj == 0)
            return i;
    }
    return -1;
}

/* A block ending in the MIN / -1 assert of a division whose zero check
 * owl left out (a constant divisor): rustc's zero check would end a block
 * before the statements computing this assert's condition. Returns the
 * first of those statements and sets *op, or -1. */
static int missing_zero_check(Lint *L, MirBlock *bb, MirStmt **op) {
    if (L->guarded || !bb->has_term || bb->term.kind != TERM_ASSERT)
        return -1;
    MirTerm *t = &bb->term;
    if (t->as.assert.kind != ASSERT_OVERFLOW ||
        (t->as.assert.op != BIN_DIV && t->as.assert.op != BIN_REM) ||
        t->as.assert.cond.kind == OPERAND_CONST)
        return -1;
    *op = chain_op(L, t);
    int both = defining_stmt(bb, t->as.assert.cond.as.place.local, bb->stmts.len);
    if (!*op || both < 0)
        return -1;
    int first = both;
    Rvalue *rv = &bb->stmts.data[both].as.assign.rvalue;
    if (rv->kind == RV_BINARY) {
        Operand sides[2] = {rv->as.binary.lhs, rv->as.binary.rhs};
        for (int i = 0; i < 2; i++) {
            if (sides[i].kind == OPERAND_CONST)
                continue;
            int d = defining_stmt(bb, sides[i].as.place.local, both);
            if (d >= 0 && d < first)
                first = d;
        }
    }
    return first;
}

static const char *render_operand(Lint *L, Operand *o, bool suffixed) {
    Value v;
    if (!o || !eval_operand(L, *o, &v))
        return "_";
    return lv_render(&v, suffixed);
}

static void check_assert(Lint *L, MirTerm *t) {
    MirStmt *guarded = chain_op(L, t);
    if (guarded)
        start_chain(L, guarded, -1);   /* the assert itself ends the block */
    Value c;
    if (!eval_operand(L, t->as.assert.cond, &c) || c.ty->kind != TY_BOOL)
        return;
    if ((c.bits != 0) == t->as.assert.expected)
        return;
    if (t->as.assert.cond.kind != OPERAND_CONST)
        remove_const(L, t->as.assert.cond.as.place.local);
    BinOp op = t->as.assert.op;
    const char *label = NULL;
    switch (t->as.assert.kind) {
    case ASSERT_BOUNDS:
        label = arena_printf(compiler_arena,
                             "index out of bounds: the length is %s but the index is %s",
                             render_operand(L, &t->as.assert.a, false),
                             render_operand(L, &t->as.assert.b, false));
        break;
    case ASSERT_DIV_ZERO:
    case ASSERT_REM_ZERO: {
        MirStmt *s = guarded_op(L, t->as.assert.target, RV_BINARY,
                                t->as.assert.kind == ASSERT_DIV_ZERO ? BIN_DIV : BIN_REM);
        Rvalue *div = s ? &s->as.assign.rvalue : NULL;
        const char *lhs = render_operand(L, div ? &div->as.binary.lhs : NULL, true);
        if (t->as.assert.kind == ASSERT_DIV_ZERO)
            label = arena_printf(compiler_arena, "attempt to divide `%s` by zero", lhs);
        else
            label = arena_printf(compiler_arena,
                                 "attempt to calculate the remainder of `%s` with a divisor "
                                 "of zero", lhs);
        break;
    }
    case ASSERT_OVERFLOW:
        if (op == BIN_DIV || op == BIN_REM) {
            MirStmt *s = guarded_op(L, t->as.assert.target, RV_BINARY, op);
            Rvalue *div = s ? &s->as.assign.rvalue : NULL;
            label = arena_printf(compiler_arena,
                                 "attempt to compute `%s %s %s`, which would overflow",
                                 render_operand(L, div ? &div->as.binary.lhs : NULL, true),
                                 op_symbol(op),
                                 render_operand(L, div ? &div->as.binary.rhs : NULL, true));
        }
        /* + - * and shifts were checked on their rvalue */
        break;
    case ASSERT_OVERFLOW_NEG: break;   /* checked on the Neg */
    }
    if (label)
        report(L, LINT_PANIC, t->span, label);
}

/* ---- the walk ----------------------------------------------------------- */

typedef VEC(BlockId) BlockStack;

static void visit_block(Lint *L, BlockId b, BlockStack *work) {
    MirBlock *bb = L->body->blocks.data[b];
    MirStmt *min_op = NULL;
    int min_check = missing_zero_check(L, bb, &min_op);
    L->cur_block = b;
    for (int i = 0; i < bb->stmts.len; i++) {
        MirStmt *s = &bb->stmts.data[i];
        L->cur_index = i;
        if (i == min_check)
            start_chain(L, min_op, i);   /* before the MIN / -1 checks */
        else if (unguarded_op(L, s))
            start_chain(L, s, i + 1);    /* the operands were read before */
        switch (s->kind) {
        case MIR_ASSIGN:
            if (is_folded_call(L, s)) {
                block_boundary(L, i + 1);
                break;
            }
            visit_assign(L, s);
            if (s == L->guarded)
                end_chain(L);
            break;
        case MIR_STORAGE_LIVE:
        case MIR_STORAGE_DEAD: remove_const(L, s->as.local); break;
        case MIR_NOP: break;
        }
    }
    if (bb->has_term) {
        MirTerm *t = &bb->term;
        bool pushed = false;
        if (t->kind == TERM_ASSERT) {
            check_assert(L, t);
        } else if (t->kind == TERM_SWITCH_INT) {
            Value v;
            if (eval_operand(L, t->as.switch_.discr, &v) && v.ty->kind != TY_FLOAT) {
                BlockId target = t->as.switch_.otherwise;
                for (int i = 0; i < t->as.switch_.nvalues; i++)
                    if (t->as.switch_.values[i] == v.bits) {
                        target = t->as.switch_.targets[i];
                        break;
                    }
                vec_push(*work, target);
                pushed = true;
            }
        }
        if (!pushed)
            for (int i = 0; i < mir_succ_count(t); i++)
                vec_push(*work, *mir_succ_slot(t, i));
    }
    if (L->guarded && (!bb->has_term || bb->term.kind != TERM_ASSERT))
        end_chain(L);   /* the chain did not reach its operation */
    /* multiply assigned locals are known only inside their block */
    block_boundary(L, bb->stmts.len);
}

/* The lint levels in force in body: the crate's attributes, then those of
 * each function around it, outermost first, then its own. */
static void body_levels(MirProgram *p, MirBody *body, MirBody **setters, int nsetters,
                        LevelSet *levels) {
    for (int id = 0; id < LINT_COUNT; id++) {
        levels[id].level = LEVEL_DENY;
        levels[id].has_src = false;
    }
    apply_attrs(p->crate->attrs.data, p->crate->attrs.len, levels);
    if (!body->item)
        return;
    Span me = body->item->span;
    /* setters are sorted by position: enclosing items come before */
    for (int i = 0; i < nsetters; i++) {
        Item *it = setters[i]->item;
        if (it->span.lo <= me.lo && me.hi <= it->span.hi)
            apply_attrs(it->attrs.data, it->attrs.len, levels);
    }
}

struct Linter {
    MirProgram *p;
    MirBody **setters;  /* the bodies whose attributes set a level, in order */
    int nsetters;
    bool checks;
};

void lint_body(Linter *lt, MirBody *body) {
    MirProgram *p = lt->p;
    Lint L = {0};
    L.body = body;
    L.checks = lt->checks;
    L.src = p->crate && p->crate->file ? p->crate->file->text : NULL;
    body_levels(p, body, lt->setters, lt->nsetters, L.levels);
    if (L.levels[LINT_OVERFLOW].level == LEVEL_ALLOW && L.levels[LINT_PANIC].level == LEVEL_ALLOW &&
        scoped_levels.len == 0)
        return;
    int n = body->locals.len, nb = body->blocks.len;
    if (n == 0 || nb == 0)
        return;
    L.mode = ALLOC_N(PropMode, n);
    L.vals = ALLOC_N(Value, n);
    L.written = ALLOC_N(bool, n);
    L.write_block = ALLOC_N(BlockId, n);
    L.write_index = ALLOC_N(int, n);
    L.stale = ALLOC_N(Value, n);
    L.stale_ok = ALLOC_N(bool, n);
    L.stale_end = ALLOC_N(int, n);
    L.defer_to = ALLOC_N(MirStmt *, n);
    L.def_of = ALLOC_N(MirStmt *, n);
    L.deferred_ops = ALLOC_N(Override, 2 * n);
    compute_modes(&L);
    find_deferred(&L);
    bool *visited = ALLOC_N(bool, nb);
    BlockStack work = {0};
    vec_push(work, 0);
    while (work.len > 0) {
        BlockId b = work.data[--work.len];
        if (b < 0 || b >= nb || visited[b])
            continue;
        visited[b] = true;
        visit_block(&L, b, &work);
    }
}

Linter *lint_begin(MirProgram *p, bool overflow_checks) {
    for (int id = 0; id < LINT_COUNT; id++) {
        default_note_done[id] = false;
        /* the last compilation's arena is gone */
        src_notes_done[id].data = NULL;
        src_notes_done[id].len = src_notes_done[id].cap = 0;
    }
    deny_fired = false;
    find_hidden_borrows(p->crate);
    Linter *lt = ALLOC(Linter);
    lt->p = p;
    lt->checks = overflow_checks;
    int n = p->bodies.len;
    lt->setters = ALLOC_N(MirBody *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        Item *it = p->bodies.data[i]->item;
        if (it && sets_level(it->attrs.data, it->attrs.len))
            lt->setters[lt->nsetters++] = p->bodies.data[i];
    }
    mir_sort_bodies(lt->setters, lt->nsetters);
    return lt;
}

bool lint_end(Linter *lt) {
    (void)lt;
    return !deny_fired;
}
