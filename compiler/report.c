/* report.c: builds the layout report's model from MIR, layout and object.
 *
 * Takes the MIR program after drop elaboration and layout_program(), the
 * source file, and the object cg_emit() wrote; gives a Report (report.h).
 * This file owns the parts that are pure layout and object facts: STATIC
 * (literals from cg_literals(), statics, consts), CODE (symbol sizes and
 * prologues from the object), STACK frames and their slots with fields in
 * memory order, the `types` list, and the TIMELINE assembled from every
 * event; report_events.c reads the events and heap ownership off the MIR.
 * Rendering lives in report_text.c, report_md.c and report_json.c.
 */
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "layout.h"
#include "report_events.h"
#include "report_json.h"
#include "report_md.h"
#include "report_obj.h"
#include "report_text.h"

/* ---- small helpers ---------------------------------------------------------------- */

RLoc report_loc(const Report *r, Span span) {
    RLoc l = {0, 0, span.lo};
    if (r->src && span.lo <= r->src->len) {
        LineCol lc = src_linecol(r->src, span.lo);
        l.line = lc.line;
        l.col = lc.col;
    }
    return l;
}

const char *report_fate_text(RFate fate) {
    switch (fate) {
    case FATE_NONE: return "nothing to drop";
    case FATE_DROPPED: return "dropped";
    case FATE_DROPPED_MAYBE: return "dropped if still owned";
    case FATE_MOVED: return "moved out, not dropped";
    case FATE_PARTLY_MOVED: return "partly moved out; the rest dropped";
    case FATE_RETURNED: return "returned to the caller";
    }
    return "?";
}

const char *report_event_kind(REventKind kind) {
    switch (kind) {
    case EV_ASSIGN: return "assign";
    case EV_COPY: return "copy";
    case EV_MOVE: return "move";
    case EV_BORROW: return "borrow";
    case EV_DROP: return "drop";
    }
    return "?";
}

const char *report_escape(const char *bytes, uint32_t len) {
    CharVec out = {0};
    str_append(&out, "", 0);
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)bytes[i];
        switch (c) {
        case '\n': str_append(&out, "\\n", 2); break;
        case '\t': str_append(&out, "\\t", 2); break;
        case '\r': str_append(&out, "\\r", 2); break;
        case '\\': str_append(&out, "\\\\", 2); break;
        case '"': str_append(&out, "\\\"", 2); break;
        case '\0': str_append(&out, "\\0", 2); break;
        default:
            if (c < 0x20 || c == 0x7f)
                str_appendf(&out, "\\u{%x}", c);
            else
                str_append(&out, (const char *)&c, 1);
        }
    }
    return out.data;
}

const char *report_hex(const char *bytes, uint32_t len, uint32_t max) {
    CharVec out = {0};
    str_append(&out, "", 0);
    for (uint32_t i = 0; i < len && i < max; i++)
        str_appendf(&out, i ? " %02x" : "%02x", (unsigned char)bytes[i]);
    if (len > max)
        str_append(&out, " ...", 4);
    return out.data;
}

bool report_parse_format(const char *name, ReportFormat *out) {
    if (!strcmp(name, "text"))
        *out = REPORT_TEXT;
    else if (!strcmp(name, "markdown") || !strcmp(name, "md"))
        *out = REPORT_MARKDOWN;
    else if (!strcmp(name, "json"))
        *out = REPORT_JSON;
    else
        return false;
    return true;
}

void report_render(const Report *r, ReportFormat format, bool color, CharVec *out) {
    switch (format) {
    case REPORT_TEXT: report_text(r, color, out); break;
    case REPORT_MARKDOWN: report_markdown(r, out); break;
    case REPORT_JSON: report_json(r, out); break;
    }
}

/* ---- constant values, as Rust prints them --------------------------------------------- */

static void float_text(CharVec *out, double v, bool is_f32) {
    if (isnan(v)) {
        str_append(out, "NaN", 3);
        return;
    }
    if (isinf(v)) {
        str_appendf(out, "%sinf", v < 0 ? "-" : "");
        return;
    }
    /* the shortest digits that read back as the same value */
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        double back = strtod(buf, NULL);
        if (is_f32 ? (float)back == (float)v : back == v)
            break;
    }
    str_appendf(out, "%s", buf);
    if (!strpbrk(buf, ".eni"))
        str_append(out, ".0", 2);
}

static void value_text(CharVec *out, const ConstValue *c) {
    Type *t = c->ty ? ty_resolve(c->ty) : NULL;
    switch (c->kind) {
    case CONST_INT: {
        u128 u = c->bits;
        if (t && t->kind == TY_INT && int_kind_signed(t->as.int_kind)) {
            int bits = int_kind_bits(t->as.int_kind);
            if (bits < 128 && (c->bits >> (bits - 1)) & 1)
                u = c->bits | ~(((u128)1 << bits) - 1);
            if (u >> 127) {
                str_append(out, "-", 1);
                u = -u;   /* the magnitude, also of the minimum */
            }
        }
        str_appendf(out, "%s", u128_to_dec(u));
        return;
    }
    case CONST_FLOAT:
        float_text(out, c->f, t && t->kind == TY_FLOAT && t->as.float_kind == FLOAT_F32);
        return;
    case CONST_BOOL:
        str_appendf(out, "%s", c->bits ? "true" : "false");
        return;
    case CONST_CHAR: {
        uint32_t cp = (uint32_t)c->bits;
        char u[5] = {0};
        if (cp < 0x80) {
            u[0] = (char)cp;
        } else if (cp < 0x800) {
            u[0] = (char)(0xc0 | cp >> 6);
            u[1] = (char)(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            u[0] = (char)(0xe0 | cp >> 12);
            u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
            u[2] = (char)(0x80 | (cp & 0x3f));
        } else {
            u[0] = (char)(0xf0 | cp >> 18);
            u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
            u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
            u[3] = (char)(0x80 | (cp & 0x3f));
        }
        str_appendf(out, "'%s'", cp == '\'' ? "\\'" : report_escape(u, (uint32_t)strlen(u)));
        return;
    }
    case CONST_STR:
        str_appendf(out, "\"%s\"", report_escape(c->bytes, c->len));
        return;
    case CONST_UNIT:
        str_append(out, "()", 2);
        return;
    case CONST_AGGREGATE: {
        bool arr = t && t->kind == TY_ARRAY;
        str_append(out, arr ? "[" : "(", 1);
        for (int i = 0; i < c->nelems; i++) {
            if (i)
                str_append(out, ", ", 2);
            if (i == 8 && c->nelems > 10) {
                str_appendf(out, "... %d more", c->nelems - 8);
                break;
            }
            value_text(out, c->elems[i]);
        }
        if (!arr && c->nelems == 1)
            str_append(out, ",", 1);
        str_append(out, arr ? "]" : ")", 1);
        return;
    }
    case CONST_STATIC_REF:
        str_appendf(out, "&%s", c->item ? sym_str(c->item->name) : "?");
        return;
    case CONST_FN:
        str_appendf(out, "%s", c->item ? sym_str(c->item->name) : "fn");
        return;
    }
}

const char *report_const_text(const ConstValue *c) {
    CharVec out = {0};
    str_append(&out, "", 0);
    if (c)
        value_text(&out, c);
    return out.data;
}

/* ---- fields in memory order -------------------------------------------------------------- */

static const char *join_name(const char *prefix, const char *name) {
    if (!prefix || !*prefix)
        return name;
    if (name[0] == '[')
        return arena_printf(compiler_arena, "%s%s", prefix, name);
    return arena_printf(compiler_arena, "%s.%s", prefix, name);
}

static void push_field(RFieldVec *v, const char *name, const char *type, uint64_t off,
                       uint64_t size, uint64_t align, const char *points) {
    RField f = {name, type, off, size, align, points, false};
    vec_push(*v, f);
}

static void push_padding(RFieldVec *v, uint64_t off, uint64_t size) {
    if (size == 0)
        return;
    RField f = {"(padding)", "padding", off, size, 1, NULL, true};
    vec_push(*v, f);
}

/* The words of a String or &str, named as the report shows them. */
static bool word_fields(Type *t, RFieldVec *v, const char *prefix, uint64_t base) {
    t = ty_resolve(t);
    if (t->kind == TY_STRING) {
        push_field(v, join_name(prefix, "cap"), "usize", base, 8, 8, NULL);
        push_field(v, join_name(prefix, "ptr"), "*mut u8", base + 8, 8, 8, "heap");
        push_field(v, join_name(prefix, "len"), "usize", base + 16, 8, 8, NULL);
        return true;
    }
    if (t->kind == TY_REF && ty_resolve(t->as.ref.inner)->kind == TY_STR) {
        push_field(v, join_name(prefix, "ptr"), "*const u8", base, 8, 8, "str");
        push_field(v, join_name(prefix, "len"), "usize", base + 8, 8, 8, NULL);
        return true;
    }
    return false;
}

/* Leaves of a value in memory order, padding included; *budget caps the
 * number of entries (a [u8; 4096] shows as one line). */
static void expand(Type *t, RFieldVec *v, const char *prefix, uint64_t base, int *budget) {
    t = ty_resolve(t);
    const Layout *l = layout_of(t);
    if (word_fields(t, v, prefix, base))
        return;
    if (t->kind == TY_TUPLE && t->as.tuple.len > 0) {
        uint64_t at = 0;
        for (int k = 0; k < l->nfields; k++) {
            int i = l->mem_order[k];
            Type *ft = t->as.tuple.elems[i];
            const Layout *fl = layout_of(ft);
            if (fl->size == 0)
                continue;
            push_padding(v, base + at, l->offsets[i] - at);
            const char *name = join_name(prefix, arena_printf(compiler_arena, "%d", i));
            (*budget)--;
            if (*budget > 0 && !(ty_resolve(ft)->kind == TY_TUPLE || ty_resolve(ft)->kind ==
                                 TY_ARRAY || ty_resolve(ft)->kind == TY_STRING ||
                                 ty_is_str_ref(ft)))
                push_field(v, name, ty_to_string(ft), base + l->offsets[i], fl->size, fl->align, NULL);
            else if (*budget > 0)
                expand(ft, v, name, base + l->offsets[i], budget);
            else
                push_field(v, name, ty_to_string(ft), base + l->offsets[i], fl->size, fl->align, NULL);
            at = l->offsets[i] + fl->size;
        }
        push_padding(v, base + at, l->size - at);
        return;
    }
    if (t->kind == TY_ARRAY && t->as.array.len > 0) {
        Type *et = t->as.array.elem;
        const Layout *el = layout_of(et);
        Type *er = ty_resolve(et);
        bool compound = er->kind == TY_TUPLE || er->kind == TY_ARRAY ||
                        er->kind == TY_STRING || ty_is_str_ref(er);
        if (t->as.array.len > 8 || el->size == 0 || *budget < (int)t->as.array.len) {
            push_field(v, join_name(prefix, arena_printf(compiler_arena, "[0..%llu]",
                                                         (unsigned long long)t->as.array.len)),
                       arena_printf(compiler_arena, "%llu x %s",
                                    (unsigned long long)t->as.array.len, ty_to_string(et)),
                       base, l->size, el->align, NULL);
            return;
        }
        for (uint64_t i = 0; i < t->as.array.len; i++) {
            const char *name = join_name(prefix, arena_printf(compiler_arena, "[%llu]",
                                                              (unsigned long long)i));
            (*budget)--;
            if (compound)
                expand(et, v, name, base + i * el->size, budget);
            else
                push_field(v, name, ty_to_string(et), base + i * el->size, el->size, el->align,
                           NULL);
        }
        return;
    }
    push_field(v, prefix && *prefix ? prefix : "", ty_to_string(t), base, l->size, l->align, NULL);
}

static RFieldVec slot_fields(Type *t) {
    RFieldVec v = {0};
    Type *r = ty_resolve(t);
    if (r->kind == TY_TUPLE || r->kind == TY_ARRAY || r->kind == TY_STRING || ty_is_str_ref(r)) {
        int budget = 48;
        expand(r, &v, "", 0, &budget);
    }
    return v;
}

/* ---- STATIC --------------------------------------------------------------------------- */

typedef struct LitUse {
    const char *bytes;
    uint32_t len;
    const char *kind;
    RLoc at;
} LitUse;
typedef VEC(LitUse) LitUseVec;

static void lit_use(Report *r, LitUseVec *v, const char *bytes, uint32_t len, const char *kind,
                    Span at) {
    if (len == 0)
        return;
    LitUse u = {bytes, len, kind, report_loc(r, at)};
    vec_push(*v, u);
}

static void const_str_uses(Report *r, LitUseVec *v, const ConstValue *c, Span at) {
    if (!c)
        return;
    if (c->kind == CONST_STR)
        lit_use(r, v, c->bytes, c->len, "literal", at);
    if (c->kind == CONST_AGGREGATE)
        for (int i = 0; i < c->nelems; i++)
            const_str_uses(r, v, c->elems[i], at);
}

static void operand_str_uses(Report *r, LitUseVec *v, const Operand *o, Span at) {
    if (o->kind == OPERAND_CONST)
        const_str_uses(r, v, o->as.konst, at);
}

/* Every place a string's bytes are used, the way codegen uses them. */
static LitUseVec literal_uses(Report *r, MirProgram *p) {
    LitUseVec v = {0};
    for (int i = 0; i < p->statics.len; i++)
        const_str_uses(r, &v, p->statics.data[i].value, p->statics.data[i].item->span);
    for (int bi = 0; bi < p->bodies.len; bi++) {
        MirBody *body = p->bodies.data[bi];
        for (int b = 0; b < body->blocks.len; b++) {
            MirBlock *blk = body->blocks.data[b];
            for (int s = 0; s < blk->stmts.len; s++) {
                MirStmt *st = &blk->stmts.data[s];
                if (st->kind != MIR_ASSIGN)
                    continue;
                Rvalue *rv = &st->as.assign.rvalue;
                switch (rv->kind) {
                case RV_USE: operand_str_uses(r, &v, &rv->as.use, st->span); break;
                case RV_CAST: operand_str_uses(r, &v, &rv->as.cast.operand, st->span); break;
                case RV_REPEAT: operand_str_uses(r, &v, &rv->as.repeat.operand, st->span); break;
                case RV_AGGREGATE:
                    for (int k = 0; k < rv->as.aggregate.nops; k++)
                        operand_str_uses(r, &v, &rv->as.aggregate.ops[k], st->span);
                    break;
                case RV_BINARY:
                case RV_CHECKED_BINARY:
                    operand_str_uses(r, &v, &rv->as.binary.lhs, st->span);
                    operand_str_uses(r, &v, &rv->as.binary.rhs, st->span);
                    break;
                default: break;
                }
            }
            MirTerm *t = &blk->term;
            if (t->kind == TERM_CALL) {
                for (int k = 0; k < t->as.call.nargs; k++)
                    operand_str_uses(r, &v, &t->as.call.args[k], t->span);
                const Callee *c = &t->as.call.callee;
                if (c->fmt) {
                    for (int k = 0; k < c->fmt->pieces.len; k++) {
                        const FmtPiece *fp = &c->fmt->pieces.data[k];
                        if (!fp->is_arg)
                            lit_use(r, &v, fp->text, fp->text_len, "format", t->span);
                    }
                }
                if (c->kind == CALLEE_BUILTIN &&
                    (c->builtin == BUILTIN_MAC_PRINTLN || c->builtin == BUILTIN_MAC_EPRINTLN))
                    lit_use(r, &v, "\n", 1, "format", t->span);
                if (c->text)
                    lit_use(r, &v, c->text, (uint32_t)strlen(c->text), "panic", t->span);
            } else if (t->kind == TERM_ASSERT) {
                const char *m = assert_message(t->as.assert.kind, t->as.assert.op);
                lit_use(r, &v, m, (uint32_t)strlen(m), "panic", t->span);
            }
        }
    }
    return v;
}

/* LLVM's choice of section for a private constant string (its
 * getKindForGlobal): C strings go to mergeable .rodata.str1.1, 4/8/16/32
 * byte constants to .rodata.cstN, the rest to .rodata. */
static const char *predicted_section(const char *bytes, uint32_t len) {
    if (len > 0 && bytes[len - 1] == '\0' && !memchr(bytes, '\0', len - 1))
        return ".rodata.str1.1";
    if (len == 4 || len == 8 || len == 16 || len == 32)
        return arena_printf(compiler_arena, ".rodata.cst%u", (unsigned)len);
    return ".rodata";
}

static void add_literals(Report *r, MirProgram *p, const ObjFile *obj) {
    LitUseVec uses = literal_uses(r, p);
    const CgLiteral *lits;
    int n = cg_literals(&lits);
    for (int i = 0; i < n; i++) {
        RStatic s = {0};
        s.symbol = lits[i].symbol;
        s.bytes = lits[i].bytes;
        s.len = lits[i].len;
        s.size = lits[i].len;
        s.align = lits[i].align;
        s.type = arena_printf(compiler_arena, "[u8; %u]", (unsigned)lits[i].len);
        const char *rank[] = {"literal", "format", "panic"};
        int best = 3;
        for (int k = 0; k < uses.len; k++) {
            LitUse *u = &uses.data[k];
            if (u->len != s.len || memcmp(u->bytes, s.bytes, s.len))
                continue;
            bool dup = false;
            for (int j = 0; j < s.uses.len; j++)
                dup |= s.uses.data[j].pos == u->at.pos;
            if (!dup)
                vec_push(s.uses, u->at);
            for (int j = 0; j < 3; j++)
                if (!strcmp(u->kind, rank[j]) && j < best)
                    best = j;
        }
        s.kind = best < 3 ? rank[best] : "compiler";
        /* where the object really put it */
        const ObjSymbol *sym = obj_symbol(obj, arena_printf(compiler_arena, ".L%s", s.symbol));
        if (!sym)
            sym = obj_symbol(obj, s.symbol);
        int sec = -1;
        if (sym && sym->section >= 0)
            sec = sym->section;
        else
            sec = obj_find_bytes(obj, s.bytes, s.len, predicted_section(s.bytes, s.len));
        s.in_object = sec >= 0;
        s.object_section = sec >= 0 ? obj->sections.data[sec].name : NULL;
        s.section = sec >= 0 ? obj_output_section(s.object_section) : NULL;
        /* sort uses by position */
        for (int a = 1; a < s.uses.len; a++) {
            RLoc x = s.uses.data[a];
            int b = a - 1;
            while (b >= 0 && s.uses.data[b].pos > x.pos) {
                s.uses.data[b + 1] = s.uses.data[b];
                b--;
            }
            s.uses.data[b + 1] = x;
        }
        vec_push(r->statics, s);
    }
}

static void static_uses(Report *r, MirProgram *p, Item *it, RLocVec *out) {
    for (int bi = 0; bi < p->bodies.len; bi++) {
        MirBody *body = p->bodies.data[bi];
        for (int b = 0; b < body->blocks.len; b++) {
            MirBlock *blk = body->blocks.data[b];
            for (int s = 0; s < blk->stmts.len; s++) {
                MirStmt *st = &blk->stmts.data[s];
                if (st->kind != MIR_ASSIGN || st->as.assign.rvalue.kind != RV_USE)
                    continue;
                const Operand *o = &st->as.assign.rvalue.as.use;
                if (o->kind == OPERAND_CONST && o->as.konst->kind == CONST_STATIC_REF &&
                    o->as.konst->item == it)
                    vec_push(*out, report_loc(r, st->span));
            }
        }
    }
}

static void add_statics(Report *r, MirProgram *p, const ObjFile *obj) {
    for (int i = 0; i < p->statics.len; i++) {
        MirStatic *ms = &p->statics.data[i];
        RStatic s = {0};
        s.kind = "static";
        s.name = sym_str(ms->item->name);
        s.symbol = ms->symbol;
        Type *t = ms->item->as.global.ty;
        const Layout *l = layout_of(t);
        s.type = ty_to_string(t);
        s.size = l->size;
        s.align = l->align;
        s.mutable = ms->item->as.global.mut;
        s.value = report_const_text(ms->value);
        const ObjSymbol *sym = obj_symbol(obj, s.symbol);
        if (sym && sym->section >= 0) {
            s.in_object = true;
            s.object_section = obj->sections.data[sym->section].name;
            s.section = obj_output_section(s.object_section);
            s.size = sym->size;
            const ObjSection *sec = &obj->sections.data[sym->section];
            if (sec->data && sym->value + sym->size <= sec->size) {
                s.bytes = (const char *)sec->data + sym->value;
                s.len = (uint32_t)sym->size;
            }
        }
        static_uses(r, p, ms->item, &s.uses);
        vec_push(r->statics, s);
    }
}

/* ---- consts: found in the AST, since MIR has only their values ------------------------- */

static void walk_expr(Report *r, Item *target, RLocVec *out, Expr *e);

static void walk_block(Report *r, Item *target, RLocVec *out, Block *b) {
    if (!b)
        return;
    for (int i = 0; i < b->stmts.len; i++) {
        Stmt *s = b->stmts.data[i];
        if (s->kind == STMT_LET)
            walk_expr(r, target, out, s->as.let.init);
        else if (s->kind == STMT_EXPR)
            walk_expr(r, target, out, s->as.expr.expr);
        else if (s->kind == STMT_ITEM && s->as.item->kind == ITEM_FN)
            walk_block(r, target, out, s->as.item->as.fn.body);
    }
    walk_expr(r, target, out, b->tail);
}

static void walk_list(Report *r, Item *target, RLocVec *out, ExprVec *v) {
    for (int i = 0; i < v->len; i++)
        walk_expr(r, target, out, v->data[i]);
}

static void walk_expr(Report *r, Item *target, RLocVec *out, Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_PATH:
        if (e->as.path.res == RES_CONST && e->as.path.item == target)
            vec_push(*out, report_loc(r, e->span));
        break;
    case EXPR_UNARY: walk_expr(r, target, out, e->as.unary.operand); break;
    case EXPR_BINARY:
        walk_expr(r, target, out, e->as.binary.lhs);
        walk_expr(r, target, out, e->as.binary.rhs);
        break;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN:
        walk_expr(r, target, out, e->as.assign.lhs);
        walk_expr(r, target, out, e->as.assign.rhs);
        break;
    case EXPR_REF: walk_expr(r, target, out, e->as.ref.operand); break;
    case EXPR_CAST: walk_expr(r, target, out, e->as.cast.operand); break;
    case EXPR_CALL:
        walk_expr(r, target, out, e->as.call.callee);
        walk_list(r, target, out, &e->as.call.args);
        break;
    case EXPR_METHOD:
        walk_expr(r, target, out, e->as.method.receiver);
        walk_list(r, target, out, &e->as.method.args);
        break;
    case EXPR_FIELD: walk_expr(r, target, out, e->as.field.base); break;
    case EXPR_TUPLE_FIELD: walk_expr(r, target, out, e->as.tuple_field.base); break;
    case EXPR_INDEX:
        walk_expr(r, target, out, e->as.index.base);
        walk_expr(r, target, out, e->as.index.index);
        break;
    case EXPR_TUPLE:
    case EXPR_ARRAY: walk_list(r, target, out, &e->as.list); break;
    case EXPR_REPEAT:
        walk_expr(r, target, out, e->as.repeat.value);
        walk_expr(r, target, out, e->as.repeat.count);
        break;
    case EXPR_BLOCK: walk_block(r, target, out, e->as.block); break;
    case EXPR_IF:
        walk_expr(r, target, out, e->as.if_.cond);
        walk_block(r, target, out, e->as.if_.then);
        walk_expr(r, target, out, e->as.if_.else_);
        break;
    case EXPR_WHILE:
    case EXPR_LOOP:
    case EXPR_FOR:
        walk_expr(r, target, out, e->as.loop.cond);
        walk_expr(r, target, out, e->as.loop.iter);
        walk_block(r, target, out, e->as.loop.body);
        break;
    case EXPR_BREAK:
    case EXPR_RETURN: walk_expr(r, target, out, e->as.jump.value); break;
    case EXPR_RANGE:
        walk_expr(r, target, out, e->as.range.lo);
        walk_expr(r, target, out, e->as.range.hi);
        break;
    case EXPR_MACRO:
        if (e->as.mac.fmt_args.len)
            walk_list(r, target, out, &e->as.mac.fmt_args);
        else
            for (int i = 0; i < e->as.mac.args.len; i++)
                walk_expr(r, target, out, e->as.mac.args.data[i].expr);
        break;
    case EXPR_COERCE: walk_expr(r, target, out, e->as.coerce.inner); break;
    default: break;
    }
}

static void add_consts(Report *r, Crate *crate) {
    for (int i = 0; i < crate->items.len; i++) {
        Item *it = crate->items.data[i];
        if (it->kind != ITEM_CONST)
            continue;
        RConst c = {0};
        c.name = sym_str(it->name);
        c.type = it->as.global.ty ? ty_to_string(it->as.global.ty) : "?";
        c.value = report_const_text(it->as.global.value);
        c.decl = report_loc(r, it->span);
        for (int k = 0; k < crate->items.len; k++) {
            Item *f = crate->items.data[k];
            if (f->kind == ITEM_FN)
                walk_block(r, it, &c.uses, f->as.fn.body);
            else if (f->kind == ITEM_CONST || f->kind == ITEM_STATIC)
                walk_expr(r, it, &c.uses, f->as.global.init);
        }
        vec_push(r->consts, c);
    }
}

/* ---- STACK ------------------------------------------------------------------------------- */

static bool shown_local(const MirLocal *l) {
    switch (l->kind) {
    case LOCAL_VAR:
    case LOCAL_ARG:
    case LOCAL_DROP_FLAG:
        return true;
    case LOCAL_RETURN:
        return layout_of(l->ty)->size > 0;
    case LOCAL_TEMP:
        return ty_needs_drop(l->ty);
    }
    return false;
}

static const char *local_kind(LocalKind k) {
    switch (k) {
    case LOCAL_RETURN: return "return";
    case LOCAL_ARG: return "arg";
    case LOCAL_VAR: return "var";
    case LOCAL_TEMP: return "temp";
    case LOCAL_DROP_FLAG: return "drop_flag";
    }
    return "?";
}

/* The last StorageDead of each local, by position. */
static RLoc *scope_ends(Report *r, MirBody *body) {
    RLoc *ends = ALLOC_N(RLoc, body->locals.len > 0 ? body->locals.len : 1);
    for (int b = 0; b < body->blocks.len; b++) {
        MirBlock *blk = body->blocks.data[b];
        for (int s = 0; s < blk->stmts.len; s++) {
            MirStmt *st = &blk->stmts.data[s];
            if (st->kind != MIR_STORAGE_DEAD)
                continue;
            RLoc l = report_loc(r, st->span);
            if (!ends[st->as.local].line || l.pos > ends[st->as.local].pos)
                ends[st->as.local] = l;
        }
    }
    return ends;
}

/* qsort has no context argument: the body being sorted. */
static MirBody *sort_body;

static int local_offset_cmp(const void *pa, const void *pb) {
    int a = *(const int *)pa, b = *(const int *)pb;
    uint64_t oa = sort_body->locals.data[a].offset, ob = sort_body->locals.data[b].offset;
    if (oa != ob)
        return oa < ob ? -1 : 1;
    return a - b;
}

static const char *home_word(CgHome h) {
    switch (h) {
    case CG_HOME_STACK: return "stack";
    case CG_HOME_SPLIT: return "split";
    case CG_HOME_REGISTERS: return "regs";
    case CG_HOME_INLINED: return "inline";
    case CG_HOME_UNKNOWN: break;
    }
    return "?";
}

static void build_function(Report *r, MirBody *body, const ObjFile *obj, RFunction *f) {
    f->body = body;
    f->name = sym_str(body->name);
    f->symbol = body->symbol;
    f->frame_size = body->frame_size;
    f->frame_align = body->frame_align;
    Item *it = body->item;
    f->decl = report_loc(r, it ? it->span : body->span);
    Span end = it && it->as.fn.body ? it->as.fn.body->span : body->span;
    f->end = report_loc(r, span_at(end.hi ? end.hi - 1 : 0, end.hi));
    const ObjSymbol *sym = obj_symbol(obj, body->symbol);
    f->code_size = sym && sym->section >= 0 ? (int64_t)sym->size : -1;
    f->machine_frame = sym ? obj_prologue_frame(obj, sym) : -1;

    /* Every local with bytes, by offset: the shown ones become slots, the
     * rest only count, and each slot's padding runs to the next local. */
    int n = body->locals.len;
    int *order = ALLOC_N(int, n > 0 ? n : 1);
    int m = 0;
    for (int i = 0; i < n; i++)
        if (layout_of(body->locals.data[i].ty)->size > 0 || (shown_local(&body->locals.data[i]) &&
                                                             body->locals.data[i].kind != LOCAL_RETURN))
            order[m++] = i;
    sort_body = body;
    qsort(order, (size_t)m, sizeof *order, local_offset_cmp);
    RLoc *ends = scope_ends(r, body);
    /* where the next local with bytes starts (the frame's end after the last) */
    uint64_t *next_start = ALLOC_N(uint64_t, m + 1);
    next_start[m > 0 ? m - 1 : 0] = f->frame_size;
    for (int k = m - 1; k > 0; k--) {
        bool sized = layout_of(body->locals.data[order[k]].ty)->size > 0;
        next_start[k - 1] = sized ? body->locals.data[order[k]].offset : next_start[k];
    }
    for (int k = 0; k < m; k++) {
        MirLocal *l = &body->locals.data[order[k]];
        const Layout *lay = layout_of(l->ty);
        uint64_t next = next_start[k];
        if (!shown_local(l)) {
            f->hidden_temps++;
            f->hidden_bytes += lay->size;
            continue;
        }
        RSlot s = {0};
        s.local = order[k];
        s.name = l->name ? sym_str(l->name)
                 : l->kind == LOCAL_RETURN ? "(return)"
                 : l->kind == LOCAL_DROP_FLAG ? arena_printf(compiler_arena, "_%d", order[k])
                 : arena_printf(compiler_arena, "_%d", order[k]);
        s.kind = local_kind(l->kind);
        s.ty = l->ty;
        s.type = ty_to_string(l->ty);
        s.offset = l->offset;
        s.size = lay->size;
        s.align = lay->align;
        s.padding = lay->size > 0 && next > l->offset + lay->size ? next - l->offset - lay->size : 0;
        s.copy = ty_is_copy(l->ty);
        s.needs_drop = ty_needs_drop(l->ty);
        s.fields = slot_fields(l->ty);
        s.declared = report_loc(r, l->kind == LOCAL_RETURN && it ? it->as.fn.sig_span : l->span);
        s.scope_end = ends[order[k]].line ? ends[order[k]] : f->end;
        if (l->kind == LOCAL_ARG)
            s.note = s.copy ? "a parameter, copied in by the caller"
                            : "a parameter, moved in by the caller";
        else if (l->kind == LOCAL_TEMP)
            s.note = arena_printf(compiler_arena, "temporary holding a %s", s.type);
        else if (l->kind == LOCAL_DROP_FLAG)
            s.note = "drop flag: is the value still owned here?";
        if (r->optimized)
            s.home = home_word(cg_local_home(body, order[k]));
        vec_push(f->slots, s);
    }
}

/* ---- types ------------------------------------------------------------------------------- */

static void add_type(Report *r, Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_STR:
    case TY_NEVER:
    case TY_ERROR:
    case TY_INFER:
    case TY_SLICE:
    case TY_ADT:
        return;
    default:
        break;
    }
    for (int i = 0; i < r->types.len; i++)
        if (r->types.data[i].ty == t)
            return;
    /* components first, so that a reader meets (i32, bool) before
     * ((i32, bool), u8) */
    if (t->kind == TY_TUPLE)
        for (int i = 0; i < t->as.tuple.len; i++)
            add_type(r, t->as.tuple.elems[i]);
    if (t->kind == TY_ARRAY)
        add_type(r, t->as.array.elem);
    if (t->kind == TY_REF && ty_resolve(t->as.ref.inner)->kind != TY_STR)
        add_type(r, t->as.ref.inner);
    const Layout *l = layout_of(t);
    RType rt = {0};
    rt.ty = t;
    rt.name = ty_to_string(t);
    rt.size = l->size;
    rt.align = l->align;
    if (!word_fields(t, &rt.fields, "", 0) && t->kind == TY_TUPLE) {
        for (int k = 0; k < l->nfields; k++) {
            int i = l->mem_order[k];
            const Layout *fl = layout_of(t->as.tuple.elems[i]);
            push_field(&rt.fields, arena_printf(compiler_arena, "%d", i),
                       ty_to_string(t->as.tuple.elems[i]), l->offsets[i], fl->size, fl->align,
                       NULL);
        }
    }
    if (t->kind == TY_ARRAY) {
        rt.elem = ty_to_string(t->as.array.elem);
        rt.len = t->as.array.len;
        rt.stride = layout_of(t->as.array.elem)->size;
    }
    vec_push(r->types, rt);
}

static void collect_types(Report *r, MirProgram *p) {
    for (int i = 0; i < p->statics.len; i++)
        add_type(r, p->statics.data[i].item->as.global.ty);
    for (int bi = 0; bi < p->bodies.len; bi++) {
        MirBody *body = p->bodies.data[bi];
        for (int i = 0; i < body->locals.len; i++) {
            MirLocal *l = &body->locals.data[i];
            if (l->kind != LOCAL_TEMP && l->kind != LOCAL_DROP_FLAG)
                add_type(r, l->ty);
        }
        for (int b = 0; b < body->blocks.len; b++) {
            MirTerm *t = &body->blocks.data[b]->term;
            if (t->kind == TERM_CALL && t->as.call.callee.generic)
                add_type(r, t->as.call.callee.generic);
        }
    }
}

/* ---- TIMELINE ------------------------------------------------------------------------------ */

static void tl2(Report *r, RLoc at, RTimeClass cls, const char *text, bool last) {
    if (!at.line)
        return;
    RTimeEvent e = {at, cls, text, last};
    vec_push(r->timeline, e);
}

static void tl(Report *r, RLoc at, RTimeClass cls, const char *text) {
    tl2(r, at, cls, text, false);
}

static bool heap_freed_at(const Report *r, RLoc at) {
    for (int i = 0; i < r->heap.len; i++)
        for (int k = 0; k < r->heap.data[i].events.len; k++)
            if (r->heap.data[i].events.data[k].kind == HEV_FREE &&
                r->heap.data[i].events.data[k].at.pos == at.pos)
                return true;
    return false;
}

static const char *slot_label(const RSlot *s, const REvent *ev) {
    return ev->what ? ev->what : s->name;
}

static int time_rank(const RTimeEvent *e) {
    if (e->last)
        return 3;
    if (e->cls == TL_FRAME)
        return 0;
    return e->cls == TL_FREE ? 2 : 1;
}

static const RTimeEvent *sort_events;

/* Sorts indices into sort_events; the index breaks ties, keeping it stable. */
static int time_cmp(const void *pa, const void *pb) {
    int ia = *(const int *)pa, ib = *(const int *)pb;
    const RTimeEvent *a = &sort_events[ia], *b = &sort_events[ib];
    if (a->at.line != b->at.line)
        return a->at.line < b->at.line ? -1 : 1;
    if (time_rank(a) != time_rank(b))
        return time_rank(a) - time_rank(b);
    if (a->at.col != b->at.col)
        return a->at.col < b->at.col ? -1 : 1;
    return ia - ib;
}

static void build_timeline(Report *r) {
    for (int fi = 0; fi < r->functions.len; fi++) {
        RFunction *f = &r->functions.data[fi];
        tl(r, f->decl, TL_FRAME,
           r->optimized ? arena_printf(compiler_arena, "push frame %s", f->name)
                        : arena_printf(compiler_arena, "push frame %s (%llu B)", f->name,
                                       (unsigned long long)f->frame_size));
        tl2(r, f->end, TL_FRAME, arena_printf(compiler_arena, "pop frame %s", f->name), true);
        for (int si = 0; si < f->slots.len; si++) {
            RSlot *s = &f->slots.data[si];
            if (strcmp(s->kind, "var") && strcmp(s->kind, "arg"))
                continue;
            for (int k = 0; k < s->events.len; k++) {
                REvent *ev = &s->events.data[k];
                const char *name = slot_label(s, ev);
                const char *text = NULL;
                RTimeClass cls = TL_OTHER;
                switch (ev->kind) {
                case EV_ASSIGN:
                    if (ev->init && !r->optimized)
                        text = arena_printf(compiler_arena, "init %s (%llu B at frame+%llu)", name,
                                            (unsigned long long)s->size,
                                            (unsigned long long)s->offset);
                    else
                        text = arena_printf(compiler_arena, "%s %s", ev->init ? "init" : "assign",
                                            name);
                    break;
                case EV_COPY:
                    cls = TL_COPY;
                    text = arena_printf(compiler_arena, "copy %s -> %s", name, ev->to);
                    break;
                case EV_MOVE:
                    cls = TL_MOVE;
                    text = arena_printf(compiler_arena, "move %s -> %s", name, ev->to);
                    break;
                case EV_BORROW:
                    cls = TL_BORROW;
                    text = arena_printf(compiler_arena, "borrow &%s%s -> %s", ev->mut ? "mut " : "",
                                        name, ev->to);
                    break;
                case EV_DROP:
                    if (ev->heap || heap_freed_at(r, ev->at))
                        continue; /* the heap's free says it */
                    cls = TL_FREE;
                    text = arena_printf(compiler_arena, "drop %s%s", name,
                                        ev->conditional ? " (if still owned)" : "");
                    break;
                }
                tl(r, ev->at, cls, text);
            }
            if (s->fate == FATE_MOVED)
                tl(r, s->fate_at, TL_OTHER,
                   arena_printf(compiler_arena, "%s: moved out, not dropped", s->name));
        }
    }
    for (int hi = 0; hi < r->heap.len; hi++) {
        RHeap *h = &r->heap.data[hi];
        const char *what = h->size > 0
            ? arena_printf(compiler_arena, "alloc heap #%d (%lld B) -> %s", h->id,
                           (long long)h->size, h->owner)
            : h->size == 0
                ? arena_printf(compiler_arena, "heap #%d: no block yet -> %s", h->id, h->owner)
                : arena_printf(compiler_arena, "alloc heap #%d (runtime size) -> %s", h->id,
                               h->owner);
        tl(r, h->site, TL_ALLOC, what);
        for (int k = 0; k < h->events.len; k++) {
            RHeapEvent *e = &h->events.data[k];
            switch (e->kind) {
            case HEV_FREE:
                tl(r, e->at, TL_FREE,
                   arena_printf(compiler_arena, "free heap #%d (%s %s%s)", h->id,
                                !strcmp(e->name ? e->name : "", "drop()") ? "by" : "drop",
                                e->name ? e->name : "?",
                                e->conditional ? ", if still owned" : ""));
                break;
            case HEV_GROW:
                tl(r, e->at, TL_ALLOC,
                   arena_printf(compiler_arena, "heap #%d may grow (%s)", h->id, e->name));
                break;
            case HEV_OWNER:
                /* moves show as the slot's move; returns are not seen there */
                if (e->how && !strncmp(e->how, "returned", 8))
                    tl(r, e->at, TL_MOVE,
                       arena_printf(compiler_arena, "heap #%d -> %s (%s)", h->id, e->name,
                                    e->how));
                break;
            case HEV_RETURN:
                tl(r, e->at, TL_MOVE,
                   arena_printf(compiler_arena, "heap #%d returned to the caller", h->id));
                break;
            }
        }
    }
    /* Stable sort by line; within a line, a frame push first, frees and the
     * frame pop last (they happen when the statement is done), else by column. */
    RTimeEventVec *v = &r->timeline;
    int n = v->len;
    int *idx = ALLOC_N(int, n > 0 ? n : 1);
    for (int i = 0; i < n; i++)
        idx[i] = i;
    sort_events = v->data;
    qsort(idx, (size_t)n, sizeof *idx, time_cmp);
    RTimeEvent *sorted = ALLOC_N(RTimeEvent, n > 0 ? n : 1);
    int m = 0, line_start = 0;
    for (int i = 0; i < n; i++) {
        RTimeEvent e = v->data[idx[i]];
        if (m > 0 && sorted[m - 1].at.line != e.at.line)
            line_start = m;
        bool dup = false; /* the same words twice on one line say nothing new */
        for (int k = line_start; k < m && !dup; k++)
            dup = !strcmp(sorted[k].text, e.text);
        if (!dup)
            sorted[m++] = e;
    }
    v->data = sorted;
    v->len = v->cap = m;
}

/* ---- the whole report -------------------------------------------------------------------- */

Report *report_build(MirProgram *p, const SourceFile *file, const char *obj_path,
                     bool optimized) {
    ObjFile obj;
    const char *why = NULL;
    if (!obj_read(obj_path, &obj, &why)) {
        diag_emit(diag_new_nospan(DIAG_ERROR, NULL, "layout report: %s", why));
        return NULL;
    }
    Report *r = ALLOC(Report);
    r->file = file ? file->path : "";
    r->src = file;
    r->target = "x86_64-unknown-linux-gnu";
    r->optimized = optimized;
    r->stack_limit = 8ull << 20;

    add_literals(r, p, &obj);
    add_statics(r, p, &obj);
    if (p->crate)
        add_consts(r, p->crate);
    for (int i = 0; i < obj.symbols.len; i++) {
        const ObjSymbol *s = &obj.symbols.data[i];
        if (s->section < 0 && s->global && !strncmp(s->name, "owl_", 4))
            vec_push(r->runtime_calls, s->name);
    }
    const ObjSymbol *entry = obj_symbol(&obj, "main");
    r->entry_size = entry && entry->section >= 0 ? (int64_t)entry->size : -1;

    for (int i = 0; i < p->bodies.len; i++) {
        RFunction f = {0};
        build_function(r, p->bodies.data[i], &obj, &f);
        vec_push(r->functions, f);
    }
    report_events(r, p);
    collect_types(r, p);
    build_timeline(r);
    return r;
}
