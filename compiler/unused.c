/* unused.c: rustc's unused_variables lint.
 *
 * Takes the typed crate and warns, as rustc's liveness pass does, about
 * each binding (let, parameter, `for` pattern) whose name does not start
 * with `_` and that is never read: "unused variable: `x`", or "variable `x`
 * is assigned to, but never used" when it is only ever the target of `=` or
 * `op=`. Functions in which typeck reported an error are skipped, as rustc
 * skips bodies tainted by errors. rustc emits these warnings after borrow
 * checking, so the driver calls this after the ownership checker.
 *
 * Not done: unused_assignments ("value assigned to `x` is never read"),
 * which needs liveness dataflow, and unused_mut, which is the borrow
 * checker's.
 */
#include <string.h>

#include "typeck.h"
#include "typeck_int.h"

typedef struct Use {
    Var *var;
    Pat *pat;        /* the binding pattern (its span covers `mut`) */
    int reads;
    int writes;
} Use;

typedef VEC(Use) UseVec;

static bool note_done;

static Use *find(UseVec *uses, Var *v) {
    for (int i = uses->len - 1; i >= 0; i--)
        if (uses->data[i].var == v)
            return &uses->data[i];
    return NULL;
}

static void collect_pat(UseVec *uses, Pat *p) {
    if (!p)
        return;
    if (p->kind == PAT_BIND && p->as.bind.var) {
        Use u = {p->as.bind.var, p, 0, 0};
        vec_push(*uses, u);
    } else if (p->kind == PAT_TUPLE) {
        for (int i = 0; i < p->as.tuple.len; i++)
            collect_pat(uses, p->as.tuple.data[i]);
    }
}

static void walk_block(UseVec *uses, Block *b);

static void walk(UseVec *uses, Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_PATH:
        if (e->as.path.res == RES_LOCAL) {
            Use *u = find(uses, e->as.path.var);
            if (u)
                u->reads++;
        }
        break;
    case EXPR_UNARY: walk(uses, e->as.unary.operand); break;
    case EXPR_BINARY:
        walk(uses, e->as.binary.lhs);
        walk(uses, e->as.binary.rhs);
        break;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN: {
        Expr *l = tc_peel_coerce(e->as.assign.lhs);
        if (l->kind == EXPR_PATH && l->as.path.res == RES_LOCAL) {
            Use *u = find(uses, l->as.path.var);
            if (u)
                u->writes++;
        } else {
            walk(uses, e->as.assign.lhs);
        }
        walk(uses, e->as.assign.rhs);
        break;
    }
    case EXPR_REF: walk(uses, e->as.ref.operand); break;
    case EXPR_CAST: walk(uses, e->as.cast.operand); break;
    case EXPR_CALL:
        walk(uses, e->as.call.callee);
        for (int i = 0; i < e->as.call.args.len; i++)
            walk(uses, e->as.call.args.data[i]);
        break;
    case EXPR_METHOD:
        walk(uses, e->as.method.receiver);
        for (int i = 0; i < e->as.method.args.len; i++)
            walk(uses, e->as.method.args.data[i]);
        break;
    case EXPR_FIELD: walk(uses, e->as.field.base); break;
    case EXPR_TUPLE_FIELD: walk(uses, e->as.tuple_field.base); break;
    case EXPR_INDEX:
        walk(uses, e->as.index.base);
        walk(uses, e->as.index.index);
        break;
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        for (int i = 0; i < e->as.list.len; i++)
            walk(uses, e->as.list.data[i]);
        break;
    case EXPR_REPEAT:
        walk(uses, e->as.repeat.value);
        walk(uses, e->as.repeat.count);
        break;
    case EXPR_BLOCK: walk_block(uses, e->as.block); break;
    case EXPR_IF:
        walk(uses, e->as.if_.cond);
        walk_block(uses, e->as.if_.then);
        walk(uses, e->as.if_.else_);
        break;
    case EXPR_WHILE:
        walk(uses, e->as.loop.cond);
        walk_block(uses, e->as.loop.body);
        break;
    case EXPR_LOOP:
        walk_block(uses, e->as.loop.body);
        break;
    case EXPR_FOR:
        walk(uses, e->as.loop.iter);
        collect_pat(uses, e->as.loop.pat);
        walk_block(uses, e->as.loop.body);
        break;
    case EXPR_BREAK:
    case EXPR_CONTINUE:
    case EXPR_RETURN:
        walk(uses, e->as.jump.value);
        break;
    case EXPR_RANGE:
        walk(uses, e->as.range.lo);
        walk(uses, e->as.range.hi);
        break;
    case EXPR_MACRO: {
        for (int i = 0; i < e->as.mac.fmt_args.len; i++)
            walk(uses, e->as.mac.fmt_args.data[i]);
        for (int i = 0; i < e->as.mac.args.len; i++) {
            Expr *a = e->as.mac.args.data[i].expr;
            bool seen = false;
            for (int j = 0; j < e->as.mac.fmt_args.len; j++)
                if (e->as.mac.fmt_args.data[j] == a)
                    seen = true;
            if (!seen)
                walk(uses, a);
        }
        break;
    }
    case EXPR_COERCE:
        walk(uses, e->as.coerce.inner);
        break;
    default:
        break;
    }
}

static void lint_fn(Item *fn);

static void walk_block(UseVec *uses, Block *b) {
    if (!b)
        return;
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *s = b->stmts.data[i];
        switch (s->kind) {
        case STMT_LET:
            walk(uses, s->as.let.init);
            collect_pat(uses, s->as.let.pat);
            break;
        case STMT_EXPR:
            walk(uses, s->as.expr.expr);
            break;
        case STMT_ITEM:
        case STMT_EMPTY:
            break;
        }
    }
    walk(uses, b->tail);
}

static void warn(Use *u) {
    Var *v = u->var;
    const char *name = sym_str(v->name);
    Diag *d;
    if (u->writes > 0) {
        d = diag_new(DIAG_WARNING, NULL, u->pat->span, NULL, "variable `%s` is assigned to, but never used", name);
        diag_note(d, "consider using `_%s` instead", name);
    } else {
        d = diag_new(DIAG_WARNING, NULL, v->span, NULL, "unused variable: `%s`", name);
        diag_suggest_inline(d, v->span, arena_printf(compiler_arena, "_%s", name),
                            "if this is intentional, prefix it with an underscore");
    }
    if (!note_done) {
        diag_note(d, "`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default");
        note_done = true;
    }
    diag_emit(d);
}

/* Items nested in a block are separate bodies, linted after. */
static void nested_items(Block *b);

static void nested_in_expr(Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_BLOCK: nested_items(e->as.block); break;
    case EXPR_IF:
        nested_items(e->as.if_.then);
        nested_in_expr(e->as.if_.else_);
        break;
    case EXPR_WHILE: case EXPR_LOOP: case EXPR_FOR: nested_items(e->as.loop.body); break;
    default: break;
    }
}

static void nested_items(Block *b) {
    if (!b)
        return;
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *s = b->stmts.data[i];
        if (s->kind == STMT_ITEM && s->as.item->kind == ITEM_FN)
            lint_fn(s->as.item);
        else if (s->kind == STMT_EXPR)
            nested_in_expr(s->as.expr.expr);
        else if (s->kind == STMT_LET)
            nested_in_expr(s->as.let.init);
    }
    nested_in_expr(b->tail);
}

static void lint_fn(Item *fn) {
    if (!tc_fn_had_errors(fn)) {
        UseVec uses = {0};
        for (int i = 0; i < fn->as.fn.params.len; i++)
            collect_pat(&uses, fn->as.fn.params.data[i].pat);
        walk_block(&uses, fn->as.fn.body);
        for (int i = 0; i < uses.len; i++) {
            Use *u = &uses.data[i];
            if (u->reads == 0 && sym_str(u->var->name)[0] != '_')
                warn(u);
        }
    }
    nested_items(fn->as.fn.body);
}

void typeck_warn_unused(Crate *crate) {
    note_done = false;
    if (tc_had_resolve_errors())
        return;
    for (int i = 0; i < crate->items.len; i++)
        if (crate->items.data[i]->kind == ITEM_FN)
            lint_fn(crate->items.data[i]);
}
