/* limits.c: the nesting limit on the syntax tree (see limits.h).
 *
 * A walk over the parsed crate that carries the current depth and stops
 * descending as soon as it passes LIMIT_AST_DEPTH, so its own recursion is
 * bounded by the limit it enforces. It must know every child link of the
 * AST: a kind added to ast.h without a case here is not measured (and would
 * let a deep program through to a phase that overflows its stack; the fuzz
 * targets in tests/fuzz look for exactly that).
 */
#include "limits.h"

typedef struct Walk {
    bool failed;  /* reported for the current item: stop walking it */
    int stmts;    /* statements seen in the function being walked */
    long size;    /* the program's size so far (see LIMIT_PROGRAM_SIZE) */
} Walk;

static void walk_expr(Walk *w, const Expr *e, int depth);
static void walk_block(Walk *w, const Block *b, int depth);
static void walk_type(Walk *w, const TypeExpr *t, int depth);
static void walk_item(Walk *w, const Item *it, int depth);

/* True if the walk may go into a node at `depth`; reports the first node
 * beyond the limit. */
static bool enter(Walk *w, Span span, int depth) {
    if (w->failed)
        return false;
    if (depth <= LIMIT_AST_DEPTH)
        return true;
    Diag *d = diag_new(DIAG_ERROR, NULL, span, "nested too deeply",
                       "this program is nested too deeply for owl");
    diag_note(d, "owl accepts at most %d levels of nested expressions, blocks, "
                 "patterns and types", LIMIT_AST_DEPTH);
    diag_emit(d);
    w->failed = true;
    return false;
}

/* Each phase is linear in a function's size, but the whole pipeline needs
 * a few kilobytes per statement: a function past the limit gets a clear
 * error instead of exhausting memory. */
static void check_fn_size(Walk *w, const Item *fn) {
    if (w->failed || w->stmts <= LIMIT_FN_STATEMENTS)
        return;
    Diag *d = diag_new(DIAG_ERROR, NULL, fn->name_span, "function too large",
                       "function `%s` is too large for owl: %d statements",
                       sym_str(fn->name), w->stmts);
    diag_note(d, "owl compiles functions of at most %d statements", LIMIT_FN_STATEMENTS);
    diag_help(d, "split the function into smaller functions");
    diag_emit(d);
    w->failed = true;
}

static void walk_path(Walk *w, const Path *p, int depth) {
    if (!p)
        return;
    for (int i = 0; i < p->segs.len; i++)
        for (int j = 0; j < p->segs.data[i].generics.len; j++)
            walk_type(w, p->segs.data[i].generics.data[j], depth);
}

static void walk_type(Walk *w, const TypeExpr *t, int depth) {
    if (!t || !enter(w, t->span, depth))
        return;
    switch (t->kind) {
    case TE_PATH: walk_path(w, t->as.path, depth + 1); break;
    case TE_REF: walk_type(w, t->as.ref.inner, depth + 1); break;
    case TE_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            walk_type(w, t->as.tuple.data[i], depth + 1);
        break;
    case TE_ARRAY:
        walk_type(w, t->as.array.elem, depth + 1);
        walk_expr(w, t->as.array.len, depth + 1);
        break;
    case TE_SLICE: walk_type(w, t->as.slice.elem, depth + 1); break;
    case TE_NEVER:
    case TE_INFER: break;
    }
}

static void walk_pat(Walk *w, const Pat *p, int depth) {
    if (!p || !enter(w, p->span, depth))
        return;
    switch (p->kind) {
    case PAT_TUPLE:
        for (int i = 0; i < p->as.tuple.len; i++)
            walk_pat(w, p->as.tuple.data[i], depth + 1);
        break;
    case PAT_LIT: walk_expr(w, p->as.lit, depth + 1); break;
    case PAT_BIND:
    case PAT_WILD:
    case PAT_REST: break;
    }
}

static void walk_exprs(Walk *w, const ExprVec *v, int depth) {
    for (int i = 0; i < v->len; i++)
        walk_expr(w, v->data[i], depth);
}

static void walk_expr(Walk *w, const Expr *e, int depth) {
    if (!e || !enter(w, e->span, depth))
        return;
    int d = depth + 1;
    switch (e->kind) {
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_BOOL:
    case EXPR_CHAR:
    case EXPR_STR: break;
    case EXPR_PATH: walk_path(w, e->as.path.path, d); break;
    case EXPR_UNARY: walk_expr(w, e->as.unary.operand, d); break;
    case EXPR_BINARY:
        walk_expr(w, e->as.binary.lhs, d);
        walk_expr(w, e->as.binary.rhs, d);
        break;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN:
        walk_expr(w, e->as.assign.lhs, d);
        walk_expr(w, e->as.assign.rhs, d);
        break;
    case EXPR_REF: walk_expr(w, e->as.ref.operand, d); break;
    case EXPR_CAST:
        walk_expr(w, e->as.cast.operand, d);
        walk_type(w, e->as.cast.type, d);
        break;
    case EXPR_CALL:
        walk_expr(w, e->as.call.callee, d);
        walk_exprs(w, &e->as.call.args, d);
        break;
    case EXPR_METHOD:
        walk_expr(w, e->as.method.receiver, d);
        for (int i = 0; i < e->as.method.generics.len; i++)
            walk_type(w, e->as.method.generics.data[i], d);
        walk_exprs(w, &e->as.method.args, d);
        break;
    case EXPR_FIELD: walk_expr(w, e->as.field.base, d); break;
    case EXPR_TUPLE_FIELD: walk_expr(w, e->as.tuple_field.base, d); break;
    case EXPR_INDEX:
        walk_expr(w, e->as.index.base, d);
        walk_expr(w, e->as.index.index, d);
        break;
    case EXPR_TUPLE:
    case EXPR_ARRAY: walk_exprs(w, &e->as.list, d); break;
    case EXPR_REPEAT:
        walk_expr(w, e->as.repeat.value, d);
        walk_expr(w, e->as.repeat.count, d);
        break;
    case EXPR_BLOCK: walk_block(w, e->as.block, d); break;
    case EXPR_IF:
        walk_expr(w, e->as.if_.cond, d);
        walk_block(w, e->as.if_.then, d);
        walk_expr(w, e->as.if_.else_, d);
        break;
    case EXPR_WHILE:
    case EXPR_LOOP:
    case EXPR_FOR:
        walk_expr(w, e->as.loop.cond, d);
        walk_pat(w, e->as.loop.pat, d);
        walk_expr(w, e->as.loop.iter, d);
        walk_block(w, e->as.loop.body, d);
        break;
    case EXPR_BREAK:
    case EXPR_CONTINUE:
    case EXPR_RETURN: walk_expr(w, e->as.jump.value, d); break;
    case EXPR_RANGE:
        walk_expr(w, e->as.range.lo, d);
        walk_expr(w, e->as.range.hi, d);
        break;
    case EXPR_MACRO:
        for (int i = 0; i < e->as.mac.args.len; i++)
            walk_expr(w, e->as.mac.args.data[i].expr, d);
        break;
    case EXPR_COERCE: walk_expr(w, e->as.coerce.inner, d); break;
    }
}

static void walk_block(Walk *w, const Block *b, int depth) {
    if (!b || !enter(w, b->span, depth))
        return;
    int d = depth + 1;
    w->stmts += b->stmts.len + (b->tail != NULL);
    for (int i = 0; i < b->stmts.len && !w->failed; i++) {
        const Stmt *s = b->stmts.data[i];
        switch (s->kind) {
        case STMT_LET:
            walk_pat(w, s->as.let.pat, d);
            walk_type(w, s->as.let.type, d);
            walk_expr(w, s->as.let.init, d);
            break;
        case STMT_EXPR: walk_expr(w, s->as.expr.expr, d); break;
        case STMT_ITEM: walk_item(w, s->as.item, d); break;
        case STMT_EMPTY: break;
        }
    }
    walk_expr(w, b->tail, d);
}

static void walk_item(Walk *w, const Item *it, int depth) {
    if (!it || !enter(w, it->span, depth))
        return;
    int d = depth + 1;
    switch (it->kind) {
    case ITEM_FN:
        for (int i = 0; i < it->as.fn.params.len; i++) {
            walk_pat(w, it->as.fn.params.data[i].pat, d);
            walk_type(w, it->as.fn.params.data[i].type, d);
        }
        walk_type(w, it->as.fn.ret, d);
        int outer = w->stmts;
        w->stmts = 0;
        walk_block(w, it->as.fn.body, d);
        check_fn_size(w, it);
        w->size += w->stmts + LIMIT_FN_COST;
        w->stmts = outer;
        break;
    case ITEM_STATIC:
    case ITEM_CONST:
        walk_type(w, it->as.global.type, d);
        walk_expr(w, it->as.global.init, d);
        break;
    case ITEM_USE: break;
    }
}

/* The whole program past LIMIT_PROGRAM_SIZE: one error, at the item that
 * passes it. */
static void report_program_size(const Item *it, long size) {
    Diag *d = diag_new(DIAG_ERROR, NULL, it->name_span, "program too large",
                       "this program is too large for owl: more than %ld statements "
                       "and functions", (long)LIMIT_PROGRAM_SIZE);
    diag_note(d, "owl compiles programs of at most %ld statements, counting %d more for "
                 "each function (this item brings the count to %ld)",
              (long)LIMIT_PROGRAM_SIZE, LIMIT_FN_COST, size);
    diag_emit(d);
}

bool limits_check_crate(const Crate *crate) {
    bool ok = true;
    long size = 0;
    for (int i = 0; i < crate->items.len; i++) {
        Walk w = {false, 0, 0};
        walk_item(&w, crate->items.data[i], 0);
        ok = ok && !w.failed;
        size += w.size;
        if (size > LIMIT_PROGRAM_SIZE && ok) {
            report_program_size(crate->items.data[i], size);
            return false;
        }
    }
    return ok;
}
