/* typeck.c: the type checker's driver and core.
 *
 * Takes the parsed crate and, for each item in source order, resolves its
 * signature and checks its body: statements, blocks (scopes, items inside
 * blocks, divergence), control flow (if/else, loops with break values,
 * return), `let` and patterns. Expressions are checked with an expectation
 * (rustc's Expectation) that flows into literals, blocks, branches, tuples
 * and arrays; types are solved by unification over inference variables;
 * coercions (never to anything, &String to &str, &mut T to &T) are made
 * explicit as EXPR_COERCE nodes at rustc's coercion sites. After a body is
 * checked, casts are checked (rustc defers them too), every type is zonked
 * (unsolved integers default to i32, floats to f64), unsolved variables are
 * E0282, and literals are checked against their final type (the
 * overflowing_literals lint).
 *
 * Operators, calls and methods live in typeck_expr.c, macros in
 * typeck_macro.c, names in resolve.c, constants in consteval.c.
 */
#include "typeck.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "typeck_int.h"

FnCtx *tc_fn;
SourceFile *tc_file;

/* ---- diagnostics ---------------------------------------------------------------- */

static VEC(Diag *) queued[PHASE_COUNT];
static VEC(Diag *) deferred;   /* failed obligations not yet reported */
static int error_count;

static void flush_deferred_into_queue(void);

static bool no_flush_once;

void tc_emit(Diag *d, TcPhase phase) {
    if (!d)
        return;
    if (d->level == DIAG_ERROR && phase != PHASE_LINT)
        error_count++;
    /* rustc selects pending obligations (and reports their failures)
     * before it reports another type error, except a mismatch between
     * types it had no need to resolve */
    if (phase == PHASE_TYPECK && !no_flush_once)
        flush_deferred_into_queue();
    no_flush_once = false;
    vec_push(queued[phase], d);
}

void tc_emit_mismatch(Diag *d, Type *expected, Type *found) {
    /* Measured against rustc on random programs, flushing before every
     * mismatch matches its order best (types holding an inference variable,
     * ty_has_infer(), are the cases where it does not: a comparison with an
     * {integer} variable). */
    (void)expected;
    (void)found;
    tc_emit(d, PHASE_TYPECK);
}

Diag *tc_error(TcPhase phase, Span span, const char *code, const char *label, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(compiler_arena, fmt, ap);
    va_end(ap);
    Diag *d = diag_new(DIAG_ERROR, code, span, label, "%s", msg);
    tc_emit(d, phase);
    return d;
}

void tc_unsupported(Span span, const char *what) {
    error_unsupported(span, what);
    error_count++;
}

void tc_defer(Diag *d) {
    if (!d)
        return;
    error_count++;
    vec_push(deferred, d);
}

static void flush_deferred_into_queue(void) {
    for (int i = 0; i < deferred.len; i++)
        vec_push(queued[PHASE_TYPECK], deferred.data[i]);
    deferred.len = 0;
}

void tc_flush_deferred(void) { flush_deferred_into_queue(); }

int tc_error_count(void) { return error_count; }

bool typeck_defer_lints;
static bool had_resolve_errors;   /* rustc's lints do not run after these */

bool tc_had_resolve_errors(void) { return had_resolve_errors; }
static VEC(Diag *) pending_lints;   /* held for typeck_emit_lints() */

static void flush_diagnostics(void) {
    tc_flush_deferred();
    int errors_before_lints = error_count;
    had_resolve_errors = queued[PHASE_RESOLVE].len > 0;
    pending_lints.data = NULL;
    pending_lints.len = pending_lints.cap = 0;
    for (int ph = 0; ph < PHASE_COUNT; ph++) {
        if (ph == PHASE_LINT && errors_before_lints > 0)
            break;   /* rustc stops before its lint passes */
        for (int i = 0; i < queued[ph].len; i++) {
            if (ph == PHASE_LINT && typeck_defer_lints)
                vec_push(pending_lints, queued[ph].data[i]);
            else
                diag_emit(queued[ph].data[i]);
        }
    }
    for (int ph = 0; ph < PHASE_COUNT; ph++) {
        queued[ph].data = NULL;
        queued[ph].len = queued[ph].cap = 0;
    }
}

bool typeck_emit_lints(void) {
    int errors = 0;
    for (int i = 0; i < pending_lints.len; i++) {
        errors += pending_lints.data[i]->level == DIAG_ERROR;
        diag_emit(pending_lints.data[i]);
    }
    pending_lints.len = 0;
    return errors == 0;
}

const char *tc_source(Span span) {
    if (!tc_file || span.hi > tc_file->len || span.hi < span.lo)
        return "";
    return arena_strndup(compiler_arena, tc_file->text + span.lo, span.hi - span.lo);
}

static bool blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool tc_paren_wrapped(Span outer, Span *inner) {
    if (!tc_file || outer.hi <= outer.lo + 1 || outer.hi > tc_file->len)
        return false;
    const char *s = tc_file->text;
    uint32_t lo = outer.lo, hi = outer.hi;
    if (s[lo] != '(' || s[hi - 1] != ')')
        return false;
    int depth = 0;
    for (uint32_t i = lo; i < hi; i++) {
        char c = s[i];
        if (c == '"' || c == '\'') {
            /* skip a literal (a lone ' is a lifetime; rare here) */
            char q = c;
            for (i++; i < hi && s[i] != q; i++)
                if (s[i] == '\\')
                    i++;
            continue;
        }
        if (c == '(')
            depth++;
        else if (c == ')' && --depth == 0) {
            if (i != hi - 1)
                return false;   /* `(a) + (b)` */
            break;
        }
    }
    uint32_t ilo = lo + 1, ihi = hi - 1;
    while (ilo < ihi && blank(s[ilo]))
        ilo++;
    while (ihi > ilo && blank(s[ihi - 1]))
        ihi--;
    *inner = span_at(ilo, ihi);
    return true;
}

/* ---- unification ------------------------------------------------------------------------------ */

static bool occurs(Type *var, Type *t) {
    t = ty_resolve(t);
    if (t == var)
        return true;
    switch (t->kind) {
    case TY_REF: case TY_PTR: return occurs(var, t->as.ref.inner);
    case TY_ARRAY: return occurs(var, t->as.array.elem);
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (occurs(var, t->as.tuple.elems[i]))
                return true;
        return false;
    default: return false;
    }
}

/* Can variable v (unsolved) take the value t? */
static bool var_accepts(Type *v, Type *t) {
    switch (v->as.infer.kind) {
    case INFER_ANY: return !occurs(v, t);
    case INFER_INT: return t->kind == TY_INT;
    case INFER_FLOAT: return t->kind == TY_FLOAT;
    }
    return false;
}

/* Unification with an undo log, so that tc_unify_probe can try and retract. */
static VEC(Type *) trail;
static bool trailing;

static void link_var(Type *v, Type *t) {
    v->as.infer.link = t;
    if (trailing)
        vec_push(trail, v);
}

static bool unify(Type *a, Type *b) {
    a = ty_resolve(a);
    b = ty_resolve(b);
    if (a == b)
        return true;
    if (a->kind == TY_ERROR || b->kind == TY_ERROR)
        return true;
    if (a->kind == TY_INFER && b->kind == TY_INFER) {
        InferKind ka = a->as.infer.kind, kb = b->as.infer.kind;
        if (ka == kb || kb == INFER_ANY) {
            link_var(b, a);
            return true;
        }
        if (ka == INFER_ANY) {
            link_var(a, b);
            return true;
        }
        return false;   /* {integer} vs {float} */
    }
    if (a->kind == TY_INFER) {
        if (!var_accepts(a, b))
            return false;
        link_var(a, b);
        return true;
    }
    if (b->kind == TY_INFER) {
        if (!var_accepts(b, a))
            return false;
        link_var(b, a);
        return true;
    }
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TY_INT: return a->as.int_kind == b->as.int_kind;
    case TY_FLOAT: return a->as.float_kind == b->as.float_kind;
    case TY_REF:
    case TY_PTR:
        return a->as.ref.mut == b->as.ref.mut && unify(a->as.ref.inner, b->as.ref.inner);
    case TY_ARRAY:
        return a->as.array.len == b->as.array.len && unify(a->as.array.elem, b->as.array.elem);
    case TY_TUPLE:
        if (a->as.tuple.len != b->as.tuple.len)
            return false;
        for (int i = 0; i < a->as.tuple.len; i++)
            if (!unify(a->as.tuple.elems[i], b->as.tuple.elems[i]))
                return false;
        return true;
    default:
        return true;  /* bool, char, str, String, never: equal kinds */
    }
}

/* A failed unification may have solved some variables on the way; undo them
 * so an error leaves no half-made inference behind. */
bool tc_unify(Type *a, Type *b) {
    bool outer = trailing;
    int mark = trail.len;
    trailing = true;
    bool ok = unify(a, b);
    if (!ok) {
        while (trail.len > mark)
            trail.data[--trail.len]->as.infer.link = NULL;
    }
    if (!outer)
        trail.len = 0;
    trailing = outer;
    return ok;
}

/* Would a and b unify? Nothing is changed. */
bool tc_unify_probe(Type *a, Type *b) {
    bool outer = trailing;
    int mark = trail.len;
    trailing = true;
    bool ok = unify(a, b);
    while (trail.len > mark)
        trail.data[--trail.len]->as.infer.link = NULL;
    if (!outer)
        trail.len = 0;
    trailing = outer;
    return ok;
}

bool tc_is_never(Type *t) {
    t = ty_resolve(t);
    return t && t->kind == TY_NEVER;
}

/* ---- coercion ----------------------------------------------------------------------------------- */

void tc_wrap(Expr **slot, CoerceKind kind, Type *to) {
    ast_coerce(slot, kind, to);
}

bool tc_coerce(Expr **slot, Type *to) {
    Expr *e = *slot;
    Type *from = ty_resolve(e->ty);
    Type *target = ty_resolve(to);
    if (from->kind == TY_ERROR || target->kind == TY_ERROR)
        return true;
    if (from->kind == TY_NEVER) {
        if (target->kind == TY_NEVER)
            return true;
        if (target->kind == TY_INFER && target->as.infer.kind == INFER_ANY) {
            /* Leave the variable for a later, real value. */
            return true;
        }
        tc_wrap(slot, COERCE_NEVER, target);
        return true;
    }
    if (from->kind == TY_REF && target->kind == TY_REF) {
        Type *fi = ty_resolve(from->as.ref.inner), *ti = ty_resolve(target->as.ref.inner);
        bool reborrow = from->as.ref.mut && !target->as.ref.mut;
        if (!from->as.ref.mut && target->as.ref.mut)
            return false;
        if (fi->kind == TY_STRING && ti->kind == TY_STR) {
            if (reborrow)
                tc_wrap(slot, COERCE_REBORROW, ty_ref(fi, false));
            tc_wrap(slot, COERCE_DEREF_STRING, ty_ref(ty_str(), false));
            return true;
        }
        if (reborrow && tc_unify_probe(fi, ti)) {
            tc_unify(fi, ti);
            tc_wrap(slot, COERCE_REBORROW, target);
            return true;
        }
        /* rustc's autoderef at a coercion site: &&T to &T, &&String to
         * &str, ...; the outer references are read through */
        if (fi->kind == TY_REF && !tc_unify_probe(from, target)) {
            Expr *saved = *slot;
            tc_wrap(slot, COERCE_AUTODEREF, fi);
            if (tc_coerce(slot, to))
                return true;
            *slot = saved;
            return false;
        }
        if (reborrow)
            return false;
    }
    return tc_unify(from, target);
}

bool tc_expr_coerce(Expr **slot, Type *to, Origin origin) {
    tc_expr(slot, expect_type(to));
    if (tc_coerce(slot, to))
        return true;
    Expr *e = *slot;
    tc_report_mismatch(e->span, to, e->ty, origin, e);
    return false;
}

/* ---- types as written ------------------------------------------------------------------------- */

/* Checks and evaluates an array length in a constant context. */
static uint64_t array_len(Expr **slot) {
    FnCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.is_const = true;
    ctx.item = tc_fn ? tc_fn->item : NULL;
    FnCtx *saved = tc_fn;
    tc_fn = &ctx;
    uint64_t n = 0;
    int errors = error_count;
    tc_expr_coerce(slot, ty_int(INT_USIZE), origin_none());
    tc_zonk_expr(*slot);
    if (error_count == errors && !ce_eval_usize(*slot, &n))
        n = 0;
    tc_fn = saved;
    return n;
}

Type *tc_type(TypeExpr *te, bool allow_infer) {
    if (!te)
        return ty_unit();
    if (te->resolved)
        return te->resolved;
    Type *t = NULL;
    switch (te->kind) {
    case TE_PATH:
        t = rs_resolve_type_path(te->as.path);
        break;
    case TE_REF: {
        Type *inner = tc_type(te->as.ref.inner, allow_infer);
        t = ty_ref(inner, te->as.ref.mut);
        break;
    }
    case TE_TUPLE: {
        int n = te->as.tuple.len;
        Type **elems = ALLOC_N(Type *, n > 0 ? n : 1);
        for (int i = 0; i < n; i++)
            elems[i] = tc_type(te->as.tuple.data[i], allow_infer);
        t = ty_tuple(elems, n);
        break;
    }
    case TE_ARRAY: {
        Type *elem = tc_type(te->as.array.elem, allow_infer);
        uint64_t n = array_len(&te->as.array.len);
        t = ty_array(elem, n);
        break;
    }
    case TE_SLICE:
        tc_unsupported(te->span, "the slice type `[T]`");
        break;
    case TE_NEVER:
        t = ty_never();
        break;
    case TE_INFER:
        if (allow_infer) {
            t = ty_infer(INFER_ANY);
        } else {
            tc_error(PHASE_TYPECK, te->span, "E0121", "not allowed in type signatures",
                     "the placeholder `_` is not allowed within types on item signatures for %s",
                     tc_fn && tc_fn->item && tc_fn->item->kind == ITEM_FN ? "functions"
                     : tc_fn && tc_fn->item && tc_fn->item->kind == ITEM_STATIC ? "static variables"
                     : "constants");
        }
        break;
    }
    if (!t)
        t = ty_error();
    te->resolved = t;
    return t;
}

/* ---- patterns ----------------------------------------------------------------------------------- */

static Var *new_var(Pat *p) {
    Var *v = p->as.bind.var;
    if (!v) {
        v = ALLOC(Var);
        v->name = p->as.bind.name;
        size_t n = strlen(sym_str(v->name));
        v->span = p->span.hi >= n ? span_at(p->span.hi - (uint32_t)n, p->span.hi) : p->span;
        v->mut_span = p->as.bind.mut_span;
        v->mutable = p->as.bind.mut;
        p->as.bind.var = v;
    }
    v->id = tc_fn->nvars++;
    return v;
}

/* Checks pattern p against type t (the type of the value it destructures),
 * creating and declaring its variables. */
static void tc_pat(Pat *p, Type *t, bool is_param, Expr *init) {
    p->ty = t;
    switch (p->kind) {
    case PAT_BIND: {
        Var *v = new_var(p);
        v->is_param = is_param;
        v->ty = p->as.bind.by_ref ? ty_ref(t, p->as.bind.mut) : t;
        if (p->as.bind.by_ref)
            v->mutable = false;
        rs_declare_var(v);
        break;
    }
    case PAT_WILD:
        break;
    case PAT_REST:
        tc_error(PHASE_TYPECK, p->span, NULL, "`..` patterns are not allowed here",
                 "`..` patterns are not allowed here");
        break;
    case PAT_LIT:
        tc_unsupported(p->span, "a refutable pattern in `let`");
        break;
    case PAT_TUPLE: {
        int n = p->as.tuple.len, rest = -1;
        for (int i = 0; i < n; i++)
            if (p->as.tuple.data[i]->kind == PAT_REST) {
                if (rest >= 0) {
                    tc_error(PHASE_TYPECK, p->as.tuple.data[i]->span, NULL,
                             "can only be used once per tuple pattern",
                             "`..` can only be used once per tuple pattern");
                }
                rest = i;
            }
        int fixed = rest >= 0 ? n - 1 : n;
        Type *r = ty_resolve(t);
        if (r->kind == TY_INFER && r->as.infer.kind == INFER_ANY && rest < 0) {
            Type **elems = ALLOC_N(Type *, n > 0 ? n : 1);
            for (int i = 0; i < n; i++)
                elems[i] = ty_infer(INFER_ANY);
            tc_unify(r, ty_tuple(elems, n));
            r = ty_resolve(t);
        }
        if (r->kind == TY_REF && ty_resolve(r->as.ref.inner)->kind == TY_TUPLE) {
            tc_unsupported(p->span, "destructuring a reference to a tuple (binding modes)");
            r = ty_error();
        }
        bool ok = r->kind == TY_ERROR ||
                  (r->kind == TY_TUPLE && (rest >= 0 ? r->as.tuple.len >= fixed : r->as.tuple.len == n));
        if (!ok) {
            Type **holes = ALLOC_N(Type *, n > 0 ? n : 1);
            for (int i = 0; i < n; i++)
                holes[i] = ty_infer(INFER_ANY);
            Type *pt = ty_tuple(holes, n);
            const char *label;
            if (r->kind == TY_TUPLE)
                label = arena_printf(compiler_arena,
                                     "expected a tuple with %d element%s, found one with %d element%s",
                                     r->as.tuple.len, r->as.tuple.len == 1 ? "" : "s", n, n == 1 ? "" : "s");
            else
                label = arena_printf(compiler_arena, "expected %s, found `%s`", tc_sort(r), ty_to_string(pt));
            Diag *d = diag_new(DIAG_ERROR, "E0308", p->span, label, "mismatched types");
            if (init)
                diag_label(d, init->span, "this expression has type `%s`", ty_to_string(r));
            tc_note_expected_found(d, r, pt, ty_to_string(r), ty_to_string(pt));
            tc_emit(d, PHASE_TYPECK);
            r = ty_error();
        }
        int j = 0;
        for (int i = 0; i < n; i++) {
            Pat *sub = p->as.tuple.data[i];
            if (sub->kind == PAT_REST) {
                sub->ty = ty_unit();
                if (r->kind == TY_TUPLE)
                    j = r->as.tuple.len - (n - 1 - i);
                continue;
            }
            Type *et = r->kind == TY_TUPLE ? r->as.tuple.elems[j] : ty_error();
            tc_pat(sub, et, is_param, NULL);
            j++;
        }
        break;
    }
    }
}

/* How each variable got its type, for the labels of E0308 at an
 * assignment to it. */
typedef struct VarOrigin {
    Var *var;
    const char *text;
    Span span;
} VarOrigin;
static VEC(VarOrigin) var_origins;

static void note_var_origin(Var *v, const char *text, Span span) {
    VarOrigin o = {v, text, span};
    vec_push(var_origins, o);
}

Origin tc_assign_origin(Expr *lhs) {
    Origin o = origin_none();
    lhs = tc_peel_coerce(lhs);
    if (lhs->kind == EXPR_PATH && lhs->as.path.res == RES_LOCAL) {
        for (int i = var_origins.len - 1; i >= 0; i--)
            if (var_origins.data[i].var == lhs->as.path.var) {
                o.kind = ORIGIN_ASSIGN;
                o.span = var_origins.data[i].span;
                o.text = var_origins.data[i].text;
                break;
            }
    } else if (lhs->kind == EXPR_TUPLE_FIELD || lhs->kind == EXPR_INDEX || lhs->kind == EXPR_FIELD) {
        o.kind = ORIGIN_ASSIGN;
        o.span = lhs->span;
        o.text = "expected due to the type of this binding";
    }
    return o;
}

/* ---- statements and blocks ------------------------------------------------------------------------ */

static void tc_let(Stmt *s) {
    Type *t = NULL;
    if (s->as.let.type)
        t = tc_type(s->as.let.type, true);
    Expr *init = s->as.let.init;
    if (init) {
        if (t) {
            Origin o = {ORIGIN_ANNOTATION, s->as.let.type->span, NULL, s->as.let.type, NULL, 0};
            tc_expr(&s->as.let.init, expect_origin(t, o));
            if (!tc_coerce(&s->as.let.init, t))
                tc_report_mismatch(s->as.let.init->span, t, s->as.let.init->ty, o, s->as.let.init);
        } else {
            t = tc_expr(&s->as.let.init, expect_none());
            if (tc_is_never(t)) {
                /* rustc's diverging fallback: the variable is () */
                t = ty_unit();
                tc_coerce(&s->as.let.init, t);
            }
        }
    } else if (!t) {
        t = ty_infer(INFER_ANY);
    }
    tc_pat(s->as.let.pat, t, false, s->as.let.init);
    Pat *p = s->as.let.pat;
    if (p->kind == PAT_BIND && p->as.bind.var) {
        if (s->as.let.type)
            note_var_origin(p->as.bind.var, "expected due to this type", s->as.let.type->span);
        else if (s->as.let.init)
            note_var_origin(p->as.bind.var, "expected due to this value", s->as.let.init->span);
        else
            note_var_origin(p->as.bind.var, "expected due to the type of this binding", p->span);
    }
}

static void check_fn_item(Item *it);
static void check_global(Item *it);

static bool is_block_like(Expr *e) {
    switch (e->kind) {
    case EXPR_BLOCK: case EXPR_IF: case EXPR_WHILE: case EXPR_LOOP: case EXPR_FOR:
        return true;
    default:
        return false;
    }
}

Type *tc_block(Block *b, Expect ex) {
    rs_push();
    /* Items are visible in the whole block; each is checked where it
     * stands, so that it sees the same names rustc resolves it with. */
    rs_declare_block_items(b);
    bool diverges = false;
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *s = b->stmts.data[i];
        switch (s->kind) {
        case STMT_LET:
            tc_let(s);
            if (s->as.let.init && tc_is_never(tc_peel_coerce(s->as.let.init)->ty))
                diverges = true;
            break;
        case STMT_EXPR: {
            Expr **slot = &s->as.expr.expr;
            Type *t;
            if (!s->as.expr.semi && is_block_like(*slot)) {
                /* `if c { 1 } else { 2 }` as a statement must be () */
                t = tc_expr(slot, expect_type(ty_unit()));
                if (!tc_is_never(t) && !tc_coerce(slot, ty_unit()))
                    tc_report_mismatch((*slot)->span, ty_unit(), t, origin_none(), *slot);
            } else {
                t = tc_expr(slot, expect_none());
            }
            if (tc_is_never(t))
                diverges = true;
            break;
        }
        case STMT_ITEM:
            if (s->as.item->kind == ITEM_FN)
                check_fn_item(s->as.item);
            else if (s->as.item->kind == ITEM_CONST || s->as.item->kind == ITEM_STATIC)
                check_global(s->as.item);
            break;
        case STMT_EMPTY:
            break;
        }
        tc_flush_deferred();
    }
    Type *t;
    if (b->tail) {
        t = tc_expr(&b->tail, ex);
        tc_flush_deferred();
    } else {
        t = diverges ? ty_never() : ty_unit();
    }
    rs_pop();
    return t;
}

bool tc_block_coerce(Block *b, Type *block_ty, Type *to) {
    if (b->tail)
        return tc_coerce(&b->tail, to);
    if (tc_is_never(block_ty))
        return true;
    return tc_unify(ty_unit(), to);
}

/* The expression whose type a block's value has, for error spans. */
static Span block_value_span(Block *b) { return b->tail ? b->tail->span : b->span; }

/* ---- control flow ------------------------------------------------------------------------------------ */

static Span else_value_span(Expr *e) {
    if (e->kind == EXPR_BLOCK)
        return block_value_span(e->as.block);
    return e->span;
}

static Type *tc_if(Expr *e, Expect ex) {
    Origin none = origin_none();
    tc_expr(&e->as.if_.cond, expect_type(ty_bool()));
    if (!tc_coerce(&e->as.if_.cond, ty_bool())) {
        Expr *c = e->as.if_.cond;
        if (c->kind == EXPR_ASSIGN && ty_is_unit(c->ty)) {
            /* `if x = 5`: rustc's E0308 with a hint about `==` */
            Diag *d = diag_new(DIAG_ERROR, "E0308", c->span, "expected `bool`, found `()`", "mismatched types");
            diag_suggest(d, span_at(c->as.assign.op_span.hi, c->as.assign.op_span.hi), "=",
                         "you might have meant to compare for equality");
            tc_emit(d, PHASE_TYPECK);
        } else {
            tc_report_mismatch(c->span, ty_bool(), c->ty, none, c);
        }
    }

    Type *want = NULL;
    if (ex.kind == EXPECT_TYPE) {
        Type *r = ty_resolve(ex.ty);
        if (r->kind != TY_INFER)
            want = r;
    }
    /* a return type's label follows the value into the branches */
    Origin bo = ex.origin.kind == ORIGIN_RETURN ? ex.origin : none;
    Block *then = e->as.if_.then;
    Type *tt = tc_block(then, want ? expect_origin(want, bo) : expect_none());

    if (!e->as.if_.else_) {
        /* without else the value is (): the then block must be () too */
        if (want && !ty_is_unit(want) && want->kind != TY_NEVER) {
            Diag *d = diag_new(DIAG_ERROR, "E0317", e->span,
                               arena_printf(compiler_arena, "expected %s, found `()`", tc_sort(want)),
                               "`if` may be missing an `else` clause");
            if (ex.origin.kind == ORIGIN_RETURN)
                diag_label(d, ex.origin.span, "expected %s because of this return type", tc_sort(want));
            else if (ex.origin.kind == ORIGIN_ANNOTATION)
                diag_label(d, ex.origin.span, "expected due to this");
            diag_note(d, "`if` expressions without `else` evaluate to `()`");
            diag_help(d, "consider adding an `else` block that evaluates to the expected type");
            tc_emit(d, PHASE_TYPECK);
            return ty_error();
        }
        if (!want && !tc_is_never(tt) && !ty_is_unit(tt) && ty_resolve(tt)->kind != TY_ERROR &&
            ty_resolve(tt)->kind != TY_INFER) {
            /* the then-block has a value, the missing else has () */
            Diag *d = diag_new(DIAG_ERROR, "E0317", e->span,
                               arena_printf(compiler_arena, "expected %s, found `()`", tc_sort(tt)),
                               "`if` may be missing an `else` clause");
            diag_label(d, block_value_span(then), "found here");
            diag_note(d, "`if` expressions without `else` evaluate to `()`");
            diag_help(d, "consider adding an `else` block that evaluates to the expected type");
            tc_emit(d, PHASE_TYPECK);
            return ty_error();
        }
        if (!tc_block_coerce(then, tt, ty_unit()))
            tc_report_mismatch(block_value_span(then), ty_unit(), tt, none, then->tail);
        return ty_unit();
    }

    if (want) {
        /* Each branch coerces to the expected type on its own. */
        if (!tc_block_coerce(then, tt, want))
            tc_report_mismatch(block_value_span(then), want, tt, bo, then->tail);
        Type *et = tc_expr(&e->as.if_.else_, expect_origin(want, bo));
        if (!tc_coerce(&e->as.if_.else_, want)) {
            Expr *v = e->as.if_.else_;
            tc_report_mismatch(else_value_span(v), want, et, bo,
                               v->kind == EXPR_BLOCK ? v->as.block->tail : v);
        }
        return want;
    }

    Type *et = tc_expr(&e->as.if_.else_, expect_type(tt));
    if (tc_is_never(tt)) {
        if (then->tail)
            tc_coerce(&then->tail, et);
        return et;
    }
    if (tc_is_never(et)) {
        tc_coerce(&e->as.if_.else_, tt);
        return tt;
    }
    if (!tc_coerce(&e->as.if_.else_, tt)) {
        Expr *v = e->as.if_.else_;
        Span at = else_value_span(v);
        Type *rt = ty_resolve(tt), *re = ty_resolve(et);
        if (rt->kind != TY_ERROR && re->kind != TY_ERROR) {
            Diag *d = diag_new(DIAG_ERROR, "E0308", at,
                               arena_printf(compiler_arena, "expected %s, found %s", tc_sort(rt), tc_sort(re)),
                               "`if` and `else` have incompatible types");
            diag_label(d, block_value_span(then), "expected because of this");
            if (!tc_simple_type(rt) || !tc_simple_type(re) || (rt->kind == TY_REF && re->kind == TY_REF))
                tc_note_expected_found(d, rt, re, ty_to_string(rt), ty_to_string(re));
            tc_mismatch_helps(d, rt, re, v->kind == EXPR_BLOCK ? v->as.block->tail : v, origin_none());
            tc_emit(d, PHASE_TYPECK);
        }
        return ty_error();
    }
    return tt;
}

static LoopCtx *push_loop(LoopCtx *l, Expr *e, Symbol label) {
    memset(l, 0, sizeof *l);
    l->loop = e;
    l->label = label;
    l->outer = tc_fn->loops;
    tc_fn->loops = l;
    return l;
}

static void loop_body(Block *body) {
    Type *bt = tc_block(body, expect_type(ty_unit()));
    if (!tc_block_coerce(body, bt, ty_unit()))
        tc_report_mismatch(block_value_span(body), ty_unit(), bt, origin_none(), body->tail);
}

static Type *tc_while(Expr *e) {
    tc_expr(&e->as.loop.cond, expect_type(ty_bool()));
    if (!tc_coerce(&e->as.loop.cond, ty_bool()))
        tc_report_mismatch(e->as.loop.cond->span, ty_bool(), e->as.loop.cond->ty, origin_none(),
                           e->as.loop.cond);
    LoopCtx l;
    push_loop(&l, e, e->as.loop.label);
    loop_body(e->as.loop.body);
    tc_fn->loops = l.outer;
    return ty_unit();
}

static Type *tc_loop(Expr *e, Expect ex) {
    LoopCtx l;
    push_loop(&l, e, e->as.loop.label);
    Type *want = NULL;
    if (ex.kind == EXPECT_TYPE && ty_resolve(ex.ty)->kind != TY_INFER)
        want = ty_resolve(ex.ty);
    l.break_ty = want ? want : ty_infer(INFER_ANY);
    l.expect = ex;
    loop_body(e->as.loop.body);
    tc_fn->loops = l.outer;
    if (!l.has_break)
        return ty_never();
    return l.break_ty;
}

static Type *tc_for(Expr *e) {
    Expr *it = e->as.loop.iter;
    Type *elem = ty_error();
    if (it->kind != EXPR_RANGE) {
        tc_expr(&e->as.loop.iter, expect_none());
        tc_unsupported(it->span, "a `for` loop over anything but a range `a..b` or `a..=b`");
    } else if (!it->as.range.lo || !it->as.range.hi) {
        tc_unsupported(it->span, "an open range in a `for` loop");
    } else {
        Type *lt = tc_expr(&it->as.range.lo, expect_none());
        tc_expr(&it->as.range.hi, expect_type(lt));
        if (!tc_coerce(&it->as.range.hi, lt)) {
            tc_report_mismatch(it->as.range.hi->span, lt, it->as.range.hi->ty, origin_none(),
                               it->as.range.hi);
        } else if (!ty_is_integer(lt) && ty_resolve(lt)->kind != TY_ERROR) {
            tc_unsupported(it->span, arena_printf(compiler_arena,
                                                  "a `for` loop over a range of `%s`", ty_to_string(lt)));
        } else {
            elem = lt;
        }
    }
    /* The range expression has its element type (there is no Range type in
     * Owl's subset; MIR building lowers `for` over a range directly). */
    it->ty = elem;
    rs_push();
    tc_pat(e->as.loop.pat, elem, false, NULL);
    LoopCtx l;
    push_loop(&l, e, e->as.loop.label);
    loop_body(e->as.loop.body);
    tc_fn->loops = l.outer;
    rs_pop();
    return ty_unit();
}

static LoopCtx *find_loop(Expr *e, const char *what) {
    Symbol label = e->as.jump.label;
    for (LoopCtx *l = tc_fn->loops; l; l = l->outer) {
        if (!label || l->label == label)
            return l;
    }
    if (label) {
        tc_error(PHASE_RESOLVE, e->as.jump.label_span, "E0426",
                 arena_printf(compiler_arena, "undeclared label `%s`", sym_str(label)),
                 "use of undeclared label `%s`", sym_str(label));
        (void)what;
    } else {
        Span kw = span_at(e->span.lo, e->span.lo + (uint32_t)strlen(what));
        tc_error(PHASE_TYPECK, kw, "E0268",
                 arena_printf(compiler_arena, "cannot `%s` outside of a loop%s", what,
                              strcmp(what, "break") == 0 ? " or labeled block" : ""),
                 "`%s` outside of a loop%s", what,
                 strcmp(what, "break") == 0 ? " or labeled block" : "");
    }
    return NULL;
}

static Type *tc_break(Expr *e) {
    LoopCtx *l = find_loop(e, "break");
    Expr **val = &e->as.jump.value;
    if (!l) {
        if (*val)
            tc_expr(val, expect_none());
        return ty_never();
    }
    e->as.jump.target = l->loop;
    if (l->loop->kind != EXPR_LOOP) {
        if (*val) {
            tc_expr(val, expect_none());
            const char *kind = l->loop->kind == EXPR_WHILE ? "while" : "for";
            Diag *d = diag_new(DIAG_ERROR, "E0571", e->span,
                               "can only break with a value inside `loop` or breakable block",
                               "`break` with value from a `%s` loop", kind);
            Span head = span_at(l->loop->span.lo, l->loop->as.loop.body->span.lo > l->loop->span.lo
                                                      ? l->loop->as.loop.body->span.lo - 1
                                                      : l->loop->span.hi);
            diag_label(d, head, "you can't `break` with a value in a `%s` loop", kind);
            diag_suggest(d, span_at((*val)->span.lo - 1, (*val)->span.hi), "",
                         "use `break` on its own without a value inside this `%s` loop", kind);
            tc_emit(d, PHASE_TYPECK);
        }
        return ty_never();
    }
    Type *want = l->break_ty;
    bool first = !l->has_break;
    l->has_break = true;
    if (*val) {
        tc_expr(val, expect_type(want));
        if (!tc_coerce(val, want)) {
            Diag *d = diag_new(DIAG_ERROR, "E0308", (*val)->span,
                               arena_printf(compiler_arena, "expected %s, found %s",
                                            tc_sort(want), tc_sort((*val)->ty)),
                               "mismatched types");
            if (l->first_break)
                diag_label(d, l->first_break->span, "expected because of this `break`");
            tc_emit(d, PHASE_TYPECK);
        }
    } else if (!tc_unify(want, ty_unit())) {
        Diag *d = diag_new(DIAG_ERROR, "E0308", e->span,
                           arena_printf(compiler_arena, "expected %s, found `()`", tc_sort(want)),
                           "mismatched types");
        if (!l->first_break) {
            if (l->expect.origin.kind == ORIGIN_RETURN)
                diag_label(d, l->expect.origin.span, "expected %s because of this return type", tc_sort(want));
            diag_label(d, span_at(l->loop->span.lo, l->loop->span.lo + 4),
                       "this loop is expected to be of type %s", tc_sort(want));
            diag_suggest(d, span_at(e->span.hi, e->span.hi), " 42",
                         "give the `break` a value of the expected type");
        } else {
            diag_label(d, l->first_break->span, "expected because of this `break`");
        }
        tc_emit(d, PHASE_TYPECK);
    }
    if (first)
        l->first_break = e;
    return ty_never();
}

static Type *tc_continue(Expr *e) {
    LoopCtx *l = find_loop(e, "continue");
    if (l)
        e->as.jump.target = l->loop;
    return ty_never();
}

static Type *tc_return(Expr *e) {
    if (tc_fn->is_const) {
        tc_error(PHASE_TYPECK, e->span, "E0572", NULL, "return statement outside of function body");
        if (e->as.jump.value)
            tc_expr(&e->as.jump.value, expect_none());
        return ty_never();
    }
    Type *ret = tc_fn->ret_ty;
    Origin o = {ORIGIN_RETURN, tc_fn->ret_span, NULL, NULL, NULL, 0};
    if (e->as.jump.value) {
        tc_expr(&e->as.jump.value, expect_type(ret));
        if (!tc_coerce(&e->as.jump.value, ret)) {
            if (tc_fn->ret_explicit)
                tc_report_mismatch(e->as.jump.value->span, ret, e->as.jump.value->ty, o, e->as.jump.value);
            else
                tc_report_mismatch(e->as.jump.value->span, ret, e->as.jump.value->ty, origin_none(),
                                   e->as.jump.value);
        }
    } else if (!tc_unify(ret, ty_unit())) {
        Diag *d = diag_new(DIAG_ERROR, "E0069", e->span, "return type is not `()`",
                           "`return;` in a function whose return type is not `()`");
        diag_label(d, tc_fn->ret_span, "expected %s because of this return type", tc_sort(ret));
        diag_suggest(d, span_at(e->span.hi, e->span.hi), " 42",
                     "give the `return` a value of the expected type");
        tc_emit(d, PHASE_TYPECK);
    }
    return ty_never();
}

/* ---- aggregates and references --------------------------------------------------------------------- */

static Type *tc_tuple(Expr *e, Expect ex) {
    int n = e->as.list.len;
    Type *want = ex.kind == EXPECT_TYPE ? ty_resolve(ex.ty) : NULL;
    if (want && want->kind != TY_TUPLE)
        want = NULL;
    Type **elems = ALLOC_N(Type *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        Expr **slot = &e->as.list.data[i];
        /* as rustc: the expected element types apply by position, even
         * when the arity differs */
        if (want && i < want->as.tuple.len) {
            Type *et = want->as.tuple.elems[i];
            tc_expr(slot, expect_type(et));
            if (tc_coerce(slot, et)) {
                elems[i] = et;
            } else {
                tc_report_mismatch((*slot)->span, et, (*slot)->ty, origin_none(), *slot);
                elems[i] = et;
            }
        } else {
            elems[i] = tc_expr(slot, expect_none());
        }
    }
    return ty_tuple(elems, n);
}

static Type *tc_array(Expr *e, Expect ex) {
    int n = e->as.list.len;
    Type *want = ex.kind == EXPECT_TYPE ? ty_resolve(ex.ty) : NULL;
    Type *elem = want && want->kind == TY_ARRAY ? want->as.array.elem : NULL;
    bool from_expect = elem != NULL;
    for (int i = 0; i < n; i++) {
        Expr **slot = &e->as.list.data[i];
        if (!elem) {
            elem = tc_expr(slot, expect_none());
            /* a diverging or erroneous element does not decide the type */
            if (tc_is_never(elem) || ty_resolve(elem)->kind == TY_ERROR)
                elem = NULL;
            continue;
        }
        tc_expr(slot, expect_type(elem));
        if (!tc_coerce(slot, elem))
            tc_report_mismatch((*slot)->span, elem, (*slot)->ty, origin_none(), *slot);
    }
    (void)from_expect;
    if (!elem)
        elem = n ? ty_never() : ty_infer(INFER_ANY);
    return ty_array(elem, (uint64_t)n);
}

static Type *tc_repeat(Expr *e, Expect ex) {
    Type *want = ex.kind == EXPECT_TYPE ? ty_resolve(ex.ty) : NULL;
    Type *elem = want && want->kind == TY_ARRAY ? want->as.array.elem : NULL;
    if (elem) {
        tc_expr(&e->as.repeat.value, expect_type(elem));
        if (!tc_coerce(&e->as.repeat.value, elem))
            tc_report_mismatch(e->as.repeat.value->span, elem, e->as.repeat.value->ty, origin_none(),
                               e->as.repeat.value);
    } else {
        elem = tc_expr(&e->as.repeat.value, expect_none());
    }
    uint64_t n = array_len(&e->as.repeat.count);
    e->as.repeat.len = n;
    if (n > 1) {
        /* [v; n] copies v: it must be Copy (or a constant, as in rustc) */
        Expr *v = tc_peel_coerce(e->as.repeat.value);
        bool is_const = v->kind == EXPR_PATH && (v->as.path.res == RES_CONST ||
                                                  v->as.path.res == RES_CONST_VALUE);
        if (!is_const && !ty_is_copy(elem) && ty_resolve(elem)->kind != TY_INFER) {
            Diag *d = diag_new(DIAG_ERROR, "E0277", v->span,
                               arena_printf(compiler_arena, "the trait `Copy` is not implemented for `%s`",
                                            ty_to_string(elem)),
                               "the trait bound `%s: Copy` is not satisfied", ty_to_string(elem));
            diag_note(d, "the `Copy` trait is required because this value will be copied for each element of the array");
            tc_defer(d);
        }
    }
    return ty_array(elem, n);
}

static Type *tc_ref(Expr *e, Expect ex) {
    Expect inner = expect_none();
    if (ex.kind == EXPECT_TYPE) {
        Type *w = ty_resolve(ex.ty);
        if (w->kind == TY_REF) {
            Type *wi = ty_resolve(w->as.ref.inner);
            /* &str wants a String place behind it only by coercion: no hint */
            if (wi->kind != TY_STR)
                inner = expect_type(wi);
        }
    }
    Type *t = tc_expr(&e->as.ref.operand, inner);
    if (ty_resolve(t)->kind == TY_ERROR)
        return ty_error();
    return ty_ref(t, e->as.ref.mut);
}

bool tc_is_place(Expr *e) {
    switch (e->kind) {
    case EXPR_PATH:
        return e->as.path.res == RES_LOCAL || e->as.path.res == RES_STATIC;
    case EXPR_UNARY:
        return e->as.unary.op == UN_DEREF;
    case EXPR_TUPLE_FIELD:
    case EXPR_FIELD:
    case EXPR_INDEX:
        return true;
    case EXPR_COERCE:
        return e->as.coerce.kind == COERCE_AUTODEREF;
    default:
        return false;
    }
}

/* ---- the expression dispatcher --------------------------------------------------------------------- */

Type *tc_expr(Expr **slot, Expect ex) {
    Expr *e = *slot;
    if (diag_too_many()) {
        e->ty = ty_error();
        return e->ty;
    }
    Type *t = NULL;
    switch (e->kind) {
    case EXPR_INT:
    case EXPR_FLOAT:
    case EXPR_BOOL:
    case EXPR_CHAR:
    case EXPR_STR:
        t = tc_literal(e, ex);
        break;
    case EXPR_PATH: t = tc_path_expr(e, ex, false); break;
    case EXPR_UNARY: t = tc_unary(e, ex); break;
    case EXPR_BINARY: t = tc_binary(e, ex); break;
    case EXPR_ASSIGN: t = tc_assign(e); break;
    case EXPR_COMPOUND_ASSIGN: t = tc_compound_assign(e); break;
    case EXPR_REF: t = tc_ref(e, ex); break;
    case EXPR_CAST: t = tc_cast(e); break;
    case EXPR_CALL: t = tc_call(e, ex); break;
    case EXPR_METHOD: t = tc_method(e); break;
    case EXPR_FIELD: t = tc_field(e); break;
    case EXPR_TUPLE_FIELD: t = tc_tuple_field(e); break;
    case EXPR_INDEX: t = tc_index(e); break;
    case EXPR_TUPLE: t = tc_tuple(e, ex); break;
    case EXPR_ARRAY: t = tc_array(e, ex); break;
    case EXPR_REPEAT: t = tc_repeat(e, ex); break;
    case EXPR_BLOCK: t = tc_block(e->as.block, ex); break;
    case EXPR_IF: t = tc_if(e, ex); break;
    case EXPR_WHILE: t = tc_while(e); break;
    case EXPR_LOOP: t = tc_loop(e, ex); break;
    case EXPR_FOR: t = tc_for(e); break;
    case EXPR_BREAK: t = tc_break(e); break;
    case EXPR_CONTINUE: t = tc_continue(e); break;
    case EXPR_RETURN: t = tc_return(e); break;
    case EXPR_RANGE:
        tc_unsupported(e->span, "a range outside a `for` loop");
        t = ty_error();
        break;
    case EXPR_MACRO: t = tc_macro(e, ex); break;
    case EXPR_COERCE: t = e->ty; break;
    }
    if (!t)
        t = ty_error();
    e->ty = t;
    return t;
}

/* ---- items ---------------------------------------------------------------------------------------- */

void tc_fn_signature(Item *it) {
    if (it->as.fn.ret_ty)
        return;
    FnCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.item = it;
    FnCtx *saved = tc_fn;
    tc_fn = &ctx;
    for (int i = 0; i < it->as.fn.params.len; i++) {
        Param *p = &it->as.fn.params.data[i];
        if (p->type)
            tc_type(p->type, false);
    }
    it->as.fn.ret_ty = it->as.fn.ret ? tc_type(it->as.fn.ret, false) : ty_unit();
    tc_fn = saved;
}

/* Functions whose checking reported an error (rustc skips their lints). */
static VEC(Item *) tainted_fns;

bool tc_fn_had_errors(Item *fn) {
    for (int i = 0; i < tainted_fns.len; i++)
        if (tainted_fns.data[i] == fn)
            return true;
    return false;
}

static void check_fn_item(Item *it) {
    int errors_before = error_count;
    tc_fn_signature(it);
    FnCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.item = it;
    ctx.ret_ty = it->as.fn.ret_ty;
    ctx.ret_explicit = it->as.fn.ret != NULL;
    ctx.ret_span = it->as.fn.ret ? it->as.fn.ret->span : it->name_span;
    FnCtx *saved = tc_fn;
    tc_fn = &ctx;
    rs_push_fn();
    for (int i = 0; i < it->as.fn.params.len; i++) {
        Param *p = &it->as.fn.params.data[i];
        Type *t = p->type ? p->type->resolved : ty_error();
        tc_pat(p->pat, t, true, NULL);
        if (p->pat->kind == PAT_BIND && p->pat->as.bind.var && p->type)
            note_var_origin(p->pat->as.bind.var, "expected due to this parameter type", p->type->span);
    }
    Block *body = it->as.fn.body;
    if (body) {
        Type *ret = ctx.ret_ty;
        Origin o = {ORIGIN_RETURN, ctx.ret_span, NULL, NULL, NULL, 0};
        Type *bt = tc_block(body, expect_origin(ret, ctx.ret_explicit ? o : origin_none()));
        if (body->tail) {
            if (!tc_coerce(&body->tail, ret)) {
                if (ctx.ret_explicit) {
                    tc_report_mismatch(body->tail->span, ret, body->tail->ty, o, body->tail);
                } else {
                    Type *found = ty_zonk(body->tail->ty);
                    Diag *d = diag_new(DIAG_ERROR, "E0308", body->tail->span,
                                       arena_printf(compiler_arena, "expected `()`, found %s", tc_sort(body->tail->ty)),
                                       "mismatched types");
                    Span at = span_at(it->as.fn.sig_span.hi, it->as.fn.sig_span.hi);
                    if (ty_resolve(found)->kind != TY_INFER)
                        diag_suggest_inline(d, at, arena_printf(compiler_arena, "-> %s ", ty_to_string(found)),
                                            "try adding a return type");
                    tc_emit(d, PHASE_TYPECK);
                }
            }
        } else if (!tc_is_never(bt) && !tc_unify(ty_unit(), ret)) {
            /* a body without a value where one is required */
            Diag *d = diag_new(DIAG_ERROR, "E0308", ctx.ret_span,
                               arena_printf(compiler_arena, "expected %s, found `()`", tc_sort(ret)),
                               "mismatched types");
            diag_label(d, it->name_span, "implicitly returns `()` as its body has no tail or `return` expression");
            if (body->stmts.len) {
                Stmt *last = body->stmts.data[body->stmts.len - 1];
                if (last->kind == STMT_EXPR && last->as.expr.semi &&
                    tc_unify_probe(last->as.expr.expr->ty, ret) && !tc_is_never(last->as.expr.expr->ty))
                    diag_suggest_inline(d, span_at(last->span.hi - 1, last->span.hi), "",
                                        "remove this semicolon to return this value");
            }
            tc_emit(d, PHASE_TYPECK);
        }
    }
    rs_pop_fn();
    tc_finish_body(body, NULL, it);
    it->as.fn.nvars = ctx.nvars;
    tc_fn = saved;
    if (error_count != errors_before)
        vec_push(tainted_fns, it);
}

/* Globals being evaluated (cycle detection) and those done. */
static VEC(Item *) globals_active;
static VEC(Item *) globals_done;

static bool in_items(Item *it, Item **v, int n) {
    for (int i = 0; i < n; i++)
        if (v[i] == it)
            return true;
    return false;
}

Type *tc_global_type(Item *it) {
    if (it->as.global.ty)
        return it->as.global.ty;
    FnCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.item = it;
    ctx.is_const = true;
    FnCtx *saved = tc_fn;
    tc_fn = &ctx;
    Type *t;
    if (it->as.global.type) {
        t = tc_type(it->as.global.type, false);
    } else {
        tc_error(PHASE_TYPECK, it->name_span, NULL, NULL, "missing type for `%s` item",
                 it->kind == ITEM_CONST ? "const" : "static");
        t = ty_error();
    }
    it->as.global.ty = t;
    tc_fn = saved;
    return t;
}

static void check_global(Item *it) {
    if (in_items(it, globals_done.data, globals_done.len))
        return;
    if (in_items(it, globals_active.data, globals_active.len)) {
        tc_error(PHASE_TYPECK, it->name_span, "E0391", NULL,
                 "cycle detected when const-evaluating `%s`", sym_str(it->name));
        return;
    }
    vec_push(globals_active, it);
    Type *t = tc_global_type(it);
    FnCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.item = it;
    ctx.is_const = true;
    FnCtx *saved = tc_fn;
    tc_fn = &ctx;
    int errors = error_count;
    rs_push_fn();
    if (it->as.global.init) {
        /* rustc gives no "expected due to this" for an item's type */
        Origin o = origin_none();
        tc_expr(&it->as.global.init, expect_origin(t, o));
        if (!tc_coerce(&it->as.global.init, t))
            tc_report_mismatch(it->as.global.init->span, t, it->as.global.init->ty, o, it->as.global.init);
    }
    rs_pop_fn();
    tc_finish_body(NULL, it->as.global.init, NULL);
    if (error_count == errors && it->as.global.init)
        it->as.global.value = ce_eval(it->as.global.init);
    tc_fn = saved;
    globals_active.len--;
    vec_push(globals_done, it);
}

ConstValue *tc_global_value(Item *it) {
    check_global(it);
    return it->as.global.value;
}

/* ---- the crate -------------------------------------------------------------------------------------- */

static const char *crate_name(const char *path) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot ? (size_t)(dot - base) : strlen(base);
    char *s = arena_strndup(compiler_arena, base, n);
    for (char *p = s; *p; p++)
        if (*p == '-')
            *p = '_';
    return s;
}

bool typeck_crate(Crate *crate) {
    tc_file = crate->file;
    error_count = 0;
    tc_finish_reset();
    /* A new compilation (the fuzz targets run many in one process): arrays
     * kept from an earlier one point into its freed arena. */
    globals_active.data = NULL;
    globals_active.len = globals_active.cap = 0;
    globals_done.data = NULL;
    globals_done.len = globals_done.cap = 0;
    trail.data = NULL;
    trail.len = trail.cap = 0;
    deferred.data = NULL;
    deferred.len = deferred.cap = 0;
    tainted_fns.data = NULL;
    tainted_fns.len = tainted_fns.cap = 0;
    var_origins.data = NULL;
    var_origins.len = var_origins.cap = 0;
    for (int ph = 0; ph < PHASE_COUNT; ph++) {
        queued[ph].data = NULL;
        queued[ph].len = queued[ph].cap = 0;
    }
    tc_fn = NULL;
    tc_lint_parens(crate);
    tc_unused_begin();
    rs_init(crate);

    /* Signatures first: bodies may call functions declared later. */
    for (int i = 0; i < crate->items.len; i++) {
        Item *it = crate->items.data[i];
        if (it->kind == ITEM_FN)
            tc_fn_signature(it);
        else if (it->kind == ITEM_CONST || it->kind == ITEM_STATIC)
            tc_global_type(it);
    }
    bool has_main = false;
    for (int i = 0; i < crate->items.len; i++) {
        Item *it = crate->items.data[i];
        if (it->kind == ITEM_FN) {
            if (strcmp(sym_str(it->name), "main") == 0)
                has_main = true;
            check_fn_item(it);
        } else if (it->kind == ITEM_CONST || it->kind == ITEM_STATIC) {
            check_global(it);
        }
    }
    if (!has_main && crate->file) {
        uint32_t end = 0;
        for (int i = 0; i < crate->items.len; i++)
            if (crate->items.data[i]->span.hi > end)
                end = crate->items.data[i]->span.hi;
        const char *path = crate->file->path;
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        tc_error(PHASE_RESOLVE, span_at(end, end), "E0601",
                 arena_printf(compiler_arena, "consider adding a `main` function to `%s`", base),
                 "`main` function not found in crate `%s`", crate_name(path));
    }
    flush_diagnostics();
    return error_count == 0;
}
