/* mir.c: MIR helpers, the --dump-mir printer, the verifier and CFG
 * simplification.
 *
 * The printer follows rustc's MIR text closely enough that someone who has
 * read `rustc -Z unpretty=mir` output recognises it (`_2 = move _1;`,
 * `(_3.0: i32)`, `drop(_1) -> bb2;`), but leaves out unwind edges, which owl
 * does not have: a panic prints its message and exits.
 *
 * The verifier runs after every phase that produces or rewrites MIR; a
 * violation is a bug in owl, so it ICEs naming the body and block.
 */
#include "mir.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ----------------------------------------------------------- */

Place mir_place(LocalId local) {
    Place p = {local, 0, NULL};
    return p;
}

bool mir_place_eq(Place a, Place b) { return a.nproj == b.nproj && mir_place_is_prefix(a, b); }

bool mir_place_is_prefix(Place a, Place b) {
    if (a.local != b.local || a.nproj > b.nproj)
        return false;
    for (int i = 0; i < a.nproj; i++)
        if (a.proj[i].kind != b.proj[i].kind || a.proj[i].index != b.proj[i].index ||
            a.proj[i].local != b.proj[i].local)
            return false;
    return true;
}

Place mir_place_project(Place base, ProjKind kind, int index, LocalId local, Type *ty) {
    Place p = base;
    p.proj = ALLOC_N(Proj, base.nproj + 1);
    if (base.nproj)
        memcpy(p.proj, base.proj, sizeof(Proj) * (size_t)base.nproj);
    Proj *pr = &p.proj[base.nproj];
    pr->kind = kind;
    pr->index = index;
    pr->local = local;
    pr->ty = ty;
    p.nproj = base.nproj + 1;
    return p;
}

Type *mir_place_type(const MirBody *body, Place place) {
    if (place.nproj)
        return place.proj[place.nproj - 1].ty;
    return body->locals.data[place.local].ty;
}

Operand mir_copy(Place p) {
    Operand o;
    o.kind = OPERAND_COPY;
    o.as.place = p;
    return o;
}

Operand mir_move(Place p) {
    Operand o;
    o.kind = OPERAND_MOVE;
    o.as.place = p;
    return o;
}

Operand mir_const(ConstValue *c) {
    Operand o;
    o.kind = OPERAND_CONST;
    o.as.konst = c;
    return o;
}

ConstValue *const_int(Type *ty, u128 bits) {
    ConstValue *c = ALLOC(ConstValue);
    c->kind = CONST_INT;
    c->ty = ty;
    Type *t = ty_resolve(ty);
    if (t->kind == TY_INT) {
        int w = int_kind_bits(t->as.int_kind);
        if (w < 128)
            bits &= ((u128)1 << w) - 1;
    }
    c->bits = bits;
    return c;
}

ConstValue *const_bool(bool b) {
    ConstValue *c = ALLOC(ConstValue);
    c->kind = CONST_BOOL;
    c->ty = ty_bool();
    c->bits = b;
    return c;
}

ConstValue *const_unit(void) {
    ConstValue *c = ALLOC(ConstValue);
    c->kind = CONST_UNIT;
    c->ty = ty_unit();
    return c;
}

const char *assert_message(AssertKind kind, BinOp op) {
    switch (kind) {
    case ASSERT_OVERFLOW:
        switch (op) {
        case BIN_ADD: return "attempt to add with overflow";
        case BIN_SUB: return "attempt to subtract with overflow";
        case BIN_MUL: return "attempt to multiply with overflow";
        case BIN_DIV: return "attempt to divide with overflow";
        case BIN_REM: return "attempt to calculate the remainder with overflow";
        case BIN_SHL: return "attempt to shift left with overflow";
        case BIN_SHR: return "attempt to shift right with overflow";
        default: return "attempt to compute with overflow";
        }
    case ASSERT_OVERFLOW_NEG: return "attempt to negate with overflow";
    case ASSERT_DIV_ZERO: return "attempt to divide by zero";
    case ASSERT_REM_ZERO:
        return "attempt to calculate the remainder with a divisor of zero";
    case ASSERT_BOUNDS: return "index out of bounds: the len is {} but the index is {}";
    }
    return "assertion failed";
}

/* ---- successors -------------------------------------------------------- */

int mir_succ_count(const MirTerm *t) {
    switch (t->kind) {
    case TERM_GOTO: return 1;
    case TERM_SWITCH_INT: return t->as.switch_.nvalues + 1;
    case TERM_RETURN:
    case TERM_UNREACHABLE: return 0;
    case TERM_CALL: return t->as.call.target == NO_BLOCK ? 0 : 1;
    case TERM_ASSERT: return 1;
    case TERM_DROP: return 1;
    }
    return 0;
}

BlockId *mir_succ_slot(MirTerm *t, int i) {
    switch (t->kind) {
    case TERM_GOTO: return &t->as.goto_;
    case TERM_SWITCH_INT:
        return i < t->as.switch_.nvalues ? &t->as.switch_.targets[i]
                                         : &t->as.switch_.otherwise;
    case TERM_CALL: return &t->as.call.target;
    case TERM_ASSERT: return &t->as.assert.target;
    case TERM_DROP: return &t->as.drop.target;
    default: ICE("terminator has no successor %d", i);
    }
}

/* ---- CFG simplification ------------------------------------------------ */

static bool is_empty_goto(const MirBlock *b) {
    return b->stmts.len == 0 && b->term.kind == TERM_GOTO;
}

/* Reachability from the entry, by depth-first search with an explicit stack. */
static bool *reachable_blocks(MirBody *body) {
    int n = body->blocks.len;
    bool *seen = ALLOC_N(bool, n);
    int *stack = ALLOC_N(int, n + 1);
    int sp = 0;
    stack[sp++] = 0;
    seen[0] = true;
    while (sp) {
        MirBlock *b = body->blocks.data[stack[--sp]];
        int ns = mir_succ_count(&b->term);
        for (int i = 0; i < ns; i++) {
            BlockId s = *mir_succ_slot(&b->term, i);
            if (!seen[s]) {
                seen[s] = true;
                stack[sp++] = s;
            }
        }
    }
    return seen;
}

int mir_reverse_postorder(const MirBody *body, int *order, bool last_successor_first) {
    int n = body->blocks.len;
    if (n == 0)
        return 0;
    bool *seen = ALLOC_N(bool, n);
    int *stack = ALLOC_N(int, n + 1), *next = ALLOC_N(int, n + 1);
    int *post = ALLOC_N(int, n);
    int sp = 0, np = 0;
    stack[sp] = 0;
    next[sp++] = 0;
    seen[0] = true;
    while (sp) {
        int top = stack[sp - 1];
        MirTerm *t = &body->blocks.data[top]->term;
        /* First to last, a switch's `0:` (false) target is visited first,
         * which puts it after the `otherwise` (true) arm once the order is
         * reversed: then before else, as the dump reads best. Last to first
         * is the borrow checker's order (mir_cfg.h). */
        int ns = mir_succ_count(t);
        if (next[sp - 1] < ns) {
            int k = next[sp - 1]++;
            BlockId s = *mir_succ_slot(t, last_successor_first ? ns - 1 - k : k);
            if (!seen[s]) {
                seen[s] = true;
                stack[sp] = s;
                next[sp++] = 0;
            }
        } else {
            post[np++] = top;
            sp--;
        }
    }
    for (int i = 0; i < np; i++)
        order[i] = post[np - 1 - i];
    return np;
}

static int by_position(const void *a, const void *b) {
    const MirBody *x = *(MirBody *const *)a, *y = *(MirBody *const *)b;
    uint32_t xl = x->item ? x->item->span.lo : x->span.lo;
    uint32_t yl = y->item ? y->item->span.lo : y->span.lo;
    return xl < yl ? -1 : xl > yl;
}

void mir_sort_bodies(MirBody **bodies, int n) {
    if (n > 1)
        qsort(bodies, (size_t)n, sizeof *bodies, by_position);
}

void mir_simplify_cfg(MirBody *body) {
    int n = body->blocks.len;
    if (n == 0)
        return;
    /* 1. Jump threading through blocks that only `goto`. The step bound
     * stops at cycles of empty blocks (`loop {}`). */
    for (int bi = 0; bi < n; bi++) {
        MirTerm *t = &body->blocks.data[bi]->term;
        int ns = mir_succ_count(t);
        for (int i = 0; i < ns; i++) {
            BlockId *slot = mir_succ_slot(t, i);
            int steps = 0;
            while (is_empty_goto(body->blocks.data[*slot]) &&
                   body->blocks.data[*slot]->term.as.goto_ != *slot && steps < n) {
                *slot = body->blocks.data[*slot]->term.as.goto_;
                steps++;
            }
        }
    }
    /* 2. Merge a goto's target into the goto when it has no other predecessor. */
    bool *live = reachable_blocks(body);
    int *preds = ALLOC_N(int, n);
    for (int bi = 0; bi < n; bi++) {
        if (!live[bi])
            continue;
        MirTerm *t = &body->blocks.data[bi]->term;
        int ns = mir_succ_count(t);
        for (int i = 0; i < ns; i++)
            preds[*mir_succ_slot(t, i)]++;
    }
    for (int bi = 0; bi < n; bi++) {
        if (!live[bi])
            continue;
        MirBlock *b = body->blocks.data[bi];
        while (b->term.kind == TERM_GOTO) {
            BlockId ti = b->term.as.goto_;
            if (ti == bi || ti == 0 || preds[ti] != 1)
                break;
            MirBlock *t = body->blocks.data[ti];
            for (int i = 0; i < t->stmts.len; i++)
                vec_push(b->stmts, t->stmts.data[i]);
            b->term = t->term;
            live[ti] = false;
            t->stmts.len = 0;
        }
    }
    /* 3. Drop unreachable blocks and renumber the rest in reverse
     * post-order, so that the dump reads top to bottom. */
    int *order = ALLOC_N(int, n);
    int m = mir_reverse_postorder(body, order, false);
    int *map = ALLOC_N(int, n);
    for (int bi = 0; bi < n; bi++)
        map[bi] = -1;
    for (int k = 0; k < m; k++)
        map[order[k]] = k;
    MirBlock **old = ALLOC_N(MirBlock *, n);
    memcpy(old, body->blocks.data, sizeof(MirBlock *) * (size_t)n);
    for (int k = 0; k < m; k++) {
        MirBlock *b = old[order[k]];
        int ns = mir_succ_count(&b->term);
        for (int i = 0; i < ns; i++) {
            BlockId *slot = mir_succ_slot(&b->term, i);
            *slot = map[*slot];
        }
        body->blocks.data[k] = b;
    }
    body->blocks.len = m;
}

/* ---- printing ---------------------------------------------------------- */

static void print_u128(CharVec *out, u128 v) {
    char buf[48];
    int i = (int)sizeof buf;
    buf[--i] = 0;
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    str_append(out, buf + i, strlen(buf + i));
}

static void print_escaped_char(CharVec *out, uint32_t c, char quote) {
    switch (c) {
    case '\n': str_appendf(out, "\\n"); return;
    case '\r': str_appendf(out, "\\r"); return;
    case '\t': str_appendf(out, "\\t"); return;
    case '\\': str_appendf(out, "\\\\"); return;
    case '\0': str_appendf(out, "\\0"); return;
    default: break;
    }
    if (c == (uint32_t)quote) {
        str_appendf(out, "\\%c", quote);
    } else if (c < 0x20 || c == 0x7f) {
        str_appendf(out, "\\u{%x}", (unsigned)c);
    } else {
        char u[4];
        int n = 0;
        if (c < 0x80) {
            u[n++] = (char)c;
        } else if (c < 0x800) {
            u[n++] = (char)(0xC0 | (c >> 6));
            u[n++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            u[n++] = (char)(0xE0 | (c >> 12));
            u[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            u[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            u[n++] = (char)(0xF0 | (c >> 18));
            u[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
            u[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            u[n++] = (char)(0x80 | (c & 0x3F));
        }
        str_append(out, u, (size_t)n);
    }
}

/* A string literal's bytes; UTF-8 sequences are copied as they are. */
static void print_str_lit(CharVec *out, const char *p, size_t len) {
    str_append(out, "\"", 1);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x80)
            str_append(out, (const char *)&p[i], 1);
        else
            print_escaped_char(out, c, '"');
    }
    str_append(out, "\"", 1);
}

/* The shortest decimal text that reads back as the same value, as Rust's
 * Display for floats gives ("1", "0.1", "1e300" is printed in full). */
static void print_float(CharVec *out, double v, bool is_f32) {
    const char *suffix = is_f32 ? "f32" : "f64";
    if (isnan(v)) {
        str_appendf(out, "%s::NAN", suffix);
        return;
    }
    if (isinf(v)) {
        str_appendf(out, "%s::%s", suffix, v < 0 ? "NEG_INFINITY" : "INFINITY");
        return;
    }
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        double back = strtod(buf, NULL);
        if (is_f32 ? (float)back == (float)v : back == v)
            break;
    }
    str_appendf(out, "%s%s", buf, suffix);
}

static void print_const(CharVec *out, const ConstValue *c) {
    Type *t = c->ty ? ty_resolve(c->ty) : NULL;
    switch (c->kind) {
    case CONST_INT:
        if (t && t->kind == TY_INT) {
            IntKind k = t->as.int_kind;
            int w = int_kind_bits(k);
            u128 bits = c->bits;
            if (int_kind_signed(k) && (bits >> (w - 1)) & 1) {
                u128 mag = w < 128 ? (((u128)1 << w) - bits) : (~bits + 1);
                str_append(out, "-", 1);
                print_u128(out, mag);
            } else {
                print_u128(out, bits);
            }
            str_appendf(out, "_%s", int_kind_name(k));
        } else {
            print_u128(out, c->bits);
        }
        return;
    case CONST_FLOAT:
        print_float(out, c->f, t && t->kind == TY_FLOAT && t->as.float_kind == FLOAT_F32);
        return;
    case CONST_BOOL: str_appendf(out, "%s", c->bits ? "true" : "false"); return;
    case CONST_CHAR:
        str_append(out, "'", 1);
        print_escaped_char(out, (uint32_t)c->bits, '\'');
        str_append(out, "'", 1);
        return;
    case CONST_STR: print_str_lit(out, c->bytes, c->len); return;
    case CONST_UNIT: str_appendf(out, "()"); return;
    case CONST_AGGREGATE: {
        bool array = t && t->kind == TY_ARRAY;
        str_append(out, array ? "[" : "(", 1);
        for (int i = 0; i < c->nelems; i++) {
            if (i)
                str_appendf(out, ", ");
            print_const(out, c->elems[i]);
        }
        if (!array && c->nelems == 1)
            str_append(out, ",", 1);
        str_append(out, array ? "]" : ")", 1);
        return;
    }
    case CONST_STATIC_REF:
        str_appendf(out, "{&%s}", c->item ? sym_str(c->item->name) : "?");
        return;
    case CONST_FN: str_appendf(out, "%s", c->item ? sym_str(c->item->name) : "?"); return;
    }
}

static void print_place(CharVec *out, Place p) {
    /* Build inside-out: rustc parenthesises each projection. */
    CharVec s = {0};
    str_appendf(&s, "_%d", p.local);
    for (int i = 0; i < p.nproj; i++) {
        Proj *pr = &p.proj[i];
        CharVec t = {0};
        switch (pr->kind) {
        case PROJ_DEREF: str_appendf(&t, "(*%s)", s.data); break;
        case PROJ_FIELD:
            str_appendf(&t, "(%s.%d: %s)", s.data, pr->index, ty_to_string(pr->ty));
            break;
        case PROJ_INDEX: str_appendf(&t, "%s[_%d]", s.data, pr->local); break;
        case PROJ_CONST_INDEX: str_appendf(&t, "%s[%d]", s.data, pr->index); break;
        }
        s = t;
    }
    str_append(out, s.data, (size_t)s.len);
}

static void print_operand(CharVec *out, const Operand *o) {
    switch (o->kind) {
    case OPERAND_COPY: str_appendf(out, "copy "); print_place(out, o->as.place); break;
    case OPERAND_MOVE: str_appendf(out, "move "); print_place(out, o->as.place); break;
    case OPERAND_CONST: str_appendf(out, "const "); print_const(out, o->as.konst); break;
    }
}

static const char *binop_mir_name(BinOp op) {
    switch (op) {
    case BIN_ADD: return "Add";
    case BIN_SUB: return "Sub";
    case BIN_MUL: return "Mul";
    case BIN_DIV: return "Div";
    case BIN_REM: return "Rem";
    case BIN_AND: return "BitAnd";
    case BIN_OR: return "BitOr";
    case BIN_XOR: return "BitXor";
    case BIN_SHL: return "Shl";
    case BIN_SHR: return "Shr";
    case BIN_EQ: return "Eq";
    case BIN_NE: return "Ne";
    case BIN_LT: return "Lt";
    case BIN_LE: return "Le";
    case BIN_GT: return "Gt";
    case BIN_GE: return "Ge";
    case BIN_LAND: return "LogicalAnd";
    case BIN_LOR: return "LogicalOr";
    }
    return "?";
}

static void print_rvalue(CharVec *out, const Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: print_operand(out, &rv->as.use); return;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        str_appendf(out, "%s%s(", binop_mir_name(rv->as.binary.op),
                    rv->kind == RV_CHECKED_BINARY ? "WithOverflow" : "");
        print_operand(out, &rv->as.binary.lhs);
        str_appendf(out, ", ");
        print_operand(out, &rv->as.binary.rhs);
        str_appendf(out, ")");
        return;
    case RV_UNARY:
        str_appendf(out, "%s(", rv->as.unary.op == UN_NEG ? "Neg" : "Not");
        print_operand(out, &rv->as.unary.operand);
        str_appendf(out, ")");
        return;
    case RV_REF:
        str_appendf(out, "&%s", rv->as.ref.mut ? "mut " : "");
        print_place(out, rv->as.ref.place);
        return;
    case RV_CAST:
        print_operand(out, &rv->as.cast.operand);
        str_appendf(out, " as %s", ty_to_string(rv->ty));
        return;
    case RV_AGGREGATE: {
        bool array = rv->as.aggregate.kind == AGG_ARRAY;
        str_appendf(out, "%s", array ? "[" : "(");
        for (int i = 0; i < rv->as.aggregate.nops; i++) {
            if (i)
                str_appendf(out, ", ");
            print_operand(out, &rv->as.aggregate.ops[i]);
        }
        if (!array && rv->as.aggregate.nops == 1)
            str_appendf(out, ",");
        str_appendf(out, "%s", array ? "]" : ")");
        return;
    }
    case RV_REPEAT:
        str_appendf(out, "[");
        print_operand(out, &rv->as.repeat.operand);
        str_appendf(out, "; ");
        print_u128(out, rv->as.repeat.count);
        str_appendf(out, "]");
        return;
    }
}

/* A format template back in source form: literal text with braces doubled,
 * placeholders with their spec. Arguments are numbered explicitly only when
 * they are not used in order. */
static void print_fmt_template(CharVec *out, const FmtTemplate *fmt) {
    CharVec s = {0};
    str_append(&s, "", 0);
    int next = 0;
    for (int i = 0; i < fmt->pieces.len; i++) {
        const FmtPiece *p = &fmt->pieces.data[i];
        if (!p->is_arg) {
            for (uint32_t j = 0; j < p->text_len; j++) {
                char c = p->text[j];
                str_append(&s, &c, 1);
                if (c == '{' || c == '}')
                    str_append(&s, &c, 1);
            }
            continue;
        }
        str_appendf(&s, "{");
        if (p->arg != next)
            str_appendf(&s, "%d", p->arg);
        next = p->arg + 1;
        CharVec spec = {0};
        str_append(&spec, "", 0);
        if (p->align != 0) { /* OWL_ALIGN_LEFT/RIGHT/CENTER = 1/2/3 */
            if (p->fill != ' ' && p->fill < 0x80)
                str_appendf(&spec, "%c", (char)p->fill);
            str_appendf(&spec, "%c", "?<>^"[p->align & 3]);
        }
        /* OWL_FLAG_PLUS, MINUS, ALT, ZERO, DEBUG_LHEX, DEBUG_UHEX */
        if (p->flags & 1) str_appendf(&spec, "+");
        if (p->flags & 2) str_appendf(&spec, "-");
        if (p->flags & 4) str_appendf(&spec, "#");
        if (p->flags & 8) str_appendf(&spec, "0");
        if (p->width_kind == FMT_COUNT_LIT) str_appendf(&spec, "%lld", (long long)p->width);
        if (p->width_kind == FMT_COUNT_ARG) str_appendf(&spec, "%lld$", (long long)p->width);
        if (p->prec_kind == FMT_COUNT_LIT) str_appendf(&spec, ".%lld", (long long)p->precision);
        if (p->prec_kind == FMT_COUNT_ARG) str_appendf(&spec, ".%lld$", (long long)p->precision);
        if (p->flags & 16) str_appendf(&spec, "x");
        if (p->flags & 32) str_appendf(&spec, "X");
        if (p->trait)
            str_appendf(&spec, "%c", (char)p->trait);
        if (spec.len)
            str_appendf(&s, ":%s", spec.data);
        str_appendf(&s, "}");
    }
    print_str_lit(out, s.data, (size_t)s.len);
}

static void print_callee(CharVec *out, const Callee *c) {
    if (c->kind == CALLEE_FN) {
        str_appendf(out, "%s", c->fn ? sym_str(c->fn->name) : "?");
        return;
    }
    str_appendf(out, "%s", builtin_name(c->builtin));
    if (c->generic)
        str_appendf(out, "::<%s>", ty_to_string(c->generic));
}

static void print_term(CharVec *out, const MirTerm *t) {
    switch (t->kind) {
    case TERM_GOTO: str_appendf(out, "goto -> bb%d;", t->as.goto_); return;
    case TERM_SWITCH_INT:
        str_appendf(out, "switchInt(");
        print_operand(out, &t->as.switch_.discr);
        str_appendf(out, ") -> [");
        for (int i = 0; i < t->as.switch_.nvalues; i++) {
            print_u128(out, t->as.switch_.values[i]);
            str_appendf(out, ": bb%d, ", t->as.switch_.targets[i]);
        }
        str_appendf(out, "otherwise: bb%d];", t->as.switch_.otherwise);
        return;
    case TERM_RETURN: str_appendf(out, "return;"); return;
    case TERM_UNREACHABLE: str_appendf(out, "unreachable;"); return;
    case TERM_CALL: {
        print_place(out, t->as.call.dest);
        str_appendf(out, " = ");
        print_callee(out, &t->as.call.callee);
        str_appendf(out, "(");
        bool first = true;
        if (t->as.call.callee.fmt) {
            print_fmt_template(out, t->as.call.callee.fmt);
            first = false;
        } else if (t->as.call.callee.text) {
            print_str_lit(out, t->as.call.callee.text, strlen(t->as.call.callee.text));
            first = false;
        }
        for (int i = 0; i < t->as.call.nargs; i++) {
            if (!first)
                str_appendf(out, ", ");
            first = false;
            print_operand(out, &t->as.call.args[i]);
        }
        str_appendf(out, ")");
        if (t->as.call.target != NO_BLOCK)
            str_appendf(out, " -> bb%d", t->as.call.target);
        str_appendf(out, ";");
        return;
    }
    case TERM_ASSERT: {
        str_appendf(out, "assert(%s", t->as.assert.expected ? "" : "!");
        print_operand(out, &t->as.assert.cond);
        str_appendf(out, ", ");
        const char *msg = assert_message(t->as.assert.kind, t->as.assert.op);
        print_str_lit(out, msg, strlen(msg));
        if (t->as.assert.kind == ASSERT_BOUNDS) {
            str_appendf(out, ", ");
            print_operand(out, &t->as.assert.a);
            str_appendf(out, ", ");
            print_operand(out, &t->as.assert.b);
        }
        str_appendf(out, ") -> bb%d;", t->as.assert.target);
        return;
    }
    case TERM_DROP:
        str_appendf(out, "drop(");
        print_place(out, t->as.drop.place);
        str_appendf(out, ") -> bb%d;", t->as.drop.target);
        return;
    }
}

static void print_stmt(CharVec *out, const MirStmt *s) {
    switch (s->kind) {
    case MIR_ASSIGN:
        print_place(out, s->as.assign.place);
        str_appendf(out, " = ");
        print_rvalue(out, &s->as.assign.rvalue);
        str_appendf(out, ";");
        return;
    case MIR_STORAGE_LIVE: str_appendf(out, "StorageLive(_%d);", s->as.local); return;
    case MIR_STORAGE_DEAD: str_appendf(out, "StorageDead(_%d);", s->as.local); return;
    case MIR_NOP: str_appendf(out, "nop;"); return;
    }
}

static void dump_body(const MirBody *b, CharVec *out) {
    str_appendf(out, "fn %s(", sym_str(b->name));
    for (int i = 1; i <= b->arg_count; i++) {
        const MirLocal *l = &b->locals.data[i];
        str_appendf(out, "%s%s_%d: %s", i > 1 ? ", " : "", l->mutable ? "mut " : "", i,
                    ty_to_string(l->ty));
    }
    str_appendf(out, ") -> %s {\n", ty_to_string(b->locals.data[0].ty));
    for (int i = 0; i < b->locals.len; i++) {
        const MirLocal *l = &b->locals.data[i];
        if (l->kind == LOCAL_ARG)
            continue;
        bool mut = l->kind != LOCAL_VAR || l->mutable;
        str_appendf(out, "    let %s_%d: %s;", mut ? "mut " : "", i, ty_to_string(l->ty));
        if (l->kind == LOCAL_DROP_FLAG)
            str_appendf(out, " // drop flag");
        str_appendf(out, "\n");
    }
    for (int i = 0; i < b->locals.len; i++) {
        const MirLocal *l = &b->locals.data[i];
        if ((l->kind == LOCAL_VAR || l->kind == LOCAL_ARG) && l->name)
            str_appendf(out, "    debug %s => _%d;\n", sym_str(l->name), i);
    }
    for (int bi = 0; bi < b->blocks.len; bi++) {
        const MirBlock *blk = b->blocks.data[bi];
        str_appendf(out, "\n    bb%d: {\n", bi);
        for (int i = 0; i < blk->stmts.len; i++) {
            str_appendf(out, "        ");
            print_stmt(out, &blk->stmts.data[i]);
            str_appendf(out, "\n");
        }
        str_appendf(out, "        ");
        if (blk->has_term)
            print_term(out, &blk->term);
        else
            str_appendf(out, "<no terminator>");
        str_appendf(out, "\n    }\n");
    }
    str_appendf(out, "}\n");
}

void mir_dump(const MirProgram *p, CharVec *out) {
    str_append(out, "", 0);
    for (int i = 0; i < p->statics.len; i++) {
        const MirStatic *s = &p->statics.data[i];
        str_appendf(out, "static %s%s: %s = ", s->item->as.global.mut ? "mut " : "",
                    sym_str(s->item->name), ty_to_string(s->item->as.global.ty));
        if (s->value) {
            str_appendf(out, "const ");
            print_const(out, s->value);
        } else {
            str_appendf(out, "<unevaluated>");
        }
        str_appendf(out, ";\n\n");
    }
    for (int i = 0; i < p->bodies.len; i++) {
        if (i)
            str_appendf(out, "\n");
        dump_body(p->bodies.data[i], out);
    }
}

/* ---- verification ------------------------------------------------------ */

typedef struct Verifier {
    const MirBody *body;
    int block;
} Verifier;

#define VFAIL(v, ...)                                                            \
    ICE("invalid MIR in `%s` bb%d: %s", sym_str((v)->body->name), (v)->block,    \
        arena_printf(compiler_arena, __VA_ARGS__))

static void verify_local(Verifier *v, LocalId l) {
    if (l < 0 || l >= v->body->locals.len)
        VFAIL(v, "local _%d does not exist", l);
}

static void verify_place(Verifier *v, Place p) {
    verify_local(v, p.local);
    Type *t = ty_resolve(v->body->locals.data[p.local].ty);
    for (int i = 0; i < p.nproj; i++) {
        Proj *pr = &p.proj[i];
        Type *want = NULL;
        switch (pr->kind) {
        case PROJ_DEREF:
            if (t->kind != TY_REF && t->kind != TY_BOX)
                VFAIL(v, "deref of non-pointer %s in _%d", ty_to_string(t), p.local);
            want = t->kind == TY_REF ? t->as.ref.inner : t->as.slice.elem;
            break;
        case PROJ_FIELD:
            if (t->kind != TY_TUPLE || pr->index < 0 || pr->index >= t->as.tuple.len)
                VFAIL(v, "field %d of %s in _%d", pr->index, ty_to_string(t), p.local);
            want = t->as.tuple.elems[pr->index];
            break;
        case PROJ_INDEX:
        case PROJ_CONST_INDEX:
            if (t->kind != TY_ARRAY && t->kind != TY_SLICE)
                VFAIL(v, "index into %s in _%d", ty_to_string(t), p.local);
            want = t->as.array.elem;
            if (t->kind == TY_SLICE)
                want = t->as.slice.elem;
            if (pr->kind == PROJ_INDEX) {
                verify_local(v, pr->local);
                Type *it = ty_resolve(v->body->locals.data[pr->local].ty);
                if (it->kind != TY_INT || it->as.int_kind != INT_USIZE)
                    VFAIL(v, "index local _%d is %s, not usize", pr->local, ty_to_string(it));
            } else if (t->kind == TY_ARRAY &&
                       (pr->index < 0 || (uint64_t)pr->index >= t->as.array.len)) {
                VFAIL(v, "constant index %d out of %s", pr->index, ty_to_string(t));
            }
            break;
        }
        if (ty_resolve(pr->ty) != ty_resolve(want))
            VFAIL(v, "projection of _%d says %s but is %s", p.local, ty_to_string(pr->ty),
                  ty_to_string(want));
        t = ty_resolve(pr->ty);
    }
}

static void verify_operand(Verifier *v, const Operand *o) {
    if (o->kind == OPERAND_CONST) {
        if (!o->as.konst)
            VFAIL(v, "constant operand without a value");
        return;
    }
    verify_place(v, o->as.place);
}

static void verify_rvalue(Verifier *v, const Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: verify_operand(v, &rv->as.use); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        verify_operand(v, &rv->as.binary.lhs);
        verify_operand(v, &rv->as.binary.rhs);
        if (rv->as.binary.op == BIN_LAND || rv->as.binary.op == BIN_LOR)
            VFAIL(v, "short-circuit operator left in MIR");
        break;
    case RV_UNARY: verify_operand(v, &rv->as.unary.operand); break;
    case RV_REF: verify_place(v, rv->as.ref.place); break;
    case RV_CAST: verify_operand(v, &rv->as.cast.operand); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            verify_operand(v, &rv->as.aggregate.ops[i]);
        break;
    case RV_REPEAT: verify_operand(v, &rv->as.repeat.operand); break;
    }
    if (!rv->ty)
        VFAIL(v, "rvalue without a type");
}

static Type *operand_type(const MirBody *body, const Operand *o) {
    if (o->kind == OPERAND_CONST)
        return o->as.konst->ty;
    return mir_place_type(body, o->as.place);
}

/* The value assigned has the place's type (a value of type `!` is never
 * produced, so it may be "assigned" anywhere). */
static void verify_assign_types(Verifier *v, const MirStmt *s) {
    const Rvalue *rv = &s->as.assign.rvalue;
    Type *pt = ty_resolve(mir_place_type(v->body, s->as.assign.place));
    Type *rt = ty_resolve(rv->ty);
    if (pt->kind == TY_NEVER || rt->kind == TY_NEVER)
        return;
    if (pt != rt)
        VFAIL(v, "assignment of %s to a place of type %s", ty_to_string(rt), ty_to_string(pt));
    if (rv->kind == RV_USE) {
        Type *ot = operand_type(v->body, &rv->as.use);
        if (ot && ty_resolve(ot) != rt && ty_resolve(ot)->kind != TY_NEVER)
            VFAIL(v, "use of a %s operand as %s", ty_to_string(ot), ty_to_string(rt));
    }
}

static void verify_target(Verifier *v, BlockId b) {
    if (b < 0 || b >= v->body->blocks.len)
        VFAIL(v, "jump to missing block bb%d", b);
}

static void verify_body(const MirBody *body) {
    Verifier v = {body, -1};
    if (body->locals.len < body->arg_count + 1)
        VFAIL(&v, "fewer locals than arguments");
    if (body->locals.data[0].kind != LOCAL_RETURN)
        VFAIL(&v, "_0 is not the return place");
    for (int i = 1; i <= body->arg_count; i++)
        if (body->locals.data[i].kind != LOCAL_ARG)
            VFAIL(&v, "_%d should be an argument", i);
    for (int i = 0; i < body->locals.len; i++)
        if (!body->locals.data[i].ty)
            VFAIL(&v, "_%d has no type", i);
    if (body->blocks.len == 0)
        VFAIL(&v, "no blocks");
    for (int bi = 0; bi < body->blocks.len; bi++) {
        v.block = bi;
        const MirBlock *b = body->blocks.data[bi];
        for (int i = 0; i < b->stmts.len; i++) {
            const MirStmt *s = &b->stmts.data[i];
            switch (s->kind) {
            case MIR_ASSIGN:
                verify_place(&v, s->as.assign.place);
                verify_rvalue(&v, &s->as.assign.rvalue);
                verify_assign_types(&v, s);
                break;
            case MIR_STORAGE_LIVE:
            case MIR_STORAGE_DEAD: verify_local(&v, s->as.local); break;
            case MIR_NOP: break;
            }
        }
        if (!b->has_term)
            VFAIL(&v, "block without a terminator");
        const MirTerm *t = &b->term;
        switch (t->kind) {
        case TERM_GOTO: verify_target(&v, t->as.goto_); break;
        case TERM_SWITCH_INT:
            verify_operand(&v, &t->as.switch_.discr);
            for (int i = 0; i < t->as.switch_.nvalues; i++)
                verify_target(&v, t->as.switch_.targets[i]);
            verify_target(&v, t->as.switch_.otherwise);
            break;
        case TERM_RETURN:
        case TERM_UNREACHABLE: break;
        case TERM_CALL:
            verify_place(&v, t->as.call.dest);
            for (int i = 0; i < t->as.call.nargs; i++)
                verify_operand(&v, &t->as.call.args[i]);
            if (t->as.call.target != NO_BLOCK)
                verify_target(&v, t->as.call.target);
            if (t->as.call.callee.kind == CALLEE_FN && !t->as.call.callee.fn)
                VFAIL(&v, "call without a callee");
            break;
        case TERM_ASSERT:
            verify_operand(&v, &t->as.assert.cond);
            if (t->as.assert.kind == ASSERT_BOUNDS) {
                verify_operand(&v, &t->as.assert.a);
                verify_operand(&v, &t->as.assert.b);
            }
            verify_target(&v, t->as.assert.target);
            break;
        case TERM_DROP:
            verify_place(&v, t->as.drop.place);
            if (!ty_needs_drop(mir_place_type(body, t->as.drop.place)))
                VFAIL(&v, "drop of %s, which needs no drop",
                      ty_to_string(mir_place_type(body, t->as.drop.place)));
            verify_target(&v, t->as.drop.target);
            break;
        }
    }
}

void mir_verify(const MirProgram *p) {
    for (int i = 0; i < p->bodies.len; i++)
        verify_body(p->bodies.data[i]);
}
