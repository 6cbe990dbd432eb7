/* ast.c: AST construction and the --dump-ast printer.
 *
 * Constructors allocate zeroed nodes in the compiler arena and set the kind
 * and span; the parser fills the rest. ast_dump() prints an indented tree,
 * one node per line: the node's kind, its key fields, its line:col, and
 * after ": " the type the type checker gave it, if any. Golden tests
 * (tests/lit/parser) read it, so its format changes only with them.
 */
#include "ast.h"

#include <string.h>

/* ---- construction ------------------------------------------------------------ */

Expr *ast_expr(ExprKind kind, Span span) {
    Expr *e = ALLOC(Expr);
    e->kind = kind;
    e->span = span;
    return e;
}

Stmt *ast_stmt(StmtKind kind, Span span) {
    Stmt *s = ALLOC(Stmt);
    s->kind = kind;
    s->span = span;
    return s;
}

Pat *ast_pat(PatKind kind, Span span) {
    Pat *p = ALLOC(Pat);
    p->kind = kind;
    p->span = span;
    return p;
}

TypeExpr *ast_type(TypeExprKind kind, Span span) {
    TypeExpr *t = ALLOC(TypeExpr);
    t->kind = kind;
    t->span = span;
    return t;
}

Item *ast_item(ItemKind kind, Span span) {
    Item *it = ALLOC(Item);
    it->kind = kind;
    it->span = span;
    return it;
}

Block *ast_block(Span span) {
    Block *b = ALLOC(Block);
    b->span = span;
    return b;
}

Path *ast_path(Span span) {
    Path *p = ALLOC(Path);
    p->span = span;
    return p;
}

void ast_coerce(Expr **slot, CoerceKind kind, Type *to) {
    Expr *inner = *slot;
    Expr *c = ast_expr(EXPR_COERCE, inner->span);
    c->ty = to;
    c->as.coerce.kind = kind;
    c->as.coerce.inner = inner;
    *slot = c;
}

const char *binop_text(BinOp op) {
    switch (op) {
    case BIN_ADD: return "+";
    case BIN_SUB: return "-";
    case BIN_MUL: return "*";
    case BIN_DIV: return "/";
    case BIN_REM: return "%";
    case BIN_AND: return "&";
    case BIN_OR: return "|";
    case BIN_XOR: return "^";
    case BIN_SHL: return "<<";
    case BIN_SHR: return ">>";
    case BIN_EQ: return "==";
    case BIN_NE: return "!=";
    case BIN_LT: return "<";
    case BIN_LE: return "<=";
    case BIN_GT: return ">";
    case BIN_GE: return ">=";
    case BIN_LAND: return "&&";
    case BIN_LOR: return "||";
    }
    return "?";
}

const char *unop_text(UnOp op) {
    switch (op) {
    case UN_NEG: return "-";
    case UN_NOT: return "!";
    case UN_DEREF: return "*";
    }
    return "?";
}

/* ---- --dump-ast ------------------------------------------------------------------ */

/* Deeper trees are cut: the printer recurses, and a 100,000-deep
 * expression must not take the stack with it. */
enum { DUMP_MAX_DEPTH = 400 };

typedef struct Dumper {
    const SourceFile *file;
    CharVec *out;
} Dumper;

static void dump_expr(Dumper *d, const Expr *e, int depth);
static void dump_block(Dumper *d, const Block *b, int depth, const char *what);
static void dump_pat(Dumper *d, const Pat *p, int depth);

/* Starts a node's line: indentation and, if depth is too great, a cut. */
static bool line_start(Dumper *d, int depth) {
    for (int i = 0; i < depth && i < DUMP_MAX_DEPTH; i++)
        str_append(d->out, "  ", 2);
    if (depth > DUMP_MAX_DEPTH) {
        str_appendf(d->out, "...\n");
        return false;
    }
    return true;
}

/* Ends a node's line with its position and, if known, its type. */
static void line_end(Dumper *d, Span sp, Type *ty) {
    LineCol lc = src_linecol(d->file, sp.lo);
    str_appendf(d->out, " %u:%u", lc.line, lc.col);
    if (ty)
        str_appendf(d->out, ": %s", ty_to_string(ty));
    str_append(d->out, "\n", 1);
}

static void append_escaped(CharVec *out, const char *s, uint32_t n, char quote) {
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            str_appendf(out, "\\n");
        else if (c == '\r')
            str_appendf(out, "\\r");
        else if (c == '\t')
            str_appendf(out, "\\t");
        else if (c == '\\')
            str_appendf(out, "\\\\");
        else if (c == (unsigned char)quote)
            str_appendf(out, "\\%c", quote);
        else if (c < 0x20 || c == 0x7f)
            str_appendf(out, "\\u{%x}", c);
        else
            str_append(out, (const char *)&c, 1);
    }
}

static void append_u128(CharVec *out, u128 v) {
    char buf[48];
    int i = (int)sizeof buf - 1;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    str_appendf(out, "%s", buf + i);
}

static void append_source(Dumper *d, Span sp) {
    str_append(d->out, d->file->text + sp.lo, sp.hi - sp.lo);
}

static void append_path(Dumper *d, const Path *p) {
    for (int i = 0; i < p->segs.len; i++) {
        const PathSeg *s = &p->segs.data[i];
        if (i > 0)
            str_appendf(d->out, "::");
        str_appendf(d->out, "%s", sym_str(s->name));
        if (s->generics.len > 0) {
            str_appendf(d->out, "::<");
            for (int k = 0; k < s->generics.len; k++) {
                if (k > 0)
                    str_appendf(d->out, ", ");
                append_source(d, s->generics.data[k]->span);
            }
            str_appendf(d->out, ">");
        }
    }
}

static void dump_type(Dumper *d, const TypeExpr *t, int depth, const char *what) {
    if (!t || !line_start(d, depth))
        return;
    str_appendf(d->out, "%s `", what);
    append_source(d, t->span);
    str_appendf(d->out, "`");
    line_end(d, t->span, t->resolved);
}

static const char *res_name(ResKind r) {
    switch (r) {
    case RES_NONE: return NULL;
    case RES_LOCAL: return "local";
    case RES_FN: return "fn";
    case RES_STATIC: return "static";
    case RES_CONST: return "const";
    case RES_BUILTIN: return "builtin";
    case RES_CONST_VALUE: return "value";
    }
    return NULL;
}

static const char *coerce_name(CoerceKind k) {
    switch (k) {
    case COERCE_DEREF_STRING: return "deref-string";
    case COERCE_REBORROW: return "reborrow";
    case COERCE_NEVER: return "never";
    case COERCE_AUTOREF: return "autoref";
    case COERCE_AUTOREF_MUT: return "autoref-mut";
    case COERCE_AUTODEREF: return "autoderef";
    }
    return "?";
}

static void dump_exprs(Dumper *d, ExprVec v, int depth) {
    for (int i = 0; i < v.len; i++)
        dump_expr(d, v.data[i], depth);
}

static void dump_label(Dumper *d, Symbol label) {
    if (label)
        str_appendf(d->out, " %s", sym_str(label));
}

static void dump_expr(Dumper *d, const Expr *e, int depth) {
    if (e && e->kind == EXPR_BLOCK) {
        dump_block(d, e->as.block, depth, "block");
        return;
    }
    if (!e || !line_start(d, depth))
        return;
    CharVec *o = d->out;
    int in = depth + 1;
    switch (e->kind) {
    case EXPR_INT:
        str_appendf(o, "int ");
        append_u128(o, e->as.lit.int_value);
        if (e->as.lit.suffix)
            str_appendf(o, "%s", ty_to_string(e->as.lit.suffix));
        line_end(d, e->span, e->ty);
        return;
    case EXPR_FLOAT:
        str_appendf(o, "float %s", e->as.lit.text ? e->as.lit.text : "?");
        if (e->as.lit.suffix)
            str_appendf(o, "%s", ty_to_string(e->as.lit.suffix));
        line_end(d, e->span, e->ty);
        return;
    case EXPR_BOOL:
        str_appendf(o, "bool %s", e->as.lit.int_value ? "true" : "false");
        line_end(d, e->span, e->ty);
        return;
    case EXPR_CHAR: {
        uint32_t c = (uint32_t)e->as.lit.int_value;
        str_appendf(o, "char ");
        if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\')
            str_appendf(o, "'%c'", (char)c);
        else
            str_appendf(o, "U+%04X", c);
        line_end(d, e->span, e->ty);
        return;
    }
    case EXPR_STR:
        str_appendf(o, "str \"");
        append_escaped(o, e->as.lit.text ? e->as.lit.text : "", e->as.lit.len, '"');
        str_appendf(o, "\"");
        line_end(d, e->span, e->ty);
        return;
    case EXPR_PATH: {
        str_appendf(o, "path ");
        append_path(d, e->as.path.path);
        const char *r = res_name(e->as.path.res);
        if (r)
            str_appendf(o, " (%s)", r);
        line_end(d, e->span, e->ty);
        return;
    }
    case EXPR_UNARY:
        str_appendf(o, "unary %s", unop_text(e->as.unary.op));
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.unary.operand, in);
        return;
    case EXPR_BINARY:
        str_appendf(o, "binary %s", binop_text(e->as.binary.op));
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.binary.lhs, in);
        dump_expr(d, e->as.binary.rhs, in);
        return;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN:
        if (e->kind == EXPR_ASSIGN)
            str_appendf(o, "assign =");
        else
            str_appendf(o, "assign %s=", binop_text(e->as.assign.op));
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.assign.lhs, in);
        dump_expr(d, e->as.assign.rhs, in);
        return;
    case EXPR_REF:
        str_appendf(o, "ref %s", e->as.ref.mut ? "&mut" : "&");
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.ref.operand, in);
        return;
    case EXPR_CAST:
        str_appendf(o, "cast");
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.cast.operand, in);
        dump_type(d, e->as.cast.type, in, "type");
        return;
    case EXPR_CALL:
        str_appendf(o, "call");
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.call.callee, in);
        dump_exprs(d, e->as.call.args, in);
        return;
    case EXPR_METHOD:
        str_appendf(o, "method %s", sym_str(e->as.method.name));
        if (e->as.method.generics.len) {
            str_appendf(o, "::<");
            for (int i = 0; i < e->as.method.generics.len; i++) {
                if (i)
                    str_appendf(o, ", ");
                append_source(d, e->as.method.generics.data[i]->span);
            }
            str_appendf(o, ">");
        }
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.method.receiver, in);
        dump_exprs(d, e->as.method.args, in);
        return;
    case EXPR_FIELD:
        str_appendf(o, "field %s", sym_str(e->as.field.name));
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.field.base, in);
        return;
    case EXPR_TUPLE_FIELD:
        str_appendf(o, "field .%d", e->as.tuple_field.index);
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.tuple_field.base, in);
        return;
    case EXPR_INDEX:
        str_appendf(o, "index");
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.index.base, in);
        dump_expr(d, e->as.index.index, in);
        return;
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        str_appendf(o, "%s", e->kind == EXPR_TUPLE ? "tuple" : "array");
        line_end(d, e->span, e->ty);
        dump_exprs(d, e->as.list, in);
        return;
    case EXPR_REPEAT:
        str_appendf(o, "repeat");
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.repeat.value, in);
        dump_expr(d, e->as.repeat.count, in);
        return;
    case EXPR_BLOCK:
        return;  /* handled above */
    case EXPR_IF:
        str_appendf(o, "if");
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.if_.cond, in);
        dump_block(d, e->as.if_.then, in, "then");
        if (e->as.if_.else_ && line_start(d, in)) {
            str_appendf(o, "else");
            line_end(d, e->as.if_.else_->span, NULL);
            dump_expr(d, e->as.if_.else_, in + 1);
        }
        return;
    case EXPR_WHILE:
    case EXPR_LOOP:
    case EXPR_FOR:
        str_appendf(o, "%s", e->kind == EXPR_WHILE ? "while" : e->kind == EXPR_LOOP ? "loop" : "for");
        dump_label(d, e->as.loop.label);
        line_end(d, e->span, e->ty);
        if (e->kind == EXPR_WHILE)
            dump_expr(d, e->as.loop.cond, in);
        if (e->kind == EXPR_FOR) {
            dump_pat(d, e->as.loop.pat, in);
            dump_expr(d, e->as.loop.iter, in);
        }
        dump_block(d, e->as.loop.body, in, "block");
        return;
    case EXPR_BREAK:
    case EXPR_CONTINUE:
    case EXPR_RETURN:
        str_appendf(o, "%s", e->kind == EXPR_BREAK ? "break" : e->kind == EXPR_CONTINUE ? "continue" : "return");
        dump_label(d, e->as.jump.label);
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.jump.value, in);
        return;
    case EXPR_RANGE:
        str_appendf(o, "range %s", e->as.range.inclusive ? "..=" : "..");
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.range.lo, in);
        dump_expr(d, e->as.range.hi, in);
        return;
    case EXPR_MACRO:
        str_appendf(o, "macro %s!%s", sym_str(e->as.mac.name),
                    e->as.mac.form == MACRO_REPEAT ? " [repeat]" : "");
        line_end(d, e->span, e->ty);
        for (int i = 0; i < e->as.mac.args.len; i++) {
            const MacroArg *a = &e->as.mac.args.data[i];
            if (a->name) {
                if (!line_start(d, in))
                    continue;
                str_appendf(o, "arg %s =", sym_str(a->name));
                line_end(d, a->name_span, NULL);
                dump_expr(d, a->expr, in + 1);
            } else {
                dump_expr(d, a->expr, in);
            }
        }
        return;
    case EXPR_COERCE:
        str_appendf(o, "coerce %s", coerce_name(e->as.coerce.kind));
        line_end(d, e->span, e->ty);
        dump_expr(d, e->as.coerce.inner, in);
        return;
    }
}

static void dump_pat(Dumper *d, const Pat *p, int depth) {
    if (!p || !line_start(d, depth))
        return;
    switch (p->kind) {
    case PAT_BIND:
        str_appendf(d->out, "pat %s%s%s", p->as.bind.by_ref ? "ref " : "",
                    p->as.bind.mut ? "mut " : "", sym_str(p->as.bind.name));
        line_end(d, p->span, p->ty);
        return;
    case PAT_WILD:
        str_appendf(d->out, "pat _");
        line_end(d, p->span, p->ty);
        return;
    case PAT_REST:
        str_appendf(d->out, "pat ..");
        line_end(d, p->span, p->ty);
        return;
    case PAT_TUPLE:
        str_appendf(d->out, "pat tuple");
        line_end(d, p->span, p->ty);
        for (int i = 0; i < p->as.tuple.len; i++)
            dump_pat(d, p->as.tuple.data[i], depth + 1);
        return;
    case PAT_LIT:
        str_appendf(d->out, "pat literal");
        line_end(d, p->span, p->ty);
        dump_expr(d, p->as.lit, depth + 1);
        return;
    }
}

static void dump_item(Dumper *d, const Item *it, int depth);

static void dump_stmt(Dumper *d, const Stmt *s, int depth) {
    if (!line_start(d, depth))
        return;
    switch (s->kind) {
    case STMT_LET:
        str_appendf(d->out, "let");
        line_end(d, s->span, NULL);
        dump_pat(d, s->as.let.pat, depth + 1);
        dump_type(d, s->as.let.type, depth + 1, "type");
        dump_expr(d, s->as.let.init, depth + 1);
        return;
    case STMT_EXPR:
        str_appendf(d->out, "%s", s->as.expr.semi ? "expr;" : "expr");
        line_end(d, s->span, NULL);
        dump_expr(d, s->as.expr.expr, depth + 1);
        return;
    case STMT_ITEM:
        str_appendf(d->out, "item");
        line_end(d, s->span, NULL);
        dump_item(d, s->as.item, depth + 1);
        return;
    case STMT_EMPTY:
        str_appendf(d->out, ";");
        line_end(d, s->span, NULL);
        return;
    }
}

static void dump_block(Dumper *d, const Block *b, int depth, const char *what) {
    if (!b || !line_start(d, depth))
        return;
    str_appendf(d->out, "%s", what);
    line_end(d, b->span, NULL);
    for (int i = 0; i < b->stmts.len; i++)
        dump_stmt(d, b->stmts.data[i], depth + 1);
    if (b->tail) {
        if (!line_start(d, depth + 1))
            return;
        str_appendf(d->out, "tail");
        line_end(d, b->tail->span, NULL);
        dump_expr(d, b->tail, depth + 2);
    }
}

static void dump_item(Dumper *d, const Item *it, int depth) {
    if (!line_start(d, depth))
        return;
    CharVec *o = d->out;
    switch (it->kind) {
    case ITEM_FN:
        str_appendf(o, "fn %s", sym_str(it->name));
        if (it->as.fn.lifetimes.len) {
            str_appendf(o, "<");
            for (int i = 0; i < it->as.fn.lifetimes.len; i++)
                str_appendf(o, "%s%s", i ? ", " : "", sym_str(it->as.fn.lifetimes.data[i]));
            str_appendf(o, ">");
        }
        line_end(d, it->span, NULL);
        for (int i = 0; i < it->attrs.len; i++) {
            line_start(d, depth + 1);
            str_appendf(o, "attr %s `%s`", sym_str(it->attrs.data[i].name), it->attrs.data[i].text);
            line_end(d, it->attrs.data[i].span, NULL);
        }
        for (int i = 0; i < it->as.fn.params.len; i++) {
            const Param *p = &it->as.fn.params.data[i];
            line_start(d, depth + 1);
            str_appendf(o, "param");
            line_end(d, p->span, NULL);
            dump_pat(d, p->pat, depth + 2);
            dump_type(d, p->type, depth + 2, "type");
        }
        dump_type(d, it->as.fn.ret, depth + 1, "ret");
        dump_block(d, it->as.fn.body, depth + 1, "body");
        return;
    case ITEM_STATIC:
    case ITEM_CONST:
        str_appendf(o, "%s%s %s", it->kind == ITEM_STATIC ? "static" : "const",
                    it->as.global.mut ? " mut" : "", sym_str(it->name));
        line_end(d, it->span, it->as.global.ty);
        for (int i = 0; i < it->attrs.len; i++) {
            line_start(d, depth + 1);
            str_appendf(o, "attr %s `%s`", sym_str(it->attrs.data[i].name), it->attrs.data[i].text);
            line_end(d, it->attrs.data[i].span, NULL);
        }
        dump_type(d, it->as.global.type, depth + 1, "type");
        dump_expr(d, it->as.global.init, depth + 1);
        return;
    case ITEM_USE:
        str_appendf(o, "use");
        line_end(d, it->span, NULL);
        for (int i = 0; i < it->as.use.len; i++) {
            const UseTree *u = &it->as.use.data[i];
            line_start(d, depth + 1);
            str_appendf(o, "tree ");
            append_path(d, u->path);
            if (u->glob)
                str_appendf(o, "%s*", u->path->segs.len ? "::" : "");
            else
                str_appendf(o, " as %s", sym_str(u->alias));
            line_end(d, u->span, NULL);
        }
        return;
    }
}

void ast_dump(const Crate *crate, CharVec *out) {
    Dumper d = {crate->file, out};
    for (int i = 0; i < crate->attrs.len; i++) {
        str_appendf(out, "attr %s `%s`", sym_str(crate->attrs.data[i].name), crate->attrs.data[i].text);
        line_end(&d, crate->attrs.data[i].span, NULL);
    }
    for (int i = 0; i < crate->items.len; i++)
        dump_item(&d, crate->items.data[i], 0);
    if (!out->data)
        str_append(out, "", 0);
}
