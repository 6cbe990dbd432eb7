/* borrowck_ast.c: the syntax tree, as the ownership diagnostics see it.
 *
 * MIR says what happens to which place; rustc's borrowck diagnostics also
 * talk about the source: the expression a value was moved by, the call it
 * was an argument of and that call's parameter, the loops around a move,
 * the `if` that did not initialise a variable, how a binding was declared.
 * rustc asks its HIR; Owl asks the typed AST, flattened here into an array
 * of nodes with parent links (built once per body that has an error).
 *
 * MIR statement spans are sometimes wider than rustc's (Owl lowers
 * `(c, 1)` to one aggregate statement where rustc first moves `c` into a
 * temporary of its own span), so the diagnostics narrow a span to the
 * expression that names the place (bck_ast_refine).
 */
#include "borrowck_int.h"

#include <stdlib.h>

#include <string.h>

typedef struct Walker {
    BckAst *a;
} Walker;

static int add_node(BckAst *a, Expr *e, Stmt *s, int parent) {
    BckNode n = {e, s, parent};
    vec_push(a->nodes, n);
    return a->nodes.len - 1;
}

static BckVar *var_slot(BckAst *a, Var *v) {
    if (!v || v->id < 0)
        return NULL;
    while (a->vars.len <= v->id) {
        BckVar empty;
        memset(&empty, 0, sizeof empty);
        vec_push(a->vars, empty);
    }
    return &a->vars.data[v->id];
}

/* The binding's span as rustc's local declaration has it: `mut x`. */
static Span binding_span(const Pat *p) {
    Var *v = p->as.bind.var;
    Span s = v ? v->span : p->span;
    if (p->as.bind.mut && p->as.bind.mut_span.hi > p->as.bind.mut_span.lo)
        s.lo = p->as.bind.mut_span.lo;
    return s;
}

static void note_pattern(BckAst *a, Pat *p, bool has_value, bool nested, bool is_for, Stmt *let,
                         Param *param) {
    if (!p)
        return;
    switch (p->kind) {
    case PAT_BIND: {
        BckVar *bv = var_slot(a, p->as.bind.var);
        if (!bv)
            return;
        bv->var = p->as.bind.var;
        bv->decl = binding_span(p);
        bv->has_value = has_value;
        bv->destructured = nested;
        bv->is_for = is_for;
        bv->let = let;
        bv->param = param;
        return;
    }
    case PAT_TUPLE:
        for (int i = 0; i < p->as.tuple.len; i++)
            note_pattern(a, p->as.tuple.data[i], has_value, true, is_for, let, param);
        return;
    default: return;
    }
}

static void walk_expr(BckAst *a, Expr *e, int parent);

static void walk_block(BckAst *a, Block *blk, int parent) {
    if (!blk)
        return;
    for (int i = 0; i < blk->stmts.len; i++) {
        Stmt *s = blk->stmts.data[i];
        if (s->kind == STMT_ITEM || s->kind == STMT_EMPTY)
            continue;   /* nested items are bodies of their own */
        int n = add_node(a, NULL, s, parent);
        if (s->kind == STMT_LET) {
            note_pattern(a, s->as.let.pat, s->as.let.init != NULL, false, false, s, NULL);
            walk_expr(a, s->as.let.init, n);
        } else {
            walk_expr(a, s->as.expr.expr, n);
        }
    }
    walk_expr(a, blk->tail, parent);
}

static int cmp_ptr(const void *pa, const void *pb) {
    uintptr_t a = (uintptr_t)*(Expr *const *)pa, b = (uintptr_t)*(Expr *const *)pb;
    return (a > b) - (a < b);
}

/* Whether e is in v, sorted by cmp_ptr (a println! of 20,000 arguments
 * makes a linear search quadratic). */
static bool in_sorted(const ExprVec *v, Expr *e) {
    int lo = 0, hi = v->len - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = cmp_ptr(&v->data[mid], &e);
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return false;
}

static void walk_expr(BckAst *a, Expr *e, int parent) {
    if (!e)
        return;
    int n = add_node(a, e, NULL, parent);
    switch (e->kind) {
    case EXPR_UNARY: walk_expr(a, e->as.unary.operand, n); break;
    case EXPR_BINARY:
        walk_expr(a, e->as.binary.lhs, n);
        walk_expr(a, e->as.binary.rhs, n);
        break;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN:
        walk_expr(a, e->as.assign.lhs, n);
        walk_expr(a, e->as.assign.rhs, n);
        break;
    case EXPR_REF: walk_expr(a, e->as.ref.operand, n); break;
    case EXPR_CAST: walk_expr(a, e->as.cast.operand, n); break;
    case EXPR_CALL:
        walk_expr(a, e->as.call.callee, n);
        for (int i = 0; i < e->as.call.args.len; i++)
            walk_expr(a, e->as.call.args.data[i], n);
        break;
    case EXPR_METHOD:
        walk_expr(a, e->as.method.receiver, n);
        for (int i = 0; i < e->as.method.args.len; i++)
            walk_expr(a, e->as.method.args.data[i], n);
        break;
    case EXPR_FIELD: walk_expr(a, e->as.field.base, n); break;
    case EXPR_TUPLE_FIELD: walk_expr(a, e->as.tuple_field.base, n); break;
    case EXPR_INDEX:
        walk_expr(a, e->as.index.base, n);
        walk_expr(a, e->as.index.index, n);
        break;
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        for (int i = 0; i < e->as.list.len; i++)
            walk_expr(a, e->as.list.data[i], n);
        break;
    case EXPR_REPEAT:
        walk_expr(a, e->as.repeat.value, n);
        walk_expr(a, e->as.repeat.count, n);
        break;
    case EXPR_BLOCK: walk_block(a, e->as.block, n); break;
    case EXPR_IF:
        walk_expr(a, e->as.if_.cond, n);
        walk_block(a, e->as.if_.then, n);
        walk_expr(a, e->as.if_.else_, n);
        break;
    case EXPR_WHILE:
    case EXPR_LOOP:
    case EXPR_FOR:
        walk_expr(a, e->as.loop.cond, n);
        walk_expr(a, e->as.loop.iter, n);
        if (e->kind == EXPR_FOR)
            note_pattern(a, e->as.loop.pat, true, false, true, NULL, NULL);
        walk_block(a, e->as.loop.body, n);
        break;
    case EXPR_BREAK:
    case EXPR_RETURN: walk_expr(a, e->as.jump.value, n); break;
    case EXPR_RANGE:
        walk_expr(a, e->as.range.lo, n);
        walk_expr(a, e->as.range.hi, n);
        break;
    case EXPR_MACRO: {
        ExprVec seen = {0};
        for (int i = 0; i < e->as.mac.args.len; i++) {
            walk_expr(a, e->as.mac.args.data[i].expr, n);
            vec_push(seen, e->as.mac.args.data[i].expr);
        }
        /* implicit captures (`{name}`) exist only here */
        if (seen.len > 1)
            qsort(seen.data, (size_t)seen.len, sizeof(Expr *), cmp_ptr);
        for (int i = 0; i < e->as.mac.fmt_args.len; i++)
            if (!in_sorted(&seen, e->as.mac.fmt_args.data[i]))
                walk_expr(a, e->as.mac.fmt_args.data[i], n);
        break;
    }
    case EXPR_COERCE: walk_expr(a, e->as.coerce.inner, n); break;
    default: break;
    }
}

/* ---- the span index ------------------------------------------------------------
 * Expressions by span, in an open-addressing table of node chains, so that
 * finding the expression of a MIR span does not scan the function (a
 * 20,000-statement function asks many times). */

static uint32_t span_hash(Span s) { return (s.lo * 2654435761u) ^ (s.hi * 40503u); }

static void build_index(BckAst *a) {
    uint32_t cap = 16;
    while (cap < (uint32_t)a->nodes.len * 2)
        cap *= 2;
    a->index_cap = cap;
    a->index = ALLOC_N(int, cap);
    a->next_same = ALLOC_N(int, a->nodes.len + 1);
    for (uint32_t i = 0; i < cap; i++)
        a->index[i] = -1;
    /* chains keep preorder: outermost first */
    for (int n = a->nodes.len - 1; n >= 0; n--) {
        Expr *e = a->nodes.data[n].expr;
        if (!e)
            continue;
        uint32_t h = span_hash(e->span) & (cap - 1);
        while (a->index[h] >= 0 && !span_eq(a->nodes.data[a->index[h]].expr->span, e->span))
            h = (h + 1) & (cap - 1);
        a->next_same[n] = a->index[h];
        a->index[h] = n;
    }
}

/* The first node (in preorder) of the chain of expressions with span s. */
static int chain(const BckAst *a, Span s) {
    if (!a->index)
        return -1;
    uint32_t h = span_hash(s) & (a->index_cap - 1);
    while (a->index[h] >= 0) {
        if (span_eq(a->nodes.data[a->index[h]].expr->span, s))
            return a->index[h];
        h = (h + 1) & (a->index_cap - 1);
    }
    return -1;
}

BckAst *bck_ast_build(Item *fn, const SourceFile *file) {
    BckAst *a = ALLOC(BckAst);
    a->fn = fn;
    a->file = file;
    for (int i = 0; i < fn->as.fn.params.len; i++) {
        Param *p = &fn->as.fn.params.data[i];
        note_pattern(a, p->pat, true, false, false, NULL, p);
    }
    walk_block(a, fn->as.fn.body, -1);
    build_index(a);
    return a;
}

const BckVar *bck_ast_var(const BckAst *a, const Var *v) {
    if (!v || v->id < 0 || v->id >= a->vars.len || !a->vars.data[v->id].var)
        return NULL;
    return &a->vars.data[v->id];
}

int bck_ast_find(const BckAst *a, Span span, int kind) {
    for (int i = chain(a, span); i >= 0; i = a->next_same[i])
        if (kind < 0 || (int)a->nodes.data[i].expr->kind == kind)
            return i;
    return -1;
}

int bck_ast_find_inner(const BckAst *a, Span span, int kind) {
    int found = -1;
    for (int i = chain(a, span); i >= 0; i = a->next_same[i])
        if (kind < 0 || (int)a->nodes.data[i].expr->kind == kind)
            found = i;
    return found;
}

/* The variable a place expression starts from (`t.0`, `*r`, `&s`, `a[i]`). */
static Var *root_var(Expr *e) {
    while (e) {
        switch (e->kind) {
        case EXPR_PATH: return e->as.path.res == RES_LOCAL ? e->as.path.var : NULL;
        case EXPR_TUPLE_FIELD: e = e->as.tuple_field.base; break;
        case EXPR_FIELD: e = e->as.field.base; break;
        case EXPR_INDEX: e = e->as.index.base; break;
        case EXPR_UNARY:
            if (e->as.unary.op != UN_DEREF)
                return NULL;
            e = e->as.unary.operand;
            break;
        case EXPR_REF: e = e->as.ref.operand; break;
        case EXPR_COERCE: e = e->as.coerce.inner; break;
        default: return NULL;
        }
    }
    return NULL;
}

Span bck_ast_refine(const BckAst *a, Span within, const Var *var, int nfields) {
    if (!var)
        return within;
    int first = -1;
    for (int i = chain(a, within); i >= 0; i = a->next_same[i]) {
        if (first < 0)
            first = i;
        if (root_var(a->nodes.data[i].expr) == var)
            return within;
    }
    /* the path expressions inside `within` are nodes of its subtree: from
     * its node on, in preorder, until the spans leave it */
    int best = -1;
    int from = first >= 0 ? first : 0;
    for (int i = from; i < a->nodes.len; i++) {
        if (first >= 0 && a->nodes.data[i].expr &&
            a->nodes.data[i].expr->span.lo >= within.hi && i > first)
            break;
        Expr *e = a->nodes.data[i].expr;
        if (!e || e->kind != EXPR_PATH || e->as.path.res != RES_LOCAL || e->as.path.var != var)
            continue;
        if (!span_contains(within, e->span))
            continue;
        if (best < 0 || e->span.lo < a->nodes.data[best].expr->span.lo)
            best = i;
    }
    if (best < 0)
        return within;
    int n = best;
    for (int k = 0; k < nfields; k++) {
        int p = a->nodes.data[n].parent;
        while (p >= 0 && a->nodes.data[p].expr && a->nodes.data[p].expr->kind == EXPR_COERCE)
            p = a->nodes.data[p].parent;
        if (p < 0 || !a->nodes.data[p].expr || a->nodes.data[p].expr->kind != EXPR_TUPLE_FIELD)
            break;
        n = p;
    }
    return a->nodes.data[n].expr->span;
}

Span bck_ast_call_arg(const BckAst *a, Span call, int i) {
    static const ExprKind kinds[] = {EXPR_CALL, EXPR_METHOD, EXPR_BINARY, EXPR_COMPOUND_ASSIGN,
                                     EXPR_MACRO};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        int n = bck_ast_find(a, call, (int)kinds[k]);
        if (n < 0)
            continue;
        Expr *e = a->nodes.data[n].expr;
        switch (e->kind) {
        case EXPR_CALL:
            if (i < e->as.call.args.len)
                return e->as.call.args.data[i]->span;
            break;
        case EXPR_METHOD:
            if (i == 0)
                return e->as.method.receiver->span;
            if (i - 1 < e->as.method.args.len)
                return e->as.method.args.data[i - 1]->span;
            break;
        case EXPR_BINARY: return i == 0 ? e->as.binary.lhs->span : e->as.binary.rhs->span;
        case EXPR_COMPOUND_ASSIGN:
            return i == 0 ? e->as.assign.lhs->span : e->as.assign.rhs->span;
        case EXPR_MACRO:
            if (i < e->as.mac.fmt_args.len)
                return e->as.mac.fmt_args.data[i]->span;
            break;
        default: break;
        }
        return call;
    }
    return call;
}

Span bck_ast_loop_head(const BckAst *a, const Expr *loop, bool guess) {
    Span s = loop->span;
    switch (loop->kind) {
    case EXPR_WHILE: return span_at(s.lo, loop->as.loop.cond->span.hi);
    case EXPR_FOR: return span_at(s.lo, loop->as.loop.iter->span.hi);
    default: {
        /* rustc's head of a `loop` is its keyword; its guess of a head
         * (everything before the `{`) keeps the label */
        uint32_t p = s.lo;
        if (loop->as.loop.label && a->file) {
            p = loop->as.loop.label_span.hi;
            while (p < a->file->len && (a->file->text[p] == ':' || a->file->text[p] == ' ' ||
                                        a->file->text[p] == '\t' || a->file->text[p] == '\n'))
                p++;
        }
        return span_at(guess ? s.lo : p, p + 4);
    }
    }
}
