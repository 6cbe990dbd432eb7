/* parse.c: the parser's helpers that need no parse tables.
 *
 * - The AST builders the grammar actions call (parser.y's vocabulary): they
 *   allocate and fill nodes, and report the constructs owl refuses.
 * - The first pass over the tokens: lexical errors, and delimiters matched
 *   the way rustc's token trees match them, reported in rustc's words.
 * - --dump-tokens.
 * parser.y, parse.c and parse_diag.c share the generated parser.h as their
 * private interface (see the %code blocks of parser.y).
 */
#include "parser.h"

#include <stdlib.h>
#include <string.h>

/* ==== shared helpers ============================================================ */

bool parse_is_opener(int k) {
    return k == '(' || k == '[' || k == '{';
}

bool parse_is_closer(int k) {
    return k == ')' || k == ']' || k == '}';
}

bool parse_is_keyword(int k) {
    return k >= KW_AS && k <= KW_WHILE;
}

bool parse_text_newline(const SourceFile *f, uint32_t lo, uint32_t hi) {
    const char *s = f->text;
    for (uint32_t i = lo; i < hi; i++)
        if (s[i] == '\n')
            return true;
    return false;
}

/* ==== node construction ======================================================== */

Expr *parse_lit_expr(ExprKind k, Span sp, Literal lit) {
    Expr *e = ast_expr(k, sp);
    e->as.lit = lit;
    return e;
}

Expr *parse_bool_expr(Span sp, bool v) {
    Expr *e = ast_expr(EXPR_BOOL, sp);
    e->as.lit.int_value = v;
    return e;
}

Expr *parse_path_expr_new(Path *path) {
    Expr *e = ast_expr(EXPR_PATH, path->span);
    e->as.path.path = path;
    return e;
}

Expr *parse_unary(UnOp op, Expr *operand, Span sp) {
    Expr *e = ast_expr(EXPR_UNARY, sp);
    e->as.unary.op = op;
    e->as.unary.operand = operand;
    return e;
}

Expr *parse_ref_expr(bool mut, Expr *operand, Span sp) {
    Expr *e = ast_expr(EXPR_REF, sp);
    e->as.ref.mut = mut;
    e->as.ref.operand = operand;
    return e;
}

/* The group the current token is in (a closer is in the group it closes). */
const Delim *parse_innermost(Parser *p) {
    if (parse_is_closer(p->cur.kind) && p->closed_by == p->cur.span.lo)
        return &p->closed;
    return p->delims.len > 0 ? &p->delims.data[p->delims.len - 1] : NULL;
}

/* The group of the macro call around the current token, if any (a closer
 * is inside the group it closes). */
const Delim *parse_macro_group(Parser *p) {
    if (parse_is_closer(p->cur.kind) && p->closed.macro && p->closed_by == p->cur.span.lo)
        return &p->closed;
    for (int i = p->delims.len - 1; i >= 0; i--)
        if (p->delims.data[i].macro)
            return &p->delims.data[i];
    return NULL;
}

/* Parse errors inside a macro's arguments wait until parsing ends: rustc
 * finds them when it expands the macro. */
void parse_emit(Parser *p, Diag *d) {
    if (parse_macro_group(p))
        vec_push_small(p->macro_errors, d);
    else
        diag_emit(d);
}

static bool is_comparison(BinOp op) {
    return op == BIN_EQ || op == BIN_NE || op == BIN_LT || op == BIN_LE || op == BIN_GT ||
           op == BIN_GE;
}

/* rustc parses `a < b < c` as `(a < b) < c` and reports the chain. A
 * parenthesised comparison's span starts before its left operand's. */
static void check_chained(Parser *p, BinOp op, Expr *l, Span op_span) {
    if (!is_comparison(op) || l->kind != EXPR_BINARY || !is_comparison(l->as.binary.op) ||
        l->span.lo != l->as.binary.lhs->span.lo)
        return;
    BinOp inner = l->as.binary.op;
    Diag *d = diag_new(DIAG_ERROR, NULL, l->as.binary.op_span, NULL,
                       "comparison operators cannot be chained");
    diag_primary_label(d, op_span, NULL);
    if (inner == BIN_LT && op == BIN_LT) {
        diag_help(d, "use `::<...>` instead of `<...>` to specify lifetime, type, or const "
                     "arguments");
        diag_help(d, "or use `(...)` if you meant to specify fn arguments");
    }
    bool split = (inner == BIN_EQ && op == BIN_EQ) ||
                 ((inner == BIN_LT || inner == BIN_LE) && (op == BIN_LT || op == BIN_LE)) ||
                 ((inner == BIN_GT || inner == BIN_GE) && (op == BIN_GT || op == BIN_GE));
    if (split) {
        Span mid = l->as.binary.rhs->span;
        diag_suggest(d, span_at(mid.hi, mid.hi),
                     arena_printf(compiler_arena, " && %.*s", (int)(mid.hi - mid.lo),
                                  p->file->text + mid.lo),
                     "split the comparison into two");
    }
    parse_emit(p, d);
}

Expr *parse_binary(Parser *p, BinOp op, Expr *l, Expr *r, Span op_span, Span sp) {
    check_chained(p, op, l, op_span);
    Expr *e = ast_expr(EXPR_BINARY, sp);
    e->as.binary.op = op;
    e->as.binary.lhs = l;
    e->as.binary.rhs = r;
    e->as.binary.op_span = op_span;
    return e;
}

Expr *parse_assign(Expr *l, Expr *r, Span op_span, Span sp) {
    Expr *e = ast_expr(EXPR_ASSIGN, sp);
    e->as.assign.lhs = l;
    e->as.assign.rhs = r;
    e->as.assign.op_span = op_span;
    return e;
}

Expr *parse_compound(BinOp op, Expr *l, Expr *r, Span op_span, Span sp) {
    Expr *e = ast_expr(EXPR_COMPOUND_ASSIGN, sp);
    e->as.assign.op = op;
    e->as.assign.lhs = l;
    e->as.assign.rhs = r;
    e->as.assign.op_span = op_span;
    return e;
}

Expr *parse_cast(Expr *operand, TypeExpr *t, Span sp) {
    Expr *e = ast_expr(EXPR_CAST, sp);
    e->as.cast.operand = operand;
    e->as.cast.type = t;
    return e;
}

Expr *parse_call(Expr *callee, ExprVec args, Span sp) {
    Expr *e = ast_expr(EXPR_CALL, sp);
    e->as.call.callee = callee;
    e->as.call.args = args;
    return e;
}

Expr *parse_index_expr(Expr *b, Expr *i, Span sp) {
    Expr *e = ast_expr(EXPR_INDEX, sp);
    e->as.index.base = b;
    e->as.index.index = i;
    return e;
}

/* `.name`, `.name(args)`, `.0` are built before their base is known
 * (dot_suffix); parse_apply_suffix() completes them. */
Expr *parse_field_suffix(Symbol name, Span name_span, Span sp) {
    Expr *e = ast_expr(EXPR_FIELD, sp);
    e->as.field.name = name;
    e->as.field.name_span = name_span;
    e->as.field.index = -1;
    return e;
}

Expr *parse_method_suffix(Symbol name, Span name_span, TypeExprVec generics, ExprVec args,
                           Span sp) {
    Expr *e = ast_expr(EXPR_METHOD, sp);
    e->as.method.name = name;
    e->as.method.name_span = name_span;
    e->as.method.generics = generics;
    e->as.method.args = args;
    return e;
}

Expr *parse_tuple_field_suffix(Literal lit, Span index_span, Span sp) {
    Expr *e = ast_expr(EXPR_TUPLE_FIELD, sp);
    e->as.tuple_field.index = (int)lit.int_value;
    e->as.tuple_field.index_span = index_span;
    return e;
}

/* `t.1.0` lexed with the float `1.0` (after whitespace, `t. 1.0`): two
 * fields, as rustc splits it. */
Expr *parse_float_field_suffix(Parser *p, Literal lit, Span index_span, Span sp) {
    const char *s = p->file->text + index_span.lo;
    uint32_t n = index_span.hi - index_span.lo;
    uint32_t dot = 0;
    while (dot < n && s[dot] != '.')
        dot++;
    bool ok = dot > 0 && dot + 1 < n && !lit.suffix;
    for (uint32_t i = 0; i < n && ok; i++)
        if (i != dot && !(s[i] >= '0' && s[i] <= '9'))
            ok = false;
    if (!ok)
        return parse_unsupported_expr(index_span, "this tuple index");
    Literal a = {0}, b = {0};
    a.int_value = (u128)strtoul(s, NULL, 10);
    b.int_value = (u128)strtoul(s + dot + 1, NULL, 10);
    Expr *inner = parse_tuple_field_suffix(a, span_at(index_span.lo, index_span.lo + dot),
                                     span_at(sp.lo, index_span.lo + dot));
    Expr *outer = parse_tuple_field_suffix(b, span_at(index_span.lo + dot + 1, index_span.hi), sp);
    outer->as.tuple_field.base = inner;  /* parse_apply_suffix() fills the innermost base */
    return outer;
}

Expr *parse_apply_suffix(Expr *base, Expr *suffix, Span sp) {
    switch (suffix->kind) {
    case EXPR_FIELD: suffix->as.field.base = base; break;
    case EXPR_METHOD: suffix->as.method.receiver = base; break;
    case EXPR_TUPLE_FIELD:
        if (suffix->as.tuple_field.base) {
            Expr *inner = suffix->as.tuple_field.base;
            inner->as.tuple_field.base = base;
            inner->span.lo = sp.lo;
        } else {
            suffix->as.tuple_field.base = base;
        }
        break;
    default: return suffix;  /* an unsupported suffix, already reported */
    }
    suffix->span = sp;
    return suffix;
}

Expr *parse_range(Expr *lo, Expr *hi, bool inclusive, Span sp) {
    Expr *e = ast_expr(EXPR_RANGE, sp);
    e->as.range.lo = lo;
    e->as.range.hi = hi;
    e->as.range.inclusive = inclusive;
    return e;
}

/* Parentheses make no node; the inner expression's span grows to include
 * them, as rustc's diagnostics show it. */
Expr *parse_paren(Expr *e, Span sp) {
    e->span = sp;
    return e;
}

Expr *parse_list_expr(ExprKind k, ExprVec v, Span sp) {
    Expr *e = ast_expr(k, sp);
    e->as.list = v;
    return e;
}

Expr *parse_repeat(Expr *v, Expr *n, Span sp) {
    Expr *e = ast_expr(EXPR_REPEAT, sp);
    e->as.repeat.value = v;
    e->as.repeat.count = n;
    return e;
}

Expr *parse_jump(ExprKind k, Symbol label, Span label_span, Expr *value, Span sp) {
    Expr *e = ast_expr(k, sp);
    e->as.jump.label = label;
    e->as.jump.label_span = label ? label_span : span_at(0, 0);
    e->as.jump.value = value;
    return e;
}

Expr *parse_block_expr(Block *b) {
    Expr *e = ast_expr(EXPR_BLOCK, b->span);
    e->as.block = b;
    return e;
}

Expr *parse_if_expr(Expr *cond, Block *then, Expr *els, Span sp) {
    Expr *e = ast_expr(EXPR_IF, sp);
    e->as.if_.cond = cond;
    e->as.if_.then = then;
    e->as.if_.else_ = els;
    return e;
}

Expr *parse_loop_expr(ExprKind k, Expr *cond, Pat *pat, Expr *iter, Block *body, Span sp) {
    Expr *e = ast_expr(k, sp);
    e->as.loop.cond = cond;
    e->as.loop.pat = pat;
    e->as.loop.iter = iter;
    e->as.loop.body = body;
    return e;
}

Expr *parse_labeled(Symbol label, Span label_span, Expr *loop, Span sp) {
    if (loop->kind == EXPR_LOOP || loop->kind == EXPR_WHILE || loop->kind == EXPR_FOR) {
        loop->as.loop.label = label;
        loop->as.loop.label_span = label_span;
        loop->span = sp;
    }
    return loop;
}

/* `name = expr` among a macro's arguments is a named argument (format
 * macros); the grammar reads it as an assignment. */
Expr *parse_macro(Path *path, MacroKind form, ExprVec args, Span sp) {
    Expr *e = ast_expr(EXPR_MACRO, sp);
    PathSeg *last = &path->segs.data[path->segs.len - 1];
    e->as.mac.name = last->name;
    e->as.mac.name_span = last->span;
    e->as.mac.form = form;
    for (int i = 0; i < args.len; i++) {
        Expr *a = args.data[i];
        MacroArg m = {0};
        if (form == MACRO_CALL && a->kind == EXPR_ASSIGN && a->as.assign.lhs->kind == EXPR_PATH &&
            a->as.assign.lhs->as.path.path->segs.len == 1 &&
            a->as.assign.lhs->span.lo == a->as.assign.lhs->as.path.path->span.lo) {
            m.name = a->as.assign.lhs->as.path.path->segs.data[0].name;
            m.name_span = a->as.assign.lhs->span;
            m.expr = a->as.assign.rhs;
        } else {
            m.expr = a;
        }
        vec_push_small(e->as.mac.args, m);
    }
    return e;
}

/* What owl refuses becomes `()` after the report, so parsing goes on. */
Expr *parse_unsupported_expr(Span sp, const char *what) {
    error_unsupported(sp, what);
    return ast_expr(EXPR_TUPLE, sp);
}

Expr *parse_try_expr(Expr *e, Span q) {
    (void)e;
    return parse_unsupported_expr(q, "the `?` operator");
}

ExprVec parse_expr_vec1(Expr *e) {
    ExprVec v = {0};
    vec_push_small(v, e);
    return v;
}

ExprVec parse_expr_vec_push(ExprVec v, Expr *e) {
    vec_push_small(v, e);
    return v;
}

Path *parse_path_new(Span sp) {
    return ast_path(sp);
}

Path *parse_path_push(Path *p, Symbol name, Span sp) {
    PathSeg seg = {0};
    seg.name = name;
    seg.span = sp;
    vec_push_small(p->segs, seg);
    p->span = span_join(p->span, sp);
    return p;
}

Path *parse_path_generics(Path *p, TypeExprVec g, Span sp) {
    PathSeg *last = &p->segs.data[p->segs.len - 1];
    for (int i = 0; i < g.len; i++)
        vec_push_small(last->generics, g.data[i]);
    p->span = span_join(p->span, sp);
    return p;
}

TypeExpr *parse_type_new(TypeExprKind k, Span sp) {
    return ast_type(k, sp);
}

TypeExpr *parse_type_path(Path *path) {
    TypeExpr *t = ast_type(TE_PATH, path->span);
    t->as.path = path;
    return t;
}

TypeExpr *parse_type_ref(TypeExpr *inner, bool mut, Symbol lifetime, Span sp) {
    TypeExpr *t = ast_type(TE_REF, sp);
    t->as.ref.inner = inner;
    t->as.ref.mut = mut;
    t->as.ref.lifetime = lifetime;
    return t;
}

TypeExpr *parse_type_tuple(TypeExprVec v, Span sp) {
    TypeExpr *t = ast_type(TE_TUPLE, sp);
    t->as.tuple = v;
    return t;
}

TypeExpr *parse_type_array(TypeExpr *elem, Expr *len, Span sp) {
    TypeExpr *t = ast_type(TE_ARRAY, sp);
    t->as.array.elem = elem;
    t->as.array.len = len;
    return t;
}

TypeExpr *parse_type_slice(TypeExpr *elem, Span sp) {
    TypeExpr *t = ast_type(TE_SLICE, sp);
    t->as.slice.elem = elem;
    return t;
}

TypeExpr *parse_unsupported_type(Span sp, const char *what) {
    error_unsupported(sp, what);
    return ast_type(TE_INFER, sp);
}

TypeExprVec parse_type_vec1(TypeExpr *t) {
    TypeExprVec v = {0};
    vec_push_small(v, t);
    return v;
}

TypeExprVec parse_type_vec_push(TypeExprVec v, TypeExpr *t) {
    vec_push_small(v, t);
    return v;
}

Pat *parse_pat_new(PatKind k, Span sp) {
    return ast_pat(k, sp);
}

Pat *parse_pat_bind(Symbol name, bool mut, bool by_ref, Span mut_span, Span sp) {
    Pat *q = ast_pat(PAT_BIND, sp);
    q->as.bind.name = name;
    q->as.bind.mut = mut;
    q->as.bind.by_ref = by_ref;
    q->as.bind.mut_span = mut ? mut_span : span_at(0, 0);
    return q;
}

Pat *parse_pat_tuple(PatVec v, Span sp) {
    Pat *q = ast_pat(PAT_TUPLE, sp);
    q->as.tuple = v;
    return q;
}

Pat *parse_pat_lit(Expr *e) {
    Pat *q = ast_pat(PAT_LIT, e->span);
    q->as.lit = e;
    return q;
}

/* A pattern owl refuses is reported once the pattern's use is known: in a
 * `let`, a parameter or a `for` it is the error; inside `if let` or a
 * closure, the whole construct is, and the pattern's report is dropped. */
Pat *parse_unsupported_pat(Parser *p, Span sp, const char *what) {
    PatError e = {sp, what};
    vec_push(p->pat_errors, e);
    return ast_pat(PAT_WILD, sp);
}

void parse_flush_pat_errors(Parser *p) {
    for (int i = 0; i < p->pat_errors.len; i++)
        error_unsupported(p->pat_errors.data[i].span, p->pat_errors.data[i].what);
    p->pat_errors.len = 0;
}

void parse_drop_pat_errors(Parser *p) {
    p->pat_errors.len = 0;
}

PatVec parse_pat_vec1(Pat *q) {
    PatVec v = {0};
    vec_push_small(v, q);
    return v;
}

PatVec parse_pat_vec_push(PatVec v, Pat *q) {
    vec_push_small(v, q);
    return v;
}

Stmt *parse_stmt_new(StmtKind k, Span sp) {
    return ast_stmt(k, sp);
}

Stmt *parse_expr_stmt(Expr *e, bool semi, Span sp) {
    Stmt *s = ast_stmt(STMT_EXPR, sp);
    s->as.expr.expr = e;
    s->as.expr.semi = semi;
    return s;
}

Stmt *parse_let_stmt(Pat *pat, TypeExpr *t, Expr *init, Span sp) {
    Stmt *s = ast_stmt(STMT_LET, sp);
    s->as.let.pat = pat;
    s->as.let.type = t;
    s->as.let.init = init;
    return s;
}

Stmt *parse_item_stmt(Item *it, Span sp) {
    if (!it)
        return NULL;
    Stmt *s = ast_stmt(STMT_ITEM, sp);
    s->as.item = it;
    return s;
}

StmtVec parse_stmts_push(StmtVec v, Stmt *s) {
    if (s)
        vec_push_small(v, s);
    return v;
}

/* A block-like expression statement without `;` at the end of a block is
 * the block's value, as in rustc. */
Block *parse_block_new(StmtVec stmts, Expr *tail, Span sp) {
    Block *b = ast_block(sp);
    if (!tail && stmts.len > 0) {
        Stmt *last = stmts.data[stmts.len - 1];
        if (last->kind == STMT_EXPR && !last->as.expr.semi) {
            tail = last->as.expr.expr;
            stmts.len--;
        }
    }
    b->stmts = stmts;
    b->tail = tail;
    return b;
}


Item *parse_fn_item(Parser *p, Symbol name, Span name_span, Generics g, ParamVec params,
                     TypeExpr *ret, Block *body, Span sig, Span sp) {
    (void)p;
    if (g.has_other)
        error_unsupported(g.other, "a generic function");
    Item *it = ast_item(ITEM_FN, sp);
    it->name = name;
    it->name_span = name_span;
    VEC_MOVE(it->as.fn.params, params);
    VEC_MOVE(it->as.fn.lifetimes, g.lifetimes);
    it->as.fn.ret = ret;
    it->as.fn.body = body;
    it->as.fn.sig_span = sig;
    return it;
}

Item *parse_global_item(ItemKind k, bool mut, Symbol name, Span name_span, TypeExpr *t,
                         Expr *init, Span sp) {
    Item *it = ast_item(k, sp);
    it->name = name;
    it->name_span = name_span;
    it->as.global.type = t;
    it->as.global.init = init;
    it->as.global.mut = mut;
    return it;
}

Item *parse_use_item(UseTreeVec trees, Span sp) {
    Item *it = ast_item(ITEM_USE, sp);
    VEC_MOVE(it->as.use, trees);
    return it;
}

/* descr is rustc's name for the item kind, for a `;` after it. */
Item *parse_unsupported_item(Parser *p, Span sp, const char *what, const char *descr) {
    error_unsupported(sp, what);
    p->last_item = descr;
    return NULL;
}

/* rustc accepts `fn f();` syntactically and refuses it when it validates
 * the AST, after parsing. */
Item *parse_bodyless_fn(Parser *p, Span sig, Span semi) {
    Diag *d = diag_new(DIAG_ERROR, NULL, sig, NULL, "free function without a body");
    diag_suggest_inline(d, semi, "{ <body> }", "provide a definition for the function");
    vec_push(p->late_errors, d);
    p->last_item = "function";
    return NULL;
}

/* `;` after an item, where rustc says what kind of item takes none. */
void parse_stray_semicolon(Parser *p, Span semi) {
    Diag *d = diag_new(DIAG_ERROR, NULL, semi, NULL, "expected item, found `;`");
    if (p->last_item)
        diag_help(d, "%s declarations are not followed by a semicolon", p->last_item);
    diag_set_suggestion_style(diag_suggest(d, semi, "", "remove this semicolon"), SUGG_VERBOSE);
    parse_emit(p, d);
}

Item *parse_with_attrs(Item *it, AttrVec attrs) {
    if (it)
        VEC_MOVE(it->attrs, attrs);
    return it;
}

Param parse_param(Pat *pat, TypeExpr *t, Span sp) {
    Param q = {pat, t, sp};
    return q;
}

ParamVec parse_params1(Param q) {
    ParamVec v = {0};
    vec_push_small(v, q);
    return v;
}

ParamVec parse_params_push(ParamVec v, Param q) {
    vec_push_small(v, q);
    return v;
}

Generics parse_generics_lifetime(Generics g, Symbol lt) {
    vec_push_small(g.lifetimes, lt);
    return g;
}

Generics parse_generics_other(Generics g, Span sp) {
    if (!g.has_other) {
        g.has_other = true;
        g.other = sp;
    }
    return g;
}

UseTreeVec parse_use_simple(Path *path, Symbol alias, bool glob, Span sp) {
    UseTree u = {0};
    u.path = path;
    u.glob = glob;
    u.alias = glob ? 0 : alias ? alias : path->segs.data[path->segs.len - 1].name;
    u.span = sp;
    UseTreeVec v = {0};
    vec_push_small(v, u);
    return v;
}

/* `prefix::{a, b::c, self}`: each tree gets the prefix in front; `self`
 * names the prefix itself. */
UseTreeVec parse_use_prefix(Path *prefix, UseTreeVec inner) {
    Symbol self = intern_cstr("self");
    for (int i = 0; i < inner.len; i++) {
        UseTree *u = &inner.data[i];
        Path *full = ast_path(span_join(prefix->span, u->path->span));
        for (int k = 0; k < prefix->segs.len; k++)
            vec_push_small(full->segs, prefix->segs.data[k]);
        bool is_self = u->path->segs.len == 1 && u->path->segs.data[0].name == self;
        if (is_self) {
            if (u->alias == self)
                u->alias = prefix->segs.data[prefix->segs.len - 1].name;
        } else {
            for (int k = 0; k < u->path->segs.len; k++)
                vec_push_small(full->segs, u->path->segs.data[k]);
        }
        u->path = full;
    }
    return inner;
}

UseTreeVec parse_use_concat(UseTreeVec a, UseTreeVec b) {
    for (int i = 0; i < b.len; i++)
        vec_push_small(a, b.data[i]);
    return a;
}

/* An attribute keeps its name (the first identifier of its path) and its
 * whole text; later phases interpret the few owl knows. */
Attr parse_attr(Parser *p, Span sp, bool inner) {
    (void)inner;
    Attr a = {0};
    a.span = sp;
    a.text = arena_strndup(compiler_arena, p->file->text + sp.lo, sp.hi - sp.lo);
    const char *s = p->file->text + sp.lo;
    uint32_t i = 1, n = sp.hi - sp.lo;
    while (i < n && (s[i] == '!' || s[i] == '[' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
        i++;
    uint32_t j = i;
    while (j < n && (s[j] == '_' || (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                     (s[j] >= '0' && s[j] <= '9')))
        j++;
    a.name = j > i ? intern(s + i, j - i) : 0;
    return a;
}

AttrVec parse_attrs1(Attr a) {
    AttrVec v = {0};
    vec_push_small(v, a);
    return v;
}

AttrVec parse_attrs_push(AttrVec v, Attr a) {
    vec_push_small(v, a);
    return v;
}

void parse_add_item(Parser *p, Item *it) {
    if (!it)
        return;
    vec_push(p->crate->items, it);
    p->last_item = it->kind == ITEM_FN ? "function" : it->kind == ITEM_STATIC ? "static item"
                   : it->kind == ITEM_CONST ? "constant item" : "`use` import";
}

void parse_add_crate_attr(Parser *p, Attr a) {
    vec_push(p->crate_attrs, a);
}

/* ==== the first pass: lexical errors and delimiters ======================================= */

typedef struct Open {
    int kind;
    Span span;
} Open;

typedef struct Unmatched {
    int found;           /* the closing delimiter */
    Span found_span;
    Span unclosed;       /* the opener it does not close */
    bool has_unclosed;
    Span candidate;      /* an opener it may have been meant for */
    bool has_candidate;
    bool reported;       /* as a missing opener, in "unexpected closing delimiter" */
} Unmatched;

typedef struct DelimCheck {
    SourceFile *file;
    VEC(Open) open;
    VEC(Span) pair_open;  /* matched `{` `}` pairs */
    VEC(Span) pair_close;
    VEC(Span) empty;      /* `{}` on one line */
    VEC(Unmatched) unmatched;
    Span last_unclosed_found;
    bool has_last;
} DelimCheck;

int parse_closer_of(int k) {
    return k == '(' ? ')' : k == '[' ? ']' : '}';
}

/* The indentation of the line holding offset `at`, in characters. */
static uint32_t margin(SourceFile *f, uint32_t at) {
    uint32_t line = src_linecol(f, at).line;
    uint32_t len;
    const char *s = src_line_text(f, line, &len);
    uint32_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

static bool same_indent(SourceFile *f, Span a, Span b) {
    return margin(f, a.lo) == margin(f, b.lo);
}

static Span *sort_spans;  /* qsort's comparison needs the spans */

static int cmp_by_lo(const void *a, const void *b) {
    uint32_t x = sort_spans[*(const int *)a].lo, y = sort_spans[*(const int *)b].lo;
    return x < y ? -1 : x > y;
}

/* rustc's report_suspicious_mismatch_block: point at the innermost brace
 * pair whose indentation disagrees (unless a well-indented pair encloses
 * it), or else at the last pair closed. Brace pairs nest, so one walk in
 * order of their starts, with the enclosing pairs on a stack, does it. */
static void suspicious_block(DelimCheck *c, Diag *d) {
    int n = c->pair_open.len;
    if (n == 0)
        return;
    Span *spans = ALLOC_N(Span, n);
    bool *odd = ALLOC_N(bool, n);   /* indentation differs, no good pair around */
    int *order = ALLOC_N(int, n);
    int *stack = ALLOC_N(int, n);
    for (int i = 0; i < n; i++) {
        spans[i] = span_at(c->pair_open.data[i].lo, c->pair_close.data[i].lo);
        order[i] = i;
    }
    sort_spans = spans;
    qsort(order, (size_t)n, sizeof *order, cmp_by_lo);
    int depth = 0;
    int last_odd = -1;
    for (int k = 0; k < n; k++) {
        int i = order[k];
        while (depth > 0 && spans[stack[depth - 1]].hi < spans[i].hi)
            depth--;
        bool covered = depth > 0 && !odd[stack[depth - 1]];
        odd[i] = !covered && !same_indent(c->file, c->pair_open.data[i], c->pair_close.data[i]);
        if (odd[i])
            last_odd = i;
        stack[depth++] = i;
    }
    if (last_odd >= 0) {
        Span b = spans[last_odd];
        diag_label(d, span_at(b.lo, b.lo), "this delimiter might not be properly closed...");
        diag_label(d, span_at(b.hi, b.hi), "...as it matches this but it has different indentation");
        for (int k = 0; k < c->empty.len; k++) {
            Span e = c->empty.data[k];
            if (b.lo <= e.lo && e.hi <= b.hi) {
                diag_label(d, e, "block is empty, you might have not meant to close it");
                break;
            }
        }
        return;
    }
    Span po = c->pair_open.data[n - 1], pc = c->pair_close.data[n - 1];
    bool empty = false;
    for (int k = 0; k < c->empty.len; k++)
        if (c->empty.data[k].lo == po.lo && c->empty.data[k].hi == pc.hi)
            empty = true;
    if (c->open.len == 0 && !empty) {
        diag_label(d, po, "this opening brace...");
        diag_label(d, pc, "...matches this closing brace");
    }
}

static const char *delim_text(int k) {
    switch (k) {
    case ')': return ")";
    case ']': return "]";
    default: return "}";
    }
}

/* Lexes the whole file, reporting lexical errors, then checks that the
 * delimiters balance (rustc's token trees). False if parsing must not
 * start. */
bool parse_check_tokens(SourceFile *file, uint32_t shift, DiagVec *deferred) {
    LexState lx = {0};
    lx.file = file;
    lx.mode = LEX_CHECK;
    lx.report = true;
    lx.shift = shift;
    void *scanner;
    lex_open(&lx, &scanner);
    DelimCheck c = {0};
    c.file = file;
    Diag *fatal = NULL;
    for (;;) {
        YYSTYPE val;
        Span sp;
        int k = owl_yylex(&val, &sp, scanner);
        if (lx.fatal)
            break;
        if (k == 0) {
            if (c.open.len > 0) {
                Span eof = span_at(file->len, file->len);
                fatal = diag_new(DIAG_ERROR, NULL, eof, NULL,
                                 "this file contains an unclosed delimiter");
                enum { SHOW = 5 };  /* rustc labels the first five */
                for (int i = 0; i < c.open.len && i < SHOW; i++)
                    diag_label(fatal, c.open.data[i].span, "unclosed delimiter");
                if (c.open.len >= SHOW + 2)
                    diag_label(fatal, c.open.data[SHOW].span,
                               "another %d unclosed delimiters begin from here", c.open.len - SHOW);
                suspicious_block(&c, fatal);
            }
            break;
        }
        if (parse_is_opener(k)) {
            Open o = {k, sp};
            vec_push(c.open, o);
            continue;
        }
        if (!parse_is_closer(k))
            continue;
        for (;;) {  /* a closer may be looked at twice: see below */
            if (c.open.len == 0) {
                fatal = diag_new(DIAG_ERROR, NULL, sp, NULL, "unexpected closing delimiter: `%s`",
                                 delim_text(k));
                /* A `)` or `]` that closed nothing on the way here is the
                 * likelier culprit: rustc points at it instead. */
                bool missing_open = false;
                for (int i = 0; i < c.unmatched.len; i++) {
                    Unmatched *u = &c.unmatched.data[i];
                    if (u->found == '}' || u->reported)
                        continue;
                    if (u->has_unclosed)
                        diag_label(fatal, u->unclosed, "the nearest open delimiter");
                    diag_label(fatal, span_at(u->found_span.lo, u->found_span.lo),
                               "missing open `%s` for this delimiter", u->found == ')' ? "(" : "[");
                    u->reported = true;
                    missing_open = true;
                }
                if (!missing_open)
                    suspicious_block(&c, fatal);
                diag_primary_label(fatal, sp, "unexpected closing delimiter");
                break;
            }
            Open top = c.open.data[c.open.len - 1];
            if (parse_closer_of(top.kind) == k) {
                c.open.len--;
                if (k == '}') {
                    vec_push(c.pair_open, top.span);
                    vec_push(c.pair_close, sp);
                    if (top.span.hi == sp.lo && !parse_text_newline(file, top.span.lo, sp.hi))
                        vec_push(c.empty, span_join(top.span, sp));
                }
                break;
            }
            Unmatched u = {0};
            u.found = k;
            u.found_span = sp;
            if (!c.has_last || c.last_unclosed_found.lo != sp.lo) {
                c.has_last = true;
                c.last_unclosed_found = sp;
                u.unclosed = top.span;
                u.has_unclosed = true;
                for (int i = 0; i < c.open.len; i++) {
                    if (parse_closer_of(c.open.data[i].kind) == k && same_indent(file, sp, c.open.data[i].span)) {
                        u.candidate = c.open.data[i].span;
                        u.has_candidate = true;
                    }
                }
                vec_push(c.unmatched, u);
            }
            c.open.len--;
            /* A closer that matches an earlier opener closes that one. */
            bool earlier = false;
            for (int i = 0; i < c.open.len; i++)
                if (parse_closer_of(c.open.data[i].kind) == k)
                    earlier = true;
            if (!earlier)
                break;
        }
        if (fatal)
            break;
    }
    lex_close(scanner);
    for (int i = 0; i < c.unmatched.len; i++) {
        Unmatched *u = &c.unmatched.data[i];
        Diag *d;
        if (u->reported)
            continue;
        if (u->has_unclosed) {
            d = diag_new(DIAG_ERROR, NULL, u->unclosed, "unclosed delimiter",
                         "mismatched closing delimiter: `%s`", delim_text(u->found));
            diag_primary_label(d, u->found_span, "mismatched closing delimiter");
        } else {
            d = diag_new(DIAG_ERROR, NULL, u->found_span, "mismatched closing delimiter",
                         "mismatched closing delimiter: `%s`", delim_text(u->found));
        }
        if (u->has_candidate)
            diag_label(d, u->candidate, "closing delimiter possibly meant for this");
        diag_emit(d);
    }
    if (fatal)
        diag_emit(fatal);
    *deferred = lx.deferred;
    return !lx.fatal && !fatal && c.unmatched.len == 0;  /* reported or not, no parse */
}

/* A first line `#!...` that is not an inner attribute `#![` is skipped. */
uint32_t parse_shebang_len(SourceFile *f) {
    const char *s = f->text;
    if (f->len < 2 || s[0] != '#' || s[1] != '!')
        return 0;
    uint32_t i = 2;
    while (i < f->len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    if (i < f->len && s[i] == '[')
        return 0;
    i = 0;
    while (i < f->len && s[i] != '\n')
        i++;
    return i;
}

/* ==== --dump-tokens ======================================================================== */

static const char *u128_text(u128 v) {
    char buf[48];
    int i = (int)sizeof buf - 1;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    return arena_strdup(compiler_arena, buf + i);
}

static void dump_escaped(CharVec *out, const char *s, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\n': str_appendf(out, "\\n"); break;
        case '\r': str_appendf(out, "\\r"); break;
        case '\t': str_appendf(out, "\\t"); break;
        case '\\': str_appendf(out, "\\\\"); break;
        case '"': str_appendf(out, "\\\""); break;
        default:
            if (c < 0x20 || c == 0x7f)
                str_appendf(out, "\\u{%x}", c);
            else
                str_append(out, (const char *)&c, 1);
        }
    }
}

static const char *tok_kind_name(int k) {
    switch (k) {
    case IDENT: return "IDENT";
    case LIFETIME: return "LIFETIME";
    case RESERVED: return "RESERVED";
    case LIT_INT: return "INT";
    case LIT_FLOAT: return "FLOAT";
    case LIT_STR: return "STR";
    case LIT_CHAR: return "CHAR";
    case '_': return "UNDERSCORE";
    default: return parse_is_keyword(k) ? "KEYWORD" : "PUNCT";
    }
}

void lex_dump(SourceFile *file, CharVec *out) {
    LexState lx = {0};
    lx.file = file;
    lx.mode = LEX_DUMP;
    lx.report = true;
    lx.shift = parse_shebang_len(file);
    void *scanner;
    lex_open(&lx, &scanner);
    for (;;) {
        YYSTYPE v;
        Span sp;
        int k = owl_yylex(&v, &sp, scanner);
        if (k == 0 || lx.fatal)
            break;
        LineCol lc = src_linecol(file, sp.lo);
        str_appendf(out, "%u:%u %s `", lc.line, lc.col, tok_kind_name(k));
        /* one line per token, even for a string over several lines */
        for (uint32_t i = sp.lo, run = sp.lo; i <= sp.hi; i++) {
            char c = i < sp.hi ? file->text[i] : '\0';
            if (i < sp.hi && c != '\n' && c != '\t')
                continue;
            str_append(out, file->text + run, i - run);
            if (i < sp.hi)
                str_appendf(out, c == '\n' ? "\\n" : "\\t");
            run = i + 1;
        }
        str_appendf(out, "`");
        switch (k) {
        case LIT_INT:
            str_appendf(out, " value=%s", u128_text(v.LIT_INT.int_value));
            if (v.LIT_INT.suffix)
                str_appendf(out, " suffix=%s", ty_to_string(v.LIT_INT.suffix));
            break;
        case LIT_FLOAT:
            str_appendf(out, " value=%s", v.LIT_FLOAT.text ? v.LIT_FLOAT.text : "?");
            if (v.LIT_FLOAT.suffix)
                str_appendf(out, " suffix=%s", ty_to_string(v.LIT_FLOAT.suffix));
            break;
        case LIT_STR:
            str_appendf(out, " value=\"");
            dump_escaped(out, v.LIT_STR.text, v.LIT_STR.len);
            str_appendf(out, "\"");
            break;
        case LIT_CHAR:
            str_appendf(out, " value=U+%04X", (unsigned)v.LIT_CHAR.int_value);
            break;
        }
        str_appendf(out, "\n");
    }
    lex_close(scanner);
    for (int i = 0; i < lx.deferred.len; i++)
        diag_emit(lx.deferred.data[i]);
}
