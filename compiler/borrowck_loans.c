/* borrowck_loans.c: borrows that conflict, with non-lexical lifetimes.
 *
 * A loan is made by every `&place` / `&mut place` in MIR. rustc computes,
 * by region inference, the set of points where each loan's reference may
 * still be used (its region), and reports an access to the borrowed place
 * at a point of that set when the two conflict: a write (assignment, move,
 * `&mut`, the end of the place's storage) against any loan, a read against
 * a `&mut` loan. Owl's references never outlive their function (no
 * references in return types beyond the elided ones, no structs), so the
 * region of a loan is found without inference, as the points where a local
 * that may hold the reference is live:
 *
 *  - carried: a forward dataflow of which loans each local may hold. `r =
 *    &s` gives r the loan; copies, moves, casts, tuples and arrays pass
 *    loans on; a reborrow `&*r` or `&mut *r` holds r's loans besides its
 *    own; a call returning a reference holds the loans of its arguments
 *    (lifetime elision ties the result to them). A whole assignment
 *    replaces what a local holds; StorageDead empties it.
 *  - live: a backward dataflow of the locals that may still be used.
 *  - active: a forward dataflow of the loans made on some path and not yet
 *    ended by an assignment to, or the end of storage of, the borrowed
 *    local.
 *
 * A loan is in scope at a point when it is active and some local live
 * there holds it. Mutable autorefs of method receivers (and of `+=` on a
 * String) are two-phase borrows, as in rustc: reserved where they are made
 * (only an existing `&mut` conflicts), activated at their first use.
 *
 * The errors are rustc's: E0499, E0502, E0503, E0505, E0506, E0597, with
 * the borrow, the access and the later use of the borrow ("borrow later
 * used here", found by a breadth-first search from the access as rustc's
 * find_use does), and the memory note.
 */
#include "borrowck_int.h"

#include <string.h>

#include "layout.h"

typedef struct Loan {
    BckLoc loc;         /* the `&` statement */
    Place place;        /* what is borrowed */
    bool mut;
    bool two_phase;     /* a `&mut` autoref, active from its first use */
    LocalId dest;       /* the local the reference is written to */
    BckLoc activation;  /* two-phase: the first use of dest, or block -1 */
    Span span;          /* as rustc shows the borrow */
} Loan;

typedef struct Nll {
    Bck *b;
    VEC(Loan) loans;
    int lw;             /* words per loan set */
    int vw;             /* words per local set */
    int nlocals;
    uint64_t *carried_in;  /* per block: nlocals loan sets */
    uint64_t *active_in;   /* per block: loan set */
    uint64_t *live_out;    /* per block: local set (live at exit) */
    VEC(Span) reported;    /* (local, span) pairs already with an error */
    VEC(LocalId) reported_local;
    VEC(int) reported_loan; /* loans that already caused an E0597 */
} Nll;

static bool bit(const uint64_t *s, int i) { return (s[i / 64] >> (i % 64)) & 1; }
static void set(uint64_t *s, int i) { s[i / 64] |= (uint64_t)1 << (i % 64); }
static void clr(uint64_t *s, int i) { s[i / 64] &= ~((uint64_t)1 << (i % 64)); }

static const MirStmt *stmt_of(const Bck *b, BckLoc l) {
    const MirBlock *blk = b->body->blocks.data[l.block];
    return l.index < blk->stmts.len ? &blk->stmts.data[l.index] : NULL;
}

static const MirTerm *term_of(const Bck *b, BckLoc l) {
    return &b->body->blocks.data[l.block]->term;
}

/* ---- which types can hold a reference ----------------------------------- */

static bool holds_ref(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_REF: return true;
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (holds_ref(t->as.tuple.elems[i]))
                return true;
        return false;
    case TY_ARRAY: return holds_ref(t->as.array.elem);
    default: return false;
    }
}

static bool local_holds_ref(const Nll *n, LocalId l) {
    return holds_ref(n->b->body->locals.data[l].ty);
}

static bool through_shared_ref(const Bck *b, Place p) {
    for (int k = 0; k < p.nproj; k++) {
        if (p.proj[k].kind != PROJ_DEREF)
            continue;
        Place base = p;
        base.nproj = k;
        Type *bt = ty_resolve(mir_place_type(b->body, base));
        if (bt->kind == TY_REF && !bt->as.ref.mut)
            return true;
    }
    return false;
}

/* ---- finding the loans ---------------------------------------------------- */

/* The span rustc gives a borrow made by an autoref or `+=`: the whole
 * method call for a `&mut` receiver (a two-phase borrow), the whole
 * compound assignment for `+=`; otherwise the statement's own. */
static Span loan_span(const Bck *b, Span s, bool mut, bool *two_phase) {
    const BckAst *a = b->ast;
    *two_phase = false;
    if (!mut)
        return s;
    int n = bck_ast_find(a, s, EXPR_COERCE);
    if (n >= 0 && a->nodes.data[n].expr->as.coerce.kind == COERCE_AUTOREF_MUT) {
        int p = a->nodes.data[n].parent;
        Expr *pe = p >= 0 ? a->nodes.data[p].expr : NULL;
        if (pe && pe->kind == EXPR_METHOD && pe->as.method.receiver == a->nodes.data[n].expr) {
            *two_phase = true;
            return pe->span;
        }
    }
    for (int i = 0; i < a->nodes.len; i++) {
        Expr *e = a->nodes.data[i].expr;
        if (e && e->kind == EXPR_COMPOUND_ASSIGN && e->as.assign.builtin != BUILTIN_NONE &&
            span_eq(e->as.assign.lhs->span, s)) {
            *two_phase = true;
            return e->span;
        }
    }
    return s;
}

static void collect_loans(Nll *n) {
    Bck *b = n->b;
    for (int bi = 0; bi < b->body->blocks.len; bi++) {
        MirBlock *blk = b->body->blocks.data[bi];
        for (int si = 0; si < blk->stmts.len; si++) {
            MirStmt *s = &blk->stmts.data[si];
            if (s->kind != MIR_ASSIGN || s->as.assign.rvalue.kind != RV_REF)
                continue;
            Place p = s->as.assign.rvalue.as.ref.place;
            /* a borrow of what a `&` points to can conflict with nothing */
            if (through_shared_ref(b, p))
                continue;
            Loan ln;
            memset(&ln, 0, sizeof ln);
            ln.loc = bck_loc(bi, si);
            ln.place = p;
            ln.mut = s->as.assign.rvalue.as.ref.mut;
            ln.dest = s->as.assign.place.nproj == 0 ? s->as.assign.place.local : -1;
            /* `r = &x;` is one statement: the borrow is its right side */
            Span ss = s->span;
            int an = bck_ast_find(b->ast, ss, EXPR_ASSIGN);
            if (an >= 0)
                ss = b->ast->nodes.data[an].expr->as.assign.rhs->span;
            ln.span = loan_span(b, ss, ln.mut, &ln.two_phase);
            ln.activation = bck_loc(-1, 0);
            vec_push(n->loans, ln);
        }
    }
}

/* ---- uses and defs of locals ---------------------------------------------- */

typedef void (*LocalFn)(void *ctx, LocalId l);

static void place_locals(Place p, bool as_dest, LocalFn use, void *ctx) {
    /* a whole assignment `x = ...` is not a use of x; `x.0 = ...`, `*x =
     * ...` and `x[i] = ...` are */
    if (!as_dest || p.nproj > 0)
        use(ctx, p.local);
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_INDEX)
            use(ctx, p.proj[i].local);
}

static void operand_locals(const Operand *o, LocalFn use, void *ctx) {
    if (o->kind != OPERAND_CONST)
        place_locals(o->as.place, false, use, ctx);
}

static void rvalue_locals(const Rvalue *rv, LocalFn use, void *ctx) {
    switch (rv->kind) {
    case RV_USE: operand_locals(&rv->as.use, use, ctx); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        operand_locals(&rv->as.binary.lhs, use, ctx);
        operand_locals(&rv->as.binary.rhs, use, ctx);
        break;
    case RV_UNARY: operand_locals(&rv->as.unary.operand, use, ctx); break;
    case RV_CAST: operand_locals(&rv->as.cast.operand, use, ctx); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            operand_locals(&rv->as.aggregate.ops[i], use, ctx);
        break;
    case RV_REPEAT: operand_locals(&rv->as.repeat.operand, use, ctx); break;
    case RV_REF: place_locals(rv->as.ref.place, false, use, ctx); break;
    }
}

/* Calls use(l) for each local read at loc, and returns the local it
 * wholly defines (or -1). */
static LocalId location_locals(const Bck *b, BckLoc loc, LocalFn use, void *ctx) {
    const MirStmt *s = stmt_of(b, loc);
    if (s) {
        if (s->kind == MIR_ASSIGN) {
            rvalue_locals(&s->as.assign.rvalue, use, ctx);
            place_locals(s->as.assign.place, true, use, ctx);
            return s->as.assign.place.nproj == 0 ? s->as.assign.place.local : -1;
        }
        if (s->kind == MIR_STORAGE_DEAD)
            return s->as.local;
        return -1;
    }
    const MirTerm *t = term_of(b, loc);
    switch (t->kind) {
    case TERM_CALL:
        for (int i = 0; i < t->as.call.nargs; i++)
            operand_locals(&t->as.call.args[i], use, ctx);
        if (t->as.call.dest.local >= 0) {
            place_locals(t->as.call.dest, true, use, ctx);
            return t->as.call.dest.nproj == 0 ? t->as.call.dest.local : -1;
        }
        return -1;
    case TERM_SWITCH_INT: operand_locals(&t->as.switch_.discr, use, ctx); return -1;
    case TERM_ASSERT:
        operand_locals(&t->as.assert.cond, use, ctx);
        operand_locals(&t->as.assert.a, use, ctx);
        operand_locals(&t->as.assert.b, use, ctx);
        return -1;
    default: return -1;
    }
}

/* ---- liveness (backward) ----------------------------------------------------- */

typedef struct LiveCtx {
    uint64_t *set;
} LiveCtx;

static void live_use(void *ctx, LocalId l) { set(((LiveCtx *)ctx)->set, l); }

static void live_transfer(const Bck *b, BckLoc loc, uint64_t *live) {
    /* live_in = (live_out - def) + uses */
    LiveCtx c = {live};
    const MirStmt *s = stmt_of(b, loc);
    LocalId def = -1;
    if (s) {
        if (s->kind == MIR_ASSIGN && s->as.assign.place.nproj == 0)
            def = s->as.assign.place.local;
        else if (s->kind == MIR_STORAGE_DEAD)
            def = s->as.local;
    } else {
        const MirTerm *t = term_of(b, loc);
        if (t->kind == TERM_CALL && t->as.call.dest.local >= 0 && t->as.call.dest.nproj == 0)
            def = t->as.call.dest.local;
    }
    if (def >= 0)
        clr(live, def);
    (void)location_locals(b, loc, live_use, &c);
}

static void solve_liveness(Nll *n) {
    Bck *b = n->b;
    int vw = n->vw, nb = b->nblocks;
    n->live_out = ALLOC_N(uint64_t, (size_t)vw * (size_t)nb + 1);
    uint64_t *in = ALLOC_N(uint64_t, (size_t)vw * (size_t)nb + 1);
    uint64_t *cur = ALLOC_N(uint64_t, vw);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int k = b->nrpo - 1; k >= 0; k--) {
            int bi = b->rpo[k];
            uint64_t *out = n->live_out + (size_t)bi * vw;
            MirTerm *t = &b->body->blocks.data[bi]->term;
            for (int i = 0; i < mir_succ_count(t); i++) {
                int s = *mir_succ_slot(t, i);
                for (int w = 0; w < vw; w++)
                    out[w] |= in[(size_t)s * vw + w];
            }
            memcpy(cur, out, sizeof(uint64_t) * (size_t)vw);
            int nst = b->body->blocks.data[bi]->stmts.len;
            for (int si = nst; si >= 0; si--)
                live_transfer(b, bck_loc(bi, si), cur);
            for (int w = 0; w < vw; w++)
                if (in[(size_t)bi * vw + w] != cur[w]) {
                    in[(size_t)bi * vw + w] = cur[w];
                    changed = true;
                }
        }
    }
}

/* Live before loc (computed from the block's live-out). */
static void live_before(const Nll *n, BckLoc loc, uint64_t *live) {
    const Bck *b = n->b;
    memcpy(live, n->live_out + (size_t)loc.block * n->vw, sizeof(uint64_t) * (size_t)n->vw);
    int nst = b->body->blocks.data[loc.block]->stmts.len;
    for (int si = nst; si >= loc.index; si--)
        live_transfer(b, bck_loc(loc.block, si), live);
}

/* ---- carried loans and active loans (forward) -------------------------------- */

typedef struct Flow {
    uint64_t *carried;  /* nlocals x lw */
    uint64_t *active;   /* lw */
} Flow;

static uint64_t *carried_of(const Nll *n, uint64_t *carried, LocalId l) {
    return carried + (size_t)l * n->lw;
}

static void or_local(const Nll *n, uint64_t *acc, uint64_t *carried, LocalId l) {
    uint64_t *c = carried_of(n, carried, l);
    for (int w = 0; w < n->lw; w++)
        acc[w] |= c[w];
}

static void or_operand(const Nll *n, uint64_t *acc, uint64_t *carried, const Operand *o) {
    if (o->kind != OPERAND_CONST)
        or_local(n, acc, carried, o->as.place.local);
}

/* The loans of the borrowed local end: it was overwritten or its storage
 * ended (rustc's kill_borrows_on_place). */
static void kill_loans_of(const Nll *n, uint64_t *active, LocalId l) {
    for (int i = 0; i < n->loans.len; i++) {
        Place p = n->loans.data[i].place;
        if (p.local != l)
            continue;
        bool through_deref = false;
        for (int k = 0; k < p.nproj; k++)
            through_deref |= p.proj[k].kind == PROJ_DEREF;
        /* a loan of *l outlives the reference l itself */
        if (!through_deref)
            clr(active, i);
    }
}

static int loan_at(const Nll *n, BckLoc loc) {
    for (int i = 0; i < n->loans.len; i++)
        if (bck_loc_eq(n->loans.data[i].loc, loc))
            return i;
    return -1;
}

static void flow_transfer(const Nll *n, BckLoc loc, Flow *f) {
    const Bck *b = n->b;
    uint64_t *acc = ALLOC_N(uint64_t, n->lw);
    const MirStmt *s = stmt_of(b, loc);
    if (s) {
        if (s->kind == MIR_STORAGE_DEAD) {
            memset(carried_of(n, f->carried, s->as.local), 0, sizeof(uint64_t) * (size_t)n->lw);
            kill_loans_of(n, f->active, s->as.local);
            return;
        }
        if (s->kind != MIR_ASSIGN)
            return;
        const Rvalue *rv = &s->as.assign.rvalue;
        switch (rv->kind) {
        case RV_USE: or_operand(n, acc, f->carried, &rv->as.use); break;
        case RV_CAST: or_operand(n, acc, f->carried, &rv->as.cast.operand); break;
        case RV_AGGREGATE:
            for (int i = 0; i < rv->as.aggregate.nops; i++)
                or_operand(n, acc, f->carried, &rv->as.aggregate.ops[i]);
            break;
        case RV_REPEAT: or_operand(n, acc, f->carried, &rv->as.repeat.operand); break;
        case RV_REF: {
            int li = loan_at(n, loc);
            if (li >= 0) {
                set(acc, li);
                set(f->active, li);
            }
            Place p = rv->as.ref.place;
            for (int k = 0; k < p.nproj; k++)
                if (p.proj[k].kind == PROJ_DEREF) {
                    /* a reborrow keeps the original loans alive */
                    or_local(n, acc, f->carried, p.local);
                    break;
                }
            break;
        }
        default: break;
        }
        Place d = s->as.assign.place;
        if (d.nproj == 0) {
            kill_loans_of(n, f->active, d.local);
            uint64_t *c = carried_of(n, f->carried, d.local);
            if (local_holds_ref(n, d.local))
                memcpy(c, acc, sizeof(uint64_t) * (size_t)n->lw);
            else
                memset(c, 0, sizeof(uint64_t) * (size_t)n->lw);
        } else if (local_holds_ref(n, d.local)) {
            or_local(n, acc, f->carried, d.local);
            memcpy(carried_of(n, f->carried, d.local), acc, sizeof(uint64_t) * (size_t)n->lw);
        }
        return;
    }
    const MirTerm *t = term_of(b, loc);
    if (t->kind != TERM_CALL || t->as.call.dest.local < 0)
        return;
    Place d = t->as.call.dest;
    Type *rt = mir_place_type(b->body, d);
    if (holds_ref(rt))
        for (int i = 0; i < t->as.call.nargs; i++)
            or_operand(n, acc, f->carried, &t->as.call.args[i]);
    if (d.nproj == 0) {
        kill_loans_of(n, f->active, d.local);
        memcpy(carried_of(n, f->carried, d.local), acc, sizeof(uint64_t) * (size_t)n->lw);
    }
}

static void solve_flow(Nll *n) {
    Bck *b = n->b;
    int nb = b->nblocks;
    size_t csz = (size_t)n->nlocals * (size_t)n->lw;
    n->carried_in = ALLOC_N(uint64_t, csz * (size_t)nb + 1);
    n->active_in = ALLOC_N(uint64_t, (size_t)n->lw * (size_t)nb + 1);
    Flow f = {ALLOC_N(uint64_t, csz + 1), ALLOC_N(uint64_t, n->lw)};
    bool changed = true;
    while (changed) {
        changed = false;
        for (int k = 0; k < b->nrpo; k++) {
            int bi = b->rpo[k];
            memcpy(f.carried, n->carried_in + csz * (size_t)bi, sizeof(uint64_t) * csz);
            memcpy(f.active, n->active_in + (size_t)n->lw * (size_t)bi,
                   sizeof(uint64_t) * (size_t)n->lw);
            int nst = b->body->blocks.data[bi]->stmts.len;
            for (int si = 0; si <= nst; si++)
                flow_transfer(n, bck_loc(bi, si), &f);
            MirTerm *t = &b->body->blocks.data[bi]->term;
            for (int i = 0; i < mir_succ_count(t); i++) {
                int s = *mir_succ_slot(t, i);
                uint64_t *sc = n->carried_in + csz * (size_t)s;
                uint64_t *sa = n->active_in + (size_t)n->lw * (size_t)s;
                for (size_t w = 0; w < csz; w++)
                    if ((sc[w] | f.carried[w]) != sc[w]) {
                        sc[w] |= f.carried[w];
                        changed = true;
                    }
                for (int w = 0; w < n->lw; w++)
                    if ((sa[w] | f.active[w]) != sa[w]) {
                        sa[w] |= f.active[w];
                        changed = true;
                    }
            }
        }
    }
}

static Flow flow_before(const Nll *n, BckLoc loc) {
    size_t csz = (size_t)n->nlocals * (size_t)n->lw;
    Flow f = {ALLOC_N(uint64_t, csz + 1), ALLOC_N(uint64_t, n->lw)};
    memcpy(f.carried, n->carried_in + csz * (size_t)loc.block, sizeof(uint64_t) * csz);
    memcpy(f.active, n->active_in + (size_t)n->lw * (size_t)loc.block,
           sizeof(uint64_t) * (size_t)n->lw);
    for (int si = 0; si < loc.index; si++)
        flow_transfer(n, bck_loc(loc.block, si), &f);
    return f;
}

/* ---- two-phase activations ------------------------------------------------------ */

typedef struct FindUse {
    LocalId target;
    bool found;
} FindUse;

static void find_use_cb(void *ctx, LocalId l) {
    FindUse *f = ctx;
    if (l == f->target)
        f->found = true;
}

/* The first use of the two-phase reference after its reservation: the
 * block's later statements, or its terminator (MIR building uses the
 * reference in the call that follows). */
static void find_activations(Nll *n) {
    Bck *b = n->b;
    for (int i = 0; i < n->loans.len; i++) {
        Loan *ln = &n->loans.data[i];
        if (!ln->two_phase || ln->dest < 0)
            continue;
        BckLoc l = ln->loc;
        for (int hop = 0; hop < 64; hop++) {
            int nst = b->body->blocks.data[l.block]->stmts.len;
            if (l.index < nst) {
                l.index++;
            } else {
                const MirTerm *t = term_of(b, l);
                if (mir_succ_count((MirTerm *)t) != 1)
                    break;
                l = bck_loc(*mir_succ_slot((MirTerm *)t, 0), 0);
            }
            FindUse fu = {ln->dest, false};
            (void)location_locals(b, l, find_use_cb, &fu);
            if (fu.found) {
                ln->activation = l;
                break;
            }
        }
    }
}

/* ---- places that overlap ------------------------------------------------------ */

/* rustc's places_conflict, for Owl's projections: one place a prefix of
 * the other (fields with different indexes are disjoint; indexes may
 * overlap). `shallow`: only the place itself and its fields, not what it
 * points to. */
static bool places_conflict(Place borrowed, Place access, bool shallow) {
    if (borrowed.local != access.local)
        return false;
    int n = borrowed.nproj < access.nproj ? borrowed.nproj : access.nproj;
    for (int i = 0; i < n; i++) {
        const Proj *x = &borrowed.proj[i], *y = &access.proj[i];
        if (x->kind != y->kind)
            return true;   /* cannot happen for well-typed places */
        if (x->kind == PROJ_FIELD && x->index != y->index)
            return false;
        if (x->kind == PROJ_CONST_INDEX && x->index != y->index)
            return false;
    }
    if (shallow && borrowed.nproj > access.nproj)
        for (int i = access.nproj; i < borrowed.nproj; i++)
            if (borrowed.proj[i].kind == PROJ_DEREF)
                return false;
    return true;
}

/* ---- the checks -------------------------------------------------------------------- */

typedef enum AccessKind {
    ACC_COPY,         /* read by copy: E0503 against a `&mut` */
    ACC_SHARED,       /* shared borrow: E0502 against a `&mut` */
    ACC_RESERVE,      /* two-phase reservation: only a `&mut` conflicts */
    ACC_MUT_BORROW,   /* `&mut`, or a two-phase activation: E0499 / E0502 */
    ACC_MOVE,         /* E0505 */
    ACC_ASSIGN,       /* E0506 */
    ACC_STORAGE_DEAD, /* E0597 */
} AccessKind;

typedef struct Checker {
    Nll *n;
    BckLoc loc;
    Flow flow;
    uint64_t *live;
} Checker;

static bool loan_in_scope(const Checker *c, int li) {
    const Nll *n = c->n;
    if (!bit(c->flow.active, li))
        return false;
    for (int l = 0; l < n->nlocals; l++)
        if (bit(c->live, l) && bit(carried_of(n, c->flow.carried, l), li))
            return true;
    return false;
}

static bool loan_is_active(const Nll *n, int li, BckLoc loc) {
    const Loan *ln = &n->loans.data[li];
    if (!ln->two_phase)
        return true;
    if (ln->activation.block < 0)
        return false;
    return bck_dominates(n->b, ln->activation, loc);
}

static bool already_reported(Nll *n, LocalId l, Span s) {
    for (int i = 0; i < n->reported.len; i++)
        if (n->reported_local.data[i] == l && span_eq(n->reported.data[i], s))
            return true;
    return false;
}

static void report_conflict(Nll *n, BckLoc loc, AccessKind kind, Place place, Span span, int li);

static void check_access(Checker *c, Place place, Span span, AccessKind kind, int self_loan) {
    Nll *n = c->n;
    if (place.local < 0 || already_reported(n, place.local, span))
        return;
    for (int li = 0; li < n->loans.len; li++) {
        if (li == self_loan || !loan_in_scope(c, li))
            continue;
        const Loan *ln = &n->loans.data[li];
        if (!places_conflict(ln->place, place, kind == ACC_STORAGE_DEAD))
            continue;
        switch (kind) {
        case ACC_COPY:
        case ACC_SHARED:
            if (!ln->mut || !loan_is_active(n, li, c->loc))
                continue;
            break;
        case ACC_RESERVE:
            if (!ln->mut)
                continue;
            break;
        default: break;
        }
        report_conflict(n, c->loc, kind, place, span, li);
        vec_push(n->reported, span);
        vec_push(n->reported_local, place.local);
        return;
    }
}

static Span op_span(Nll *n, BckLoc loc, int i, Place p) { return bck_operand_span(n->b, loc, i, p); }

static void check_operand(Checker *c, int i, const Operand *o) {
    if (o->kind == OPERAND_CONST)
        return;
    Span s = op_span(c->n, c->loc, i, o->as.place);
    check_access(c, o->as.place, s, o->kind == OPERAND_MOVE ? ACC_MOVE : ACC_COPY, -1);
}

static void check_location(Checker *c) {
    Nll *n = c->n;
    Bck *b = n->b;
    BckLoc loc = c->loc;
    /* two-phase borrows activated here */
    for (int li = 0; li < n->loans.len; li++) {
        const Loan *ln = &n->loans.data[li];
        if (ln->two_phase && bck_loc_eq(ln->activation, loc))
            check_access(c, ln->place, ln->span, ACC_MUT_BORROW, li);
    }
    const MirStmt *s = stmt_of(b, loc);
    if (s) {
        if (s->kind == MIR_STORAGE_DEAD) {
            check_access(c, mir_place(s->as.local), s->span, ACC_STORAGE_DEAD, -1);
            return;
        }
        if (s->kind != MIR_ASSIGN)
            return;
        const Rvalue *rv = &s->as.assign.rvalue;
        switch (rv->kind) {
        case RV_USE: check_operand(c, 0, &rv->as.use); break;
        case RV_BINARY:
        case RV_CHECKED_BINARY:
            check_operand(c, 0, &rv->as.binary.lhs);
            check_operand(c, 1, &rv->as.binary.rhs);
            break;
        case RV_UNARY: check_operand(c, 0, &rv->as.unary.operand); break;
        case RV_CAST: check_operand(c, 0, &rv->as.cast.operand); break;
        case RV_AGGREGATE:
            for (int i = 0; i < rv->as.aggregate.nops; i++)
                check_operand(c, i, &rv->as.aggregate.ops[i]);
            break;
        case RV_REPEAT: check_operand(c, 0, &rv->as.repeat.operand); break;
        case RV_REF: {
            int li = loan_at(n, loc);
            Place p = rv->as.ref.place;
            if (li >= 0) {
                const Loan *ln = &n->loans.data[li];
                AccessKind k = !ln->mut ? ACC_SHARED : ln->two_phase ? ACC_RESERVE : ACC_MUT_BORROW;
                check_access(c, p, ln->span, k, li);
            }
            break;
        }
        }
        Place d = s->as.assign.place;
        if (d.local >= 0 && !(d.nproj == 0 && !b->body->locals.data[d.local].var))
            check_access(c, d, op_span(n, loc, -1, d), ACC_ASSIGN, -1);
        return;
    }
    const MirTerm *t = term_of(b, loc);
    switch (t->kind) {
    case TERM_CALL:
        for (int i = 0; i < t->as.call.nargs; i++)
            check_operand(c, i, &t->as.call.args[i]);
        break;
    case TERM_SWITCH_INT: check_operand(c, 0, &t->as.switch_.discr); break;
    case TERM_DROP:
        check_access(c, t->as.drop.place, t->span, ACC_STORAGE_DEAD, -1);
        break;
    default: break;
    }
}

/* ---- explaining: the later use (rustc's find_use) ------------------------------- */

typedef struct UseFound {
    const Nll *n;
    const uint64_t *carriers;   /* locals holding the loan */
    LocalId found;
} UseFound;

static void later_use_cb(void *ctx, LocalId l) {
    UseFound *u = ctx;
    if (u->found < 0 && bit(u->carriers, l))
        u->found = l;
}

typedef struct LaterUse {
    bool found;
    BckLoc loc;
    LocalId local;
    Span span;
    bool by_call;
    bool in_loop;
} LaterUse;

/* Is `to` reached from `from` only after going around a loop (rustc's
 * is_use_in_later_iteration_of_loop, a breadth-first search that notes
 * the outermost back edge it crossed)? */
static bool later_iteration(const Nll *n, BckLoc from, BckLoc to) {
    const Bck *b = n->b;
    VEC(BckLoc) queue = {0};
    bool **seen = ALLOC_N(bool *, b->nblocks + 1);
    for (int bi = 0; bi < b->nblocks; bi++)
        seen[bi] = ALLOC_N(bool, b->body->blocks.data[bi]->stmts.len + 1);
    vec_push(queue, from);
    seen[from.block][from.index] = true;
    BckLoc back = {-1, 0};
    for (int qi = 0; qi < queue.len; qi++) {
        BckLoc l = queue.data[qi];
        if (bck_loc_eq(l, to) && back.block >= 0)
            break;
        int nst = b->body->blocks.data[l.block]->stmts.len;
        if (l.index < nst) {
            BckLoc s = bck_loc(l.block, l.index + 1);
            if (!seen[s.block][s.index]) {
                seen[s.block][s.index] = true;
                vec_push(queue, s);
            }
            continue;
        }
        MirTerm *t = &b->body->blocks.data[l.block]->term;
        for (int i = 0; i < mir_succ_count(t); i++) {
            BckLoc s = bck_loc(*mir_succ_slot(t, i), 0);
            if (seen[s.block][s.index])
                continue;
            seen[s.block][s.index] = true;
            if (bck_dominates(b, s, l) &&
                (back.block < 0 || bck_dominates(b, l, back)))
                back = l;
            vec_push(queue, s);
        }
    }
    if (back.block < 0)
        return false;
    /* the use reaches that back edge inside the loop */
    for (int qi = 0; qi < queue.len; qi++)
        if (bck_loc_eq(queue.data[qi], to))
            return true;
    return false;
}

static LaterUse find_later_use(const Nll *n, int li, BckLoc start) {
    const Bck *b = n->b;
    LaterUse r;
    memset(&r, 0, sizeof r);
    VEC(BckLoc) queue = {0};
    bool **seen = ALLOC_N(bool *, b->nblocks + 1);
    for (int bi = 0; bi < b->nblocks; bi++)
        seen[bi] = ALLOC_N(bool, b->body->blocks.data[bi]->stmts.len + 1);
    vec_push(queue, start);
    uint64_t *carriers = ALLOC_N(uint64_t, n->vw);
    for (int qi = 0; qi < queue.len; qi++) {
        BckLoc l = queue.data[qi];
        if (seen[l.block][l.index])
            continue;
        seen[l.block][l.index] = true;
        /* the loan may be dead by now (the borrowed place was assigned or
         * its storage ended): the reference still holds it */
        Flow f = flow_before(n, l);
        memset(carriers, 0, sizeof(uint64_t) * (size_t)n->vw);
        for (int x = 0; x < n->nlocals; x++)
            if (bit(carried_of(n, f.carried, x), li))
                set(carriers, x);
        UseFound u = {n, carriers, -1};
        LocalId def = location_locals(b, l, later_use_cb, &u);
        if (u.found >= 0) {
            r.found = true;
            r.loc = l;
            r.local = u.found;
            break;
        }
        if (def >= 0 && bit(carriers, def))
            continue;   /* redefined: this path no longer holds the loan */
        int nst = b->body->blocks.data[l.block]->stmts.len;
        if (l.index < nst) {
            vec_push(queue, bck_loc(l.block, l.index + 1));
        } else {
            MirTerm *t = &b->body->blocks.data[l.block]->term;
            for (int i = 0; i < mir_succ_count(t); i++)
                vec_push(queue, bck_loc(*mir_succ_slot(t, i), 0));
        }
    }
    if (!r.found)
        return r;
    /* the span: a call that uses a temporary holding the reference is
     * "used by call" at the callee; otherwise the use itself */
    const MirStmt *s = stmt_of(b, r.loc);
    if (!s && term_of(b, r.loc)->kind == TERM_CALL &&
        b->body->locals.data[r.local].kind == LOCAL_TEMP) {
        const MirTerm *t = term_of(b, r.loc);
        int node = -1;
        static const ExprKind kinds[] = {EXPR_METHOD, EXPR_CALL};
        for (int k = 0; k < 2 && node < 0; k++)
            node = bck_ast_find(b->ast, t->span, kinds[k]);
        if (node >= 0) {
            Expr *e = b->ast->nodes.data[node].expr;
            r.by_call = true;
            r.span = e->kind == EXPR_METHOD ? e->as.method.name_span : e->as.call.callee->span;
        } else {
            r.span = t->span;
        }
    } else {
        int opi = -1;
        Place p = mir_place(r.local);
        if (s && s->kind == MIR_ASSIGN && s->as.assign.place.local == r.local &&
            s->as.assign.place.nproj > 0) {
            /* `v[i] = ...` uses v: rustc points at the place written */
            int node = bck_ast_find(b->ast, s->span, EXPR_ASSIGN);
            r.span = node >= 0 ? b->ast->nodes.data[node].expr->as.assign.lhs->span
                               : bck_operand_span(n->b, r.loc, -1, s->as.assign.place);
        } else {
            if (s && s->kind == MIR_ASSIGN) {
                const Rvalue *rv = &s->as.assign.rvalue;
                opi = 0;
                if (rv->kind == RV_BINARY || rv->kind == RV_CHECKED_BINARY)
                    opi = rv->as.binary.lhs.kind != OPERAND_CONST &&
                                  rv->as.binary.lhs.as.place.local == r.local
                              ? 0
                              : 1;
                if (rv->kind == RV_AGGREGATE)
                    for (int i = 0; i < rv->as.aggregate.nops; i++)
                        if (rv->as.aggregate.ops[i].kind != OPERAND_CONST &&
                            rv->as.aggregate.ops[i].as.place.local == r.local)
                            opi = i;
            } else if (!s && term_of(b, r.loc)->kind == TERM_CALL) {
                const MirTerm *t = term_of(b, r.loc);
                for (int i = 0; i < t->as.call.nargs; i++)
                    if (t->as.call.args[i].kind != OPERAND_CONST &&
                        t->as.call.args[i].as.place.local == r.local)
                        opi = i;
            }
            r.span = bck_operand_span(n->b, r.loc, opi, p);
        }
    }
    return r;
}

/* ---- the diagnostics -------------------------------------------------------------- */

static const char *qplace(const Bck *b, Place p) {
    const char *d = bck_describe_place(b, p);
    return d ? arena_printf(compiler_arena, "`%s`", d) : "value";
}

static Span decl_of(const Bck *b, LocalId l) {
    const BckVar *v = bck_ast_var(b->ast, b->body->locals.data[l].var);
    return v ? v->decl : b->body->locals.data[l].span;
}

static bool span_overlaps_(Span a, Span b) {
    uint32_t ahi = a.hi > a.lo ? a.hi : a.lo + 1, bhi = b.hi > b.lo ? b.hi : b.lo + 1;
    return a.lo < bhi && b.lo < ahi;
}

static void add_label(Diag *d, Span primary, Span s, const char *text) {
    if (span_eq(s, primary))
        diag_primary_label(d, s, "%s", text);
    else
        diag_label(d, s, "%s", text);
}

/* "borrow later used here" and its variants. */
static void explain_later_use(const Nll *n, Diag *d, Span primary, int li, BckLoc loc,
                              const char *desc, Span borrow_span) {
    LaterUse u = find_later_use(n, li, loc);
    if (!u.found)
        return;
    bool in_loop = later_iteration(n, n->loans.data[li].loc, u.loc);
    if (in_loop) {
        add_label(d, primary, u.span,
                  arena_printf(compiler_arena, "%s%s", desc,
                               u.by_call ? "borrow used by call, in later iteration of loop"
                                         : "borrow used here, in later iteration of loop"));
        return;
    }
    /* rustc leaves the label out when it would sit on the borrow itself */
    if (span_overlaps_(borrow_span, u.span))
        return;
    add_label(d, primary, u.span,
              arena_printf(compiler_arena, "%sborrow later %s", desc,
                           u.by_call ? "used by call" : "used here"));
}

static const char *loan_memory_note(const Nll *n, const Loan *ln, AccessKind kind) {
    const Bck *b = n->b;
    const char *what = bck_describe_place(b, ln->place);
    if (!what)
        return NULL;
    Type *t = mir_place_type(b->body, ln->place);
    unsigned long long sz = (unsigned long long)layout_of(t)->size;
    const char *ref = ln->dest >= 0 ? bck_describe_place(b, mir_place(ln->dest)) : NULL;
    const char *holder = ref ? arena_printf(compiler_arena, "`%s`", ref) : "a reference";
    switch (kind) {
    case ACC_STORAGE_DEAD:
        return arena_printf(compiler_arena,
                            "%s holds the address of `%s`'s %llu bytes in %s's frame; those bytes "
                            "are given up at the end of their block, and a later use of %s would "
                            "read a slot that other values may already occupy",
                            holder, what, sz, sym_str(b->body->name), holder);
    case ACC_MOVE:
        return arena_printf(compiler_arena,
                            "%s holds the address of `%s`'s %llu bytes; moving `%s` hands its "
                            "value (and any heap buffer) to a new owner that may free or change "
                            "it while %s still points at the old slot",
                            holder, what, sz, what, holder);
    case ACC_ASSIGN:
        return arena_printf(compiler_arena,
                            "%s holds the address of `%s`'s %llu bytes and expects them not to "
                            "change while it is in use; the assignment would overwrite them%s",
                            holder, what, sz,
                            ty_needs_drop(t) ? " and free the old heap buffer it may point into"
                                             : "");
    default:
        if (ln->mut)
            return arena_printf(compiler_arena,
                                "%s is a `&mut` to `%s`'s %llu bytes: while it is in use it must "
                                "be the only way to reach them, so that no one reads bytes that it "
                                "is halfway through changing",
                                holder, what, sz);
        return arena_printf(compiler_arena,
                            "%s is a shared `&` to `%s`'s %llu bytes and relies on them not "
                            "changing while it is in use; a `&mut` could change them (a push "
                            "may even move the heap buffer it points into)",
                            holder, what, sz);
    }
}

static void report_conflict(Nll *n, BckLoc loc, AccessKind kind, Place place, Span span, int li) {
    Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    const char *pd = qplace(b, place);
    const char *bd = qplace(b, ln->place);
    Diag *d = NULL;
    switch (kind) {
    case ACC_SHARED:
    case ACC_MUT_BORROW: {
        bool new_mut = kind == ACC_MUT_BORROW;
        if (new_mut && ln->mut) {
            d = diag_new(DIAG_ERROR, "E0499", span, NULL,
                         "cannot borrow %s as mutable more than once at a time", pd);
            diag_label(d, ln->span, "first mutable borrow occurs here");
            diag_primary_label(d, span, "second mutable borrow occurs here");
            explain_later_use(n, d, span, li, loc, "first ", ln->span);
        } else {
            const char *nk = new_mut ? "mutable" : "immutable";
            const char *ok = ln->mut ? "mutable" : "immutable";
            d = diag_new(DIAG_ERROR, "E0502", span,
                         arena_printf(compiler_arena, "%s borrow occurs here", nk),
                         "cannot borrow %s as %s because it is also borrowed as %s", pd, nk, ok);
            add_label(d, span, ln->span, arena_printf(compiler_arena, "%s borrow occurs here", ok));
            explain_later_use(n, d, span, li, loc, arena_printf(compiler_arena, "%s ", ok),
                              ln->span);
        }
        break;
    }
    case ACC_COPY:
        d = diag_new(DIAG_ERROR, "E0503", span, NULL,
                     "cannot use %s because it was mutably borrowed", pd);
        diag_label(d, ln->span, "%s is borrowed here", bd);
        diag_primary_label(d, span, "use of borrowed %s", bd);
        explain_later_use(n, d, span, li, loc, "", ln->span);
        break;
    case ACC_MOVE: {
        d = diag_new(DIAG_ERROR, "E0505", span,
                     arena_printf(compiler_arena, "move out of %s occurs here", pd),
                     "cannot move out of %s because it is borrowed", pd);
        diag_label(d, ln->span, "borrow of %s occurs here", bd);
        if (place.nproj == 0 && bck_is_user_local(b, place.local))
            diag_label(d, decl_of(b, place.local), "binding %s declared here", pd);
        explain_later_use(n, d, span, li, loc, "", ln->span);
        /* clone what was borrowed: `&s` -> `&s.clone()` */
        int node = bck_ast_find(b->ast, ln->span, EXPR_REF);
        if (node >= 0) {
            Expr *inner = b->ast->nodes.data[node].expr->as.ref.operand;
            diag_suggest(d, span_at(inner->span.hi, inner->span.hi), ".clone()",
                         "consider cloning the value if the performance cost is acceptable");
        }
        break;
    }
    case ACC_ASSIGN:
        d = diag_new(DIAG_ERROR, "E0506", span, NULL, "cannot assign to %s because it is borrowed",
                     pd);
        diag_label(d, ln->span, "%s is borrowed here", bd);
        diag_primary_label(d, span, "%s is assigned to here but it was already borrowed", pd);
        explain_later_use(n, d, span, li, loc, "", ln->span);
        break;
    case ACC_STORAGE_DEAD: {
        for (int i = 0; i < n->reported_loan.len; i++)
            if (n->reported_loan.data[i] == li)
                return;
        vec_push(n->reported_loan, li);
        d = diag_new(DIAG_ERROR, "E0597", ln->span, "borrowed value does not live long enough",
                     "%s does not live long enough", bd);
        diag_label(d, span, "%s dropped here while still borrowed", bd);
        if (ln->place.nproj == 0 && bck_is_user_local(b, ln->place.local))
            diag_label(d, decl_of(b, ln->place.local), "binding %s declared here", bd);
        explain_later_use(n, d, ln->span, li, loc, "", ln->span);
        span = ln->span;
        break;
    }
    default: return;
    }
    if (bck_memory_notes()) {
        const char *note = loan_memory_note(n, ln, kind);
        if (note)
            diag_note(d, "%s", note);
    }
    bck_buffer(b, d, span);
}

/* ---- entry ------------------------------------------------------------------------ */

void bck_check_loans(Bck *b) {
    Nll *n = ALLOC(Nll);
    n->b = b;
    n->nlocals = b->body->locals.len;
    collect_loans(n);
    if (n->loans.len == 0 || b->nblocks == 0)
        return;
    n->lw = (n->loans.len + 63) / 64;
    n->vw = (n->nlocals + 63) / 64;
    find_activations(n);
    solve_liveness(n);
    solve_flow(n);
    Checker c;
    c.n = n;
    c.live = ALLOC_N(uint64_t, n->vw);
    for (int k = 0; k < b->nrpo; k++) {
        int bi = b->rpo[k];
        int nst = b->body->blocks.data[bi]->stmts.len;
        for (int si = 0; si <= nst; si++) {
            c.loc = bck_loc(bi, si);
            c.flow = flow_before(n, c.loc);
            live_before(n, c.loc, c.live);
            check_location(&c);
        }
    }
}
