/* parse_diag.c: syntax errors in rustc's words.
 *
 * The parser (parser.y) detects an error with the set of tokens its state
 * would accept (LAC makes the set exact); this file turns that set into
 * the message rustc's hand-written parser gives for the same mistake:
 * "expected one of `.`, `;`, `?`, or an operator, found `let`",
 * "expected expression, found `)`", "expected `{`, found ...", the
 * special forms for macro arguments, C's operators, missing keywords, and
 * rustc's hints (a misspelled keyword, a missing `,`, a field access). The
 * token feed's repairs word theirs here too. Token kinds are parser.h's
 * token codes (a character for one-character punctuation).
 */
#include "parser.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>


/* The text of a token as rustc's token_descr() gives it. */
static const char *tok_descr(Parser *p, const Tok *t) {
    if (t->kind == 0)
        return "`<eof>`";
    const char *text = arena_strndup(compiler_arena, p->file->text + t->span.lo,
                                     t->span.hi - t->span.lo);
    if (t->span.hi == t->span.lo) {  /* a token the feed made up */
        const char *name = parse_token_name(t->kind);
        text = arena_strndup(compiler_arena, name + 1, strlen(name) - 2);
    }
    if (parse_is_keyword(t->kind))
        return arena_printf(compiler_arena, "keyword `%s`", text);
    if (t->kind == RESERVED)
        return arena_printf(compiler_arena, "reserved keyword `%s`", text);
    if (t->kind == '_')
        return "reserved identifier `_`";
    return arena_printf(compiler_arena, "`%s`", text);
}

/* How rustc names an expected token in "expected one of ...". */
static const char *sym_display(int sym) {
    if (sym == IDENT)
        return "identifier";
    if (sym == LIFETIME)
        return "lifetime";
    if (sym == LIT_INT || sym == LIT_FLOAT ||
        sym == LIT_STR || sym == LIT_CHAR)
        return "literal";
    /* Bison names tokens by their aliases, which are rustc's spellings;
     * character tokens come quoted ('+'), aliases perhaps too ("::"). */
    const char *name = parse_token_name(sym);
    size_t n = strlen(name);
    if ((name[0] == '\'' || name[0] == '"') && n >= 3)
        return arena_printf(compiler_arena, "`%.*s`", (int)n - 2, name + 1);
    return arena_printf(compiler_arena, "`%s`", name);
}

/* After a complete expression every binary operator is acceptable, and
 * `%` nowhere else (types take `+` for bounds, patterns `|`): its presence
 * tells rustc's "or an operator" contexts apart. */
static bool after_expr(const int *syms, int n) {
    for (int i = 0; i < n; i++)
        if (syms[i] == '%')
            return true;
    return false;
}

static bool is_operator_sym(int sym) {
    static const int ops[] = {
        '+', '-', '*', '/', '%', '^', '&', '|', '<', '>', '=', EQEQ, NE, LE, GE, ANDAND, OROR,
        PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, ANDEQ, OREQ, SHLEQ, SHREQ, SHL,
        SHR, DOTDOT, DOTDOTEQ, KW_AS,
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i] == sym)
            return true;
    return false;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool has_sym(const int *syms, int n, int kind);

/* Set while an error after `name!` (not `macro_rules!`) is worded. */
static bool expect_ctx_bang;

/* rustc's tokens_to_string: "`a`, `b`, or `c`" over a sorted list. */
static const char *expected_list(const int *syms, int n, int *count) {
    const char **names = ALLOC_N(const char *, n + 2);
    int m = 0;
    bool op = after_expr(syms, n), pat = false;
    for (int i = 0; i < n; i++)
        if (syms[i] == '@')
            pat = true;
    for (int i = 0; i < n; i++) {
        int s = syms[i];
        if ((op && is_operator_sym(s)) || s == YYEOF || s == YYerror)
            continue;
        /* rustc checks for a call or an index without listing them */
        if (op && (s == '(' || s == '['))
            continue;
        /* after a binding, rustc lists an or-pattern's `|` and not the
         * path and tuple-struct forms */
        if (pat && (s == '(' || s == COLONCOLON))
            continue;
        /* `name!` wants a delimiter; only `macro_rules!` a name */
        if (s == IDENT && expect_ctx_bang)
            continue;
        /* rustc takes a body-less `fn f();` without listing `;` */
        if (s == ';' && has_sym(syms, n, KW_WHERE) && has_sym(syms, n, '{'))
            continue;
        names[m++] = sym_display(s);
    }
    if (op)
        names[m++] = "an operator";
    if (pat)
        names[m++] = "`|`";
    qsort(names, (size_t)m, sizeof *names, cmp_str);
    CharVec out = {0};
    int k = 0;
    for (int i = 0; i < m; i++) {
        if (i > 0 && strcmp(names[i], names[i - 1]) == 0)
            continue;
        names[k++] = names[i];
    }
    for (int i = 0; i < k; i++) {
        if (i > 0)
            str_appendf(&out, k == 2 ? " or " : i == k - 1 ? ", or " : ", ");
        str_appendf(&out, "%s", names[i]);
    }
    *count = k;
    return out.data ? out.data : "";
}

static bool has_sym(const int *syms, int n, int kind) {
    int s = kind;
    for (int i = 0; i < n; i++)
        if (syms[i] == s)
            return true;
    return false;
}

/* The kind of the token after the current one (read ahead and kept). */
static int next_kind(Parser *p) {
    Tok next = parse_next_token(p);
    parse_push_back(p, next);
    return next.kind;
}

/* rustc's find_best_match_for_name over keywords: a case-insensitive
 * match, else the closest within a third of the name's length. */
static const char *similar_keyword(const char *name, const char *const *kws, int nkws) {
    for (int i = 0; i < nkws; i++) {
        size_t k = 0;
        while (kws[i][k] && tolower((unsigned char)kws[i][k]) == tolower((unsigned char)name[k]))
            k++;
        if (!kws[i][k] && !name[k])
            return kws[i];
    }
    int len = (int)strlen(name);
    int limit = (len > 3 ? len : 3) / 3;
    const char *best = NULL;
    for (int i = 0; i < nkws && limit >= 0; i++) {
        int dist = diag_edit_distance(name, kws[i], limit);
        if (dist == 0)
            return kws[i];
        if (dist > 0) {
            best = kws[i];
            limit = dist - 1;
        }
    }
    return best;
}

/* rustc's check_for_misspelled_kw: the found identifier may be a keyword
 * the parser wanted, or the identifier before it any keyword (`a b` for
 * `a as b`). */
static void misspelled_keyword(Parser *p, Diag *d, const int *syms, int n) {
    static const char *const used[] = {
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
        "use", "where", "while", "async", "await", "dyn",
    };
    if (d->children.len > 0)
        return;  /* rustc only when no other suggestion was made */
    const char *kws[64];
    int nkws = 0;
    bool op = after_expr(syms, n);
    for (int i = 0; i < n && nkws < 64; i++) {
        if (op && syms[i] == KW_AS)
            continue;  /* rustc lists `as` as "an operator", not a keyword */
        const char *name = parse_token_name(syms[i]);
        if (name[0] == '"')
            name++;
        for (size_t k = 0; k < sizeof used / sizeof used[0]; k++)
            if (strncmp(name, used[k], strlen(used[k])) == 0 &&
                !isalnum((unsigned char)name[strlen(used[k])]) && name[strlen(used[k])] != '_')
                kws[nkws++] = used[k];
    }
    const Tok *t = &p->cur;
    const char *kw = NULL;
    Span at = t->span;
    if (t->kind != IDENT && !parse_is_keyword(t->kind))
        return;  /* rustc looks only when an identifier was found */
    if (t->kind == IDENT && nkws > 0)
        kw = similar_keyword(sym_str(t->val.IDENT), kws, nkws);
    if (!kw && !(t->kind == IDENT && nkws > 0 && kw) && p->prev.kind == IDENT) {
        kw = similar_keyword(sym_str(p->prev.val.IDENT), used, (int)(sizeof used / sizeof used[0]));
        at = p->prev.span;
    }
    if (kw)
        diag_set_suggestion_style(
            diag_suggest(d, at, kw, "there is a keyword `%s` with a similar name", kw), SUGG_VERBOSE);
}

/* "expected one of A, B, or C, found X" (or "expected A, found X") with
 * rustc's placement of the labels: on the token when it is on the line of
 * the previous one, else after the previous token plus "unexpected token". */
static Diag *expected_one_of(Parser *p, const int *syms, int n, const Tok *t) {
    int count;
    expect_ctx_bang = p->prev.kind == '!' && p->older[0].kind == IDENT &&
                      strcmp(sym_str(p->older[0].val.IDENT), "macro_rules") != 0;
    const char *list = expected_list(syms, n, &count);
    const char *found = tok_descr(p, t);
    const char *label = count > 6 ? arena_printf(compiler_arena, "expected one of %d possible tokens", count)
                        : count > 1 ? arena_printf(compiler_arena, "expected one of %s", list)
                                    : arena_printf(compiler_arena, "expected %s", list);
    const char *msg = count > 1 ? arena_printf(compiler_arena, "expected one of %s, found %s", list, found)
                      : count == 1 ? arena_printf(compiler_arena, "expected %s, found %s", list, found)
                                   : arena_printf(compiler_arena, "unexpected token: %s", found);
    Diag *d;
    if (t->kind == 0) {
        d = diag_new(DIAG_ERROR, NULL, p->prev.span, label, "%s", msg);
    } else if (count == 0) {
        d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "%s", msg);
    } else if (parse_text_newline(p->file, p->prev.span.lo, t->span.lo)) {
        d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "%s", msg);
        diag_label(d, span_at(p->prev.span.hi, p->prev.span.hi), "%s", label);
        diag_primary_label(d, t->span, "unexpected token");
    } else {
        d = diag_new(DIAG_ERROR, NULL, t->span, label, "%s", msg);
    }
    misspelled_keyword(p, d, syms, n);
    if (d->children.len == 0 && t->kind == IDENT && has_sym(syms, n, '.') &&
        (p->prev.kind == IDENT || p->prev.kind == ')' || p->prev.kind == ']') &&
        (p->prev.span.hi == t->span.lo || next_kind(p) == '.'))
        diag_set_suggestion_style(diag_suggest(d, span_at(p->prev.span.hi, t->span.lo), ".",
                                               "you might have meant to write a field access"),
                                  SUGG_VERBOSE);
    return d;
}

/* The token feed's repairs: rustc's "expected `;`" before a new line, and
 * its "missing `,`" between the elements of a parenthesised list. */
void parse_report_missing(Parser *p, const void *ss, Tok t, int sep) {
    Span at = span_at(p->cur.span.hi, p->cur.span.hi);
    p->closed_by = UINT32_MAX;  /* the error is at t, after any group `cur` closed */
    if (sep == ';') {
        Diag *d = diag_new(DIAG_ERROR, NULL, at, NULL, "expected `;`, found %s", tok_descr(p, &t));
        diag_set_suggestion_style(diag_suggest_inline(d, at, ";", "add `;` here"), SUGG_INLINE_MSG);
        diag_label(d, t.span, "unexpected token");
        parse_emit(p, d);
        return;
    }
    int syms[PARSE_MAX_EXPECTED];
    int n = parse_expected(ss, syms);
    Tok saved = p->prev;
    p->prev = p->cur;
    Diag *d = expected_one_of(p, syms, n, &t);
    p->prev = saved;
    diag_set_suggestion_style(diag_suggest_inline(d, at, ",", "missing `,`"), SUGG_INLINE_MSG);
    parse_flush_pending_comma(p);
    p->pending_comma = d;
    p->pending_depth = p->delims.len;
    p->pending_at = at.lo;
}

void parse_flush_pending_comma(Parser *p) {
    if (p->pending_comma)
        parse_emit(p, p->pending_comma);
    p->pending_comma = NULL;
}

static bool is_format_macro(Symbol name) {
    static const char *const names[] = {
        "print", "println", "eprint", "eprintln", "format", "panic", "write", "writeln",
        "unreachable", "todo", "unimplemented", "assert", "debug_assert", "format_args",
    };
    const char *s = sym_str(name);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i]) == 0)
            return true;
    return false;
}

/* Errors inside a macro call's arguments, worded as the macro's own parser
 * words them: format_args! and assert! want a `,` after each argument;
 * macro_rules! macros (vec!, assert_eq!) say "no rules expected". */
static Diag *macro_arg_error(Parser *p, const Delim *g, const int *syms, int n, const char *found) {
    const Tok *t = &p->cur;
    bool comma = has_sym(syms, n, ',');
    if (is_format_macro(g->macro)) {
        if (!comma)
            return NULL;
        if (p->prev.kind == LIT_STR && p->older[0].span.lo == g->lo)
            return diag_new(DIAG_ERROR, NULL, t->span, "expected `,`", "expected `,`, found %s",
                            found);
        /* the list without the group's closer: the macro's parser stops
         * at the end of its arguments */
        int *rest = ALLOC_N(int, n);
        int m = 0;
        int closer = parse_closer_of(g->kind);
        for (int i = 0; i < n; i++)
            if (syms[i] != closer)
                rest[m++] = syms[i];
        return expected_one_of(p, rest, m, t);
    }
    Diag *d = diag_new(DIAG_ERROR, NULL, t->span, "no rules expected this token in macro call",
                       "no rules expected %s", found);
    if (comma && after_expr(syms, n)) {
        Span at = span_at(p->prev.span.hi, p->prev.span.hi);
        diag_set_suggestion_style(diag_suggest_inline(d, at, ",", "missing comma here"),
                                  SUGG_INLINE_MSG);
        /* vec!'s repetition; its other notes point into std's sources */
        if (strcmp(sym_str(g->macro), "vec") == 0 && g->commas > 0)
            diag_note(d, "while trying to match sequence start");
    }
    return d;
}

/* C's `x++`, `++x` and `~x`, which rustc explains. */
static Diag *c_operator_error(Parser *p, const int *syms, int n) {
    const Tok *t = &p->cur;
    const char *src = p->file->text;
    bool expr_start = has_sym(syms, n, KW_IF) && has_sym(syms, n, LIT_INT);
    if (t->kind == '+' && p->prev.kind == '+' && p->prev.span.hi == t->span.lo && expr_start) {
        Span pp = span_join(p->prev.span, t->span);
        Diag *d = diag_new(DIAG_ERROR, NULL, pp, "not a valid postfix operator",
                           "Rust has no postfix increment operator");
        diag_set_suggestion_style(diag_suggest(d, pp, " += 1", "use `+= 1` instead"), SUGG_VERBOSE);
        return d;
    }
    if (t->kind == '+' && t->span.hi < p->file->len && src[t->span.hi] == '+' && expr_start) {
        Span pp = span_at(t->span.lo, t->span.hi + 1);
        uint32_t i = pp.hi;
        while (i < p->file->len && (src[i] == ' ' || src[i] == '\t'))
            i++;
        uint32_t j = i;
        while (j < p->file->len && (src[j] == '_' || (src[j] >= 'a' && src[j] <= 'z') ||
                                    (src[j] >= 'A' && src[j] <= 'Z') || (src[j] >= '0' && src[j] <= '9')))
            j++;
        Diag *d = diag_new(DIAG_ERROR, NULL, pp, "not a valid prefix operator",
                           "Rust has no prefix increment operator");
        if (j > i) {
            Diag *h = diag_suggest(d, span_at(pp.lo, i), "", "use `+= 1` instead");
            diag_suggest_part(h, span_at(j, j), " += 1");
            diag_set_suggestion_style(h, SUGG_VERBOSE);
        }
        return d;
    }
    return NULL;
}

static uint32_t first_nonspace(Parser *p, uint32_t at) {
    const char *s = p->file->text;
    while (at < p->file->len && (s[at] == ' ' || s[at] == '\t' || s[at] == '\n' || s[at] == '\r'))
        at++;
    return at;
}

/* IDENT and the keywords that stand for a path segment (and `<` of a
 * qualified path): rustc says "expected identifier". */
static bool only_path_segments(const int *syms, int n) {
    for (int i = 0; i < n; i++) {
        int s = syms[i];
        if (s != IDENT && s != KW_SELF && s != KW_SELF_TYPE &&
            s != KW_SUPER && s != KW_CRATE && s != '<' &&
            s != KW_MUT)
            return false;
    }
    return true;
}

/* rustc offers `r#kw` only if the token after the keyword could follow a
 * name there. */
static bool raw_ident_fits(Parser *p) {
    Tok next = parse_next_token(p);
    parse_push_back(p, next);
    switch (next.kind) {
    case '=': case ':': case ',': case ';': case COLONCOLON: case '{': case '(': case '}': case ')':
        return true;
    default:
        return false;
    }
}

/* "while parsing the type for `x`" when `let x: ` has no type. */
static void let_type_label(Parser *p, Diag *d) {
    if (p->prev.kind != ':' || p->older[0].kind != IDENT)
        return;
    if (p->older[1].kind == KW_LET)
        diag_label(d, p->prev.span, "while parsing the type for `%s`", sym_str(p->older[0].val.IDENT));
    else if (p->older[1].kind == KW_MUT)
        diag_label(d, p->prev.span, "while parsing the type for the binding");
}

void parse_report_syntax_error(Parser *p, const int *syms, int n) {
    const Tok *t = &p->cur;
    Tok eof;
    int depth = p->delims.len + (parse_is_closer(t->kind) ? 1 : 0);  /* before t */
    const Head *head = p->nheads > 0 && p->heads[p->nheads - 1].depth == depth
                           ? &p->heads[p->nheads - 1] : NULL;
    const Delim *g = parse_macro_group(p);
    bool end_of_args = g && parse_is_closer(t->kind) && g == &p->closed;
    const char *found = tok_descr(p, t);
    if (end_of_args && !(has_sym(syms, n, KW_IF) && has_sym(syms, n, LIT_INT))) {
        /* the macro's own parser sees the end of its input */
        eof = *t;
        eof.kind = 0;
        eof.span = p->prev.span;
        t = &eof;
        found = "`<eof>`";
    }
    bool op = after_expr(syms, n);
    bool expr_start = has_sym(syms, n, KW_IF) && has_sym(syms, n, LIT_INT);
    bool pat_start = has_sym(syms, n, KW_REF);
    bool type_start = has_sym(syms, n, KW_DYN);
    bool item_start = has_sym(syms, n, KW_FN) && has_sym(syms, n, KW_STRUCT) && !expr_start;
    bool ident = has_sym(syms, n, IDENT);
    Diag *d = c_operator_error(p, syms, n);

    if (d) {
        /* reported below */
    } else if (end_of_args && expr_start) {
        Span at = span_at(p->prev.span.hi, p->prev.span.hi);
        d = diag_new(DIAG_ERROR, NULL, at, "expected expression",
                     "expected expression, found end of macro arguments");
    } else if (g && !end_of_args && p->delims.len > 0 && g == &p->delims.data[p->delims.len - 1] &&
               (d = macro_arg_error(p, g, syms, n, found)) != NULL) {
        /* reported below */
    } else if (t->kind == '(' && p->prev.kind == IDENT && n == 2 && has_sym(syms, n, '!') &&
               has_sym(syms, n, COLONCOLON) && p->delims.len == 1) {
        /* `main() {` among the items */
        const char *name = sym_str(p->prev.val.IDENT);
        d = diag_new(DIAG_ERROR, NULL, p->prev.span, NULL, "missing `fn` for function definition");
        diag_set_suggestion_style(diag_suggest(d, span_at(p->prev.span.lo, p->prev.span.lo), "fn ",
                                               "add `fn` here to parse `%s` as a function", name),
                                  SUGG_VERBOSE);
    } else if (p->prev.kind == '.' && !op && ident && n <= 4) {
        d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "unexpected token: %s", found);
    } else if (head && head->kind == KW_IF && has_sym(syms, n, '{') &&
               !has_sym(syms, n, ';') && p->file->text[first_nonspace(p, head->span.hi)] == '{') {
        /* `if {` : the block was taken for the condition */
        uint32_t brace = first_nonspace(p, head->span.hi);
        Span at = span_at(head->span.hi, head->span.hi);
        d = diag_new(DIAG_ERROR, NULL, at, "expected condition here",
                     "missing condition for `if` expression");
        diag_label(d, span_at(brace, brace + 1), "if this block is the condition of the `if` "
                                                 "expression, then it must be followed by another "
                                                 "block");
    } else if (head && op && has_sym(syms, n, '{') && !has_sym(syms, n, ';') &&
               !has_sym(syms, n, ',') && t->kind != 0) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected `{`", "expected `{`, found %s", found);
        Span cond = span_at(head->span.hi, p->prev.span.hi);
        while (cond.lo < cond.hi && (p->file->text[cond.lo] == ' ' || p->file->text[cond.lo] == '\n' ||
                                     p->file->text[cond.lo] == '\t'))
            cond.lo++;
        if (head->kind == KW_IF) {
            diag_child(d, DIAG_NOTE, cond, NULL,
                       "the `if` expression is missing a block after this condition");
        } else if (head->kind == KW_WHILE) {
            diag_label(d, head->span, "while parsing the body of this `while` expression");
            diag_label(d, cond, "this `while` condition successfully parsed");
        }
    } else if (op) {
        d = expected_one_of(p, syms, n, t);
    } else if (parse_innermost(p) && parse_innermost(p)->params &&
               p->prev.kind == IDENT && (t->kind == ')' || t->kind == ',') && has_sym(syms, n, ':')) {
        /* `fn f(x)` */
        d = expected_one_of(p, syms, n, t);
        diag_set_suggestion_style(diag_suggest(d, span_at(p->prev.span.hi, p->prev.span.hi),
                                               ": TypeName",
                                               "if this is a parameter name, give it a type"),
                                  SUGG_VERBOSE);
        diag_set_suggestion_style(diag_suggest(d, span_at(p->prev.span.lo, p->prev.span.lo), "_: ",
                                               "if this is a type, explicitly ignore the parameter "
                                               "name"),
                                  SUGG_VERBOSE);
    } else if (p->delims.len > 0 && p->delims.data[p->delims.len - 1].params &&
               p->prev.kind == IDENT && t->kind == IDENT && has_sym(syms, n, '@') &&
               has_sym(syms, n, ':') && next_kind(p) != ':') {
        /* `fn f(x i32)` */
        d = expected_one_of(p, syms, n, t);
        diag_suggest_inline(d, span_join(p->prev.span, t->span), "<identifier>: <type>",
                            "declare the type after the parameter binding");
    } else if (t->kind == KW_LET && p->prev.kind == KW_LET) {
        d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "expected pattern, found `let`");
        Tok next = parse_next_token(p);
        parse_push_back(p, next);
        diag_set_suggestion_style(diag_suggest(d, span_at(t->span.lo, next.span.lo), "",
                                               "remove the unnecessary `let` keyword"),
                                  SUGG_VERBOSE);
    } else if (pat_start && p->delims.len > 0 && p->delims.data[p->delims.len - 1].params &&
               !parse_is_keyword(t->kind)) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected parameter name",
                     "expected parameter name, found %s", found);
    } else if (parse_is_keyword(t->kind) && t->kind != KW_IN && ident && !expr_start && !item_start) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected identifier, found keyword",
                     "expected identifier, found %s", found);
        const char *kw = arena_strndup(compiler_arena, p->file->text + t->span.lo,
                                       t->span.hi - t->span.lo);
        if (raw_ident_fits(p))
            diag_suggest(d, span_at(t->span.lo, t->span.lo), "r#",
                         "escape `%s` to use it as an identifier", kw);
    } else if (expr_start) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected expression",
                     "expected expression, found %s", found);
    } else if (pat_start) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected pattern", "expected pattern, found %s",
                     found);
    } else if (type_start) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected type", "expected type, found %s", found);
        let_type_label(p, d);
    } else if (item_start) {
        if (t->kind == KW_LET) {
            d = diag_new(DIAG_ERROR, NULL, t->span, "`let` cannot be used for global variables",
                         "expected item, found %s", found);
            diag_set_suggestion_style(
                diag_suggest_inline(d, t->span, "static",
                                    "consider using `static` or `const` instead of `let`"),
                SUGG_INLINE_MSG);
        } else {
            d = diag_new(DIAG_ERROR, NULL, t->span, "expected item", "expected item, found %s",
                         found);
        }
        diag_note(d, "for a full list of items that can appear in modules, see "
                     "<https://doc.rust-lang.org/reference/items.html>");
    } else if (ident && only_path_segments(syms, n)) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected identifier",
                     "expected identifier, found %s", found);
    } else {
        d = expected_one_of(p, syms, n, t);
    }
    parse_emit(p, d);
    parse_flush_pending_comma(p);
}


