/* typeck_expr.c: the expressions with rules of their own: literals, paths,
 * casts, calls, methods, indexing and fields (operators: typeck_ops.c).
 *
 * A method call is resolved to a
 * builtin by walking the receiver's autoderef chain as rustc's probe does;
 * the receiver expression is then adjusted (autoref, autoderef, &String to
 * &str) until it has exactly the type the builtin takes.
 */
#include <stdio.h>
#include <string.h>

#include "typeck_int.h"

/* ---- literals ------------------------------------------------------------------- */

Type *tc_literal(Expr *e, Expect ex) {
    Type *hint = ex.kind != EXPECT_NONE && ex.ty ? ty_resolve(ex.ty) : NULL;
    switch (e->kind) {
    case EXPR_INT:
        if (e->as.lit.suffix) {
            Type *s = e->as.lit.suffix;
            if (s->kind == TY_FLOAT) {
                /* `1f64` is a float literal written like an integer */
                e->kind = EXPR_FLOAT;
                e->as.lit.float_value = (double)e->as.lit.int_value;
                e->as.lit.text = u128_to_dec(e->as.lit.int_value);
            }
            return s;
        }
        if (hint && hint->kind == TY_INT)
            return hint;
        if (hint && hint->kind == TY_CHAR)
            return ty_int(INT_U8);   /* rustc's check_lit: a char context wants a u8 */
        return ty_infer(INFER_INT);
    case EXPR_FLOAT:
        if (e->as.lit.suffix)
            return e->as.lit.suffix;
        if (hint && hint->kind == TY_FLOAT)
            return hint;
        return ty_infer(INFER_FLOAT);
    case EXPR_BOOL:
        return ty_bool();
    case EXPR_CHAR:
        return ty_char();
    case EXPR_STR:
        return ty_ref(ty_str(), false);
    default:
        return ty_error();
    }
}

/* ---- paths -------------------------------------------------------------------------- */

Type *tc_path_expr(Expr *e, Expect ex, bool is_callee) {
    (void)ex;
    Path *p = e->as.path.path;
    Resolution r = rs_resolve_value(p, is_callee);
    e->as.path.res = r.kind;
    e->as.path.var = r.var;
    e->as.path.item = r.item;
    e->as.path.builtin = r.builtin;
    e->as.path.value = r.value;
    if (r.kind != RES_BUILTIN && r.kind != RES_NONE) {
        for (int i = 0; i < p->segs.len; i++)
            if (p->segs.data[i].generics.len) {
                tc_unsupported(p->span, "generic arguments on this path");
                return ty_error();
            }
    }
    switch (r.kind) {
    case RES_NONE:
        return ty_error();
    case RES_LOCAL:
        if (tc_fn->is_const) {
            Diag *d = diag_new(DIAG_ERROR, "E0435", e->span, "non-constant value",
                               "attempt to use a non-constant value in a constant");
            tc_emit(d, PHASE_RESOLVE);
            return ty_error();
        }
        return r.var->ty ? r.var->ty : ty_error();
    case RES_STATIC:
        if (r.item->as.global.mut) {
            tc_unsupported(e->span, "`static mut` (it needs `unsafe`)");
            return ty_error();
        }
        if (tc_fn->is_const && tc_fn->item && tc_fn->item->kind == ITEM_CONST) {
            tc_error(PHASE_TYPECK, e->span, "E0013", NULL, "constants cannot refer to statics");
            return ty_error();
        }
        return tc_global_type(r.item);
    case RES_CONST:
        return tc_global_type(r.item);
    case RES_FN:
        if (!is_callee) {
            tc_unsupported(e->span, "a function used as a value (function pointers)");
            return ty_error();
        }
        /* The callee of a call: a fn item is zero-sized, like () */
        return ty_unit();
    case RES_BUILTIN:
        if (!is_callee) {
            tc_unsupported(e->span, "a standard library function used as a value");
            return ty_error();
        }
        return ty_unit();
    case RES_CONST_VALUE:
        return r.ty;
    }
    return ty_error();
}

/* Wraps a reference-typed expression in an autoderef to its pointee. */
void tc_autoderef(Expr **slot) {
    Type *t = ty_resolve((*slot)->ty);
    tc_wrap(slot, COERCE_AUTODEREF, t->as.ref.inner);
}

/* &String / String / &str / str adjusted to &str for a STR_* builtin. */
bool tc_adjust_to_str_ref(Expr **slot) {
    for (int guard = 0; guard < 8; guard++) {
        Type *t = ty_resolve((*slot)->ty);
        if (t->kind == TY_STRING || t->kind == TY_STR) {
            tc_wrap(slot, COERCE_AUTOREF, ty_ref(t, false));
            continue;
        }
        if (t->kind != TY_REF)
            return false;
        Type *in = deref_ty(t);
        if (in->kind == TY_STR) {
            if (t->as.ref.mut)
                tc_wrap(slot, COERCE_REBORROW, ty_ref(in, false));
            return true;
        }
        if (in->kind == TY_STRING) {
            if (t->as.ref.mut)
                tc_wrap(slot, COERCE_REBORROW, ty_ref(in, false));
            tc_wrap(slot, COERCE_DEREF_STRING, ty_ref(ty_str(), false));
            return true;
        }
        tc_autoderef(slot);
    }
    return false;
}

/* ---- casts ------------------------------------------------------------------------------------------- */

Type *tc_cast(Expr *e) {
    Type *target = tc_type(e->as.cast.type, true);
    Expect ex = {EXPECT_CAST, target, origin_none()};
    tc_expr(&e->as.cast.operand, ex);
    vec_push(tc_fn->casts, e);
    return target;
}

/* The operand type as rustc shows it in cast errors: an unsuffixed literal
 * still as {integer} / {float}. */
static const char *cast_from_str(Expr *op, Type *from, const char *from_name) {
    Expr *o = op;
    while (o->kind == EXPR_COERCE)
        o = o->as.coerce.inner;
    if (o->kind == EXPR_INT && !o->as.lit.suffix)
        return "{integer}";
    if (o->kind == EXPR_FLOAT && !o->as.lit.suffix)
        return "{float}";
    if (o->kind == EXPR_STR)
        return "&'static str";
    (void)from;
    return from_name;
}

void tc_check_cast(Expr *e) {
    Expr *op = e->as.cast.operand;
    /* a variable's type is named after defaulting, an expression's before */
    Type *from = tc_peel_coerce(op)->kind == EXPR_PATH ? ty_zonk(op->ty) : ty_resolve(op->ty);
    Type *to = ty_resolve(e->ty);
    const char *from_name = tstr(from);
    if (from->kind == TY_ERROR || to->kind == TY_ERROR)
        return;
    /* before defaulting, a literal's variable is as good as its default */
    if (from->kind == TY_INFER && from->as.infer.kind != INFER_ANY)
        from = from->as.infer.kind == INFER_INT ? ty_int(INT_I32) : ty_float(FLOAT_F64);
    if (to->kind == TY_INFER) {
        if (to->as.infer.kind == INFER_ANY)
            tc_unify(to, from);
        return;
    }
    if (tc_unify_probe(from, to))
        return;   /* a trivial cast */
    const char *fs = cast_from_str(op, from, from_name);
    const char *ts = tstr(to);
    bool from_num = from->kind == TY_INT || from->kind == TY_FLOAT;
    bool from_scalar = from_num || from->kind == TY_BOOL || from->kind == TY_CHAR;
    switch (to->kind) {
    case TY_INT:
        if (from_scalar)
            return;
        break;
    case TY_FLOAT:
        if (from_num)
            return;
        if (from->kind == TY_BOOL || from->kind == TY_CHAR) {
            Diag *d = diag_new(DIAG_ERROR, "E0606", e->span, NULL, "casting `%s` as `%s` is invalid", fs, ts);
            diag_help(d, "cast through an integer first");
            tc_emit(d, PHASE_TYPECK);
            return;
        }
        break;
    case TY_CHAR:
        if (from->kind == TY_INT && from->as.int_kind == INT_U8)
            return;
        if (from_scalar) {
            Diag *d = diag_new(DIAG_ERROR, "E0604", e->span, "invalid cast",
                               "only `u8` can be cast as `char`, not `%s`", fs);
            if (from->kind == TY_INT && from->as.int_kind == INT_U32)
                diag_suggest(d, e->span, arena_printf(compiler_arena, "char::from_u32(%s)", tc_source(op->span)),
                             "consider using `char::from_u32` instead");
            else if (from_num)
                diag_child(d, DIAG_HELP, e->span, NULL, "consider using `char::from_u32` instead (via a `u32`)");
            tc_emit(d, PHASE_TYPECK);
            return;
        }
        break;
    case TY_BOOL:
        if (from_scalar) {
            Diag *d;
            if (from_num) {
                d = diag_new(DIAG_ERROR, "E0054", e->span, NULL, "cannot cast `%s` as `bool`", fs);
                diag_suggest(d, span_at(op->span.hi, e->span.hi), " != 0", "compare with zero instead");
            } else {
                d = diag_new(DIAG_ERROR, "E0054", e->span, "unsupported cast", "cannot cast `%s` as `bool`", fs);
            }
            tc_emit(d, PHASE_TYPECK);
            return;
        }
        break;
    default:
        break;
    }
    if (from->kind == TY_REF && (to->kind == TY_INT || to->kind == TY_FLOAT || to->kind == TY_CHAR ||
                                 to->kind == TY_BOOL)) {
        Diag *d = diag_new(DIAG_ERROR, "E0606", e->span, NULL, "casting `%s` as `%s` is invalid", fs, ts);
        Expr *o = op;
        while (o->kind == EXPR_COERCE)
            o = o->as.coerce.inner;
        Type *in = deref_ty(from);
        if (o->kind == EXPR_REF && is_scalar(ty_resolve(o->as.ref.operand->ty)))
            diag_suggest(d, span_at(o->span.lo, o->as.ref.operand->span.lo), "", "remove the unneeded borrow");
        else if (is_scalar(in))
            diag_suggest(d, span_at(o->span.lo, o->span.lo), "*", "dereference the expression");
        else
            diag_help(d, "cast through a raw pointer first");
        tc_emit(d, PHASE_TYPECK);
        return;
    }
    if (from->kind == TY_REF && to->kind == TY_REF) {
        tc_unsupported(e->span, "a cast between reference types");
        return;
    }
    tc_error(PHASE_TYPECK, e->span, "E0605",
             "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object",
             "non-primitive cast: `%s` as `%s`", fs, ts);
}

/* ---- calls ------------------------------------------------------------------------------------------ */

static const char *plural(int n, const char *word) {
    return arena_printf(compiler_arena, "%d %s%s", n, word, n == 1 ? "" : "s");
}

static const char *count_word(int n) {
    static const char *const words[] = {"zero", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten"};
    return n <= 10 ? words[n] : arena_printf(compiler_arena, "%d", n);
}

/* `a`, `a` and `b`, `a`, `b`, and `c` */
static const char *type_list(Type **ts, int from, int to) {
    CharVec s = {0};
    int n = to - from;
    for (int i = from; i < to; i++) {
        if (i > from)
            str_appendf(&s, n == 2 ? " and " : (i == to - 1 ? ", and " : ", "));
        str_appendf(&s, "`%s`", tstr(ts[i]));
    }
    return s.data ? s.data : "";
}

/* E0061 with rustc's labels and suggestions for missing or extra arguments. */
static void arg_count_error(Expr *call_or_method, Span callee_span, Span args_span, ExprVec *args,
                            Type **params, int nparams, Item *fn, bool method) {
    int n = args->len;
    Diag *d = diag_new(DIAG_ERROR, "E0061", callee_span, NULL,
                       "this %s takes %s but %s %s supplied", method ? "method" : "function",
                       plural(nparams, "argument"), plural(n, "argument"), n == 1 ? "was" : "were");
    (void)call_or_method;
    if (n < nparams) {
        int missing = nparams - n;
        if (missing == 1) {
            if (params)
                diag_label(d, args_span, "argument #%d of type `%s` is missing", n + 1, tstr(params[n]));
            else
                diag_label(d, args_span, "argument #%d is missing", n + 1);
        } else if (params) {
            diag_label(d, args_span, "%s arguments of type %s are missing", count_word(missing),
                       type_list(params, n, nparams));
        } else {
            diag_label(d, args_span, "%s arguments are missing", count_word(missing));
        }
    } else {
        for (int i = nparams; i < n; i++) {
            Expr *a = args->data[i];
            const char *ts = (a->kind == EXPR_STR) ? "&'static str" : tstr(a->ty);
            if (n > 1)
                diag_label(d, a->span, "unexpected argument #%d of type `%s`", i + 1, ts);
            else
                diag_label(d, a->span, "unexpected argument of type `%s`", ts);
        }
    }
    if (fn) {
        Diag *c = diag_child(d, DIAG_NOTE, fn->name_span, NULL, "%s defined here", method ? "method" : "function");
        if (n < nparams)
            for (int i = n; i < nparams && i < fn->as.fn.params.len; i++)
                diag_label(c, fn->as.fn.params.data[i].span, NULL);
    }
    if (n < nparams && params) {
        if (nparams - n == 1) {
            const char *ts = tstr(params[n]);
            Span at = span_at(args_span.hi - 1, args_span.hi - 1);
            diag_suggest(d, at, arena_printf(compiler_arena, "%s/* %s */", n ? ", " : "", ts), "provide the argument");
        } else {
            CharVec r = {0};
            str_appendf(&r, "(");
            for (int i = 0; i < nparams; i++) {
                if (i)
                    str_appendf(&r, ", ");
                if (i < n)
                    str_appendf(&r, "%s", tc_source(args->data[i]->span));
                else
                    str_appendf(&r, "/* %s */", tstr(params[i]));
            }
            str_appendf(&r, ")");
            diag_suggest(d, args_span, r.data, "provide the arguments");
        }
    } else if (n > nparams) {
        Expr *last = args->data[n - 1];
        Span cut = nparams > 0 ? span_at(args->data[nparams - 1]->span.hi, last->span.hi)
                               : span_at(args_span.lo + 1, last->span.hi);
        diag_suggest(d, cut, "", "remove the extra argument%s", n - nparams > 1 ? "s" : "");
    }
    tc_emit(d, PHASE_TYPECK);
}

/* Checks the arguments of a call against parameter types. */
static void check_args(ExprVec *args, Type **params, int nparams, Origin o) {
    tc_flush_deferred();   /* rustc selects obligations before the arguments */
    for (int i = 0; i < args->len; i++) {
        Expr **slot = &args->data[i];
        if (i >= nparams) {
            continue;
        }
        tc_expr(slot, expect_type(params[i]));
        if (!tc_coerce(slot, params[i])) {
            Origin oi = o;
            oi.param = i;
            tc_report_mismatch((*slot)->span, params[i], (*slot)->ty, oi, *slot);
        }
    }
}

static Type *call_builtin(Expr *e, Expr *callee) {
    Builtin b = callee->as.path.builtin;
    ExprVec *args = &e->as.call.args;
    Path *p = callee->as.path.path;
    PathSeg *last = &p->segs.data[p->segs.len - 1];
    Type *params[1];
    int np = 0;
    Type *ret = ty_unit();
    Span args_span = span_at(callee->span.hi, e->span.hi);
    switch (b) {
    case BUILTIN_STRING_NEW: ret = ty_string(); break;
    case BUILTIN_STRING_FROM: np = 1; params[0] = ty_ref(ty_str(), false); ret = ty_string(); break;
    case BUILTIN_STRING_WITH_CAPACITY: np = 1; params[0] = ty_int(INT_USIZE); ret = ty_string(); break;
    case BUILTIN_MEM_SIZE_OF:
    case BUILTIN_MEM_ALIGN_OF:
        ret = ty_int(INT_USIZE);
        if (last->generics.len != 1) {
            if (last->generics.len == 0)
                tc_error(PHASE_TYPECK, last->span, "E0282", "cannot infer type of the type parameter `T` declared on the function `%s`",
                         "type annotations needed");
            else
                tc_error(PHASE_TYPECK, last->span, "E0107", NULL, "function takes 1 generic argument but %d generic arguments were supplied",
                         last->generics.len);
        } else {
            tc_type(last->generics.data[0], false);
        }
        break;
    case BUILTIN_MEM_DROP:
        np = 1;
        params[0] = NULL;
        break;
    default:
        ICE("call_builtin: %s", builtin_name(b));
    }
    if (b != BUILTIN_MEM_SIZE_OF && b != BUILTIN_MEM_ALIGN_OF) {
        for (int i = 0; i < p->segs.len; i++)
            if (p->segs.data[i].generics.len) {
                tc_unsupported(p->span, "generic arguments on this function");
                break;
            }
    }
    if (args->len != np) {
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        if (b == BUILTIN_MEM_DROP && args->len == 0) {
            Diag *d = diag_new(DIAG_ERROR, "E0061", callee->span, NULL,
                               "this function takes 1 argument but 0 arguments were supplied");
            diag_label(d, args_span, "argument #1 is missing");
            diag_suggest(d, span_at(args_span.hi - 1, args_span.hi - 1), "/* _x */", "provide the argument");
            tc_emit(d, PHASE_TYPECK);
        } else {
            arg_count_error(e, callee->span, args_span, args, np && params[0] ? params : NULL, np, NULL, false);
        }
        return ret;
    }
    if (b == BUILTIN_MEM_DROP) {
        tc_expr(&args->data[0], expect_none());
        return ret;
    }
    if (b == BUILTIN_STRING_FROM) {
        Type *t = ty_resolve(tc_expr(&args->data[0], expect_none()));
        if (t->kind == TY_CHAR || t->kind == TY_STRING) {
            tc_unsupported(args->data[0]->span, arena_printf(compiler_arena, "`String::from` of a `%s`", tstr(t)));
            return ret;
        }
        if (!tc_coerce(&args->data[0], params[0])) {
            Diag *d = diag_new(DIAG_ERROR, "E0277", callee->span,
                               arena_printf(compiler_arena, "the trait `From<%s>` is not implemented for `String`", tstr(t)),
                               "the trait bound `String: From<%s>` is not satisfied", tstr(t));
            diag_help(d, "the following other types implement trait `From<T>`:\n"
                         "  `String` implements `From<&String>`\n"
                         "  `String` implements `From<&mut str>`\n"
                         "  `String` implements `From<&str>`\n"
                         "  `String` implements `From<Box<str>>`\n"
                         "  `String` implements `From<Cow<'_, str>>`\n"
                         "  `String` implements `From<char>`");
            tc_defer(d);
        }
        return ret;
    }
    Origin o = {ORIGIN_ARG, callee->span, NULL, NULL, NULL, 0};
    check_args(args, params, np, o);
    return ret;
}

Type *tc_call(Expr *e, Expect ex) {
    (void)ex;
    Expr *callee = e->as.call.callee;
    ExprVec *args = &e->as.call.args;
    if (callee->kind != EXPR_PATH) {
        tc_expr(&e->as.call.callee, expect_none());
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        if (!is_err(callee->ty))
            tc_unsupported(callee->span, "calling anything but a named function");
        return ty_error();
    }
    callee->ty = tc_path_expr(callee, expect_none(), true);
    switch (callee->as.path.res) {
    case RES_FN: {
        Item *fn = callee->as.path.item;
        tc_fn_signature(fn);
        if (tc_fn->is_const) {
            tc_error(PHASE_TYPECK, e->span, "E0015",
                     "calls in constants are limited to constant functions, tuple structs and tuple variants",
                     "cannot call non-const function `%s` in constants", sym_str(fn->name));
        }
        int np = fn->as.fn.params.len;
        Type **params = ALLOC_N(Type *, np > 0 ? np : 1);
        for (int i = 0; i < np; i++) {
            TypeExpr *te = fn->as.fn.params.data[i].type;
            params[i] = te && te->resolved ? te->resolved : ty_error();
        }
        if (args->len != np) {
            for (int i = 0; i < args->len; i++)
                tc_expr(&args->data[i], i < np ? expect_type(params[i]) : expect_none());
            arg_count_error(e, callee->span, span_at(callee->span.hi, e->span.hi), args, params, np, fn, false);
            return fn->as.fn.ret_ty;
        }
        Origin o = {ORIGIN_ARG, callee->span, fn, NULL, NULL, 0};
        check_args(args, params, np, o);
        return fn->as.fn.ret_ty;
    }
    case RES_BUILTIN:
        if (tc_fn->is_const && callee->as.path.builtin != BUILTIN_STRING_NEW &&
            callee->as.path.builtin != BUILTIN_MEM_SIZE_OF && callee->as.path.builtin != BUILTIN_MEM_ALIGN_OF) {
            tc_error(PHASE_TYPECK, e->span, "E0015", NULL, "cannot call non-const associated function `%s` in constants",
                     builtin_name(callee->as.path.builtin));
        }
        return call_builtin(e, callee);
    case RES_NONE:
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        return ty_error();
    default: {
        Type *t = callee->ty;
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        if (is_err(t))
            return ty_error();
        Diag *d = diag_new(DIAG_ERROR, "E0618", callee->span, NULL, "expected function, found `%s`", tstr(t));
        if (callee->as.path.res == RES_LOCAL && callee->as.path.var)
            diag_label(d, callee->as.path.var->span, "`%s` has type `%s`", sym_str(callee->as.path.var->name),
                       tstr(t));
        diag_label(d, span_at(callee->span.hi, e->span.hi), NULL);
        diag_primary_label(d, e->span, "call expression requires function");
        tc_emit(d, PHASE_TYPECK);
        return ty_error();
    }
    }
}

/* ---- methods ------------------------------------------------------------------------------------------ */

typedef struct MethodInfo {
    const char *name;
    Builtin builtin;
    int self_kind;   /* 0: &str, 1: &String, 2: &mut String */
    int nargs;
} MethodInfo;

static const MethodInfo methods[] = {
    {"len", BUILTIN_STR_LEN, 0, 0},
    {"is_empty", BUILTIN_STR_IS_EMPTY, 0, 0},
    {"as_ptr", BUILTIN_STR_AS_PTR, 0, 0},
    {"to_string", BUILTIN_STR_TO_STRING, 0, 0},
    {"capacity", BUILTIN_STRING_CAPACITY, 1, 0},
    {"clone", BUILTIN_STRING_CLONE, 1, 0},
    {"push_str", BUILTIN_STRING_PUSH_STR, 2, 1},
    {"push", BUILTIN_STRING_PUSH, 2, 1},
};

static const MethodInfo *find_method(Symbol name, bool on_string) {
    const char *s = sym_str(name);
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(methods[i].name, s) == 0 && (on_string || methods[i].self_kind == 0))
            return &methods[i];
    return NULL;
}

static const char *type_kind_word(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_STRING: return "struct";
    case TY_REF: return "reference";
    case TY_PTR: return "raw pointer";
    case TY_TUPLE: return t->as.tuple.len ? "tuple" : "unit type";
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    default: return "type";
    }
}

/* Adjusts the receiver so it has the builtin's self type. */
static void adjust_receiver(Expr **recv, const MethodInfo *m) {
    if (m->self_kind == 0) {
        tc_adjust_to_str_ref(recv);
        return;
    }
    /* strip references down to the String place */
    for (int guard = 0; guard < 8; guard++) {
        Type *t = ty_resolve((*recv)->ty);
        if (t->kind == TY_STRING)
            break;
        if (t->kind == TY_REF && m->self_kind == 1 && deref_ty(t)->kind == TY_STRING) {
            if (t->as.ref.mut)
                tc_wrap(recv, COERCE_REBORROW, ty_ref(deref_ty(t), false));
            return;
        }
        if (t->kind != TY_REF)
            return;
        tc_autoderef(recv);
    }
    /* a String place: borrow it as the method wants */
    if (m->self_kind == 1)
        tc_wrap(recv, COERCE_AUTOREF, ty_ref(ty_string(), false));
    else
        tc_wrap(recv, COERCE_AUTOREF_MUT, ty_ref(ty_string(), true));
}

/* `x.clone()` on a Copy value is a copy, and `x.to_string()` on a number,
 * bool or char is `format!("{}", x)`: the call is rewritten in place into
 * what it does, so later phases need no builtin for it. Returns the type,
 * or NULL if e is not such a call. */
static Type *rewrite_copy_method(Expr *e, Type *R) {
    const char *name = sym_str(e->as.method.name);
    Expr *recv = e->as.method.receiver;
    if (strcmp(name, "clone") == 0) {
        /* rustc's probe: on &U the by-value step finds U's clone(&self);
         * when U is not Clone (str), the autoref step clones the &U */
        bool through = R->kind == TY_REF && ty_is_copy(deref_ty(R)) &&
                       !(deref_ty(R)->kind == TY_INFER && deref_ty(R)->as.infer.kind == INFER_ANY);
        Type *result = through ? deref_ty(R) : R;
        if (!ty_is_copy(result) || ty_resolve(result)->kind == TY_ERROR ||
            (result->kind == TY_INFER && result->as.infer.kind == INFER_ANY))
            return NULL;
        if (through) {
            Span sp = e->span;
            memset(&e->as, 0, sizeof e->as);
            e->kind = EXPR_COERCE;
            e->span = sp;
            e->as.coerce.kind = COERCE_AUTODEREF;
            e->as.coerce.inner = recv;
        } else {
            Span sp = e->span;
            *e = *recv;
            e->span = sp;
        }
        return result;
    }
    if (strcmp(name, "to_string") == 0) {
        Type *base = R;
        while (base->kind == TY_REF)
            base = deref_ty(base);
        if (!(ty_is_numeric(base) || base->kind == TY_BOOL || base->kind == TY_CHAR))
            return NULL;
        Span sp = e->span;
        memset(&e->as, 0, sizeof e->as);
        e->kind = EXPR_MACRO;
        e->span = sp;
        e->as.mac.name = intern_cstr("format");
        e->as.mac.name_span = sp;
        e->as.mac.form = MACRO_CALL;
        e->as.mac.builtin = BUILTIN_MAC_FORMAT;
        FmtTemplate *tpl = ALLOC(FmtTemplate);
        FmtPiece p;
        memset(&p, 0, sizeof p);
        p.is_arg = true;
        p.arg = 0;
        p.fill = ' ';
        p.trait = 0;
        p.span = sp;
        vec_push(tpl->pieces, p);
        e->as.mac.fmt = tpl;
        vec_push(e->as.mac.fmt_args, recv);
        return ty_string();
    }
    return NULL;
}

Type *tc_method(Expr *e) {
    Expr **recv = &e->as.method.receiver;
    Type *rt = tc_expr(recv, expect_none());
    ExprVec *args = &e->as.method.args;
    Symbol name = e->as.method.name;
    Type *R = ty_resolve(rt);
    if (R->kind == TY_ERROR) {
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        return ty_error();
    }
    /* the autoderef chain: does it reach str or String? */
    Type *base = R;
    while (base->kind == TY_REF)
        base = deref_ty(base);
    if (base->kind == TY_ARRAY && args->len == 0 && e->as.method.generics.len == 0 &&
        (strcmp(sym_str(name), "len") == 0 || strcmp(sym_str(name), "is_empty") == 0)) {
        /* An array's length is part of its type: `a.len()` is a constant.
         * Only a receiver that cannot have effects (a variable or a field
         * of one) is folded. rustc still borrows it (`<[T]>::len(&a)`),
         * which the ownership check must see: a moved or mutably borrowed
         * array is an error. So e becomes `{ &a; N }`. */
        Expr *r = *recv;
        while (r->kind == EXPR_TUPLE_FIELD || r->kind == EXPR_FIELD ||
               (r->kind == EXPR_UNARY && r->as.unary.op == UN_DEREF))
            r = r->kind == EXPR_TUPLE_FIELD ? r->as.tuple_field.base
              : r->kind == EXPR_FIELD ? r->as.field.base : r->as.unary.operand;
        if (r->kind == EXPR_PATH && r->as.path.res != RES_NONE) {
            bool is_len = strcmp(sym_str(name), "len") == 0;
            uint64_t n = base->as.array.len;
            Expr *borrow = ast_expr(EXPR_REF, (*recv)->span);
            borrow->as.ref.operand = *recv;
            borrow->ty = ty_ref(R, false);
            Stmt *st = ast_stmt(STMT_EXPR, (*recv)->span);
            st->as.expr.expr = borrow;
            st->as.expr.semi = true;
            Expr *value = ast_expr(is_len ? EXPR_INT : EXPR_BOOL, e->span);
            value->as.lit.int_value = is_len ? (u128)n : (u128)(n == 0);
            value->as.lit.suffix = is_len ? ty_int(INT_USIZE) : NULL;
            value->ty = is_len ? ty_int(INT_USIZE) : ty_bool();
            Block *blk = ast_block(e->span);
            vec_push(blk->stmts, st);
            blk->tail = value;
            memset(&e->as, 0, sizeof e->as);
            e->kind = EXPR_BLOCK;
            e->as.block = blk;
            return value->ty;
        }
    }
    const MethodInfo *m = NULL;
    if (base->kind == TY_STRING)
        m = find_method(name, true);
    else if (base->kind == TY_STR)
        m = find_method(name, false);
    if (m && strcmp(m->name, "clone") == 0 && R->kind == TY_REF && deref_ty(R)->kind == TY_REF)
        m = NULL;   /* (&&String).clone() is a &String: not Owl's builtin */
    if (!m && args->len == 0 && e->as.method.generics.len == 0) {
        Type *t = rewrite_copy_method(e, R);
        if (t)
            return t;
    }
    if (!m) {
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], expect_none());
        if (base->kind == TY_INFER && base->as.infer.kind == INFER_ANY) {
            tc_error(PHASE_TYPECK, (*recv)->span, "E0282", NULL, "type annotations needed");
            return ty_error();
        }
        if (base == R && base->kind == TY_INFER && rs_is_numeric_method_name(name)) {
            /* rustc cannot pick a method before the literal's type is known */
            bool is_int = base->as.infer.kind == INFER_INT;
            const char *ts = is_int ? "{integer}" : "{float}";
            const char *def = is_int ? "i32" : "f32";
            Diag *d = diag_new(DIAG_ERROR, "E0689", e->as.method.name_span, NULL,
                               "can't call method `%s` on ambiguous numeric type `%s`", sym_str(name), ts);
            Expr *rv = *recv;
            if (rv->kind == EXPR_PATH && rv->as.path.res == RES_LOCAL && rv->as.path.var) {
                Var *v = rv->as.path.var;
                diag_suggest(d, span_at(v->span.hi, v->span.hi), arena_printf(compiler_arena, ": %s", def),
                             "you must specify a type for this binding, like `%s`", def);
            } else if (rv->kind == EXPR_INT || rv->kind == EXPR_FLOAT) {
                diag_suggest(d, span_at(rv->span.hi, rv->span.hi), arena_printf(compiler_arena, "_%s", def),
                             "you must specify a concrete type for this numeric value, like `%s`", def);
            }
            tc_emit(d, PHASE_TYPECK);
            return ty_error();
        }
        if (e->as.method.generics.len == 0 && rs_is_std_method(base, name)) {
            tc_unsupported(span_at(e->as.method.name_span.lo, e->span.hi),
                           arena_printf(compiler_arena, "the method `%s` on `%s`", sym_str(name), tstr(R)));
            return ty_error();
        }
        const char *rs = (*recv)->kind == EXPR_STR ? "&'static str" : tstr(R);
        bool confusable;
        const char *similar = rs_similar_method(base, name, &confusable);
        Diag *d = diag_new(DIAG_ERROR, "E0599", e->as.method.name_span,
                           similar && !confusable ? NULL
                                                  : arena_printf(compiler_arena, "method not found in `%s`", rs),
                           "no method named `%s` found for %s `%s` in the current scope", sym_str(name),
                           type_kind_word(R), rs);
        if (similar && confusable)
            diag_suggest(d, e->as.method.name_span, similar, "you might have meant to use `%s`", similar);
        else if (similar)
            diag_suggest(d, e->as.method.name_span, similar, "there is a method `%s` with a similar name", similar);
        tc_emit(d, PHASE_TYPECK);
        return ty_error();
    }
    if (e->as.method.generics.len) {
        tc_unsupported(e->as.method.name_span, "generic arguments on a method");
    }
    e->as.method.builtin = m->builtin;
    adjust_receiver(recv, m);

    Type *params[1];
    int np = m->nargs;
    if (m->builtin == BUILTIN_STRING_PUSH_STR)
        params[0] = ty_ref(ty_str(), false);
    else if (m->builtin == BUILTIN_STRING_PUSH)
        params[0] = ty_char();
    if (args->len != np) {
        for (int i = 0; i < args->len; i++)
            tc_expr(&args->data[i], i < np ? expect_type(params[i]) : expect_none());
        Span args_span = span_at(e->as.method.name_span.hi, e->span.hi);
        arg_count_error(e, e->as.method.name_span, args_span, args, np ? params : NULL, np, NULL, true);
    } else if (np == 1) {
        Expr **slot = &args->data[0];
        tc_expr(slot, expect_type(params[0]));
        if (!tc_coerce(slot, params[0])) {
            Type *found = ty_resolve((*slot)->ty);
            Diag *d = diag_new(DIAG_ERROR, "E0308", (*slot)->span,
                               arena_printf(compiler_arena, "expected %s, found %s", tc_sort(params[0]), tc_sort(found)),
                               "mismatched types");
            diag_label(d, e->as.method.name_span, "arguments to this method are incorrect");
            if (m->builtin == BUILTIN_STRING_PUSH && ty_is_str_ref(found))
                diag_suggest(d, span_at(e->as.method.name_span.hi, e->as.method.name_span.hi), "_str",
                             "you might have meant to use `push_str`");
            else if (m->builtin == BUILTIN_STRING_PUSH_STR && found->kind == TY_STRING)
                diag_suggest(d, span_at((*slot)->span.lo, (*slot)->span.lo), "&", "consider borrowing here");
            tc_emit(d, PHASE_TYPECK);
        }
    }
    switch (m->builtin) {
    case BUILTIN_STR_LEN: return ty_int(INT_USIZE);
    case BUILTIN_STR_IS_EMPTY: return ty_bool();
    case BUILTIN_STR_AS_PTR: return ty_ptr(ty_int(INT_U8), false);
    case BUILTIN_STR_TO_STRING: return ty_string();
    case BUILTIN_STRING_CAPACITY: return ty_int(INT_USIZE);
    case BUILTIN_STRING_CLONE: return ty_string();
    default: return ty_unit();
    }
}

/* ---- indexing and fields ------------------------------------------------------------------------------------ */

Type *tc_index(Expr *e) {
    Expr **base = &e->as.index.base, **index = &e->as.index.index;
    Type *bt = tc_expr(base, expect_none());
    Type *B = ty_resolve(bt);
    while (B->kind == TY_REF && (deref_ty(B)->kind == TY_ARRAY || deref_ty(B)->kind == TY_REF)) {
        tc_autoderef(base);
        B = ty_resolve((*base)->ty);
    }
    if ((*index)->kind == EXPR_RANGE) {
        tc_unsupported(e->span, "slicing with a range (`&a[i..j]`)");
        return ty_error();
    }
    Type *it = tc_expr(index, B->kind == TY_ARRAY ? expect_type(ty_int(INT_USIZE)) : expect_none());
    Type *I = ty_resolve(it);
    if (B->kind == TY_ERROR || I->kind == TY_ERROR)
        return ty_error();
    Type *sb = B->kind == TY_REF ? deref_ty(B) : B;
    if (sb->kind == TY_ARRAY) {
        if (B->kind == TY_REF)
            tc_autoderef(base);
        if (tc_unify(I, ty_int(INT_USIZE)))
            return sb->as.array.elem;
        const char *slice = arena_printf(compiler_arena, "[%s]", tstr(sb->as.array.elem));
        Diag *d = diag_new(DIAG_ERROR, "E0277", (*index)->span,
                           "slice indices are of type `usize` or ranges of `usize`",
                           "the type `%s` cannot be indexed by `%s`", slice, tstr(I));
        diag_help(d, "the trait `SliceIndex<%s>` is not implemented for `%s`", slice, tstr(I));
        tc_defer(d);
        return sb->as.array.elem;
    }
    if (sb->kind == TY_STR || sb->kind == TY_STRING) {
        const char *t = sb->kind == TY_STR ? "str" : "String";
        const char *is = (*index)->kind == EXPR_STR ? "&str" : tstr(I);
        Diag *d = diag_new(DIAG_ERROR, "E0277", (*index)->span, "string indices are ranges of `usize`",
                           "the type `str` cannot be indexed by `%s`", is);
        diag_help(d, "the trait `SliceIndex<str>` is not implemented for `%s`", is);
        if (is_int(I))
            diag_note(d, "you can use `.chars().nth()` or `.bytes().nth()`\n"
                         "for more information, see chapter 8 in The Book: <https://doc.rust-lang.org/book/ch08-02-strings.html#indexing-into-strings>");
        else
            diag_note(d, "required for `%s` to implement `Index<%s>`", t, is);
        tc_defer(d);
        return ty_error();
    }
    Span at = span_at((*base)->span.hi, e->span.hi);
    Diag *d = diag_new(DIAG_ERROR, "E0608", at, NULL, "cannot index into a value of type `%s`", tstr(B));
    if (B->kind == TY_TUPLE) {
        Expr *ix = *index;
        while (ix->kind == EXPR_COERCE)
            ix = ix->as.coerce.inner;
        if (ix->kind == EXPR_INT) {
            const char *n = tc_source(ix->span);
            diag_suggest_inline(d, at, arena_printf(compiler_arena, ".%s", n),
                                "to access tuple element `%s`, use", n);
        }
        diag_help(d, "tuples are indexed with a dot and a literal index: `tuple.0`, `tuple.1`, etc.");
    }
    tc_emit(d, PHASE_TYPECK);
    return ty_error();
}

Type *tc_tuple_field(Expr *e) {
    Expr **base = &e->as.tuple_field.base;
    Type *bt = tc_expr(base, expect_none());
    Type *B = ty_resolve(bt);
    Type *orig = B;
    int depth = 0;
    while (B->kind == TY_REF) {
        B = deref_ty(B);
        depth++;
    }
    if (B->kind == TY_ERROR)
        return ty_error();
    int idx = e->as.tuple_field.index;
    if (B->kind == TY_TUPLE && idx >= 0 && idx < B->as.tuple.len) {
        for (int i = 0; i < depth; i++)
            tc_autoderef(base);
        return B->as.tuple.elems[idx];
    }
    if (B->kind == TY_INFER && B->as.infer.kind == INFER_ANY) {
        tc_error(PHASE_TYPECK, (*base)->span, "E0282", NULL, "type annotations needed");
        return ty_error();
    }
    if (depth == 0 && is_scalar(B)) {
        tc_error(PHASE_TYPECK, e->as.tuple_field.index_span, "E0610", NULL,
                 "`%s` is a primitive type and therefore doesn't have fields", tstr(B));
        return ty_error();
    }
    Diag *d = diag_new(DIAG_ERROR, "E0609", e->as.tuple_field.index_span, "unknown field",
                       "no field `%d` on type `%s`", idx,
                       (*base)->kind == EXPR_STR ? "&'static str" : tstr(orig));
    if (B->kind == TY_ARRAY)
        diag_suggest(d, span_at((*base)->span.hi, e->span.hi), arena_printf(compiler_arena, "[%d]", idx),
                     "instead of using tuple indexing, use array indexing");
    if (B->kind == TY_TUPLE && depth == 0) {
        CharVec s = {0};
        for (int i = 0; i < B->as.tuple.len; i++)
            str_appendf(&s, "%s`%d`", i ? ", " : "", i);
        if (B->as.tuple.len)
            diag_note(d, "available fields are: %s", s.data);
    }
    tc_emit(d, PHASE_TYPECK);
    return ty_error();
}

Type *tc_field(Expr *e) {
    Expr **base = &e->as.field.base;
    Type *bt = tc_expr(base, expect_none());
    Type *B = ty_resolve(bt);
    if (B->kind == TY_ERROR)
        return ty_error();
    Type *inner = B;
    while (inner->kind == TY_REF)
        inner = deref_ty(inner);
    const char *name = sym_str(e->as.field.name);
    bool is_method = (inner->kind == TY_STRING && find_method(e->as.field.name, true)) ||
                     (inner->kind == TY_STR && find_method(e->as.field.name, false)) ||
                     (inner->kind == TY_ARRAY && (strcmp(name, "len") == 0 || strcmp(name, "iter") == 0));
    if (is_method) {
        Diag *d = diag_new(DIAG_ERROR, "E0615", e->as.field.name_span, "method, not a field",
                           "attempted to take value of method `%s` on type `%s`", name, tstr(B));
        diag_suggest(d, span_at(e->span.hi, e->span.hi), "()", "use parentheses to call the method");
        tc_emit(d, PHASE_TYPECK);
        return ty_error();
    }
    if (B->kind == TY_INT || B->kind == TY_FLOAT || B->kind == TY_BOOL || B->kind == TY_CHAR ||
        (B->kind == TY_INFER && B->as.infer.kind != INFER_ANY)) {
        tc_error(PHASE_TYPECK, e->as.field.name_span, "E0610", NULL,
                 "`%s` is a primitive type and therefore doesn't have fields", tstr(B));
        return ty_error();
    }
    if (B->kind == TY_INFER) {
        tc_error(PHASE_TYPECK, (*base)->span, "E0282", NULL, "type annotations needed");
        return ty_error();
    }
    const char *similar = NULL;
    if (inner->kind == TY_TUPLE) {
        /* rustc's typo search over the tuple's field names `0`, `1`, ... */
        int len = (int)strlen(name), limit = (len > 3 ? len : 3) / 3;
        for (int i = 0; i < inner->as.tuple.len && i < 100; i++) {
            char fieldname[8];
            snprintf(fieldname, sizeof fieldname, "%d", i);
            int d = diag_edit_distance(name, fieldname, limit);
            if (d >= 0) {
                similar = arena_strdup(compiler_arena, fieldname);
                if (d == 0)
                    break;
                limit = d - 1;
            }
        }
    }
    Diag *d = diag_new(DIAG_ERROR, "E0609", e->as.field.name_span, "unknown field", "no field `%s` on type `%s`",
                       name, tstr(B));
    if (similar)
        diag_suggest(d, e->as.field.name_span, similar, "a field with a similar name exists");
    tc_emit(d, PHASE_TYPECK);
    return ty_error();
}
