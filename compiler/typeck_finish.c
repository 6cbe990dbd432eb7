/* typeck_finish.c: what happens after a body is checked.
 *
 * Every type in the body is zonked: solved variables are replaced by their
 * solutions, and unsolved integer and float variables get rustc's defaults
 * (i32, f64), so later phases never see TY_INFER. Then come the checks that
 * rustc also makes after inference: casts, `-x` on what became unsigned,
 * format traits of arguments whose type was unknown, and E0282 for what is
 * still unsolved (only if the body has no other error, as in rustc). The same
 * walk applies the overflowing_literals lint, which needs each literal's
 * final type and its parent (a negation or a cast to char).
 */
#include <stdlib.h>
#include <string.h>

#include "ast_walk.h"
#include "typeck_int.h"

/* ---- zonking and the literal lint ------------------------------------------------------------------- */

typedef struct Finish {
    Var *unsolved_var;     /* first binding whose type is not inferred */
    Expr *unsolved_init;   /* its `let`'s initialiser, if any */
    Expr *unsolved_expr;   /* first expression, if no binding */
} Finish;

static Finish *finish;
static bool lint_note_done;  /* "#[deny(overflowing_literals)] on by default" once */

/* After E0282, unsolved variables become the error type. */
static Type *poison_unsolved(Type *t) {
    if (!t)
        return ty_error();
    Type *r = ty_resolve(t);
    switch (r->kind) {
    case TY_INFER:
        r->as.infer.link = ty_error();
        return ty_error();
    case TY_REF: case TY_PTR: poison_unsolved(r->as.ref.inner); break;
    case TY_ARRAY: poison_unsolved(r->as.array.elem); break;
    case TY_TUPLE:
        for (int i = 0; i < r->as.tuple.len; i++)
            poison_unsolved(r->as.tuple.elems[i]);
        break;
    default: break;
    }
    return ty_zonk(t);
}

static Diag *lint_error(Span span, const char *fmt, const char *arg) {
    Diag *d = diag_new(DIAG_ERROR, NULL, span, NULL, fmt, arg);
    return d;
}

static void lint_done(Diag *d) {
    if (!lint_note_done) {
        diag_note(d, "`#[deny(overflowing_literals)]` on by default");
        lint_note_done = true;
    }
    tc_emit(d, PHASE_LINT);
}

static const char *i128_str(i128 v) {
    if (v < 0)
        return arena_printf(compiler_arena, "-%s", u128_to_dec((u128)(-(v + 1)) + 1));
    return u128_to_dec((u128)v);
}

/* rustc's get_type_suggestion: the smallest type the literal fits. */
static const char *fitting_type(IntKind k, u128 v, bool neg) {
    static const IntKind sig_next[][5] = {
        [INT_I8] = {INT_U8, INT_I16, INT_I32, INT_I64, INT_I128},
        [INT_I16] = {INT_U16, INT_I32, INT_I64, INT_I128, INT_KIND_COUNT},
        [INT_I32] = {INT_U32, INT_I64, INT_I128, INT_KIND_COUNT, INT_KIND_COUNT},
        [INT_I64] = {INT_U64, INT_I128, INT_KIND_COUNT, INT_KIND_COUNT, INT_KIND_COUNT},
        [INT_I128] = {INT_U128, INT_KIND_COUNT, INT_KIND_COUNT, INT_KIND_COUNT, INT_KIND_COUNT},
    };
    if (k == INT_ISIZE || k == INT_USIZE)
        return NULL;
    if (int_kind_signed(k)) {
        for (int i = 0; i < 5; i++) {
            IntKind c = sig_next[k][i];
            if (c == INT_KIND_COUNT)
                break;
            if (!int_kind_signed(c)) {
                if (!neg && v <= int_kind_max(c))
                    return int_kind_name(c);
            } else if (v <= int_kind_max(c) + (neg ? 1 : 0)) {
                return int_kind_name(c);
            }
        }
        return NULL;
    }
    static const IntKind uns[] = {INT_U8, INT_U16, INT_U32, INT_U64, INT_U128};
    int start = 0;
    while (start < 5 && uns[start] != k)
        start++;
    for (int i = start; i < 5; i++)
        if (!neg && v <= int_kind_max(uns[i]))
            return int_kind_name(uns[i]);
    return NULL;
}

static void lint_int_literal(Expr *e, IntKind k, Expr *neg_expr, Expr *cast_char, Expr *range) {
    u128 v = e->as.lit.int_value;
    bool neg = neg_expr != NULL;
    u128 max = int_kind_max(k);
    bool signed_ = int_kind_signed(k);
    if (!signed_ && cast_char && k == INT_U8) {
        if (v > 255) {
            Diag *d = lint_error(cast_char->span, "only `u8` can be cast into `char`%s", "");
            diag_suggest_inline(d, cast_char->span,
                                arena_printf(compiler_arena, "'\\u{%llX}'", (unsigned long long)v),
                                "use a `char` literal instead");
            lint_done(d);
        }
        return;
    }
    bool over = signed_ ? (neg ? v > max + 1 : v > max) : v > max;
    if (!over)
        return;
    if (range && !neg && v - 1 == max && range->as.range.lo) {
        /* `a..256u8`: rustc's range-endpoint form of the lint */
        const char *src = tc_source(e->span);
        const char *suf = "";
        for (const char *q = src; *q; q++)
            if (*q == 'i' || *q == 'u') {
                suf = q;
                break;
            }
        Diag *d = lint_error(range->span, "range endpoint is out of range for `%s`", int_kind_name(k));
        diag_suggest_inline(d, range->span,
                            arena_printf(compiler_arena, "%s..=%s%s", tc_source(range->as.range.lo->span),
                                         u128_to_dec(max), suf),
                            "use an inclusive range instead");
        lint_done(d);
        return;
    }
    const char *src = tc_source(e->span);
    const char *tname = int_kind_name(k);
    int bits = int_kind_bits(k);
    bool binhex = src[0] == '0' && (src[1] == 'x' || src[1] == 'b');
    if (binhex) {
        u128 mask = bits == 128 ? ~(u128)0 : (((u128)1 << bits) - 1);
        u128 trunc = v & mask;
        const char *actually;
        if (signed_) {
            i128 sv = (bits < 128 && (trunc >> (bits - 1)) & 1) ? (i128)(trunc | ~mask) : (i128)trunc;
            actually = i128_str(neg ? -sv : sv);
        } else {
            actually = u128_to_dec(trunc);
        }
        Diag *d = lint_error(e->span, "literal out of range for `%s`", tname);
        if (neg) {
            diag_note(d, "the literal `%s` (decimal `%s`) does not fit into the type `%s`", src,
                      u128_to_dec(v), tname);
            diag_note(d, "and the value `-%s` will become `%s%s`", src, actually, tname);
        } else {
            diag_note(d, "the literal `%s` (decimal `%s`) does not fit into the type `%s` and will become `%s%s`",
                      src, u128_to_dec(v), tname, actually, tname);
        }
        const char *fit = fitting_type(k, v, neg);
        const char *suf = NULL;
        for (const char *p = src; *p; p++)
            if (*p == 'i' || *p == 'u') {
                suf = p;
                break;
            }
        bool sign_bit = !neg && signed_ && k != INT_ISIZE && ((v >> (bits - 1)) & 1);
        int nsugg = (fit && suf ? 1 : 0) + (sign_bit ? 1 : 0);
        if (fit && suf) {
            const char *repl = arena_printf(compiler_arena, "%.*s%s", (int)(suf - src), src, fit);
            if (nsugg == 1)
                diag_suggest_inline(d, e->span, repl, "consider using the type `%s` instead", fit);
            else
                diag_suggest(d, e->span, repl, "consider using the type `%s` instead", fit);
        } else if (fit) {
            diag_help(d, "consider using the type `%s` instead", fit);
        }
        if (sign_bit) {
            int nl = suf ? (int)(suf - src) : (int)strlen(src);
            const char *uname = int_kind_name((IntKind)(k + (INT_U8 - INT_I8)));
            diag_suggest(d, e->span, arena_printf(compiler_arena, "%.*s%s as %s", nl, src, uname, tname),
                         "to use as a negative number (decimal `%s`), consider using the type `%s` for the literal and cast it to `%s`",
                         actually, uname, tname);
        }
        lint_done(d);
        return;
    }
    Span span = neg ? neg_expr->span : e->span;
    const char *lit = tc_source(span);
    Diag *d = lint_error(span, "literal out of range for `%s`", tname);
    diag_note(d, "the literal `%s` does not fit into the type `%s` whose range is `%s..=%s`", lit, tname,
              i128_str(int_kind_min(k)), u128_to_dec(max));
    if (signed_) {
        const char *fit = fitting_type(k, v, neg);
        if (fit)
            diag_help(d, "consider using the type `%s` instead", fit);
    }
    lint_done(d);
}

static void lint_float_literal(Expr *e, FloatKind k) {
    const char *text = e->as.lit.text;
    if (!text || strchr(text, '_'))
        return;   /* rustc's parse of the symbol fails on `_`: no lint */
    bool inf;
    if (k == FLOAT_F32) {
        float f = strtof(text, NULL);
        inf = f == (float)(1.0 / 0.0) || f == -(float)(1.0 / 0.0);
    } else {
        double f = strtod(text, NULL);
        inf = f == 1.0 / 0.0 || f == -1.0 / 0.0;
    }
    if (!inf)
        return;
    const char *tname = k == FLOAT_F32 ? "f32" : "f64";
    Diag *d = lint_error(e->span, "literal out of range for `%s`", tname);
    diag_note(d, "the literal `%s` does not fit into the type `%s` and will be converted to `%s::INFINITY`",
              tc_source(e->span), tname, tname);
    lint_done(d);
}

/* ---- Sized -------------------------------------------------------------------- */

Diag *tc_unsized_error(Span span) {
    Diag *d = diag_new(DIAG_ERROR, "E0277", span, "doesn't have a size known at compile-time",
                       "the size for values of type `str` cannot be known at compilation time");
    diag_help(d, "the trait `Sized` is not implemented for `str`");
    return d;
}

static void zonk_block(Block *b);
static void zonk_pat(Pat *p);

static void zonk(Expr *e, Expr *neg_parent, Expr *cast_char, Expr *range);

static void zonk_child(Expr *e) { zonk(e, NULL, NULL, NULL); }

static void zonk_child_cb(AstWalker *w, Expr *e) {
    (void)w;
    zonk_child(e);
}
static void zonk_block_cb(AstWalker *w, Block *b) {
    (void)w;
    zonk_block(b);
}
static void zonk_pat_cb(AstWalker *w, Pat *p) {
    (void)w;
    zonk_pat(p);
}

/* The children of the kinds zonk() has nothing special for. */
static AstWalker zonker = {zonk_child_cb, zonk_block_cb, zonk_pat_cb, NULL};

/* e's parent matters to the literal lint: a negation, a cast to char, or
 * an exclusive range whose end e is. */
static void zonk(Expr *e, Expr *neg_parent, Expr *cast_char, Expr *range) {
    if (!e)
        return;
    /* arguments of a macro dropped after an error were never checked */
    e->ty = e->ty ? ty_zonk(e->ty) : ty_error();
    if (finish && !finish->unsolved_expr && e->ty && ty_has_infer(e->ty))
        finish->unsolved_expr = e;
    switch (e->kind) {
    case EXPR_INT: {
        Type *t = ty_resolve(e->ty);
        if (t && t->kind == TY_INT)
            lint_int_literal(e, t->as.int_kind, neg_parent, cast_char, range);
        break;
    }
    case EXPR_FLOAT: {
        Type *t = ty_resolve(e->ty);
        if (t && t->kind == TY_FLOAT)
            lint_float_literal(e, t->as.float_kind);
        break;
    }
    case EXPR_BOOL: case EXPR_CHAR: case EXPR_STR:
        break;
    case EXPR_PATH:
        for (int i = 0; i < e->as.path.path->segs.len; i++)
            for (int j = 0; j < e->as.path.path->segs.data[i].generics.len; j++) {
                TypeExpr *te = e->as.path.path->segs.data[i].generics.data[j];
                if (te->resolved)
                    te->resolved = ty_zonk(te->resolved);
            }
        break;
    case EXPR_UNARY: {
        Expr *inner = e->as.unary.operand;
        zonk(inner, e->as.unary.op == UN_NEG ? e : NULL, NULL, NULL);
        break;
    }
    case EXPR_CAST: {
        Type *t = ty_resolve(e->ty);
        zonk(e->as.cast.operand, NULL, t && t->kind == TY_CHAR ? e : NULL, NULL);
        if (e->as.cast.type && e->as.cast.type->resolved)
            e->as.cast.type->resolved = ty_zonk(e->as.cast.type->resolved);
        break;
    }
    case EXPR_ASSIGN:
        ast_walk_expr(&zonker, e);
        if (finish && ty_unsized_by_value(e->as.assign.lhs->ty)) {
            Diag *d = tc_unsized_error(e->as.assign.lhs->span);
            diag_note(d, "the left-hand-side of an assignment must have a statically known size");
            tc_emit(d, PHASE_TYPECK);
        }
        break;
    case EXPR_RANGE:
        zonk_child(e->as.range.lo);
        zonk(e->as.range.hi, NULL, NULL, e->as.range.inclusive ? NULL : e);
        break;
    default: ast_walk_expr(&zonker, e); break;
    }
}

static void zonk_pat(Pat *p) {
    if (!p)
        return;
    p->ty = p->ty ? ty_zonk(p->ty) : ty_error();
    switch (p->kind) {
    case PAT_BIND: {
        Var *v = p->as.bind.var;
        if (v) {
            v->ty = v->ty ? ty_zonk(v->ty) : ty_error();
            if (finish && !finish->unsolved_var && ty_has_infer(v->ty))
                finish->unsolved_var = v;
        }
        break;
    }
    default: ast_walk_pat(&zonker, p); break;
    }
}

static void check_sized_local(Stmt *let) {
    Var *v = let->as.let.pat->as.bind.var;
    if (!v || !ty_unsized_by_value(v->ty))
        return;
    Diag *d = tc_unsized_error(v->span);
    diag_note(d, "all local variables must have a statically known size");
    TypeExpr *te = let->as.let.type;
    Expr *init = let->as.let.init;
    if (te)
        diag_suggest(d, span_at(te->span.lo, te->span.lo), "&", "consider borrowing here");
    else if (init && init->kind == EXPR_UNARY && init->as.unary.op == UN_DEREF)
        diag_suggest(d, span_at(init->span.lo, init->as.unary.operand->span.lo), "",
                     "references are always `Sized`, even if they point to unsized data; "
                     "consider not dereferencing the expression");
    tc_emit(d, PHASE_TYPECK);
}

static void check_sized_params(Item *fn) {
    for (int i = 0; i < fn->as.fn.params.len; i++) {
        Param *p = &fn->as.fn.params.data[i];
        if (!p->type || !p->pat || !ty_unsized_by_value(p->pat->ty))
            continue;
        Diag *d = tc_unsized_error(p->type->span);
        diag_suggest(d, span_at(p->type->span.lo, p->type->span.lo), "&",
                     "function arguments must have a statically known size, borrowed types "
                     "always have a known size");
        tc_emit(d, PHASE_TYPECK);
    }
    TypeExpr *ret = fn->as.fn.ret;
    if (ret && ret->resolved && ty_unsized_by_value(ret->resolved)) {
        Diag *d = tc_unsized_error(ret->span);
        diag_note(d, "the return type of a function must have a statically known size");
        tc_emit(d, PHASE_TYPECK);
    }
}

static void zonk_block(Block *b) {
    if (!b)
        return;
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *s = b->stmts.data[i];
        switch (s->kind) {
        case STMT_LET: {
            zonk_child(s->as.let.init);
            bool had = finish && finish->unsolved_var;
            zonk_pat(s->as.let.pat);
            if (finish && !had && finish->unsolved_var && s->as.let.pat->kind == PAT_BIND)
                finish->unsolved_init = s->as.let.init;
            if (s->as.let.type && s->as.let.type->resolved)
                s->as.let.type->resolved = ty_zonk(s->as.let.type->resolved);
            if (finish && s->as.let.pat->kind == PAT_BIND)
                check_sized_local(s);
            break;
        }
        case STMT_EXPR:
            zonk_child(s->as.expr.expr);
            break;
        default:
            break;
        }
    }
    zonk_child(b->tail);
}

void tc_zonk_expr(Expr *e) { zonk_child(e); }

/* Poisons what stayed unsolved, so later phases see no TY_INFER. The
 * second walk runs only after E0282; it re-zonks everything. */
static void poison_pat_cb(AstWalker *w, Pat *p) {
    p->ty = poison_unsolved(p->ty);
    if (p->kind == PAT_BIND && p->as.bind.var)
        p->as.bind.var->ty = poison_unsolved(p->as.bind.var->ty);
    ast_walk_pat(w, p);
}

static void poison_expr_cb(AstWalker *w, Expr *e) {
    Finish *saved = finish;
    finish = NULL;
    e->ty = poison_unsolved(e->ty);
    finish = saved;
    ast_walk_expr(w, e);
}

static AstWalker poisoner = {poison_expr_cb, NULL, poison_pat_cb, NULL};

static void poison_pat(Pat *p) {
    if (p)
        poison_pat_cb(&poisoner, p);
}

static void poison_expr(Expr *e) {
    if (e)
        poison_expr_cb(&poisoner, e);
}

static void poison_block(Block *b) { ast_walk_block(&poisoner, b); }

static void report_unsolved(Finish *f) {
    if (f->unsolved_var) {
        Var *v = f->unsolved_var;
        Type *t = ty_resolve(v->ty);
        if (t->kind == TY_INFER) {
            Diag *d = diag_new(DIAG_ERROR, "E0282", v->span, NULL, "type annotations needed");
            diag_suggest(d, span_at(v->span.hi, v->span.hi), ": /* Type */",
                         "consider giving `%s` an explicit type", sym_str(v->name));
            tc_emit(d, PHASE_TYPECK);
        } else {
            const char *ts = ty_to_string(t);
            Diag *d = diag_new(DIAG_ERROR, "E0282", v->span, NULL, "type annotations needed for `%s`", ts);
            if (f->unsolved_init)
                diag_label(d, f->unsolved_init->span, "type must be known at this point");
            diag_suggest(d, span_at(v->span.hi, v->span.hi), arena_printf(compiler_arena, ": %s", ts),
                         "consider giving `%s` an explicit type, where the placeholders `_` are specified",
                         sym_str(v->name));
            tc_emit(d, PHASE_TYPECK);
        }
    } else if (f->unsolved_expr) {
        tc_error(PHASE_TYPECK, f->unsolved_expr->span, "E0282", "cannot infer type",
                 "type annotations needed");
    }
}

/* After a body: defaults and zonks every type, checks deferred casts and
 * format traits, reports what stayed unsolved, and lints literals. */
void tc_finish_body(Block *body, Expr *init, Item *fn) {
    int errors = tc_error_count();
    /* Casts first: rustc names a literal operand's type before fallback
     * (`[{integer}; 2]`), a variable's after it (`i32`). */
    for (int i = 0; i < tc_fn->casts.len; i++)
        tc_check_cast(tc_fn->casts.data[i]);
    Finish f = {NULL, NULL, NULL};
    finish = &f;
    if (fn) {
        for (int i = 0; i < fn->as.fn.params.len; i++)
            zonk_pat(fn->as.fn.params.data[i].pat);
        check_sized_params(fn);
    }
    if (body)
        zonk_block(body);
    if (init)
        zonk_child(init);
    finish = NULL;
    for (int i = 0; i < tc_fn->negs.len; i++)
        tc_check_neg(tc_fn->negs.data[i]);
    tc_finish_fmt_checks();
    if (f.unsolved_var || f.unsolved_expr) {
        /* rustc says nothing more about a body that already has errors */
        if (tc_error_count() == errors)
            report_unsolved(&f);
        if (fn)
            for (int i = 0; i < fn->as.fn.params.len; i++)
                poison_pat(fn->as.fn.params.data[i].pat);
        poison_block(body);
        poison_expr(init);
    }
}


void tc_finish_reset(void) { lint_note_done = false; }
