/* unused.c: rustc's unused_variables lint.
 *
 * Takes the typed crate and warns, as rustc's liveness pass does, about
 * each binding (let, parameter, `for` pattern) whose name does not start
 * with `_` and that is never read: "unused variable: `x`", or "variable `x`
 * is assigned to, but never used" when it is only ever the target of `=` or
 * `op=`. Functions in which typeck reported an error are skipped, as rustc
 * skips bodies tainted by errors. rustc emits these warnings after borrow
 * checking: compiler/check.c calls it for each body right after that
 * body's ownership check; when type checking failed, the driver calls it
 * for the whole crate instead.
 *
 * Not done: unused_assignments ("value assigned to `x` is never read"),
 * which needs liveness dataflow, and unused_mut, which is the borrow
 * checker's.
 */
#include <string.h>

#include "ast_walk.h"
#include "typeck.h"
#include "typeck_int.h"

typedef struct Use {
    Var *var;
    Pat *pat;        /* the binding pattern (its span covers `mut`) */
    int reads;
    int writes;
} Use;

/* A body's bindings, in order, and where each is by its Var's id (ids
 * are unique within a function; -1: none). */
typedef struct Uses {
    VEC(Use) list;
    VEC(int) by_id;
} Uses;

static bool note_done;

/* By id, or by searching if the id does not lead to v (a body that type
 * checking left unfinished). */
static Use *find(Uses *uses, Var *v) {
    if (v->id >= 0 && v->id < uses->by_id.len && uses->by_id.data[v->id] >= 0) {
        Use *u = &uses->list.data[uses->by_id.data[v->id]];
        if (u->var == v)
            return u;
    }
    for (int i = uses->list.len - 1; i >= 0; i--)
        if (uses->list.data[i].var == v)
            return &uses->list.data[i];
    return NULL;
}

static void collect_pat(Uses *uses, Pat *p) {
    if (!p)
        return;
    if (p->kind == PAT_BIND && p->as.bind.var) {
        Var *v = p->as.bind.var;
        Use u = {v, p, 0, 0};
        vec_push(uses->list, u);
        while (v->id >= 0 && uses->by_id.len <= v->id)
            vec_push(uses->by_id, -1);
        if (v->id >= 0)
            uses->by_id.data[v->id] = uses->list.len - 1;
    } else if (p->kind == PAT_TUPLE) {
        for (int i = 0; i < p->as.tuple.len; i++)
            collect_pat(uses, p->as.tuple.data[i]);
    }
}

/* Counts the reads and writes of each binding in a body. */
typedef struct UseWalk {
    AstWalker w;
    Uses *uses;
} UseWalk;

static void count_pat(AstWalker *w, Pat *p) { collect_pat(((UseWalk *)w)->uses, p); }

static void count_uses(AstWalker *w, Expr *e) {
    Uses *uses = ((UseWalk *)w)->uses;
    switch (e->kind) {
    case EXPR_PATH:
        if (e->as.path.res == RES_LOCAL) {
            Use *u = find(uses, e->as.path.var);
            if (u)
                u->reads++;
        }
        break;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN: {
        Expr *l = tc_peel_coerce(e->as.assign.lhs);
        if (l->kind == EXPR_PATH && l->as.path.res == RES_LOCAL) {
            Use *u = find(uses, l->as.path.var);
            if (u)
                u->writes++;
        } else {
            count_uses(w, e->as.assign.lhs);
        }
        if (e->as.assign.rhs)
            count_uses(w, e->as.assign.rhs);
        break;
    }
    default: ast_walk_expr(w, e); break;
    }
}

static void warn(Use *u) {
    Var *v = u->var;
    const char *name = sym_str(v->name);
    Diag *d;
    if (u->writes > 0) {
        d = diag_new(DIAG_WARNING, "unused_variables", u->pat->span, NULL, "variable `%s` is assigned to, but never used", name);
        diag_note(d, "consider using `_%s` instead", name);
    } else {
        /* rustc points at the whole binding, `mut` included, and its
         * suggestion replaces all of it (dropping the `mut`) */
        d = diag_new(DIAG_WARNING, "unused_variables", u->pat->span, NULL, "unused variable: `%s`", name);
        diag_suggest_inline(d, u->pat->span, arena_printf(compiler_arena, "_%s", name),
                            "if this is intentional, prefix it with an underscore");
    }
    if (!note_done) {
        diag_note(d, "`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default");
        note_done = true;
    }
    diag_emit(d);
}

/* Items nested in a body are separate bodies, linted after it. */
static void lint_fn(Item *fn);

static void nested_item(AstWalker *w, Item *it) {
    (void)w;
    if (it->kind == ITEM_FN)
        lint_fn(it);
}

/* One body, without the functions nested in it. */
static void warn_body(Item *fn) {
    if (!tc_fn_had_errors(fn)) {
        Uses uses = {{0}, {0}};
        for (int i = 0; i < fn->as.fn.params.len; i++)
            collect_pat(&uses, fn->as.fn.params.data[i].pat);
        UseWalk walk = {{count_uses, NULL, count_pat, NULL}, &uses};
        ast_walk_block(&walk.w, fn->as.fn.body);
        for (int i = 0; i < uses.list.len; i++) {
            Use *u = &uses.list.data[i];
            if (u->reads == 0 && sym_str(u->var->name)[0] != '_')
                warn(u);
        }
    }
}

static void lint_fn(Item *fn) {
    warn_body(fn);
    AstWalker nested = {ast_walk_expr, NULL, NULL, nested_item};
    ast_walk_block(&nested, fn->as.fn.body);
}

void tc_unused_begin(void) {
    note_done = false;
}

void typeck_warn_unused_fn(Item *fn) {
    if (!tc_had_resolve_errors())
        warn_body(fn);
}

void typeck_warn_unused(Crate *crate) {
    if (tc_had_resolve_errors())
        return;
    for (int i = 0; i < crate->items.len; i++)
        if (crate->items.data[i]->kind == ITEM_FN)
            lint_fn(crate->items.data[i]);
}

/* ---- unused_parens -------------------------------------------------------------------
 * rustc's early lint: parentheses around a let's value, an assigned value,
 * an `if`/`while` condition, a `return`/`break` value, an index, a call
 * argument or a block's value, when the expression inside does not need
 * them. The AST keeps no parenthesis nodes, but a parenthesised
 * expression's span includes its parentheses, so the source tells. */

static bool parens_note_done;

/* Does the source text of e have a pair of parentheses around it? Sets
 * the spans of the `(` (with what follows it up to the inner expression)
 * and of the `)`. */
static bool wrapped(Expr *e, Span *open, Span *close) {
    Span inner;
    if (e->kind == EXPR_TUPLE || !tc_paren_wrapped(e->span, &inner))
        return false;
    *open = span_at(e->span.lo, inner.lo);
    *close = span_at(inner.hi, e->span.hi);
    return true;
}

static bool block_like(Expr *e) {
    switch (e->kind) {
    case EXPR_BLOCK: case EXPR_IF: case EXPR_WHILE: case EXPR_LOOP: case EXPR_FOR:
        return true;
    default:
        return false;
    }
}

/* rustc's is_expr_delims_necessary for the expressions Owl has. */
static bool parens_needed(Expr *inner, bool followed_by_block) {
    Expr *x = inner;
    for (;;) {
        Span o, c;
        if (x != inner && wrapped(x, &o, &c))
            break;   /* rustc stops at a parenthesised operand */
        switch (x->kind) {
        case EXPR_BINARY: x = x->as.binary.lhs; break;
        case EXPR_CALL: x = x->as.call.callee; break;
        case EXPR_CAST: x = x->as.cast.operand; break;
        case EXPR_INDEX: x = x->as.index.base; break;
        default: x = NULL; break;
        }
        if (!x)
            break;
        if (block_like(x))
            return true;
    }
    if (!followed_by_block)
        return false;
    x = inner;
    for (;;) {
        switch (x->kind) {
        case EXPR_UNARY: x = x->as.unary.operand; break;
        case EXPR_BINARY: x = x->as.binary.rhs; break;
        case EXPR_ASSIGN: case EXPR_COMPOUND_ASSIGN: x = x->as.assign.rhs; break;
        case EXPR_RETURN: return true;
        case EXPR_BREAK: return x->as.jump.value && x->as.jump.value->kind == EXPR_BLOCK;
        default: return false;
        }
    }
}

static void check_parens(Expr *e, const char *what, bool followed_by_block, bool is_kw) {
    Span open, close;
    if (!e || !wrapped(e, &open, &close) || parens_needed(e, followed_by_block))
        return;
    Diag *d = diag_new(DIAG_WARNING, NULL, open, NULL, "unnecessary parentheses around %s", what);
    diag_primary_label(d, close, NULL);
    if (!parens_note_done) {
        diag_note(d, "`#[warn(unused_parens)]` (part of `#[warn(unused)]`) on by default");
        parens_note_done = true;
    }
    /* a space is kept where removing a parenthesis would glue tokens:
     * after a keyword (`if(x)`), before a block (`(x){`) */
    const char *src = tc_file->text;
    const char *lo = "", *hi = "";
    if (is_kw && open.lo > 0 && src[open.lo - 1] != ' ')
        lo = " ";
    if (followed_by_block && close.hi < tc_file->len && src[close.hi] != ' ' && src[close.hi] != '\n')
        hi = " ";
    /* rustc 1.95 quirk, measured: when the file's first token starts at
     * byte 0 (no leading comment or blank), every suggestion keeps a
     * space for the `)` */
    if (src[0] != ' ' && src[0] != '\n' && src[0] != '\t' && src[0] != '\r' &&
        !(src[0] == '/' && (src[1] == '/' || src[1] == '*')) && (unsigned char)src[0] != 0xEF)
        hi = " ";
    Diag *h = diag_suggest(d, open, lo, "remove these parentheses");
    diag_suggest_part(h, close, hi);
    tc_emit(d, PHASE_EARLY_LINT);
}

static void parens_block(Block *b);

static void parens_expr(Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_UNARY: parens_expr(e->as.unary.operand); break;
    case EXPR_BINARY:
        parens_expr(e->as.binary.lhs);
        parens_expr(e->as.binary.rhs);
        break;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN:
        parens_expr(e->as.assign.lhs);
        check_parens(e->as.assign.rhs, "assigned value", false, false);
        parens_expr(e->as.assign.rhs);
        break;
    case EXPR_REF: parens_expr(e->as.ref.operand); break;
    case EXPR_CAST: parens_expr(e->as.cast.operand); break;
    case EXPR_CALL:
        parens_expr(e->as.call.callee);
        for (int i = 0; i < e->as.call.args.len; i++) {
            check_parens(e->as.call.args.data[i], "function argument", false, false);
            parens_expr(e->as.call.args.data[i]);
        }
        break;
    case EXPR_METHOD:
        parens_expr(e->as.method.receiver);
        for (int i = 0; i < e->as.method.args.len; i++) {
            check_parens(e->as.method.args.data[i], "method argument", false, false);
            parens_expr(e->as.method.args.data[i]);
        }
        break;
    case EXPR_FIELD: parens_expr(e->as.field.base); break;
    case EXPR_TUPLE_FIELD: parens_expr(e->as.tuple_field.base); break;
    case EXPR_INDEX:
        parens_expr(e->as.index.base);
        check_parens(e->as.index.index, "index expression", false, false);
        parens_expr(e->as.index.index);
        break;
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        for (int i = 0; i < e->as.list.len; i++)
            parens_expr(e->as.list.data[i]);
        break;
    case EXPR_REPEAT:
        parens_expr(e->as.repeat.value);
        parens_expr(e->as.repeat.count);
        break;
    case EXPR_BLOCK: parens_block(e->as.block); break;
    case EXPR_IF:
        check_parens(e->as.if_.cond, "`if` condition", true, true);
        parens_expr(e->as.if_.cond);
        parens_block(e->as.if_.then);
        parens_expr(e->as.if_.else_);
        break;
    case EXPR_WHILE:
        check_parens(e->as.loop.cond, "`while` condition", true, true);
        parens_expr(e->as.loop.cond);
        parens_block(e->as.loop.body);
        break;
    case EXPR_LOOP: parens_block(e->as.loop.body); break;
    case EXPR_FOR:
        check_parens(e->as.loop.iter, "`for` iterator expression", true, true);
        parens_expr(e->as.loop.iter);
        parens_block(e->as.loop.body);
        break;
    case EXPR_RETURN:
        check_parens(e->as.jump.value, "`return` value", false, true);
        parens_expr(e->as.jump.value);
        break;
    case EXPR_BREAK:
        check_parens(e->as.jump.value, "`break` value", false, false);
        parens_expr(e->as.jump.value);
        break;
    case EXPR_RANGE:
        parens_expr(e->as.range.lo);
        parens_expr(e->as.range.hi);
        break;
    default:
        break;   /* macro arguments come from an expansion: not linted */
    }
}

static void parens_block(Block *b) {
    if (!b)
        return;
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *s = b->stmts.data[i];
        switch (s->kind) {
        case STMT_LET:
            check_parens(s->as.let.init, "assigned value", false, false);
            parens_expr(s->as.let.init);
            break;
        case STMT_EXPR:
            parens_expr(s->as.expr.expr);
            break;
        case STMT_ITEM:
            if (s->as.item->kind == ITEM_FN)
                parens_block(s->as.item->as.fn.body);
            break;
        case STMT_EMPTY:
            break;
        }
    }
    check_parens(b->tail, "block return value", false, false);
    parens_expr(b->tail);
}

void tc_lint_parens(Crate *crate) {
    parens_note_done = false;
    for (int i = 0; i < crate->items.len; i++) {
        Item *it = crate->items.data[i];
        if (it->kind == ITEM_FN)
            parens_block(it->as.fn.body);
    }
}
