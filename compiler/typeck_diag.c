/* typeck_diag.c: rustc's E0308 "mismatched types" and its parts.
 *
 * The label ("expected `i32`, found `&str`", with rustc's sort strings such
 * as "integer"), the "expected due to this"-style secondary label from the
 * requirement's origin, the "expected X `A` / found Y `B`" note (only when
 * rustc shows it: for types that are not "simple", or two references), and
 * the helps rustc attaches to common mistakes: `.to_string()`, a borrow, a
 * float literal, a literal suffix, `.into()` / `.try_into().unwrap()` / `as`
 * between numeric types, dereferencing a borrow.
 */
#include <string.h>

#include "typeck_int.h"

/* ---- sort strings and the E0308 report ----------------------------------------------------- */

const char *tc_sort(Type *t) {
    t = ty_resolve(t);
    if (t->kind == TY_INFER) {
        switch (t->as.infer.kind) {
        case INFER_INT: return "integer";
        case INFER_FLOAT: return "floating-point number";
        case INFER_ANY: return "inferred type";
        }
    }
    if (t->kind == TY_ERROR)
        return "type error";
    return arena_printf(compiler_arena, "`%s`", ty_to_string(t));
}

/* rustc's is_simple_text: types whose mismatch needs no expected/found note. */
bool tc_simple_type(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_BOOL: case TY_CHAR: case TY_INT: case TY_FLOAT: case TY_STR: case TY_STRING:
    case TY_ERROR:
        return true;
    case TY_INFER:
        return t->as.infer.kind != INFER_ANY;
    case TY_TUPLE:
        return t->as.tuple.len == 0;
    case TY_REF:
        return tc_simple_type(t->as.ref.inner);
    case TY_ARRAY: {
        Type *e = ty_resolve(t->as.array.elem);
        while (e->kind == TY_REF)
            e = ty_resolve(e->as.ref.inner);
        return tc_simple_type(e) && e->kind != TY_TUPLE;
    }
    default:
        return false;
    }
}

static const char *prefix_string(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_TUPLE: return t->as.tuple.len ? "tuple" : "unit type";
    case TY_STRING: return "struct";
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_PTR: return "raw pointer";
    case TY_REF: return t->as.ref.mut ? "mutable reference" : "reference";
    default: return "type";
    }
}

/* A type as rustc prints it in notes: string literals are &'static str. */
static const char *note_type(Type *t, Expr *e) {
    const char *s = ty_to_string(t);
    if (e && e->kind == EXPR_STR && ty_is_str_ref(t))
        return "&'static str";
    return s;
}

/* "expected X `A`\n   found Y `B`", right-aligned so the types line up. */
void tc_note_expected_found(Diag *d, Type *expected, Type *found, const char *es, const char *fs) {
    const char *ep = prefix_string(expected), *fp = prefix_string(found);
    int el = (int)strlen("expected ") + (int)strlen(ep);
    int fl = (int)strlen("found ") + (int)strlen(fp);
    int epad = fl > el ? fl - el : 0, fpad = el > fl ? el - fl : 0;
    diag_note(d, "%*sexpected %s `%s`\n%*sfound %s `%s`", epad, "", ep, es, fpad, "", fp, fs);
}

Expr *tc_peel_coerce(Expr *e) {
    while (e && e->kind == EXPR_COERCE)
        e = e->as.coerce.inner;
    return e;
}

/* The suffix of a numeric literal's source text, or NULL. */
static const char *literal_suffix_pos(const char *text) {
    const char *s = text;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'b' || s[1] == 'o'))
        s += 2;
    for (; *s; s++)
        if (*s == 'i' || *s == 'u' || (*s == 'f' && text[1] != 'x'))
            return s;
    return NULL;
}

static const char *article(Type *t) {
    const char *s = ty_to_string(t);
    return (s[0] == 'i' || s[0] == 'f') ? "an" : "a";
}

/* Does std have `From<from> for to` between these integer kinds? */
static bool int_from_exists(IntKind from, IntKind to) {
    bool fs = int_kind_signed(from), ts = int_kind_signed(to);
    int fb = int_kind_bits(from), tb = int_kind_bits(to);
    bool fsize = from == INT_ISIZE || from == INT_USIZE, tsize = to == INT_ISIZE || to == INT_USIZE;
    if (fsize)
        return false;                /* no From<isize/usize> for a fixed width */
    if (tsize)
        tb = 16;                     /* std assumes pointers of at least 16 bits */
    if (fs && !ts)
        return false;
    if (fs == ts)
        return fb < tb;
    return fb < tb;                  /* unsigned into a wider signed */
}

/* rustc's numeric conversion advice: `.into()`, `.try_into().unwrap()` or
 * `as`, wrapping the expression in parentheses when it needs them. */
static void numeric_conversion_help(Diag *d, Type *ex, Type *fo, Expr *e) {
    const char *method = NULL, *msg = NULL;
    const char *es = ty_to_string(ex), *fs = ty_to_string(fo);
    bool cast = false;
    if (fo->kind == TY_INT && ex->kind == TY_INT) {
        if (int_from_exists(fo->as.int_kind, ex->as.int_kind)) {
            method = ".into()";
            msg = arena_printf(compiler_arena, "you can convert %s `%s` to %s `%s`", article(fo), fs, article(ex), es);
        } else {
            method = ".try_into().unwrap()";
            msg = arena_printf(compiler_arena,
                               "you can convert %s `%s` to %s `%s` and panic if the converted value doesn't fit",
                               article(fo), fs, article(ex), es);
        }
    } else if (fo->kind == TY_INT && ex->kind == TY_FLOAT) {
        IntKind k = fo->as.int_kind;
        int bits = int_kind_bits(k);
        bool lossless = k != INT_ISIZE && k != INT_USIZE &&
                        (ex->as.float_kind == FLOAT_F32 ? bits <= 16 : bits <= 32);
        if (lossless) {
            method = ".into()";
            msg = arena_printf(compiler_arena,
                               "you can convert %s `%s` to %s `%s`, producing the floating point representation of the integer",
                               article(fo), fs, article(ex), es);
        } else {
            cast = true;
            msg = arena_printf(compiler_arena,
                               "you can %s %s `%s` to %s `%s`, producing the floating point representation of the integer, rounded if necessary",
                               int_kind_signed(k) ? "convert" : "cast", article(fo), fs, article(ex), es);
        }
    } else if (fo->kind == TY_FLOAT && ex->kind == TY_FLOAT && fo->as.float_kind == FLOAT_F32) {
        method = ".into()";
        msg = arena_printf(compiler_arena, "you can convert an `f32` to an `f64`");
    } else if (fo->kind == TY_CHAR && ex->kind == TY_INT) {
        IntKind k = ex->as.int_kind;
        if (k == INT_I32 || k == INT_I64 || k == INT_I128 || k == INT_U32 || k == INT_U64 || k == INT_U128) {
            cast = true;
            msg = arena_printf(compiler_arena, "you can cast a `char` to %s `%s`, since a `char` always occupies 4 bytes",
                               article(ex), es);
        }
    }
    if (!msg)
        return;
    const char *tail = cast ? arena_printf(compiler_arena, " as %s", es) : method;
    bool parens;
    switch (e->kind) {
    case EXPR_BINARY: case EXPR_ASSIGN: case EXPR_COMPOUND_ASSIGN: case EXPR_RANGE:
        parens = true;
        break;
    case EXPR_UNARY: case EXPR_CAST: case EXPR_REF:
        parens = !cast;
        break;
    default:
        parens = false;
    }
    if (parens) {
        Diag *h = diag_suggest(d, span_at(e->span.lo, e->span.lo), "(", "%s", msg);
        diag_suggest_part(h, span_at(e->span.hi, e->span.hi), arena_printf(compiler_arena, ")%s", tail));
    } else {
        diag_suggest(d, span_at(e->span.hi, e->span.hi), tail, "%s", msg);
    }
}

/* Must `e` be parenthesised to take a method call? (rustc wraps even an
 * expression already in parentheses: its suggestion looks at the inner
 * expression.) */
static bool needs_parens_for_method(Expr *e) {
    switch (e->kind) {
    case EXPR_BINARY: case EXPR_ASSIGN: case EXPR_COMPOUND_ASSIGN: case EXPR_RANGE:
    case EXPR_UNARY: case EXPR_CAST: case EXPR_REF:
        return true;
    default:
        return false;
    }
}

/* The helps rustc adds to common mismatches. */
void tc_mismatch_helps(Diag *d, Type *expected, Type *found, Expr *e, Origin origin) {
    Type *ex = ty_resolve(expected), *fo = ty_resolve(found);
    e = tc_peel_coerce(e);
    if (!e)
        return;
    Span after = span_at(e->span.hi, e->span.hi);
    if (ex->kind == TY_STRING && (ty_is_str_ref(fo) || fo->kind == TY_CHAR || fo->kind == TY_BOOL ||
                                  ty_is_numeric(fo))) {
        if (needs_parens_for_method(e)) {
            Diag *h = diag_suggest(d, span_at(e->span.lo, e->span.lo), "(", "try using a conversion method");
            diag_suggest_part(h, after, ").to_string()");
        } else {
            diag_suggest(d, after, ".to_string()", "try using a conversion method");
        }
        return;
    }
    if (ty_is_str_ref(ex) && fo->kind == TY_CHAR && e->kind == EXPR_CHAR) {
        const char *src = tc_source(e->span);
        size_t n = strlen(src);
        if (n >= 2)
            diag_suggest(d, e->span, arena_printf(compiler_arena, "\"%.*s\"", (int)n - 2, src + 1),
                         "if you meant to write a string literal, use double quotes");
        return;
    }
    if (ty_is_str_ref(ex) && fo->kind == TY_STRING && e->kind != EXPR_MACRO) {
        diag_suggest(d, span_at(e->span.lo, e->span.lo), "&", "consider borrowing here");
        return;
    }
    if (ex->kind == TY_FLOAT && fo->kind == TY_INFER && fo->as.infer.kind == INFER_INT &&
        e->kind == EXPR_INT) {
        diag_suggest(d, after, ".0", "use a float literal");
        return;
    }
    if (ex->kind == TY_INT && ex->as.int_kind == INT_U8 && fo->kind == TY_CHAR && e->kind == EXPR_CHAR) {
        diag_suggest(d, span_at(e->span.lo, e->span.lo), "b",
                     "if you meant to write a byte literal, prefix with `b`");
        return;
    }
    if (ex->kind == TY_CHAR && ty_is_str_ref(fo) && e->kind == EXPR_STR) {
        const char *txt = e->as.lit.text;
        int l = (int)e->as.lit.len;
        if (l > 0 && l <= 4 && ((unsigned char)txt[0] < 0x80 ? l == 1 : true)) {
            const char *src = tc_source(e->span);
            size_t sl = strlen(src);
            if (sl >= 2 && src[0] == '"')
                diag_suggest(d, e->span,
                             arena_printf(compiler_arena, "'%.*s'", (int)sl - 2, src + 1),
                             "if you meant to write a `char` literal, use single quotes");
        }
        return;
    }
    if ((ex->kind == TY_INT || ex->kind == TY_FLOAT) && (fo->kind == TY_INT || fo->kind == TY_FLOAT) &&
        (e->kind == EXPR_INT || e->kind == EXPR_FLOAT) && e->as.lit.suffix) {
        const char *src = tc_source(e->span);
        const char *suf = literal_suffix_pos(src);
        if (suf && (ex->kind == fo->kind)) {
            diag_suggest(d, e->span,
                         arena_printf(compiler_arena, "%.*s%s", (int)(suf - src), src, ty_to_string(ex)),
                         "change the type of the numeric literal from `%s` to `%s`",
                         ty_to_string(fo), ty_to_string(ex));
        }
        return;
    }
    if ((fo->kind == TY_INT || fo->kind == TY_FLOAT || fo->kind == TY_CHAR) &&
        (ex->kind == TY_INT || ex->kind == TY_FLOAT) && e->kind != EXPR_INT && e->kind != EXPR_FLOAT) {
        numeric_conversion_help(d, ex, fo, e);
        return;
    }
    if (fo->kind == TY_REF && e->kind != EXPR_REF && ex->kind != TY_REF &&
        tc_unify_probe(ex, fo->as.ref.inner) && ty_is_copy(ex)) {
        diag_suggest(d, span_at(e->span.lo, e->span.lo), "*", "consider dereferencing the borrow");
        return;
    }
    if (fo->kind == TY_REF && !fo->as.ref.mut && e->kind == EXPR_REF && !e->as.ref.mut &&
        tc_unify_probe(ex, fo->as.ref.inner)) {
        Span amp = span_at(e->span.lo, e->as.ref.operand->span.lo);
        diag_suggest(d, amp, "", "consider removing the borrow");
        if (origin.kind == ORIGIN_ANNOTATION)
            diag_suggest(d, span_at(origin.span.lo, origin.span.lo), "&",
                         "alternatively, consider changing the type annotation");
    }
}

void tc_report_mismatch(Span span, Type *expected, Type *found, Origin origin, Expr *e) {
    Type *ex = ty_resolve(expected), *fo = ty_resolve(found);
    if (ex->kind == TY_ERROR || fo->kind == TY_ERROR)
        return;
    const char *label;
    bool note = !tc_simple_type(ex) || !tc_simple_type(fo) ||
                (ex->kind == TY_REF && fo->kind == TY_REF);
    if (ex->kind == TY_REF && fo->kind == TY_REF && ex->as.ref.mut && !fo->as.ref.mut &&
        tc_unify_probe(ex->as.ref.inner, fo->as.ref.inner)) {
        label = "types differ in mutability";
    } else if (ex->kind == TY_TUPLE && fo->kind == TY_TUPLE && ex->as.tuple.len != fo->as.tuple.len) {
        label = arena_printf(compiler_arena, "expected a tuple with %d element%s, found one with %d element%s",
                             ex->as.tuple.len, ex->as.tuple.len == 1 ? "" : "s",
                             fo->as.tuple.len, fo->as.tuple.len == 1 ? "" : "s");
    } else if (ex->kind == TY_ARRAY && fo->kind == TY_ARRAY && ex->as.array.len != fo->as.array.len &&
               tc_unify_probe(ex->as.array.elem, fo->as.array.elem)) {
        label = arena_printf(compiler_arena, "expected an array with a size of %llu, found one with a size of %llu",
                             (unsigned long long)ex->as.array.len, (unsigned long long)fo->as.array.len);
    } else {
        label = arena_printf(compiler_arena, "expected %s, found %s", tc_sort(ex), tc_sort(fo));
    }
    Diag *d = diag_new(DIAG_ERROR, "E0308", span, label, "mismatched types");
    switch (origin.kind) {
    case ORIGIN_NONE:
    case ORIGIN_PLAIN:
        break;
    case ORIGIN_ANNOTATION:
        /* not for a macro's value (rustc's span is in the expansion) */
        if (!e || tc_peel_coerce(e)->kind != EXPR_MACRO)
            diag_label(d, origin.span, "expected due to this");
        break;
    case ORIGIN_RETURN:
        diag_label(d, origin.span, "expected %s because of return type", tc_sort(ex));
        break;
    case ORIGIN_ARG:
        diag_label(d, origin.span, "arguments to this function are incorrect");
        break;
    case ORIGIN_ASSIGN:
        diag_label(d, origin.span, "%s", origin.text);
        break;
    }
    if (note)
        tc_note_expected_found(d, ex, fo, note_type(ex, NULL), note_type(fo, tc_peel_coerce(e)));
    if (origin.kind == ORIGIN_ARG && origin.fn) {
        Item *fn = origin.fn;
        Diag *c = diag_child(d, DIAG_NOTE, fn->name_span, NULL, "function defined here");
        if (origin.param >= 0 && origin.param < fn->as.fn.params.len)
            diag_label(c, fn->as.fn.params.data[origin.param].span, NULL);
    }
    if (origin.kind == ORIGIN_ANNOTATION && origin.annot && origin.annot->kind == TE_ARRAY &&
        ex->kind == TY_ARRAY && fo->kind == TY_ARRAY && ex->as.array.len != fo->as.array.len &&
        origin.annot->as.array.len)
        diag_suggest_inline(d, origin.annot->as.array.len->span,
                            arena_printf(compiler_arena, "%llu", (unsigned long long)fo->as.array.len),
                            "consider specifying the actual array length");
    if (origin.kind != ORIGIN_PLAIN)
        tc_mismatch_helps(d, ex, fo, e, origin);
    tc_emit_mismatch(d, ex, fo);
}
