/* typeck_macro.c: the standard macros Owl knows.
 *
 * Takes an EXPR_MACRO as the parser left it (a name and comma-separated
 * arguments, some `name = expr`) and gives it meaning: the builtin it is,
 * its FmtTemplate (parsed by fmtstr.c), and mac.fmt_args, the expressions
 * the template's pieces index: the explicit arguments in the order written,
 * then the implicit captures (`{name}` naming a variable) in the order they
 * first appear. Arguments are checked against what their placeholders ask
 * (Display, Debug, LowerHex, ...; width and precision arguments are usize),
 * with rustc's errors. Template errors (invalid references, unused
 * arguments) are rustc's macro-expansion errors: the arguments of such a
 * macro are not checked further, as rustc drops the expansion.
 *
 * Shapes for later phases: println!/eprintln!'s template has no trailing
 * newline (codegen adds it); mac.fmt is NULL when a macro has no format
 * string (panic!(), assert!(c), assert_eq!(a, b), todo!()); assert!'s
 * condition stays in args[0], assert_eq!'s operands in args[0] and args[1]
 * (coerced to one type); assert!'s cond_text is the condition as rustc's
 * pretty-printer writes it.
 */
#include <string.h>

#include "owl_rt.h"
#include "typeck_int.h"

struct FmtCheck {
    Expr *arg;
    uint8_t trait;
    Span placeholder;
};

/* ---- trait checks ------------------------------------------------------------------ */

static bool has_display(Type *t) {
    switch (t->kind) {
    case TY_INT: case TY_FLOAT: case TY_BOOL: case TY_CHAR: case TY_STR: case TY_STRING:
    case TY_NEVER: case TY_ERROR:
        return true;
    case TY_INFER:
        return t->as.infer.kind != INFER_ANY;
    default:
        return false;
    }
}

static bool has_debug(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_REF: return has_debug(t->as.ref.inner);
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (!has_debug(t->as.tuple.elems[i]))
                return false;
        return t->as.tuple.len <= 12;
    case TY_ARRAY: return has_debug(t->as.array.elem);
    case TY_PTR: return true;
    default: return has_display(t);
    }
}

static const char *trait_path(uint8_t trait) {
    switch (trait) {
    case OWL_FMT_DISPLAY: return "std::fmt::Display";
    case OWL_FMT_DEBUG: return "Debug";
    case OWL_FMT_LOWER_HEX: return "LowerHex";
    case OWL_FMT_UPPER_HEX: return "UpperHex";
    case OWL_FMT_OCTAL: return "Octal";
    case OWL_FMT_BINARY: return "Binary";
    case OWL_FMT_LOWER_EXP: return "LowerExp";
    case OWL_FMT_UPPER_EXP: return "UpperExp";
    case OWL_FMT_POINTER: return "std::fmt::Pointer";
    default: return "?";
    }
}

/* Reports if the argument's type lacks the trait; false if undecidable yet. */
static bool check_trait(Expr *arg, uint8_t trait, Span placeholder) {
    Type *t = ty_resolve(arg->ty);
    if (t->kind == TY_ERROR)
        return true;
    if (ty_unsized_by_value(t)) {
        Diag *d = tc_unsized_error(arg->span);
        diag_label(d, placeholder, "required by this formatting parameter");
        tc_emit(d, PHASE_TYPECK);
        return true;
    }
    Type *peeled = t;
    int refs = 0;
    if (trait != OWL_FMT_POINTER)
        while (peeled->kind == TY_REF) {
            peeled = ty_resolve(peeled->as.ref.inner);
            refs++;
        }
    if (peeled->kind == TY_INFER && peeled->as.infer.kind == INFER_ANY)
        return false;
    bool ok;
    switch (trait) {
    case OWL_FMT_DISPLAY: ok = has_display(peeled); break;
    case OWL_FMT_DEBUG: ok = has_debug(peeled); break;
    case OWL_FMT_LOWER_HEX: case OWL_FMT_UPPER_HEX: case OWL_FMT_OCTAL: case OWL_FMT_BINARY:
        ok = ty_is_integer(peeled) || peeled->kind == TY_ERROR;
        break;
    case OWL_FMT_LOWER_EXP: case OWL_FMT_UPPER_EXP:
        ok = ty_is_numeric(peeled) || peeled->kind == TY_ERROR;
        break;
    case OWL_FMT_POINTER:
        ok = t->kind == TY_REF || t->kind == TY_PTR;
        break;
    default:
        ok = true;
    }
    if (ok)
        return true;
    Expr *a = arg;
    while (a->kind == EXPR_COERCE)
        a = a->as.coerce.inner;
    const char *ts = ty_to_string(peeled);
    const char *orig = ty_to_string(t);
    Diag *d;
    if (trait == OWL_FMT_DISPLAY) {
        d = diag_new(DIAG_ERROR, "E0277", a->span,
                     arena_printf(compiler_arena, "`%s` cannot be formatted with the default formatter", ts),
                     "`%s` doesn't implement `std::fmt::Display`", ts);
        diag_label(d, placeholder, "required by this formatting parameter");
        diag_help(d, "the trait `std::fmt::Display` is not implemented for `%s`", ts);
        diag_note(d, "in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead");
    } else {
        const char *tn = trait_path(trait);
        d = diag_new(DIAG_ERROR, "E0277", a->span,
                     arena_printf(compiler_arena, "the trait `%s` is not implemented for `%s`", tn, ts),
                     "the trait bound `%s: %s` is not satisfied", ts, tn);
        diag_label(d, placeholder, "required by this formatting parameter");
        if (peeled->kind != TY_PTR) {
            /* rustc narrows the list to numeric impls for a numeric type */
            bool numeric = ty_is_numeric(peeled);
            if (trait == OWL_FMT_LOWER_EXP || trait == OWL_FMT_UPPER_EXP)
                diag_help(d, "the following other types implement trait `%s`:\n  &T\n  &mut T\n  NonZero<T>\n"
                             "  f16\n  f32\n  f64\n  i128\n  i16\nand 10 others", tn);
            else if (trait != OWL_FMT_POINTER && numeric)
                diag_help(d, "the following other types implement trait `%s`:\n  i128\n  i16\n  i32\n  i64\n"
                             "  i8\n  isize\n  u128\n  u16\nand 4 others", tn);
            else if (trait != OWL_FMT_POINTER)
                diag_help(d, "the following other types implement trait `%s`:\n  &T\n  &mut T\n  NonZero<T>\n"
                             "  Saturating<T>\n  Wrapping<T>\n  i128\n  i16\n  i32\nand 9 others", tn);
        }
    }
    if (refs > 0)
        diag_note(d, "required for `%s` to implement `%s`", a->kind == EXPR_STR ? "&str" : orig,
                  trait == OWL_FMT_DISPLAY ? "std::fmt::Display" : trait_path(trait));
    tc_defer(d);
    return true;
}

static void require_trait(Expr *arg, uint8_t trait, Span placeholder) {
    if (check_trait(arg, trait, placeholder))
        return;
    FmtCheck *c = ALLOC(FmtCheck);
    c->arg = arg;
    c->trait = trait;
    c->placeholder = placeholder;
    vec_push(tc_fn->fmt_checks, c);
}

void tc_finish_fmt_checks(void) {
    for (int i = 0; i < tc_fn->fmt_checks.len; i++) {
        FmtCheck *c = tc_fn->fmt_checks.data[i];
        check_trait(c->arg, c->trait, c->placeholder);
    }
}

/* ---- assert!'s condition text, as rustc's pretty-printer writes it ---------------------------- */

static void pp(CharVec *out, Expr *e);

/* How many pairs of parentheses wrap e's source text (they belong to e:
 * a parenthesised expression's span includes them). */
static int paren_depth(Expr *e) {
    if (e->kind == EXPR_TUPLE)
        return 0;
    int k = 0;
    for (Span sp = e->span; tc_paren_wrapped(sp, &sp);)
        k++;
    return k;
}

static void pp_list(CharVec *out, ExprVec *v) {
    for (int i = 0; i < v->len; i++) {
        if (i)
            str_appendf(out, ", ");
        pp(out, v->data[i]);
    }
}

static void pp_path(CharVec *out, Path *p) {
    for (int i = 0; i < p->segs.len; i++) {
        PathSeg *s = &p->segs.data[i];
        str_appendf(out, "%s%s", i ? "::" : "", sym_str(s->name));
        if (s->generics.len) {
            str_appendf(out, "::<");
            for (int j = 0; j < s->generics.len; j++)
                str_appendf(out, "%s%s", j ? ", " : "", tc_source(s->generics.data[j]->span));
            str_appendf(out, ">");
        }
    }
}

static void pp_inner(CharVec *out, Expr *e) {
    switch (e->kind) {
    case EXPR_PATH: pp_path(out, e->as.path.path); return;
    case EXPR_UNARY:
        str_appendf(out, "%s", unop_text(e->as.unary.op));
        pp(out, e->as.unary.operand);
        return;
    case EXPR_BINARY:
        pp(out, e->as.binary.lhs);
        str_appendf(out, " %s ", binop_text(e->as.binary.op));
        pp(out, e->as.binary.rhs);
        return;
    case EXPR_ASSIGN:
        pp(out, e->as.assign.lhs);
        str_appendf(out, " = ");
        pp(out, e->as.assign.rhs);
        return;
    case EXPR_COMPOUND_ASSIGN:
        pp(out, e->as.assign.lhs);
        str_appendf(out, " %s= ", binop_text(e->as.assign.op));
        pp(out, e->as.assign.rhs);
        return;
    case EXPR_REF:
        str_appendf(out, e->as.ref.mut ? "&mut " : "&");
        pp(out, e->as.ref.operand);
        return;
    case EXPR_CAST:
        pp(out, e->as.cast.operand);
        str_appendf(out, " as %s", tc_source(e->as.cast.type->span));
        return;
    case EXPR_CALL:
        pp(out, e->as.call.callee);
        str_appendf(out, "(");
        pp_list(out, &e->as.call.args);
        str_appendf(out, ")");
        return;
    case EXPR_METHOD:
        pp(out, e->as.method.receiver);
        str_appendf(out, ".%s(", sym_str(e->as.method.name));
        pp_list(out, &e->as.method.args);
        str_appendf(out, ")");
        return;
    case EXPR_FIELD:
        pp(out, e->as.field.base);
        str_appendf(out, ".%s", sym_str(e->as.field.name));
        return;
    case EXPR_TUPLE_FIELD:
        pp(out, e->as.tuple_field.base);
        str_appendf(out, ".%d", e->as.tuple_field.index);
        return;
    case EXPR_INDEX:
        pp(out, e->as.index.base);
        str_appendf(out, "[");
        pp(out, e->as.index.index);
        str_appendf(out, "]");
        return;
    case EXPR_TUPLE:
        str_appendf(out, "(");
        pp_list(out, &e->as.list);
        str_appendf(out, e->as.list.len == 1 ? ",)" : ")");
        return;
    case EXPR_ARRAY:
        str_appendf(out, "[");
        pp_list(out, &e->as.list);
        str_appendf(out, "]");
        return;
    case EXPR_REPEAT:
        str_appendf(out, "[");
        pp(out, e->as.repeat.value);
        str_appendf(out, "; ");
        pp(out, e->as.repeat.count);
        str_appendf(out, "]");
        return;
    case EXPR_RANGE:
        if (e->as.range.lo)
            pp(out, e->as.range.lo);
        str_appendf(out, e->as.range.inclusive ? "..=" : "..");
        if (e->as.range.hi)
            pp(out, e->as.range.hi);
        return;
    case EXPR_COERCE:
        pp(out, e->as.coerce.inner);
        return;
    default: {
        /* literals as written; anything else as written, whitespace
         * collapsed (rare inside assert!) */
        const char *src = tc_source(e->span);
        bool space = false;
        for (const char *p = src; *p; p++) {
            if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
                space = true;
                continue;
            }
            if (space && out->len)
                str_append(out, " ", 1);
            space = false;
            str_append(out, p, 1);
        }
        return;
    }
    }
}

static void pp(CharVec *out, Expr *e) {
    int k = e->kind == EXPR_COERCE ? 0 : paren_depth(e);
    for (int i = 0; i < k; i++)
        str_appendf(out, "(");
    pp_inner(out, e);
    for (int i = 0; i < k; i++)
        str_appendf(out, ")");
}

/* ---- format arguments ---------------------------------------------------------------------------- */

typedef struct Arg {
    Expr *expr;
    Symbol name;     /* named argument, or 0 */
    Span name_span;
    Span full_span;  /* a capture: its text, with `$` for a count */
    bool used;
    bool capture;
} Arg;

typedef VEC(Arg) ArgVec;

typedef struct InvalidRef {
    int index;
    Span span;
    bool implicit;
} InvalidRef;

typedef VEC(InvalidRef) InvalidRefVec;
typedef VEC(int) IntVec;

static int find_named(ArgVec *args, int nexplicit, Symbol name) {
    for (int i = 0; i < nexplicit; i++)
        if (args->data[i].name == name)
            return i;
    return -1;
}

/* Resolves a reference to an argument index (creating captures). */
static int resolve_ref(FmtRef *r, ArgVec *args, int nexplicit, InvalidRefVec *bad) {
    if (r->kind == FMTREF_NAME) {
        int i = find_named(args, nexplicit, r->name);
        if (i >= 0)
            return i;
        for (int k = nexplicit; k < args->len; k++)
            if (args->data[k].name == r->name)
                return k;
        Arg a = {NULL, r->name, r->span, r->full.hi ? r->full : r->span, true, true};
        vec_push(*args, a);
        return args->len - 1;
    }
    if (r->index >= nexplicit) {
        InvalidRef ir = {r->index, r->span, r->kind == FMTREF_NEXT};
        vec_push(*bad, ir);
        return -1;
    }
    return r->index;
}

static const char *listify(IntVec *v) {
    CharVec s = {0};
    for (int i = 0; i < v->len; i++) {
        if (i)
            str_appendf(&s, v->len == 2 ? " and " : (i == v->len - 1 ? ", and " : ", "));
        str_appendf(&s, "%d", v->data[i]);
    }
    return s.data ? s.data : "";
}

static const char *num_args_desc(int n) {
    if (n == 0)
        return "no arguments were given";
    if (n == 1)
        return "there is 1 argument";
    return arena_printf(compiler_arena, "there are %d arguments", n);
}

static void report_invalid_refs(Expr *lit, FmtParsedVec *parsed, InvalidRefVec *bad, ArgVec *args,
                                int nexplicit) {
    bool any_numbered = false;
    for (int i = 0; i < bad->len; i++)
        if (!bad->data[i].implicit)
            any_numbered = true;
    for (int i = 0; i < parsed->len; i++) {
        FmtParsed *f = &parsed->data[i];
        if (!f->piece.is_arg)
            continue;
        if (f->value.kind == FMTREF_INDEX)
            any_numbered = true;
        if (f->piece.width_kind == FMT_COUNT_ARG && f->width.kind == FMTREF_INDEX)
            any_numbered = true;
        if (f->piece.prec_kind == FMT_COUNT_ARG && f->prec.kind == FMTREF_INDEX)
            any_numbered = true;
    }
    bool any_flags = false;
    for (int i = 0; i < parsed->len; i++) {
        FmtPiece *p = &parsed->data[i].piece;
        if (p->is_arg && (p->fill != ' ' || p->align || p->flags || p->trait || p->width_kind || p->prec_kind))
            any_flags = true;
    }
    Diag *d;
    if (!any_numbered) {
        VEC(Span) spans = {0};
        int n = 0;
        bool star = false;
        for (int i = 0; i < parsed->len; i++) {
            FmtParsed *f = &parsed->data[i];
            if (!f->piece.is_arg)
                continue;
            bool counted = false;
            if (f->prec_star) {
                n++;
                counted = true;
            }
            if (f->value.kind == FMTREF_NEXT) {
                n++;
                counted = true;
            }
            if (counted)
                vec_push(spans, f->spec_span);
        }
        Span first = spans.len ? spans.data[0] : lit->span;
        d = diag_new(DIAG_ERROR, NULL, first, NULL, "%d positional argument%s in format string, but %s", n,
                     n == 1 ? "" : "s", num_args_desc(nexplicit));
        for (int i = 1; i < spans.len; i++)
            diag_primary_label(d, spans.data[i], NULL);
        for (int i = 0; i < nexplicit; i++)
            diag_label(d, args->data[i].expr->span, NULL);
        for (int i = 0; i < parsed->len; i++) {
            FmtParsed *f = &parsed->data[i];
            if (f->piece.is_arg && f->prec_star) {
                star = true;
                diag_label(d, f->prec.span,
                           "this precision flag adds an extra required argument at position %d, which is why there %s expected",
                           f->prec.index,
                           n == 1 ? "is 1 argument" : arena_printf(compiler_arena, "are %d arguments", n));
            }
        }
        if (star)
            diag_note(d, "positional arguments are zero-based");
    } else {
        IntVec idx = {0};
        for (int i = 0; i < bad->len; i++) {
            bool dup = false;
            for (int j = 0; j < idx.len; j++)
                if (idx.data[j] == bad->data[i].index)
                    dup = true;
            if (!dup)
                vec_push(idx, bad->data[i].index);
        }
        for (int i = 1; i < idx.len; i++)
            for (int j = i; j > 0 && idx.data[j - 1] > idx.data[j]; j--) {
                int t = idx.data[j];
                idx.data[j] = idx.data[j - 1];
                idx.data[j - 1] = t;
            }
        d = diag_new(DIAG_ERROR, NULL, bad->data[0].span, NULL,
                     "invalid reference to positional argument%s %s (%s)", idx.len == 1 ? "" : "s",
                     listify(&idx), num_args_desc(nexplicit));
        for (int i = 1; i < bad->len; i++)
            diag_primary_label(d, bad->data[i].span, NULL);
        diag_note(d, "positional arguments are zero-based");
    }
    if (any_flags)
        diag_note(d, "for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html");
    tc_emit(d, PHASE_EXPAND);
}

static void report_unused(Expr *lit, ArgVec *args, int nexplicit, bool any_used, bool had_invalid) {
    int nunused = 0;
    for (int i = 0; i < nexplicit; i++)
        nunused += !args->data[i].used;
    Diag *d;
    if (nunused == 1) {
        Arg *a = NULL;
        for (int i = 0; i < nexplicit; i++)
            if (!args->data[i].used)
                a = &args->data[i];
        const char *what = a->name ? "named argument never used" : "argument never used";
        d = diag_new(DIAG_ERROR, NULL, a->expr->span, what, "%s", what);
        diag_label(d, lit->span, "formatting specifier missing");
    } else {
        d = NULL;
        for (int i = 0; i < nexplicit; i++) {
            if (args->data[i].used)
                continue;
            const char *what = args->data[i].name ? "named argument never used" : "argument never used";
            if (!d)
                d = diag_new(DIAG_ERROR, NULL, args->data[i].expr->span, what,
                             "multiple unused formatting arguments");
            else
                diag_primary_label(d, args->data[i].expr->span, "%s", what);
        }
        diag_label(d, lit->span, "multiple missing formatting specifiers");
    }
    if (had_invalid) {
        /* no advice: the template is wrong anyway */
    } else if (!any_used) {
        const char *msg = nunused == 1 ? "a format specifier"
                                       : arena_printf(compiler_arena, "%d format specifiers", nunused);
        CharVec sugg = {0};
        for (int i = 0; i < nunused; i++)
            str_appendf(&sugg, "{}");
        uint32_t close = lit->span.hi > lit->span.lo ? lit->span.hi - 1 : lit->span.hi;
        if (tc_file && lit->span.hi <= tc_file->len) {
            /* before the closing quote (after any `#`s of a raw string) */
            while (close > lit->span.lo && tc_file->text[close] == '#')
                close--;
        }
        diag_suggest(d, span_at(close, close), sugg.data,
                     "format specifiers use curly braces, consider adding %s", msg);
    } else if (nunused > 1) {
        diag_note(d, "consider adding %d format specifiers", nunused);
    }
    tc_emit(d, PHASE_EXPAND);
}

/* Width and precision arguments are &usize in rustc's expansion. */
static void check_count_arg(Expr *arg, Span count_span) {
    Type *usz = ty_int(INT_USIZE);
    if (tc_unify(arg->ty, usz))
        return;
    Type *t = ty_resolve(arg->ty);
    if (t->kind == TY_ERROR)
        return;
    const char *ts = ty_to_string(t);
    Diag *d = diag_new(DIAG_ERROR, "E0308", arg->span,
                       arena_printf(compiler_arena, "expected `&usize`, found `&%s`", ts), "mismatched types");
    diag_label(d, count_span, "arguments to this function are incorrect");
    int pad = (int)strlen("expected reference") - (int)strlen("found reference");
    diag_note(d, "expected reference `&usize`\n%*sfound reference `&%s`", pad, "", ts);
    tc_emit(d, PHASE_TYPECK);
}

/* rustc writes a string or integer literal shown by a plain `{}` straight
 * into the format string (rustc_ast_lowering's inline_literals):
 * `format!("{}", 12345)` builds the 5-byte string "12345", which its
 * capacity shows. Not chars, bools, floats or negative numbers (`-5` is
 * an operator applied to a literal), nor a suffixed integer that does not
 * fit its type. Turns *p into that literal piece, or returns false. */
static bool inline_literal(FmtPiece *p, const Expr *arg) {
    if (p->trait != OWL_FMT_DISPLAY || p->width_kind != FMT_COUNT_NONE ||
        p->prec_kind != FMT_COUNT_NONE || p->flags || p->align != OWL_ALIGN_NONE)
        return false;
    const char *text;
    uint32_t len;
    if (arg->kind == EXPR_STR) {
        text = arg->as.lit.text;
        len = arg->as.lit.len;
    } else if (arg->kind == EXPR_INT) {
        Type *s = arg->as.lit.suffix;
        if (s && (s->kind != TY_INT || arg->as.lit.int_value > int_kind_max(s->as.int_kind)))
            return false;
        text = u128_to_dec(arg->as.lit.int_value);
        len = (uint32_t)strlen(text);
    } else {
        return false;
    }
    p->is_arg = false;
    p->text = text;
    p->text_len = len;
    return true;
}

/* Builds the template from the parsed pieces and checks the arguments.
 * args[first..] of the macro are the format string and its arguments.
 * Returns false after an expansion error. */
static bool format_args(Expr *e, int first) {
    MacroArg *fmt_arg = &e->as.mac.args.data[first];
    Expr *lit = fmt_arg->expr;
    if (lit->kind != EXPR_STR || fmt_arg->name) {
        Diag *d = diag_new(DIAG_ERROR, NULL, lit->span, NULL, "format argument must be a string literal");
        diag_suggest(d, span_at(lit->span.lo, lit->span.lo), "\"{}\", ",
                     "you might be missing a string literal to format with");
        tc_emit(d, PHASE_EXPAND);
        return false;
    }
    lit->ty = ty_ref(ty_str(), false);

    /* explicit arguments: positional, then named */
    ArgVec args = {0};
    bool bad_order = false, dup = false;
    for (int i = first + 1; i < e->as.mac.args.len; i++) {
        MacroArg *m = &e->as.mac.args.data[i];
        if (!m->name) {
            for (int j = 0; j < args.len; j++)
                if (args.data[j].name) {
                    if (!bad_order) {
                        Diag *d = diag_new(DIAG_ERROR, NULL, m->expr->span,
                                           "positional arguments must be before named arguments",
                                           "positional arguments cannot follow named arguments");
                        for (int k = 0; k < args.len; k++)
                            if (args.data[k].name)
                                diag_label(d, span_join(args.data[k].name_span, args.data[k].expr->span),
                                           "named argument");
                        tc_emit(d, PHASE_EXPAND);
                    }
                    bad_order = true;
                    break;
                }
        } else {
            for (int j = 0; j < args.len; j++)
                if (args.data[j].name == m->name) {
                    Diag *d = diag_new(DIAG_ERROR, NULL, m->name_span, "duplicate argument",
                                       "duplicate argument named `%s`", sym_str(m->name));
                    diag_label(d, args.data[j].name_span, "previously here");
                    tc_emit(d, PHASE_EXPAND);
                    dup = true;
                }
        }
        Arg a = {m->expr, m->name, m->name_span, m->name_span, false, false};
        vec_push(args, a);
    }
    if (bad_order || dup)
        return false;
    int nexplicit = args.len;

    FmtParsedVec parsed = {0};
    if (!fmt_parse(lit, &parsed))
        return false;

    InvalidRefVec bad = {0};
    for (int i = 0; i < parsed.len; i++) {
        FmtParsed *f = &parsed.data[i];
        if (!f->piece.is_arg)
            continue;
        /* rustc resolves the precision `.*` first, then the value */
        if (f->piece.width_kind == FMT_COUNT_ARG) {
            int k = resolve_ref(&f->width, &args, nexplicit, &bad);
            f->piece.width = k;
            if (k >= 0)
                args.data[k].used = true;
        }
        if (f->piece.prec_kind == FMT_COUNT_ARG) {
            int k = resolve_ref(&f->prec, &args, nexplicit, &bad);
            f->piece.precision = k;
            if (k >= 0)
                args.data[k].used = true;
        }
        int k = resolve_ref(&f->value, &args, nexplicit, &bad);
        f->piece.arg = k;
        if (k >= 0)
            args.data[k].used = true;
    }
    /* rustc reports both kinds of error, and still expands the macro: its
     * arguments and captures are checked like any others */
    bool ok = true;
    if (bad.len) {
        report_invalid_refs(lit, &parsed, &bad, &args, nexplicit);
        ok = false;
    }
    bool any_used = false, all_used = true;
    for (int i = 0; i < nexplicit; i++) {
        any_used |= args.data[i].used;
        all_used &= args.data[i].used;
    }
    if (!all_used) {
        report_unused(lit, &args, nexplicit, any_used, bad.len > 0);
        ok = false;
    }

    /* the captures become path expressions naming the variable */
    for (int i = nexplicit; i < args.len; i++) {
        Arg *a = &args.data[i];
        Path *p = ast_path(a->name_span);
        PathSeg seg;
        memset(&seg, 0, sizeof seg);
        seg.name = a->name;
        seg.span = a->name_span;
        vec_push(p->segs, seg);
        Expr *pe = ast_expr(EXPR_PATH, a->full_span);
        pe->as.path.path = p;
        a->expr = pe;
    }
    /* check the arguments in order (captures resolve like any path) */
    for (int i = 0; i < args.len; i++) {
        Expr **slot = i < nexplicit ? &e->as.mac.args.data[first + 1 + i].expr : &args.data[i].expr;
        tc_expr(slot, expect_none());
        args.data[i].expr = *slot;
        vec_push(e->as.mac.fmt_args, *slot);
    }

    if (!ok)
        return false;
    if (!ok)
        return false;
    FmtTemplate *tpl = ALLOC(FmtTemplate);
    for (int i = 0; i < parsed.len; i++) {
        FmtParsed *f = &parsed.data[i];
        if (!f->piece.is_arg) {
            tpl->literal_len += f->piece.text_len;
            vec_push(tpl->pieces, f->piece);
            continue;
        }
        if (f->piece.width_kind == FMT_COUNT_ARG)
            check_count_arg(args.data[f->piece.width].expr, f->width.full);
        if (f->piece.prec_kind == FMT_COUNT_ARG)
            check_count_arg(args.data[f->piece.precision].expr, f->prec.full);
        require_trait(args.data[f->piece.arg].expr, f->piece.trait, f->spec_span);
        FmtPiece piece = f->piece;
        if (inline_literal(&piece, args.data[f->piece.arg].expr))
            tpl->literal_len += piece.text_len;
        vec_push(tpl->pieces, piece);
    }
    e->as.mac.fmt = tpl;
    return true;
}

/* ---- the macros -------------------------------------------------------------------------------------- */

static const struct {
    const char *name;
    Builtin builtin;
} macro_table[] = {
    {"print", BUILTIN_MAC_PRINT},
    {"println", BUILTIN_MAC_PRINTLN},
    {"eprint", BUILTIN_MAC_EPRINT},
    {"eprintln", BUILTIN_MAC_EPRINTLN},
    {"format", BUILTIN_MAC_FORMAT},
    {"panic", BUILTIN_MAC_PANIC},
    {"assert", BUILTIN_MAC_ASSERT},
    {"assert_eq", BUILTIN_MAC_ASSERT_EQ},
    {"assert_ne", BUILTIN_MAC_ASSERT_NE},
    {"unreachable", BUILTIN_MAC_UNREACHABLE},
    {"todo", BUILTIN_MAC_TODO},
};

static const char *const std_macros[] = {
    "vec", "write", "writeln", "dbg", "matches", "debug_assert", "debug_assert_eq",
    "debug_assert_ne", "unimplemented", "concat", "stringify", "include_str", "include",
    "include_bytes", "env", "option_env", "line", "column", "file", "module_path",
    "cfg", "compile_error", "format_args", "thread_local", "assert_matches", NULL};

/* Checks the arguments of a macro without a format string to the end. */
static void check_rest(Expr *e, int from) {
    for (int i = from; i < e->as.mac.args.len; i++)
        tc_expr(&e->as.mac.args.data[i].expr, expect_none());
}

static Type *macro_type(Builtin b) {
    switch (b) {
    case BUILTIN_MAC_FORMAT: return ty_string();
    case BUILTIN_MAC_PANIC: case BUILTIN_MAC_UNREACHABLE: case BUILTIN_MAC_TODO: return ty_never();
    default: return ty_unit();
    }
}

static void check_assert_eq(Expr *e) {
    MacroArg *a = &e->as.mac.args.data[0], *b = &e->as.mac.args.data[1];
    Type *lt = ty_resolve(tc_expr(&a->expr, expect_none()));
    Type *rt = ty_resolve(tc_expr(&b->expr, expect_type(lt)));
    if (lt->kind == TY_ERROR || rt->kind == TY_ERROR)
        return;
    /* String and &str compare with each other; both become &str, so the
     * runtime prints both with one type descriptor */
    bool ls = lt->kind == TY_STRING || ty_is_str_ref(lt) ||
              (lt->kind == TY_REF && ty_resolve(lt->as.ref.inner)->kind == TY_STRING);
    bool rs = rt->kind == TY_STRING || ty_is_str_ref(rt) ||
              (rt->kind == TY_REF && ty_resolve(rt->as.ref.inner)->kind == TY_STRING);
    if (ls && rs && !tc_unify_probe(lt, rt)) {
        Type *sr = ty_ref(ty_str(), false);
        Expr **sides[2] = {&a->expr, &b->expr};
        for (int i = 0; i < 2; i++) {
            Type *t = ty_resolve((*sides[i])->ty);
            if (t->kind == TY_STRING)
                tc_wrap(sides[i], COERCE_AUTOREF, ty_ref(t, false));
            t = ty_resolve((*sides[i])->ty);
            if (t->kind == TY_REF && ty_resolve(t->as.ref.inner)->kind == TY_STRING) {
                if (t->as.ref.mut)
                    tc_wrap(sides[i], COERCE_REBORROW, ty_ref(ty_string(), false));
                tc_wrap(sides[i], COERCE_DEREF_STRING, sr);
            }
        }
        /* String vs &String is not PartialEq in std */
        bool ok = !((lt->kind == TY_STRING && rt->kind == TY_REF && !ty_is_str_ref(rt)) ||
                    (rt->kind == TY_STRING && lt->kind == TY_REF && !ty_is_str_ref(lt)));
        if (ok)
            return;
    } else if (tc_coerce(&b->expr, lt)) {
        return;
    } else if (ty_is_numeric(lt) && ty_is_numeric(rt)) {
        /* the comparison inside the expansion: E0308 for two integer (or
         * two float) types, E0277 first when an integer meets a float */
        if (ty_is_integer(lt) != ty_is_integer(rt)) {
            const char *lname = ty_to_string(lt), *rs2 = ty_to_string(rt);
            Diag *d = diag_new(DIAG_ERROR, "E0277", e->span,
                               arena_printf(compiler_arena, "no implementation for `%s == %s`", lname, rs2),
                               "can't compare `%s` with `%s`", lname, rs2);
            diag_help(d, "the trait `PartialEq<%s>` is not implemented for `%s`", rs2, lname);
            if (ty_resolve(lt)->kind == TY_INFER)
                diag_help(d, "the following other types implement trait `PartialEq<Rhs>`:\n"
                             "  f128\n  f16\n  f32\n  f64\n  i128\n  i16\n  i32\n  i64\nand 8 others");
            tc_emit(d, PHASE_TYPECK);
        }
        tc_error(PHASE_TYPECK, e->span, "E0308",
                 arena_printf(compiler_arena, "expected %s, found %s", tc_sort(lt), tc_sort(rt)),
                 "mismatched types");
        return;
    }
    const char *op = e->as.mac.builtin == BUILTIN_MAC_ASSERT_EQ ? "==" : "==";
    const char *ls_ = b->expr->kind == EXPR_STR ? "&str" : ty_to_string(rt);
    const char *lts = a->expr->kind == EXPR_STR ? "&str" : ty_to_string(lt);
    Diag *d = diag_new(DIAG_ERROR, "E0277", e->span,
                       arena_printf(compiler_arena, "no implementation for `%s %s %s`", lts, op, ls_),
                       "can't compare `%s` with `%s`", lts, ls_);
    diag_help(d, "the trait `PartialEq<%s>` is not implemented for `%s`", ls_, lts);
    if (lt->kind == TY_STRING)
        diag_help(d, "%s", STRING_PARTIAL_EQ_IMPLS);
    tc_emit(d, PHASE_TYPECK);
}

static Type *check_macro(Expr *e);

/* The expansion's calls select obligations: report pending ones after. */
Type *tc_macro(Expr *e, Expect ex) {
    (void)ex;
    Type *t = check_macro(e);
    tc_flush_deferred();
    return t;
}

static Type *check_macro(Expr *e) {
    const char *name = sym_str(e->as.mac.name);
    Builtin b = BUILTIN_NONE;
    for (size_t i = 0; i < sizeof macro_table / sizeof macro_table[0]; i++)
        if (strcmp(macro_table[i].name, name) == 0)
            b = macro_table[i].builtin;
    if (b == BUILTIN_NONE) {
        bool known = false;
        for (int i = 0; std_macros[i]; i++)
            if (strcmp(std_macros[i], name) == 0)
                known = true;
        if (known)
            tc_unsupported(e->span, arena_printf(compiler_arena, "the macro `%s!`", name));
        else
            tc_error(PHASE_EXPAND, e->as.mac.name_span, NULL, NULL, "cannot find macro `%s` in this scope", name);
        return ty_error();
    }
    e->as.mac.builtin = b;
    Type *type = macro_type(b);
    if (e->as.mac.form != MACRO_CALL) {
        tc_unsupported(e->span, arena_printf(compiler_arena, "`%s!` with `[x; n]` arguments", name));
        return type;
    }
    if (tc_fn->is_const) {
        tc_unsupported(e->span, arena_printf(compiler_arena, "`%s!` in a constant", name));
        return ty_error();
    }
    int n = e->as.mac.args.len;
    switch (b) {
    case BUILTIN_MAC_PRINT:
    case BUILTIN_MAC_EPRINT:
    case BUILTIN_MAC_FORMAT:
    case BUILTIN_MAC_PRINTLN:
    case BUILTIN_MAC_EPRINTLN:
        if (n == 0) {
            if (b == BUILTIN_MAC_PRINTLN || b == BUILTIN_MAC_EPRINTLN) {
                FmtTemplate *tpl = ALLOC(FmtTemplate);
                e->as.mac.fmt = tpl;
                return type;
            }
            tc_error(PHASE_EXPAND, e->span, NULL, NULL, "requires at least a format string argument");
            return b == BUILTIN_MAC_FORMAT ? ty_error() : type;
        }
        if (!format_args(e, 0))
            return b == BUILTIN_MAC_FORMAT ? ty_error() : type;
        return type;
    case BUILTIN_MAC_PANIC:
    case BUILTIN_MAC_UNREACHABLE:
    case BUILTIN_MAC_TODO:
        if (n > 0)
            format_args(e, 0);
        return type;
    case BUILTIN_MAC_ASSERT: {
        if (n == 0) {
            tc_error(PHASE_EXPAND, e->span, NULL, "boolean expression required",
                     "macro requires a boolean expression as an argument");
            return type;
        }
        Expr **cond = &e->as.mac.args.data[0].expr;
        CharVec text = {0};
        pp(&text, *cond);
        e->as.mac.cond_text = text.data ? text.data : "";
        tc_expr(cond, expect_type(ty_bool()));
        if (!tc_coerce(cond, ty_bool()) && !tc_is_never((*cond)->ty)) {
            tc_error(PHASE_TYPECK, e->span, "E0308",
                     arena_printf(compiler_arena, "expected `bool`, found %s", tc_sort((*cond)->ty)),
                     "mismatched types");
        }
        if (n > 1)
            format_args(e, 1);
        return type;
    }
    case BUILTIN_MAC_ASSERT_EQ:
    case BUILTIN_MAC_ASSERT_NE:
        if (n < 2) {
            tc_error(PHASE_EXPAND, e->span, NULL, NULL, "unexpected end of macro invocation");
            check_rest(e, 0);
            return type;
        }
        check_assert_eq(e);
        if (n > 2)
            format_args(e, 2);
        return type;
    default:
        return type;
    }
}
