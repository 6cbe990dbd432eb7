/* report_events.c: slot events, calls and heap ownership from MIR.
 *
 * Three passes over each body, all in reverse post-order:
 *   1. an index: where each temporary is first read (so a temporary can be
 *      named after what consumes it: the `_5` in `_5 = &s; println!(.., _5)`
 *      is "println!"), which reference temporaries point at which place,
 *      each block's predecessors (to tell drops guarded by a drop flag);
 *   2. heap ownership: a forward may-analysis whose facts are (block id,
 *      path) pairs, a path being a local and field indices. Moves relocate
 *      facts, drops free them, calls hand them to the callee's summary
 *      (computed on demand, bottom-up; recursion gives up honestly), and
 *      returns hand them back. Facts for parameters are placeholders whose
 *      events the caller splices into the real block's story;
 *   3. slot events, one per statement or terminator that touches a slot.
 */
#include "report_events.h"

#include <stdlib.h>
#include <string.h>

/* ---- per-body index ---------------------------------------------------------- */

typedef struct UseSite {
    int block;  /* -1: never read */
    int stmt;   /* statement index, or -1 for the terminator */
} UseSite;

/* A placeholder block: "whatever parameter k owns" while summarising. */
#define PARAM_SITE(k) (-1 - (k))
#define IS_PARAM_SITE(s) ((s) < 0)
#define PARAM_OF(s) (-1 - (s))

typedef struct ParamFate {
    RHeapEventVec events;  /* what the callee does with it */
    bool returned;         /* it comes back in the return value */
} ParamFate;

typedef struct Summary {
    int state;             /* 0 not started, 1 in progress, 2 done */
    ParamFate *params;     /* arg_count entries */
    VEC(int) returned;     /* the callee's own blocks handed to the caller */
} Summary;

typedef VEC(int) IntVec;

typedef struct BodyInfo {
    Report *r;
    MirProgram *p;
    MirBody *body;
    RFunction *fn;
    int *slot_of;          /* local -> index in fn->slots, or -1 */
    UseSite *first_use;    /* per local */
    Place *ref_of;         /* per local: the place a reference temp borrows (local -1: none) */
    int *rpo, nrpo;
    IntVec *preds;         /* per block */
    signed char *in_loop;  /* per block: -1 unknown, 0, 1 */
    int *alloc_site;       /* per block: heap id its terminator allocates, or 0 */
    int *local_site;       /* per local: heap id of the allocation written into it, or 0 */
    int *assigns;          /* per local: whole-local writes (statements and call results) */
    const Operand **only_use; /* per local: the operand of its write when that is its
                                 only write and a plain `_l = op`, else NULL */

    int *drop_frees;       /* per block: heap id its Drop frees first, or 0 */
    Summary summary;
} BodyInfo;

typedef struct Events {
    Report *r;
    MirProgram *p;
    BodyInfo *infos;       /* per body */
} Events;

static Events *ev_ctx;

static BodyInfo *info_of_item(Item *it) {
    for (int i = 0; i < ev_ctx->p->bodies.len; i++)
        if (ev_ctx->p->bodies.data[i]->item == it)
            return &ev_ctx->infos[i];
    return NULL;
}

static MirBlock *block_at(const BodyInfo *bi, int b) {
    return bi->body->blocks.data[b];
}

static void mark_use(BodyInfo *bi, LocalId l, int block, int stmt) {
    if (l < 0 || l >= bi->body->locals.len || bi->first_use[l].block >= 0)
        return;
    bi->first_use[l].block = block;
    bi->first_use[l].stmt = stmt;
}

static void mark_place(BodyInfo *bi, Place p, int block, int stmt) {
    mark_use(bi, p.local, block, stmt);
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_INDEX)
            mark_use(bi, p.proj[i].local, block, stmt);
}

static void mark_operand(BodyInfo *bi, const Operand *o, int block, int stmt) {
    if (o->kind != OPERAND_CONST)
        mark_place(bi, o->as.place, block, stmt);
}

static void index_body(BodyInfo *bi) {
    MirBody *body = bi->body;
    int nl = body->locals.len, nb = body->blocks.len;
    bi->first_use = ALLOC_N(UseSite, nl > 0 ? nl : 1);
    bi->ref_of = ALLOC_N(Place, nl > 0 ? nl : 1);
    for (int i = 0; i < nl; i++) {
        bi->first_use[i].block = -1;
        bi->ref_of[i].local = -1;
    }
    bi->rpo = ALLOC_N(int, nb > 0 ? nb : 1);
    bi->nrpo = mir_reverse_postorder(body, bi->rpo, false);
    bi->preds = ALLOC_N(IntVec, nb > 0 ? nb : 1);
    bi->in_loop = ALLOC_N(signed char, nb > 0 ? nb : 1);
    bi->alloc_site = ALLOC_N(int, nb > 0 ? nb : 1);
    bi->drop_frees = ALLOC_N(int, nb > 0 ? nb : 1);
    bi->local_site = ALLOC_N(int, nl > 0 ? nl : 1);
    bi->assigns = ALLOC_N(int, nl > 0 ? nl : 1);
    bi->only_use = ALLOC_N(const Operand *, nl > 0 ? nl : 1);

    for (int i = 0; i < nb; i++)
        bi->in_loop[i] = -1;
    for (int k = 0; k < bi->nrpo; k++) {
        int b = bi->rpo[k];
        MirBlock *blk = block_at(bi, b);
        for (int s = 0; s < blk->stmts.len; s++) {
            MirStmt *st = &blk->stmts.data[s];
            if (st->kind != MIR_ASSIGN)
                continue;
            Rvalue *rv = &st->as.assign.rvalue;
            Place dst = st->as.assign.place;
            if (dst.nproj == 0) {
                bi->assigns[dst.local]++;
                bi->only_use[dst.local] = rv->kind == RV_USE ? &rv->as.use : NULL;
            }
            for (int i = 0; i < dst.nproj; i++)
                if (dst.proj[i].kind == PROJ_INDEX || dst.proj[i].kind == PROJ_DEREF)
                    mark_place(bi, dst, b, s);
            switch (rv->kind) {
            case RV_USE: mark_operand(bi, &rv->as.use, b, s); break;
            case RV_BINARY:
            case RV_CHECKED_BINARY:
                mark_operand(bi, &rv->as.binary.lhs, b, s);
                mark_operand(bi, &rv->as.binary.rhs, b, s);
                break;
            case RV_UNARY: mark_operand(bi, &rv->as.unary.operand, b, s); break;
            case RV_REF:
                mark_place(bi, rv->as.ref.place, b, s);
                if (dst.nproj == 0)
                    bi->ref_of[dst.local] = rv->as.ref.place;
                break;
            case RV_CAST:
                mark_operand(bi, &rv->as.cast.operand, b, s);
                /* &String -> &str keeps pointing at the same String */
                if (dst.nproj == 0 && rv->as.cast.operand.kind != OPERAND_CONST) {
                    LocalId from = rv->as.cast.operand.as.place.local;
                    if (rv->as.cast.operand.as.place.nproj == 0 && bi->ref_of[from].local >= 0)
                        bi->ref_of[dst.local] = bi->ref_of[from];
                }
                break;
            case RV_AGGREGATE:
                for (int i = 0; i < rv->as.aggregate.nops; i++)
                    mark_operand(bi, &rv->as.aggregate.ops[i], b, s);
                break;
            case RV_REPEAT: mark_operand(bi, &rv->as.repeat.operand, b, s); break;
            }
        }
        MirTerm *t = &blk->term;
        if (t->kind == TERM_CALL && t->as.call.dest.nproj == 0) {
            bi->assigns[t->as.call.dest.local]++;
            bi->only_use[t->as.call.dest.local] = NULL;
        }
        switch (t->kind) {
        case TERM_SWITCH_INT: mark_operand(bi, &t->as.switch_.discr, b, -1); break;
        case TERM_CALL:
            for (int i = 0; i < t->as.call.nargs; i++)
                mark_operand(bi, &t->as.call.args[i], b, -1);
            break;
        case TERM_ASSERT:
            mark_operand(bi, &t->as.assert.cond, b, -1);
            break;
        case TERM_DROP: mark_place(bi, t->as.drop.place, b, -1); break;
        default: break;
        }
        for (int i = 0; i < mir_succ_count(t); i++) {
            int succ = *mir_succ_slot(t, i);
            if (succ >= 0 && succ < nb)
                vec_push(bi->preds[succ], b);
        }
    }
}

/* Can block b run more than once per call (is it on a cycle)? */
/* Marks every block on a cycle of the CFG (in a strongly connected
 * component with more than one block, or with an edge to itself): Tarjan's
 * algorithm, iterative so that a long function cannot overflow the C stack. */
static void find_loops(BodyInfo *bi) {
    int nb = bi->body->blocks.len;
    int *index = ALLOC_N(int, nb), *low = ALLOC_N(int, nb), *edge = ALLOC_N(int, nb);
    int *stack = ALLOC_N(int, nb), *call = ALLOC_N(int, nb);
    bool *on_stack = ALLOC_N(bool, nb);
    int next = 1, sp = 0;
    for (int i = 0; i < nb; i++)
        bi->in_loop[i] = 0;
    for (int root = 0; root < nb; root++) {
        if (index[root])
            continue;
        int depth = 0;
        call[depth++] = root;
        index[root] = low[root] = next++;
        stack[sp++] = root;
        on_stack[root] = true;
        while (depth > 0) {
            int v = call[depth - 1];
            MirTerm *t = &block_at(bi, v)->term;
            if (edge[v] < mir_succ_count(t)) {
                int w = *mir_succ_slot(t, edge[v]++);
                if (w < 0 || w >= nb)
                    continue;
                if (w == v)
                    bi->in_loop[v] = 1;
                if (!index[w]) {
                    index[w] = low[w] = next++;
                    stack[sp++] = w;
                    on_stack[w] = true;
                    call[depth++] = w;
                } else if (on_stack[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            depth--;
            if (depth > 0 && low[v] < low[call[depth - 1]])
                low[call[depth - 1]] = low[v];
            if (low[v] == index[v]) {
                int size = 0, first = sp;
                do {
                    first--;
                    size++;
                } while (stack[first] != v);
                for (int k = first; k < sp; k++) {
                    on_stack[stack[k]] = false;
                    if (size > 1)
                        bi->in_loop[stack[k]] = 1;
                }
                sp = first;
            }
        }
    }
}

static bool block_in_loop(BodyInfo *bi, int b) {
    if (bi->in_loop[b] < 0)
        find_loops(bi);
    return bi->in_loop[b] > 0;
}

/* Is the Drop ending block b reached only as the "flag set" branch of a
 * drop-flag test? (The join after such a test is reached both ways.) */
static bool drop_is_conditional(BodyInfo *bi, int b) {
    if (!bi->preds[b].len)
        return false;
    for (int i = 0; i < bi->preds[b].len; i++) {
        MirTerm *t = &block_at(bi, bi->preds[b].data[i])->term;
        if (t->kind != TERM_SWITCH_INT || t->as.switch_.discr.kind == OPERAND_CONST ||
            t->as.switch_.otherwise != b)
            return false;
        for (int k = 0; k < t->as.switch_.nvalues; k++)
            if (t->as.switch_.targets[k] == b)
                return false;
        LocalId l = t->as.switch_.discr.as.place.local;
        if (bi->body->locals.data[l].kind != LOCAL_DROP_FLAG)
            return false;
    }
    return true;
}

static const char *span_text(const Report *r, Span sp, int max);

/* ---- names ---------------------------------------------------------------------- */

/* The source text of a span on one line: whitespace runs collapsed, at
 * most `max` characters (then "..."). */
static const char *span_text(const Report *r, Span sp, int max) {
    if (!r->src || sp.hi <= sp.lo || sp.hi > r->src->len)
        return "";
    CharVec out = {0};
    int chars = 0;
    bool space = false;
    for (uint32_t i = sp.lo; i < sp.hi; i++) {
        unsigned char c = (unsigned char)r->src->text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space && out.len) {
            str_append(&out, " ", 1);
            chars++;
        }
        space = false;
        if ((c & 0xc0) != 0x80)
            chars++;
        if (chars > max) {
            while (out.len && ((unsigned char)out.data[out.len - 1] & 0xc0) == 0x80)
                out.len--;
            if (out.len)
                out.len--;
            str_append(&out, "...", 3);
            return out.data;
        }
        str_append(&out, (const char *)&c, 1);
    }
    return out.data ? out.data : "";
}

static const char *local_name(const BodyInfo *bi, LocalId l) {
    const MirLocal *loc = &bi->body->locals.data[l];
    if (loc->name)
        return sym_str(loc->name);
    if (loc->kind == LOCAL_RETURN)
        return "(return)";
    return arena_printf(compiler_arena, "_%d", l);
}

/* The index of a[i] as written: a variable's name, or the constant a
 * temporary was given (a[0] indexes through `_9 = const 0_usize`). */
static const char *index_text(const BodyInfo *bi, LocalId l) {
    const MirLocal *loc = &bi->body->locals.data[l];
    if (loc->name)
        return sym_str(loc->name);
    const Operand *o = bi->only_use[l];
    if (bi->assigns[l] == 1 && o && o->kind == OPERAND_CONST)
        return report_const_text(o->as.konst);
    return span_text(bi->r, loc->span, 16);
}

/* "t.1", "a[2]", "*r", "a[i]" */
static const char *place_text(const BodyInfo *bi, Place p) {
    CharVec s = {0};
    int derefs = 0;
    for (int i = 0; i < p.nproj; i++)
        derefs += p.proj[i].kind == PROJ_DEREF;
    for (int i = 0; i < derefs; i++)
        str_append(&s, "*", 1);
    str_appendf(&s, "%s", local_name(bi, p.local));
    for (int i = 0; i < p.nproj; i++) {
        const Proj *pr = &p.proj[i];
        switch (pr->kind) {
        case PROJ_DEREF: break;
        case PROJ_FIELD: str_appendf(&s, ".%d", pr->index); break;
        case PROJ_CONST_INDEX: str_appendf(&s, "[%d]", pr->index); break;
        case PROJ_INDEX: str_appendf(&s, "[%s]", index_text(bi, pr->local)); break;
        }
    }
    return s.data;
}

static bool has_deref(Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_DEREF)
            return true;
    return false;
}

/* As a learner writes it: "println!", "String::from", ".len()", "+". */
static const char *builtin_text(Builtin b) {
    switch (b) {
    case BUILTIN_MEM_DROP: return "drop()";
    case BUILTIN_STRING_ADD: return "+";
    case BUILTIN_STRING_ADD_ASSIGN: return "+=";
    case BUILTIN_STR_EQ: return "==";
    case BUILTIN_STR_CMP: return "a comparison";
    case BUILTIN_STR_LEN:
    case BUILTIN_STR_IS_EMPTY:
    case BUILTIN_STR_AS_PTR:
    case BUILTIN_STR_TO_STRING:
    case BUILTIN_STRING_CAPACITY:
    case BUILTIN_STRING_PUSH_STR:
    case BUILTIN_STRING_PUSH:
    case BUILTIN_STRING_CLONE: {
        const char *n = builtin_name(b);
        const char *m = strstr(n, "::");
        return arena_printf(compiler_arena, ".%s()", m ? m + 2 : n);
    }
    default: return builtin_name(b);
    }
}

/* "consume(owned)": parameter i of a user function. */
static const char *param_text(Item *fn, int i) {
    BodyInfo *callee = info_of_item(fn);
    const char *fname = sym_str(fn->name);
    if (!callee || i + 1 >= callee->body->locals.len)
        return arena_printf(compiler_arena, "%s()", fname);
    const MirLocal *pl = &callee->body->locals.data[i + 1];
    if (pl->name)
        return arena_printf(compiler_arena, "%s(%s)", fname, sym_str(pl->name));
    return arena_printf(compiler_arena, "%s(argument %d)", fname, i + 1);
}

static const char *dest_name(BodyInfo *bi, Place d, int depth);

/* Set by dest_name(): the value ends in a builtin (a method, a macro, an
 * operator) rather than in named storage. Copies into those are not shown:
 * `r.len()` copying the reference r is a use, not a new home for it. */
static bool sink_is_builtin;

/* What consumes a temporary: named after where its value ends up. NULL
 * when it feeds an operation (arithmetic, a comparison, a condition). */
static const char *consumer_name(BodyInfo *bi, LocalId temp, int depth) {
    UseSite u = bi->first_use[temp];
    if (u.block < 0 || depth > 8)
        return "a temporary";
    MirBlock *blk = block_at(bi, u.block);
    if (u.stmt >= 0) {
        MirStmt *st = &blk->stmts.data[u.stmt];
        if (st->kind != MIR_ASSIGN)
            return "a temporary";
        Rvalue *rv = &st->as.assign.rvalue;
        Place d = st->as.assign.place;
        switch (rv->kind) {
        case RV_USE:
        case RV_CAST:
        case RV_REF:
        case RV_REPEAT:
            if (d.local == temp)
                return "a temporary";
            return dest_name(bi, d, depth + 1);
        case RV_AGGREGATE:
            for (int i = 0; i < rv->as.aggregate.nops; i++) {
                const Operand *o = &rv->as.aggregate.ops[i];
                if (o->kind != OPERAND_CONST && o->as.place.local == temp) {
                    const char *base = dest_name(bi, d, depth + 1);
                    if (!base)
                        return NULL;
                    return rv->as.aggregate.kind == AGG_ARRAY
                               ? arena_printf(compiler_arena, "%s[%d]", base, i)
                               : arena_printf(compiler_arena, "%s.%d", base, i);
                }
            }
            return "a temporary";
        default:
            return NULL;
        }
    }
    MirTerm *t = &blk->term;
    switch (t->kind) {
    case TERM_CALL:
        for (int i = 0; i < t->as.call.nargs; i++) {
            const Operand *o = &t->as.call.args[i];
            if (o->kind == OPERAND_CONST || o->as.place.local != temp)
                continue;
            if (t->as.call.callee.kind == CALLEE_FN)
                return param_text(t->as.call.callee.fn, i);
            sink_is_builtin = true;
            return builtin_text(t->as.call.callee.builtin);
        }
        return "a temporary";
    case TERM_DROP: {
        const char *src = span_text(bi->r, t->span, 40);
        if (!strncmp(src, "drop(", 5) || !strncmp(src, "mem::drop(", 10) ||
            !strncmp(src, "std::mem::drop(", 15))
            return "drop()";
        return "a temporary";
    }
    default:
        return NULL;
    }
}

static const char *dest_name(BodyInfo *bi, Place d, int depth) {
    const MirLocal *l = &bi->body->locals.data[d.local];
    if (depth == 0)
        sink_is_builtin = false;
    if (has_deref(d))
        return place_text(bi, d);
    switch (l->kind) {
    case LOCAL_RETURN:
        return d.nproj ? place_text(bi, d) : "the return value";
    case LOCAL_VAR:
    case LOCAL_ARG:
        return place_text(bi, d);
    case LOCAL_DROP_FLAG:
        return "a drop flag";
    case LOCAL_TEMP:
        break;
    }
    const char *n = consumer_name(bi, d.local, depth);
    if (n && d.nproj) {
        /* a field of a temporary: keep the suffix */
        const char *full = place_text(bi, d);
        const char *dot = strpbrk(full, ".[");
        return arena_printf(compiler_arena, "%s%s", n, dot ? dot : "");
    }
    return n;
}

/* ---- constants, for sizes and values -------------------------------------------- */

/* The &str constant an operand surely holds: a literal, or a local assigned
 * exactly once in the body, from a literal (let literal = "hello"). */
static const ConstValue *const_str_of(BodyInfo *bi, const Operand *o, int depth) {
    if (o->kind == OPERAND_CONST)
        return o->as.konst->kind == CONST_STR ? o->as.konst : NULL;
    if (depth > 4 || o->as.place.nproj)
        return NULL;
    LocalId l = o->as.place.local;
    if (bi->assigns[l] != 1 || !bi->only_use[l])
        return NULL;
    return const_str_of(bi, bi->only_use[l], depth + 1);
}

static bool const_uint_of(const Operand *o, uint64_t *v) {
    if (o->kind != OPERAND_CONST || o->as.konst->kind != CONST_INT)
        return false;
    *v = (uint64_t)o->as.konst->bits;
    return true;
}

/* ---- heap sites --------------------------------------------------------------------- */

static bool allocates(const MirTerm *t) {
    if (t->kind != TERM_CALL || t->as.call.callee.kind != CALLEE_BUILTIN)
        return false;
    switch (t->as.call.callee.builtin) {
    case BUILTIN_STRING_NEW:
    case BUILTIN_STRING_FROM:
    case BUILTIN_STRING_WITH_CAPACITY:
    case BUILTIN_STR_TO_STRING:
    case BUILTIN_STRING_CLONE:
    case BUILTIN_MAC_FORMAT:
        return true;
    default:
        return false;
    }
}

static void size_of_site(BodyInfo *bi, const MirTerm *t, RHeap *h) {
    const Operand *a0 = t->as.call.nargs > 0 ? &t->as.call.args[0] : NULL;
    const ConstValue *c;
    uint64_t n;
    h->size = -1;
    switch (t->as.call.callee.builtin) {
    case BUILTIN_STRING_NEW:
        h->size = 0;
        h->size_note = "String::new() allocates nothing; the first push does";
        return;
    case BUILTIN_STRING_FROM:
    case BUILTIN_STR_TO_STRING:
        if (a0 && (c = const_str_of(bi, a0, 0))) {
            h->size = c->len;
            h->size_note = c->len == 0
                ? "an empty string: no block is allocated"
                : arena_printf(compiler_arena, "the %u bytes of \"%s\" (capacity = length)",
                               (unsigned)c->len, report_escape(c->bytes, c->len));
            return;
        }
        h->size_note = "the length of the text, known at run time";
        return;
    case BUILTIN_STRING_WITH_CAPACITY:
        if (a0 && const_uint_of(a0, &n)) {
            h->size = (int64_t)n;
            h->size_note = n ? arena_printf(compiler_arena, "the requested capacity, %llu bytes",
                                            (unsigned long long)n)
                             : "capacity 0: no block is allocated";
            return;
        }
        h->size_note = "the requested capacity, known at run time";
        return;
    case BUILTIN_STRING_CLONE:
        h->size_note = "the original's length, known at run time (capacity = length)";
        return;
    case BUILTIN_MAC_FORMAT:
        h->size_note = "the formatted text's length, known at run time";
        return;
    default:
        return;
    }
}

static int site_cmp_pos(const void *a, const void *b) {
    const RHeap *x = a, *y = b;
    if (x->site.pos != y->site.pos)
        return x->site.pos < y->site.pos ? -1 : 1;
    return 0;
}

typedef struct SiteRef {
    int body, block;
} SiteRef;

static void collect_sites(Events *e) {
    Report *r = e->r;
    VEC(SiteRef) refs = {0};
    for (int bix = 0; bix < e->p->bodies.len; bix++) {
        BodyInfo *bi = &e->infos[bix];
        for (int k = 0; k < bi->nrpo; k++) {
            int b = bi->rpo[k];
            MirTerm *t = &block_at(bi, b)->term;
            if (!allocates(t))
                continue;
            RHeap h = {0};
            h.site = report_loc(r, t->span);
            h.function = bi->fn->name;
            h.expr = span_text(r, t->span, 48);
            h.builtin = builtin_name(t->as.call.callee.builtin);
            h.in_loop = block_in_loop(bi, b);
            size_of_site(bi, t, &h);
            /* the body/block of the site rides in `id` until numbering */
            h.id = refs.len;
            SiteRef sr = {bix, b};
            vec_push(refs, sr);
            vec_push(r->heap, h);
        }
    }
    /* Number in source order (stable for equal positions: body order). */
    for (int i = 1; i < r->heap.len; i++) {
        RHeap x = r->heap.data[i];
        int j = i - 1;
        while (j >= 0 && site_cmp_pos(&r->heap.data[j], &x) > 0) {
            r->heap.data[j + 1] = r->heap.data[j];
            j--;
        }
        r->heap.data[j + 1] = x;
    }
    for (int i = 0; i < r->heap.len; i++) {
        SiteRef sr = refs.data[r->heap.data[i].id];
        r->heap.data[i].id = i + 1;
        BodyInfo *bi = &e->infos[sr.body];
        bi->alloc_site[sr.block] = i + 1;
        Place d = block_at(bi, sr.block)->term.as.call.dest;
        if (d.nproj == 0)
            bi->local_site[d.local] = i + 1;
    }
}

/* ---- ownership facts ------------------------------------------------------------------ */

typedef struct Own {
    int site;           /* heap id, or PARAM_SITE(k) */
    const char *path;   /* "3" or "3.1": local, then field indices */
    Symbol sym;         /* path, interned: facts compare as integers */
    LocalId local;      /* the path's first component */
} Own;
typedef VEC(Own) OwnSet;

static const char *place_path(Place p) {
    CharVec s = {0};
    str_appendf(&s, "%d", p.local);
    for (int i = 0; i < p.nproj; i++) {
        switch (p.proj[i].kind) {
        case PROJ_DEREF: return NULL; /* behind a reference: not owned here */
        case PROJ_FIELD:
        case PROJ_CONST_INDEX: str_appendf(&s, ".%d", p.proj[i].index); break;
        case PROJ_INDEX: str_appendf(&s, ".?"); break;
        }
    }
    return s.data;
}

/* Is the fact at or under the path `prefix` (whose local is plocal)? The
 * integer test rejects almost every fact before any string is looked at. */
static bool own_under(const Own *o, const char *prefix, LocalId plocal) {
    if (o->local != plocal)
        return false;
    size_t n = strlen(prefix);
    return !strncmp(o->path, prefix, n) && (o->path[n] == '\0' || o->path[n] == '.');
}

static Own own_make(int site, const char *path) {
    Own o = {site, path, intern_cstr(path), (LocalId)strtol(path, NULL, 10)};
    return o;
}

static bool own_has(const OwnSet *s, int site, Symbol sym) {
    for (int i = 0; i < s->len; i++)
        if (s->data[i].site == site && s->data[i].sym == sym)
            return true;
    return false;
}

static void own_put(OwnSet *s, int site, const char *path) {
    Own o = own_make(site, path);
    if (!own_has(s, site, o.sym))
        vec_push(*s, o);
}

/* Removes and returns the facts at or under prefix. */
static OwnSet own_take(OwnSet *s, const char *prefix) {
    OwnSet out = {0};
    LocalId plocal = (LocalId)strtol(prefix, NULL, 10);
    int k = 0;
    for (int i = 0; i < s->len; i++) {
        if (own_under(&s->data[i], prefix, plocal))
            vec_push(out, s->data[i]);
        else
            s->data[k++] = s->data[i];
    }
    s->len = k;
    return out;
}

static OwnSet own_copy(const OwnSet *s) {
    OwnSet out = {0};
    if (s->len) {
        out.data = ALLOC_N(Own, s->len);
        memcpy(out.data, s->data, sizeof(Own) * (size_t)s->len);
        out.len = out.cap = s->len;
    }
    return out;
}

static uint32_t own_hash(int site, Symbol sym) {
    uint64_t x = (uint64_t)(uint32_t)site * 0x9e3779b97f4a7c15ull ^ (uint64_t)sym;
    x ^= x >> 29;
    x *= 0xbf58476d1ce4e5b9ull;
    return (uint32_t)(x >> 32);
}

/* Adds src's facts to *dst; true if anything was new. Linear time: the
 * facts of dst go into a scratch hash table first (join points of a long
 * function can hold thousands of facts). */
static bool own_union(OwnSet *dst, const OwnSet *src) {
    if (!src->len)
        return false;
    uint32_t cap = 16;
    while (cap < 2u * (uint32_t)(dst->len + src->len))
        cap *= 2;
    int *table = xmalloc(sizeof(int) * cap);
    for (uint32_t i = 0; i < cap; i++)
        table[i] = -1;
    for (int i = 0; i < dst->len; i++) {
        uint32_t j = own_hash(dst->data[i].site, dst->data[i].sym) & (cap - 1);
        while (table[j] >= 0)
            j = (j + 1) & (cap - 1);
        table[j] = i;
    }
    bool changed = false;
    for (int i = 0; i < src->len; i++) {
        const Own *o = &src->data[i];
        uint32_t j = own_hash(o->site, o->sym) & (cap - 1);
        bool found = false;
        while (table[j] >= 0) {
            const Own *d = &dst->data[table[j]];
            if (d->site == o->site && d->sym == o->sym) {
                found = true;
                break;
            }
            j = (j + 1) & (cap - 1);
        }
        if (!found) {
            vec_push(*dst, *o);
            table[j] = dst->len - 1;
            changed = true;
        }
    }
    xfree(table);
    return changed;
}

/* ---- heap event logs ----------------------------------------------------------------- */

static Summary *summarize(BodyInfo *bi);

static RHeapEventVec *log_of(BodyInfo *bi, int site) {
    if (IS_PARAM_SITE(site))
        return &bi->summary.params[PARAM_OF(site)].events;
    return &bi->r->heap.data[site - 1].events;
}

static void log_event(RHeapEventVec *log, RHeapEvent ev) {
    for (int i = 0; i < log->len; i++) {
        RHeapEvent *o = &log->data[i];
        if (o->kind == ev.kind && o->at.pos == ev.at.pos &&
            !strcmp(o->name ? o->name : "", ev.name ? ev.name : "") &&
            !strcmp(o->function ? o->function : "", ev.function ? ev.function : ""))
            return;
    }
    vec_push(*log, ev);
}

static void heap_log(BodyInfo *bi, int site, RHeapEventKind kind, Span at, const char *name,
                     const char *how, bool conditional) {
    RHeapEvent ev = {kind, report_loc(bi->r, at), name, bi->fn->name, how, conditional};
    log_event(log_of(bi, site), ev);
}

/* The last owner named in a site's log, to avoid "owner: t" twice. */
static const char *last_owner(BodyInfo *bi, int site) {
    RHeapEventVec *log = log_of(bi, site);
    for (int i = log->len - 1; i >= 0; i--)
        if (log->data[i].kind == HEV_OWNER)
            return log->data[i].name;
    if (!IS_PARAM_SITE(site))
        return bi->r->heap.data[site - 1].owner;
    return NULL;
}

/* Moves the facts under `from` to `to`; logs the new owner when it is a
 * variable (temporaries are named by their consumer already). */
static void relocate(BodyInfo *bi, OwnSet *s, Place from, Place to, Span at, const char *how) {
    const char *fp = place_path(from), *tp = place_path(to);
    if (!fp)
        return;
    OwnSet moved = own_take(s, fp);
    if (!tp)
        return;
    size_t n = strlen(fp);
    MirLocal *dl = &bi->body->locals.data[to.local];
    for (int i = 0; i < moved.len; i++) {
        const char *np = arena_printf(compiler_arena, "%s%s", tp, moved.data[i].path + n);
        own_put(s, moved.data[i].site, np);
        if (dl->kind == LOCAL_VAR || dl->kind == LOCAL_ARG || how) {
            const char *name = dest_name(bi, to, 0);
            const char *prev = last_owner(bi, moved.data[i].site);
            if (name && (!prev || strcmp(prev, name) || how))
                heap_log(bi, moved.data[i].site, HEV_OWNER, at, name, how, false);
        }
    }
}

static void free_under(BodyInfo *bi, OwnSet *s, Place p, Span at, const char *how,
                       bool conditional, int block) {
    const char *pp = place_path(p);
    if (!pp)
        return;
    OwnSet gone = own_take(s, pp);
    const char *name = dest_name(bi, p, 0);
    for (int i = 0; i < gone.len; i++) {
        heap_log(bi, gone.data[i].site, HEV_FREE, at, name, how, conditional);
        if (block >= 0 && !IS_PARAM_SITE(gone.data[i].site) && !bi->drop_frees[block])
            bi->drop_frees[block] = gone.data[i].site;
    }
}

/* A call to a user function: what the callee does with each moved-in
 * value, and which of its own blocks it returns. */
static void call_user_fn(BodyInfo *bi, OwnSet *s, const MirTerm *t) {
    Item *fn = t->as.call.callee.fn;
    BodyInfo *callee = info_of_item(fn);
    Summary *sum = callee ? summarize(callee) : NULL;
    const char *dp = place_path(t->as.call.dest);
    const char *fname = sym_str(fn->name);
    for (int i = 0; i < t->as.call.nargs; i++) {
        const Operand *o = &t->as.call.args[i];
        if (o->kind != OPERAND_MOVE)
            continue;
        const char *pp = place_path(o->as.place);
        if (!pp)
            continue;
        OwnSet moved = own_take(s, pp);
        for (int k = 0; k < moved.len; k++) {
            int site = moved.data[k].site;
            heap_log(bi, site, HEV_OWNER, t->span, param_text(fn, i),
                     arena_printf(compiler_arena, "moved into %s()", fname), false);
            if (!sum) {
                heap_log(bi, site, HEV_OWNER, t->span, "?",
                         arena_printf(compiler_arena,
                                      "%s() calls itself: not followed further", fname),
                         false);
                continue;
            }
            ParamFate *pf = &sum->params[i];
            for (int j = 0; j < pf->events.len; j++)
                log_event(log_of(bi, site), pf->events.data[j]);
            if (pf->returned && dp) {
                own_put(s, site, dp);
                const char *name = dest_name(bi, t->as.call.dest, 0);
                heap_log(bi, site, HEV_OWNER, t->span, name ? name : "a temporary",
                         arena_printf(compiler_arena, "returned by %s()", fname), false);
            }
        }
    }
    if (sum && dp) {
        for (int i = 0; i < sum->returned.len; i++) {
            int site = sum->returned.data[i];
            own_put(s, site, dp);
            const char *name = dest_name(bi, t->as.call.dest, 0);
            heap_log(bi, site, HEV_OWNER, t->span, name ? name : "a temporary",
                     arena_printf(compiler_arena, "returned by %s()", fname), false);
        }
    }
}

/* The place a `&mut` argument points at, when this body made it. */
static bool borrowed_place(BodyInfo *bi, const Operand *o, Place *out) {
    if (o->kind == OPERAND_CONST || o->as.place.nproj)
        return false;
    Place p = bi->ref_of[o->as.place.local];
    if (p.local < 0 || has_deref(p))
        return false;
    *out = p;
    return true;
}

static void transfer_call(BodyInfo *bi, OwnSet *s, const MirTerm *t, int block) {
    Place dest = t->as.call.dest;
    const char *dp = place_path(dest);
    if (t->as.call.callee.kind == CALLEE_FN) {
        call_user_fn(bi, s, t);
        return;
    }
    Builtin b = t->as.call.callee.builtin;
    if (allocates(t)) {
        if (dp) {
            OwnSet stale = own_take(s, dp);
            (void)stale;
            own_put(s, bi->alloc_site[block], dp);
        }
        return;
    }
    const Operand *a0 = t->as.call.nargs > 0 ? &t->as.call.args[0] : NULL;
    Place target;
    switch (b) {
    case BUILTIN_STRING_ADD:
        if (a0 && a0->kind == OPERAND_MOVE) {
            const char *fp = place_path(a0->as.place);
            if (fp) {
                for (int i = 0; i < s->len; i++)
                    if (own_under(&s->data[i], fp, a0->as.place.local))
                        heap_log(bi, s->data[i].site, HEV_GROW, t->span, "+",
                                 "appends in place (may reallocate)", false);
            }
            relocate(bi, s, a0->as.place, dest, t->span, "+ reuses the block");
        }
        return;
    case BUILTIN_STRING_PUSH:
    case BUILTIN_STRING_PUSH_STR:
    case BUILTIN_STRING_ADD_ASSIGN:
        if (a0 && borrowed_place(bi, a0, &target)) {
            const char *tp = place_path(target);
            for (int i = 0; tp && i < s->len; i++)
                if (own_under(&s->data[i], tp, target.local))
                    heap_log(bi, s->data[i].site, HEV_GROW, t->span, builtin_text(b),
                             "may reallocate", false);
        }
        return;
    case BUILTIN_MEM_DROP:
        if (a0 && a0->kind == OPERAND_MOVE)
            free_under(bi, s, a0->as.place, t->span, "drop()", false, -1);
        return;
    default:
        return;
    }
}

static void transfer_block(BodyInfo *bi, OwnSet *s, int b) {
    MirBlock *blk = block_at(bi, b);
    for (int i = 0; i < blk->stmts.len; i++) {
        MirStmt *st = &blk->stmts.data[i];
        if (st->kind != MIR_ASSIGN)
            continue;
        Place d = st->as.assign.place;
        Rvalue *rv = &st->as.assign.rvalue;
        if (rv->kind == RV_USE && rv->as.use.kind == OPERAND_MOVE) {
            relocate(bi, s, rv->as.use.as.place, d, st->span, NULL);
        } else if (rv->kind == RV_AGGREGATE) {
            for (int k = 0; k < rv->as.aggregate.nops; k++) {
                const Operand *o = &rv->as.aggregate.ops[k];
                if (o->kind == OPERAND_MOVE)
                    relocate(bi, s, o->as.place,
                             mir_place_project(d, PROJ_FIELD, k, 0, rv->ty), st->span, NULL);
            }
        }
    }
    MirTerm *t = &blk->term;
    switch (t->kind) {
    case TERM_CALL:
        transfer_call(bi, s, t, b);
        break;
    case TERM_DROP: {
        Place p = t->as.drop.place;
        const char *name = dest_name(bi, p, 0);
        const char *how = name && !strcmp(name, "drop()") ? "drop()" : "dropped";
        free_under(bi, s, p, t->span, how, drop_is_conditional(bi, b), b);
        break;
    }
    case TERM_RETURN: {
        OwnSet out = own_take(s, "0");
        for (int i = 0; i < out.len; i++) {
            int site = out.data[i].site;
            heap_log(bi, site, HEV_RETURN, t->span, "the caller",
                     arena_printf(compiler_arena, "returned by %s()", bi->fn->name), false);
            if (IS_PARAM_SITE(site)) {
                bi->summary.params[PARAM_OF(site)].returned = true;
            } else {
                bool dup = false;
                for (int k = 0; k < bi->summary.returned.len; k++)
                    dup |= bi->summary.returned.data[k] == site;
                if (!dup)
                    vec_push(bi->summary.returned, site);
            }
        }
        break;
    }
    default:
        break;
    }
}

/* Runs the may-own analysis of one body to a fixpoint; its logs fill as a
 * side effect (deduplicated, so re-running a block adds nothing).
 * In-states are kept only at join points (blocks with several
 * predecessors, and the entry); a block with one predecessor is run right
 * after it with its out-state, so straight-line code costs no copies and a
 * long function no quadratic memory. */
static Summary *summarize(BodyInfo *bi) {
    Summary *sum = &bi->summary;
    if (sum->state == 2)
        return sum;
    if (sum->state == 1)
        return NULL; /* recursion: the caller says it stops following */
    sum->state = 1;
    int nb = bi->body->blocks.len;
    sum->params = ALLOC_N(ParamFate, bi->body->arg_count + 1);
    if (nb == 0) {
        sum->state = 2;
        return sum;
    }
    OwnSet *in = ALLOC_N(OwnSet, nb);
    bool *dirty = ALLOC_N(bool, nb);
    for (int k = 0; k < bi->body->arg_count; k++) {
        if (ty_needs_drop(bi->body->locals.data[k + 1].ty))
            own_put(&in[0], PARAM_SITE(k), arena_printf(compiler_arena, "%d", k + 1));
    }
    dirty[0] = true;
    /* the pending chain: (block, state) pairs */
    int *stack_b = ALLOC_N(int, nb + 1);
    OwnSet *stack_s = ALLOC_N(OwnSet, nb + 1);
    bool changed = true;
    for (int round = 0; changed && round < 64; round++) {
        changed = false;
        for (int k = 0; k < bi->nrpo; k++) {
            int b = bi->rpo[k];
            if (!dirty[b])
                continue;
            dirty[b] = false;
            int top = 0;
            stack_b[top] = b;
            stack_s[top++] = own_copy(&in[b]);
            while (top > 0) {
                top--;
                int x = stack_b[top];
                OwnSet st = stack_s[top];
                transfer_block(bi, &st, x);
                MirTerm *t = &block_at(bi, x)->term;
                int nsucc = mir_succ_count(t);
                for (int i = 0; i < nsucc; i++) {
                    int succ = *mir_succ_slot(t, i);
                    if (succ < 0 || succ >= nb)
                        continue;
                    if (succ == 0 || bi->preds[succ].len != 1) {
                        if (own_union(&in[succ], &st) || round == 0) {
                            if (!dirty[succ]) {
                                dirty[succ] = true;
                                changed = true;
                            }
                        }
                    } else if (top < nb) {
                        /* the last single-predecessor successor takes the
                         * state itself; earlier ones get copies */
                        stack_b[top] = succ;
                        stack_s[top++] = i == nsucc - 1 ? st : own_copy(&st);
                    }
                }
            }
        }
    }
    sum->state = 2;
    return sum;
}

/* ---- slot events ----------------------------------------------------------------------- */

static RSlot *slot_for(BodyInfo *bi, Place p) {
    if (p.local < 0 || p.local >= bi->body->locals.len || has_deref(p))
        return NULL;
    int i = bi->slot_of[p.local];
    return i < 0 ? NULL : &bi->fn->slots.data[i];
}

static void add_event(BodyInfo *bi, RSlot *slot, REvent ev) {
    for (int i = 0; i < slot->events.len; i++) {
        REvent *o = &slot->events.data[i];
        if (o->kind == ev.kind && o->at.pos == ev.at.pos &&
            !strcmp(o->to ? o->to : "", ev.to ? ev.to : "") &&
            !strcmp(o->what ? o->what : "", ev.what ? ev.what : ""))
            return;
    }
    (void)bi;
    vec_push(slot->events, ev);
}

/* A read of an operand: a copy or a move out of a slot. Copies count only
 * when the bytes land somewhere named (not in an addition). */
static void ev_read(BodyInfo *bi, const Operand *o, Span at, const char *to, bool into_builtin) {
    if (o->kind == OPERAND_CONST)
        return;
    Place p = o->as.place;
    RSlot *slot = slot_for(bi, p);
    if (!slot)
        return;
    bool move = o->kind == OPERAND_MOVE && !ty_is_copy(mir_place_type(bi->body, p));
    if (!move && (!to || into_builtin || sink_is_builtin))
        return;
    REvent ev = {0};
    ev.kind = move ? EV_MOVE : EV_COPY;
    ev.at = report_loc(bi->r, at);
    ev.what = p.nproj ? place_text(bi, p) : NULL;
    ev.to = to ? to : "an operation";
    add_event(bi, slot, ev);
}

static const char *const_text(const ConstValue *c) {
    if (c->kind == CONST_FN)
        return NULL;
    return report_const_text(c);
}

/* What is stored by an assignment, in words. */
static const char *value_text(BodyInfo *bi, const MirStmt *st) {
    const Rvalue *rv = &st->as.assign.rvalue;
    if (rv->kind == RV_USE && rv->as.use.kind == OPERAND_CONST) {
        const char *t = const_text(rv->as.use.as.konst);
        if (t)
            return t;
    }
    if (rv->kind == RV_USE && rv->as.use.kind != OPERAND_CONST) {
        Place p = rv->as.use.as.place;
        MirLocal *l = &bi->body->locals.data[p.local];
        if (l->kind == LOCAL_VAR || l->kind == LOCAL_ARG)
            return place_text(bi, p);
        if (l->kind == LOCAL_TEMP && p.nproj == 0 && bi->assigns[p.local] > 1)
            return "the loop counter's next value";
        if (l->kind == LOCAL_TEMP && p.nproj == 0 && l->span.hi > l->span.lo)
            return span_text(bi->r, l->span, 32);
    }
    return span_text(bi->r, st->span, 32);
}

static void slot_events_block(BodyInfo *bi, int b) {
    MirBlock *blk = block_at(bi, b);
    for (int i = 0; i < blk->stmts.len; i++) {
        MirStmt *st = &blk->stmts.data[i];
        if (st->kind != MIR_ASSIGN)
            continue;
        Place d = st->as.assign.place;
        Rvalue *rv = &st->as.assign.rvalue;
        switch (rv->kind) {
        case RV_USE: ev_read(bi, &rv->as.use, st->span, dest_name(bi, d, 0), false); break;
        case RV_CAST: ev_read(bi, &rv->as.cast.operand, st->span, dest_name(bi, d, 0), false); break;
        case RV_REPEAT: ev_read(bi, &rv->as.repeat.operand, st->span, dest_name(bi, d, 0), false); break;
        case RV_AGGREGATE: {
            const char *base = dest_name(bi, d, 0);
            for (int k = 0; k < rv->as.aggregate.nops; k++) {
                const char *to = !base ? NULL
                                 : rv->as.aggregate.kind == AGG_ARRAY
                                     ? arena_printf(compiler_arena, "%s[%d]", base, k)
                                     : arena_printf(compiler_arena, "%s.%d", base, k);
                ev_read(bi, &rv->as.aggregate.ops[k], st->span, to, false);
            }
            break;
        }
        case RV_BINARY:
        case RV_CHECKED_BINARY:
            ev_read(bi, &rv->as.binary.lhs, st->span, NULL, false);
            ev_read(bi, &rv->as.binary.rhs, st->span, NULL, false);
            break;
        case RV_UNARY: ev_read(bi, &rv->as.unary.operand, st->span, NULL, false); break;
        case RV_REF: {
            RSlot *slot = slot_for(bi, rv->as.ref.place);
            if (slot) {
                REvent ev = {0};
                ev.kind = EV_BORROW;
                ev.at = report_loc(bi->r, st->span);
                ev.what = rv->as.ref.place.nproj ? place_text(bi, rv->as.ref.place) : NULL;
                const char *to = dest_name(bi, d, 0);
                ev.to = to ? to : "an operation";
                ev.mut = rv->as.ref.mut;
                add_event(bi, slot, ev);
            }
            break;
        }
        }
        RSlot *ds = slot_for(bi, d);
        if (ds && strcmp(ds->kind, "drop_flag") != 0) {
            REvent ev = {0};
            ev.kind = EV_ASSIGN;
            ev.at = report_loc(bi->r, st->span);
            ev.what = d.nproj ? place_text(bi, d) : NULL;
            ev.to = value_text(bi, st);
            if (rv->kind == RV_USE && rv->as.use.kind == OPERAND_MOVE &&
                rv->as.use.as.place.nproj == 0)
                ev.heap = bi->local_site[rv->as.use.as.place.local];
            add_event(bi, ds, ev);
        }
    }
    MirTerm *t = &blk->term;
    if (t->kind == TERM_CALL) {
        bool user = t->as.call.callee.kind == CALLEE_FN;
        sink_is_builtin = false; /* `into_builtin` says it for arguments */
        for (int i = 0; i < t->as.call.nargs; i++) {
            const char *to = user ? param_text(t->as.call.callee.fn, i)
                                  : builtin_text(t->as.call.callee.builtin);
            ev_read(bi, &t->as.call.args[i], t->span, to, !user);
        }
        RSlot *ds = slot_for(bi, t->as.call.dest);
        if (ds) {
            REvent ev = {0};
            ev.kind = EV_ASSIGN;
            ev.at = report_loc(bi->r, t->span);
            ev.what = t->as.call.dest.nproj ? place_text(bi, t->as.call.dest) : NULL;
            ev.to = span_text(bi->r, t->span, 32);
            ev.heap = bi->alloc_site[b];
            add_event(bi, ds, ev);
        }
    } else if (t->kind == TERM_DROP) {
        RSlot *slot = slot_for(bi, t->as.drop.place);
        if (slot) {
            REvent ev = {0};
            ev.kind = EV_DROP;
            ev.at = report_loc(bi->r, t->span);
            ev.what = t->as.drop.place.nproj ? place_text(bi, t->as.drop.place) : NULL;
            ev.conditional = drop_is_conditional(bi, b);
            ev.heap = bi->drop_frees[b];
            add_event(bi, slot, ev);
        }
    }
}

/* Where each slot's story ends. */
static void slot_fates(BodyInfo *bi) {
    for (int i = 0; i < bi->fn->slots.len; i++) {
        RSlot *s = &bi->fn->slots.data[i];
        bool first = true;
        const REvent *whole_drop = NULL, *part_drop = NULL;
        bool moved = false;
        for (int k = 0; k < s->events.len; k++) {
            REvent *ev = &s->events.data[k];
            /* a parameter arrives initialised: its first assignment in
             * the body is a re-assignment */
            if (ev->kind == EV_ASSIGN && !ev->what && first && strcmp(s->kind, "arg")) {
                ev->init = true;
                first = false;
            }
            if (ev->kind == EV_DROP && !ev->what)
                whole_drop = ev;
            if (ev->kind == EV_DROP && ev->what)
                part_drop = ev;
            if (ev->kind == EV_MOVE)
                moved = true;
        }
        if (!strcmp(s->kind, "return")) {
            s->fate = FATE_RETURNED;
            s->fate_at = bi->fn->end;
        } else if (!s->needs_drop) {
            s->fate = FATE_NONE;
            s->fate_at = s->scope_end;
        } else if (whole_drop && (!moved || whole_drop->at.pos >= s->scope_end.pos ||
                                  whole_drop->conditional)) {
            s->fate = whole_drop->conditional ? FATE_DROPPED_MAYBE : FATE_DROPPED;
            s->fate_at = whole_drop->at;
        } else if (part_drop) {
            s->fate = FATE_PARTLY_MOVED;
            s->fate_at = part_drop->at;
        } else if (whole_drop) {
            s->fate = FATE_DROPPED;
            s->fate_at = whole_drop->at;
        } else {
            s->fate = FATE_MOVED;
            s->fate_at = s->scope_end;
        }
    }
}

static void collect_calls(BodyInfo *bi) {
    for (int k = 0; k < bi->nrpo; k++) {
        int b = bi->rpo[k];
        MirTerm *t = &block_at(bi, b)->term;
        if (t->kind != TERM_CALL || t->as.call.callee.kind != CALLEE_FN)
            continue;
        RCall c;
        c.callee = sym_str(t->as.call.callee.fn->name);
        c.at = report_loc(bi->r, t->span);
        c.in_loop = block_in_loop(bi, b);
        vec_push(bi->fn->calls, c);
    }
    /* block order is not source order after a loop: sort by position */
    RCallVec *v = &bi->fn->calls;
    for (int i = 1; i < v->len; i++) {
        RCall x = v->data[i];
        int j = i - 1;
        while (j >= 0 && v->data[j].at.pos > x.at.pos) {
            v->data[j + 1] = v->data[j];
            j--;
        }
        v->data[j + 1] = x;
    }
}

/* The first owner of each block: whoever receives the allocating call's
 * result (a temporary is named after its consumer). */
static void first_owners(Events *e) {
    for (int bix = 0; bix < e->p->bodies.len; bix++) {
        BodyInfo *bi = &e->infos[bix];
        for (int b = 0; b < bi->body->blocks.len; b++) {
            int site = bi->alloc_site[b];
            if (!site)
                continue;
            const char *n = dest_name(bi, block_at(bi, b)->term.as.call.dest, 0);
            e->r->heap.data[site - 1].owner = n ? n : "a temporary";
        }
    }
}

void report_events(Report *r, MirProgram *p) {
    Events e = {r, p, ALLOC_N(BodyInfo, p->bodies.len > 0 ? p->bodies.len : 1)};
    ev_ctx = &e;
    for (int i = 0; i < p->bodies.len; i++) {
        BodyInfo *bi = &e.infos[i];
        bi->r = r;
        bi->p = p;
        bi->body = p->bodies.data[i];
        bi->fn = &r->functions.data[i];
        int nl = bi->body->locals.len;
        bi->slot_of = ALLOC_N(int, nl > 0 ? nl : 1);
        for (int l = 0; l < nl; l++)
            bi->slot_of[l] = -1;
        for (int k = 0; k < bi->fn->slots.len; k++)
            bi->slot_of[bi->fn->slots.data[k].local] = k;
        index_body(bi);
    }
    collect_sites(&e);
    first_owners(&e);
    for (int i = 0; i < p->bodies.len; i++)
        summarize(&e.infos[i]);
    for (int i = 0; i < p->bodies.len; i++) {
        BodyInfo *bi = &e.infos[i];
        for (int k = 0; k < bi->nrpo; k++)
            slot_events_block(bi, bi->rpo[k]);
        slot_fates(bi);
        collect_calls(bi);
        for (int k = 0; k < bi->fn->slots.len; k++) {
            RSlot *sl = &bi->fn->slots.data[k];
            if (strcmp(sl->kind, "temp"))
                continue;
            const char *c = consumer_name(bi, sl->local, 0);
            sl->note = c && strcmp(c, "a temporary")
                           ? arena_printf(compiler_arena, "a temporary %s, moved into %s",
                                          sl->type, c)
                           : arena_printf(compiler_arena, "a temporary %s", sl->type);
        }
    }
    ev_ctx = NULL;
}
