/* ast_walk.c: the children of a syntax-tree node (see ast_walk.h). */
#include "ast_walk.h"

#include <stdint.h>
#include <stdlib.h>

static void visit_expr(AstWalker *w, Expr *e) {
    if (e)
        w->expr(w, e);
}

static void visit_exprs(AstWalker *w, ExprVec v) {
    for (int i = 0; i < v.len; i++)
        visit_expr(w, v.data[i]);
}

static void visit_block(AstWalker *w, Block *b) {
    if (b)
        (w->block ? w->block : ast_walk_block)(w, b);
}

static void visit_pat(AstWalker *w, Pat *p) {
    if (p)
        (w->pat ? w->pat : ast_walk_pat)(w, p);
}

static int by_address(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)*(Expr *const *)a, y = (uintptr_t)*(Expr *const *)b;
    return x < y ? -1 : x > y;
}

/* The arguments as written, then the captures only fmt_args holds (a
 * sorted copy of the arguments keeps 20,000 placeholders linearithmic). */
static void visit_macro(AstWalker *w, Expr *e) {
    ExprVec args = {0};
    for (int i = 0; i < e->as.mac.args.len; i++) {
        Expr *a = e->as.mac.args.data[i].expr;
        visit_expr(w, a);
        if (e->as.mac.fmt_args.len)
            vec_push(args, a);
    }
    if (!e->as.mac.fmt_args.len)
        return;
    if (args.len > 1)
        qsort(args.data, (size_t)args.len, sizeof args.data[0], by_address);
    for (int i = 0; i < e->as.mac.fmt_args.len; i++) {
        Expr *f = e->as.mac.fmt_args.data[i];
        if (!args.len || !bsearch(&f, args.data, (size_t)args.len, sizeof f, by_address))
            visit_expr(w, f);
    }
}

void ast_walk_expr(AstWalker *w, Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_BOOL:
    case EXPR_CHAR:
    case EXPR_STR:
    case EXPR_PATH: break;
    case EXPR_UNARY: visit_expr(w, e->as.unary.operand); break;
    case EXPR_BINARY:
        visit_expr(w, e->as.binary.lhs);
        visit_expr(w, e->as.binary.rhs);
        break;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN:
        visit_expr(w, e->as.assign.lhs);
        visit_expr(w, e->as.assign.rhs);
        break;
    case EXPR_REF: visit_expr(w, e->as.ref.operand); break;
    case EXPR_CAST: visit_expr(w, e->as.cast.operand); break;
    case EXPR_CALL:
        visit_expr(w, e->as.call.callee);
        visit_exprs(w, e->as.call.args);
        break;
    case EXPR_METHOD:
        visit_expr(w, e->as.method.receiver);
        visit_exprs(w, e->as.method.args);
        break;
    case EXPR_FIELD: visit_expr(w, e->as.field.base); break;
    case EXPR_TUPLE_FIELD: visit_expr(w, e->as.tuple_field.base); break;
    case EXPR_INDEX:
        visit_expr(w, e->as.index.base);
        visit_expr(w, e->as.index.index);
        break;
    case EXPR_TUPLE:
    case EXPR_ARRAY: visit_exprs(w, e->as.list); break;
    case EXPR_REPEAT:
        visit_expr(w, e->as.repeat.value);
        visit_expr(w, e->as.repeat.count);
        break;
    case EXPR_BLOCK: visit_block(w, e->as.block); break;
    case EXPR_IF:
        visit_expr(w, e->as.if_.cond);
        visit_block(w, e->as.if_.then);
        visit_expr(w, e->as.if_.else_);
        break;
    case EXPR_WHILE:
    case EXPR_LOOP:
    case EXPR_FOR:
        visit_expr(w, e->as.loop.cond);
        visit_expr(w, e->as.loop.iter);
        visit_pat(w, e->as.loop.pat);
        visit_block(w, e->as.loop.body);
        break;
    case EXPR_BREAK:
    case EXPR_CONTINUE:
    case EXPR_RETURN: visit_expr(w, e->as.jump.value); break;
    case EXPR_RANGE:
        visit_expr(w, e->as.range.lo);
        visit_expr(w, e->as.range.hi);
        break;
    case EXPR_MACRO: visit_macro(w, e); break;
    case EXPR_COERCE: visit_expr(w, e->as.coerce.inner); break;
    }
}

void ast_walk_block(AstWalker *w, Block *b) {
    if (!b)
        return;
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *s = b->stmts.data[i];
        switch (s->kind) {
        case STMT_LET:
            visit_expr(w, s->as.let.init);
            visit_pat(w, s->as.let.pat);
            break;
        case STMT_EXPR: visit_expr(w, s->as.expr.expr); break;
        case STMT_ITEM:
            if (w->item && s->as.item)
                w->item(w, s->as.item);
            break;
        case STMT_EMPTY: break;
        }
    }
    visit_expr(w, b->tail);
}

void ast_walk_pat(AstWalker *w, Pat *p) {
    if (!p)
        return;
    if (p->kind == PAT_TUPLE)
        for (int i = 0; i < p->as.tuple.len; i++)
            visit_pat(w, p->as.tuple.data[i]);
    else if (p->kind == PAT_LIT)
        visit_expr(w, p->as.lit);
}
