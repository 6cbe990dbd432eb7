/* borrowck_loans.c: borrows that conflict, with non-lexical lifetimes.
 *
 * A loan is made by every `&place` / `&mut place` in MIR. rustc computes,
 * by region inference, the set of points where each loan's reference may
 * still be used (its region), and reports an access to the borrowed place
 * at a point of that set when the two conflict: a write (assignment, move,
 * `&mut`, the end of the place's storage) against any loan, a read against
 * a `&mut` loan. Owl's references never outlive their function (no
 * references in return types beyond the elided ones, no structs), so the
 * region of a loan is found without inference, one loan at a time:
 *
 *  - from the `&`, the loan is followed forward through the locals that
 *    hold it (its carriers): `r = &s` makes r one; copies, moves, casts,
 *    tuples and arrays made from a carrier are carriers; so is a reborrow
 *    `&*r`, and the result of a call that returns a reference (lifetime
 *    elision ties it to the arguments). A whole assignment or StorageDead
 *    ends a carrier;
 *  - the loan is in scope at a point where some carrier is live (used later
 *    on some path before being redefined: liveness of one local, computed
 *    backwards from its uses on demand), until the borrowed local is
 *    overwritten or its storage ends.
 *
 * Liveness and regions are kept as runs of consecutive locations, and the
 * walk of a region jumps from one location that matters (a carrier read or
 * defined, the borrowed local defined) to the next, so the work is
 * proportional to those locations and the blocks crossed, not to the
 * regions' lengths: a println! of 20,000 references, each borrowed from
 * its `&` to the call, is linear. The checks then see, per borrowed local,
 * the loans in scope at each location. Mutable autorefs of method receivers
 * (and of `+=` on a String) are two-phase borrows, as in rustc: reserved
 * where they are made (only an existing `&mut` conflicts), activated at
 * their first use.
 *
 * The errors are rustc's: E0499, E0502, E0503, E0505, E0506, E0597 (E0716
 * when what is borrowed is a temporary), with
 * the borrow, the access and the later use of the borrow ("borrow later
 * used here", found by a breadth-first search from the access as rustc's
 * find_use does), and the memory note.
 */
#include "borrowck_int.h"

#include <stdlib.h>
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
    Span act_span;      /* two-phase: where its activation is reported (the
                           whole method call or `+=`) */
} Loan;

typedef VEC(int) IntVec;

/* A small set of locals (the carriers of one loan at one point). */
typedef struct LocalSet {
    LocalId *data;
    int len;
} LocalSet;


/* A run of locations lo..hi (statement indexes of one block) where a loan
 * is in scope. */
typedef struct ScopeRun {
    int loan;
    int lo, hi;
} ScopeRun;

typedef VEC(ScopeRun) ScopeVec;

typedef struct Nll {
    Bck *b;
    VEC(Loan) loans;
    int nlocals;
    int nlocs;             /* locations, numbered block by block */
    int *block_start;      /* per block: the number of its first location */
    int *loan_of;          /* per location: the loan made there, or -1 */
    bool *ref_local;       /* per local: its type can hold a reference */
    IntVec *uses_of;       /* per local: the locations that read it, sorted */
    IntVec *defs_of;       /* per local: the locations that wholly define it */
    IntVec **live_of;      /* per local: where it is live (live-in), as
                              sorted [lo, hi] pairs, computed on demand */
    ScopeVec *scopes_in;   /* per block: the runs of locations where a loan
                              is in scope */
    IntVec *activations_at; /* per location: two-phase loans activated there */
    /* carrier_map's entries, stamped per map */
    LocalSet **cmap;
    int *cmap_stamp;
    int cmap_epoch;
    /* scratch for walk_scope: carriers at block starts, stamped by walk */
    LocalSet **entry;
    int *entry_walk;
    /* scratch for the searches, stamped so that nothing needs clearing */
    int *mark;
    int epoch;
    LocalSet **state;      /* walk_region's per-location carriers */
    int *state_epoch;      /* which walk wrote state[id] */
    int walk;
    VEC(Span) reported;    /* (local, span) pairs already with an error */
    VEC(LocalId) reported_local;
    VEC(int) reported_loan; /* loans that already caused an E0597 */
    VEC(Place) reservation_errors; /* places whose two-phase reservation failed */
} Nll;


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
    /* the left side of a `+=` on a String */
    for (int i = bck_ast_find(a, s, -1); i >= 0 && i < a->nodes.len; i++) {
        Expr *e = a->nodes.data[i].expr;
        if (!e || !span_eq(e->span, s))
            break;
        int p = a->nodes.data[i].parent;
        Expr *pe = p >= 0 ? a->nodes.data[p].expr : NULL;
        if (pe && pe->kind == EXPR_COMPOUND_ASSIGN && pe->as.assign.builtin != BUILTIN_NONE &&
            pe->as.assign.lhs == e) {
            *two_phase = true;
            return pe->span;
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
            ln.act_span = loan_span(b, ss, ln.mut, &ln.two_phase);
            ln.span = ln.two_phase ? ss : ln.act_span;
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
    case TERM_RETURN: use(ctx, MIR_RETURN_LOCAL); return -1;
    case TERM_ASSERT:
        operand_locals(&t->as.assert.cond, use, ctx);
        operand_locals(&t->as.assert.a, use, ctx);
        operand_locals(&t->as.assert.b, use, ctx);
        return -1;
    default: return -1;
    }
}

/* ---- locations as numbers ----------------------------------------------------- */

static int loc_id(const Nll *n, BckLoc l) { return n->block_start[l.block] + l.index; }

static BckLoc loc_of_id(const Nll *n, int id) {
    int lo = 0, hi = n->b->nblocks - 1;
    while (lo < hi) {   /* the last block starting at or before id */
        int mid = (lo + hi + 1) / 2;
        if (n->block_start[mid] <= id)
            lo = mid;
        else
            hi = mid - 1;
    }
    return bck_loc(lo, id - n->block_start[lo]);
}

/* ---- liveness of one local, on demand ------------------------------------------ */

/* The first element of a sorted vector that is >= x (its length if none). */
static int lower_bound(const IntVec *v, int x) {
    int lo = 0, hi = v->len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (v->data[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool vec_has(const IntVec *v, int x) {
    int i = lower_bound(v, x);
    return i < v->len && v->data[i] == x;
}

/* The last element below x, or -1. */
static int last_below(const IntVec *v, int x) {
    int i = lower_bound(v, x);
    return i > 0 ? v->data[i - 1] : -1;
}

/* The first element at or after x, or INT32 max. */
static int first_from(const IntVec *v, int x) {
    int i = lower_bound(v, x);
    return i < v->len ? v->data[i] : 0x7fffffff;
}

static int block_end_id(const Nll *n, int block) {
    return n->block_start[block] + n->b->body->blocks.data[block]->stmts.len;
}

static void add_run(IntVec *runs, int lo, int hi) {
    vec_push(*runs, lo);
    vec_push(*runs, hi);
}

static int cmp_run(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Sorts [lo, hi] pairs and merges the ones that touch. */
static void merge_runs(IntVec *runs) {
    int n = runs->len / 2;
    if (n > 1)
        qsort(runs->data, (size_t)n, 2 * sizeof(int), cmp_run);
    int w = 0;
    for (int i = 0; i < n; i++) {
        int lo = runs->data[2 * i], hi = runs->data[2 * i + 1];
        if (w > 0 && lo <= runs->data[2 * w - 1] + 1) {
            if (hi > runs->data[2 * w - 1])
                runs->data[2 * w - 1] = hi;
            continue;
        }
        runs->data[2 * w] = lo;
        runs->data[2 * w + 1] = hi;
        w++;
    }
    runs->len = 2 * w;
}

/* Live-in from `hi` backwards in `block`: up to the previous location that
 * defines l without reading it, or past the block start into the ends of
 * its predecessors (pushed on `stack`). A read met on the way is a use the
 * walk starts from anyway, unless its block is unreachable (unreachable
 * reads start nothing, as in the per-location walk this replaces). */
static void live_back(Nll *n, LocalId l, int block, int hi, IntVec *runs, IntVec *stack) {
    const Bck *b = n->b;
    int start = n->block_start[block];
    for (;;) {
        int e = last_below(&n->uses_of[l], hi), d = last_below(&n->defs_of[l], hi);
        int ev = e > d ? e : d;
        if (ev < start) {
            add_run(runs, start, hi);
            for (int i = 0; i < b->cfg.npreds[block]; i++)
                vec_push(*stack, b->cfg.preds[block][i]);
            return;
        }
        add_run(runs, ev + 1, hi);
        if (ev != e)
            return;   /* defined there, not read: live after, not before */
        if (b->cfg.rpo_index[block] >= 0)
            return;   /* a use the walk starts from */
        hi = ev;
    }
}

/* The locations where l is live on entry: backwards from its uses, up to
 * the locations that redefine it, as runs of location numbers (a local
 * live across 100,000 statements of one block is one run). */
static IntVec *liveness(Nll *n, LocalId l) {
    if (n->live_of[l])
        return n->live_of[l];
    const Bck *b = n->b;
    IntVec *runs = ALLOC(IntVec);
    IntVec stack = {0};
    int ep = ++n->epoch;   /* n->mark: per block, its end already walked */
    const IntVec *uses = &n->uses_of[l];
    for (int i = 0; i < uses->len; i++) {
        BckLoc loc = loc_of_id(n, uses->data[i]);
        if (b->cfg.rpo_index[loc.block] >= 0)
            live_back(n, l, loc.block, uses->data[i], runs, &stack);
    }
    while (stack.len) {
        int p = stack.data[--stack.len];
        if (n->mark[p] == ep)
            continue;
        n->mark[p] = ep;
        int t = block_end_id(n, p);
        bool use = vec_has(uses, t), def = vec_has(&n->defs_of[l], t);
        if (def && !use)
            continue;   /* live after its terminator, not before */
        if (use && b->cfg.rpo_index[p] >= 0)
            continue;   /* a use the walk started from */
        live_back(n, l, p, t, runs, &stack);
    }
    merge_runs(runs);
    n->live_of[l] = runs;
    return runs;
}

static bool live_in(Nll *n, LocalId l, int id) {
    if (!n->ref_local[l])
        return false;
    IntVec *v = liveness(n, l);
    int lo = 0, hi = v->len / 2 - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (id < v->data[2 * mid])
            hi = mid - 1;
        else if (id > v->data[2 * mid + 1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

typedef struct UseIndex {
    Nll *n;
    int id;
} UseIndex;

static void index_use(void *ctx, LocalId l) {
    UseIndex *u = ctx;
    IntVec *v = &u->n->uses_of[l];
    if (!v->len || v->data[v->len - 1] != u->id)
        vec_push(*v, u->id);
}

/* Every location's reads and whole definitions, in location order. */
static void index_locals(Nll *n) {
    const Bck *b = n->b;
    n->uses_of = ALLOC_N(IntVec, n->nlocals + 1);
    n->defs_of = ALLOC_N(IntVec, n->nlocals + 1);
    for (int bi = 0; bi < b->nblocks; bi++) {
        int nst = b->body->blocks.data[bi]->stmts.len;
        for (int si = 0; si <= nst; si++) {
            UseIndex u = {n, loc_id(n, bck_loc(bi, si))};
            LocalId def = location_locals(b, bck_loc(bi, si), index_use, &u);
            if (def >= 0)
                vec_push(n->defs_of[def], u.id);
        }
    }
}

/* ---- the carriers of a loan ------------------------------------------------------- */

static bool set_has(const LocalSet *s, LocalId l) {
    for (int i = 0; i < s->len; i++)
        if (s->data[i] == l)
            return true;
    return false;
}

static LocalSet set_copy(const LocalSet *s, int extra) {
    LocalSet r = {ALLOC_N(LocalId, s->len + extra + 1), s->len};
    if (s->len)
        memcpy(r.data, s->data, sizeof(LocalId) * (size_t)s->len);
    return r;
}

typedef struct ReadsCarrier {
    const LocalSet *carriers;
    bool hit;
} ReadsCarrier;

static void reads_cb(void *ctx, LocalId l) {
    ReadsCarrier *r = ctx;
    if (set_has(r->carriers, l))
        r->hit = true;
}

/* The carriers after loc, given those before it. `kill` (may be NULL) is
 * set when loc ends the loan: the borrowed local is overwritten or dies. */
static LocalSet carriers_after(const Nll *n, int li, BckLoc loc, const LocalSet *in, bool *kill) {
    const Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    LocalSet out = set_copy(in, 1);
    const MirStmt *s = stmt_of(b, loc);
    LocalId dest = -1;
    bool whole = false, reads = false;
    if (s && s->kind == MIR_STORAGE_DEAD) {
        dest = s->as.local;
        whole = true;
    } else if (s && s->kind == MIR_ASSIGN) {
        ReadsCarrier rc = {in, false};
        rvalue_locals(&s->as.assign.rvalue, reads_cb, &rc);
        reads = rc.hit || n->loan_of[loc_id(n, loc)] == li;
        dest = s->as.assign.place.local;
        whole = s->as.assign.place.nproj == 0;
    } else if (!s) {
        const MirTerm *t = term_of(b, loc);
        if (t->kind == TERM_CALL && t->as.call.dest.local >= 0) {
            dest = t->as.call.dest.local;
            whole = t->as.call.dest.nproj == 0;
            if (holds_ref(mir_place_type(b->body, t->as.call.dest))) {
                ReadsCarrier rc = {in, false};
                for (int i = 0; i < t->as.call.nargs; i++)
                    operand_locals(&t->as.call.args[i], reads_cb, &rc);
                reads = rc.hit;
            }
        }
    }
    if (dest >= 0 && whole) {
        for (int i = 0; i < out.len; i++)
            if (out.data[i] == dest)
                out.data[i--] = out.data[--out.len];
        if (kill && dest == ln->place.local) {
            bool through_deref = false;
            for (int k = 0; k < ln->place.nproj; k++)
                through_deref |= ln->place.proj[k].kind == PROJ_DEREF;
            /* a loan of *r outlives the reference r itself */
            if (!through_deref)
                *kill = true;
        }
    }
    if (reads && dest >= 0 && n->ref_local[dest] && !set_has(&out, dest))
        out.data[out.len++] = dest;
    return out;
}

/* Follows loan li forward from where it is made, calling visit(ctx, id,
 * carriers) at every location where some carrier is live (the loan's
 * region); with `kill`, stops where the loan ends. */
typedef void (*RegionFn)(void *ctx, int id, const LocalSet *carriers);

static void walk_region(Nll *n, int li, bool kill, RegionFn visit, void *ctx) {
    const Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    /* one state array for every walk, its entries stamped by walk */
    if (!n->state) {
        n->state = ALLOC_N(LocalSet *, n->nlocs + 1);
        n->state_epoch = ALLOC_N(int, n->nlocs + 1);
    }
    int ep = ++n->walk;
    LocalSet **state = n->state;
#define STATE(id) (n->state_epoch[id] == ep ? state[id] : NULL)
#define SET_STATE(id, st) (n->state_epoch[id] = ep, state[id] = (st))
    IntVec work = {0};
    LocalSet empty = {NULL, 0};
    bool dummy = false;
    LocalSet first = carriers_after(n, li, ln->loc, &empty, &dummy);
    /* the successors of the `&` */
    MirTerm *t = &b->body->blocks.data[ln->loc.block]->term;
    IntVec starts = {0};
    if (ln->loc.index < b->body->blocks.data[ln->loc.block]->stmts.len)
        vec_push(starts, loc_id(n, bck_loc(ln->loc.block, ln->loc.index + 1)));
    else
        for (int i = 0; i < mir_succ_count(t); i++)
            vec_push(starts, loc_id(n, bck_loc(*mir_succ_slot(t, i), 0)));
    for (int i = 0; i < starts.len; i++) {
        LocalSet *st = ALLOC(LocalSet);
        *st = first;
        SET_STATE(starts.data[i], st);
        vec_push(work, starts.data[i]);
    }
    while (work.len) {
        int id = work.data[--work.len];
        LocalSet *in = STATE(id);
        BckLoc loc = loc_of_id(n, id);
        bool any_live = false;
        for (int i = 0; i < in->len && !any_live; i++)
            any_live = live_in(n, in->data[i], id);
        if (!any_live)
            continue;
        visit(ctx, id, in);
        bool killed = false;
        LocalSet out = carriers_after(n, li, loc, in, kill ? &killed : NULL);
        if (killed || out.len == 0)
            continue;
        /* to the next locations */
        int nst = b->body->blocks.data[loc.block]->stmts.len;
        IntVec next = {0};
        if (loc.index < nst) {
            vec_push(next, id + 1);
        } else {
            MirTerm *tt = &b->body->blocks.data[loc.block]->term;
            for (int i = 0; i < mir_succ_count(tt); i++)
                vec_push(next, loc_id(n, bck_loc(*mir_succ_slot(tt, i), 0)));
        }
        for (int k = 0; k < next.len; k++) {
            int sid = next.data[k];
            LocalSet *st = STATE(sid);
            if (!st) {
                st = ALLOC(LocalSet);
                *st = out;
                SET_STATE(sid, st);
                vec_push(work, sid);
                continue;
            }
            bool grew = false;
            LocalSet merged = set_copy(st, out.len);
            for (int i = 0; i < out.len; i++)
                if (!set_has(&merged, out.data[i])) {
                    merged.data[merged.len++] = out.data[i];
                    grew = true;
                }
            if (grew) {
                *st = merged;
                vec_push(work, sid);
            }
        }
    }
}

#undef STATE
#undef SET_STATE

/* ---- the scope of a loan, run by run ----------------------------------------------
 * walk_region's answer for the checks, without visiting every location: the
 * carriers change, and a carrier's liveness changes, only where a carrier
 * is read or defined; the loan ends only where the borrowed local is
 * defined. Between such locations a whole run of a block is in scope or
 * not, so the walk jumps from one to the next. The result is the same set
 * of locations (the walk is distributive: carriers that arrive separately
 * give the union of what each gives), kept as runs per block. */

static bool any_live(Nll *n, const LocalSet *carriers, int id) {
    for (int i = 0; i < carriers->len; i++)
        if (live_in(n, carriers->data[i], id))
            return true;
    return false;
}

/* The first location from id on, up to the block's terminator `term`,
 * where the walk of loan li must look: a carrier read or defined, the
 * borrowed local defined, or the loan made. */
static int next_stop(const Nll *n, int li, const LocalSet *carriers, int id, int term) {
    const Loan *ln = &n->loans.data[li];
    int stop = term;
    for (int i = 0; i < carriers->len; i++) {
        LocalId c = carriers->data[i];
        int u = first_from(&n->uses_of[c], id), d = first_from(&n->defs_of[c], id);
        stop = u < stop ? u : stop;
        stop = d < stop ? d : stop;
    }
    int k = first_from(&n->defs_of[ln->place.local], id);
    stop = k < stop ? k : stop;
    int at = loc_id(n, ln->loc);
    if (at >= id && at < stop)
        stop = at;
    return stop;
}

static void record_run(Nll *n, int li, int block, int lo, int hi) {
    ScopeVec *v = &n->scopes_in[block];
    int base = n->block_start[block];
    ScopeRun r = {li, lo - base, hi - base};
    if (v->len && v->data[v->len - 1].loan == li && v->data[v->len - 1].hi + 1 >= r.lo &&
        v->data[v->len - 1].lo <= r.lo) {
        if (r.hi > v->data[v->len - 1].hi)
            v->data[v->len - 1].hi = r.hi;
        return;
    }
    vec_push(*v, r);
}

/* Merges carriers into the state at the start of block s; true if it grew
 * (or was new), when the block must be walked (again). */
static bool merge_entry(Nll *n, int walk, int s, const LocalSet *out) {
    if (n->entry_walk[s] != walk) {
        n->entry_walk[s] = walk;
        n->entry[s] = ALLOC(LocalSet);
        *n->entry[s] = set_copy(out, 0);
        return true;
    }
    LocalSet *st = n->entry[s];
    LocalSet merged = set_copy(st, out->len);
    bool grew = false;
    for (int i = 0; i < out->len; i++)
        if (!set_has(&merged, out->data[i])) {
            merged.data[merged.len++] = out->data[i];
            grew = true;
        }
    if (grew)
        *st = merged;
    return grew;
}

/* Walks block `block` from location id with these carriers; pushes the
 * successors whose entry state grew. */
static void scope_block(Nll *n, int li, int walk, int block, int id, LocalSet c, IntVec *work) {
    const Bck *b = n->b;
    int term = block_end_id(n, block);
    for (;;) {
        int stop = next_stop(n, li, &c, id, term);
        if (id < stop) {
            if (!any_live(n, &c, id))
                return;
            record_run(n, li, block, id, stop - 1);
            id = stop;
        }
        if (!any_live(n, &c, id))
            return;
        record_run(n, li, block, id, id);
        bool killed = false;
        LocalSet out = carriers_after(n, li, loc_of_id(n, id), &c, &killed);
        if (killed || out.len == 0)
            return;
        if (id < term) {
            c = out;
            id++;
            continue;
        }
        MirTerm *t = &b->body->blocks.data[block]->term;
        for (int i = 0; i < mir_succ_count(t); i++) {
            int s = *mir_succ_slot(t, i);
            if (merge_entry(n, walk, s, &out))
                vec_push(*work, s);
        }
        return;
    }
}

static void walk_scope(Nll *n, int li) {
    const Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    int walk = ++n->walk;
    LocalSet empty = {NULL, 0};
    bool dummy = false;
    LocalSet first = carriers_after(n, li, ln->loc, &empty, &dummy);
    IntVec work = {0};
    if (ln->loc.index < b->body->blocks.data[ln->loc.block]->stmts.len) {
        scope_block(n, li, walk, ln->loc.block, loc_id(n, ln->loc) + 1, first, &work);
    } else {
        MirTerm *t = &b->body->blocks.data[ln->loc.block]->term;
        for (int i = 0; i < mir_succ_count(t); i++) {
            int s = *mir_succ_slot(t, i);
            if (merge_entry(n, walk, s, &first))
                vec_push(work, s);
        }
    }
    while (work.len) {
        int s = work.data[--work.len];
        scope_block(n, li, walk, s, n->block_start[s], *n->entry[s], &work);
    }
}

/* The carriers of a loan at each location of its region, the loan's end
 * ignored (for the explanations). */
/* One map at a time (each error explains one loan), its entries stamped,
 * so that thousands of errors do not each allocate one per location. */
typedef struct CarrierMap {
    Nll *n;
    int stamp;
} CarrierMap;

static void record_carriers(void *ctx, int id, const LocalSet *carriers) {
    CarrierMap *m = ctx;
    LocalSet *s = ALLOC(LocalSet);
    *s = set_copy(carriers, 0);
    m->n->cmap[id] = s;
    m->n->cmap_stamp[id] = m->stamp;
}

/* The carriers at location id, NULL outside the region. */
static const LocalSet *carriers_at(const CarrierMap *m, int id) {
    return m->n->cmap_stamp[id] == m->stamp ? m->n->cmap[id] : NULL;
}

static CarrierMap carrier_map(Nll *n, int li) {
    if (!n->cmap) {
        n->cmap = ALLOC_N(LocalSet *, n->nlocs + 1);
        n->cmap_stamp = ALLOC_N(int, n->nlocs + 1);
    }
    CarrierMap m = {n, ++n->cmap_epoch};
    walk_region(n, li, false, record_carriers, &m);
    return m;
}

static int loan_at(const Nll *n, BckLoc loc) { return n->loan_of[loc_id(n, loc)]; }

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

/* The loans in scope at the location being checked, per borrowed local,
 * in the order they were made (rustc reports the first that conflicts);
 * `mut` only the `&mut` ones, all that a read can conflict with. Filled
 * block by block from the runs of walk_scope: a loan stays listed to the
 * end of the block, in scope while its run lasts. */
typedef struct InScope {
    IntVec *all, *mut;      /* per local */
    int *until;             /* per loan: the end of its current run */
    bool *listed;
    IntVec listed_loans;    /* to clear at the end of the block */
} InScope;

typedef struct Checker {
    Nll *n;
    BckLoc loc;
    InScope *in;
} Checker;

static void insert_sorted(IntVec *v, int x) {
    vec_push(*v, x);
    int i = v->len - 1;
    for (; i > 0 && v->data[i - 1] > x; i--)
        v->data[i] = v->data[i - 1];
    v->data[i] = x;
}

static void enter_run(Nll *n, InScope *in, const ScopeRun *r) {
    if (in->listed[r->loan]) {
        if (r->hi > in->until[r->loan])
            in->until[r->loan] = r->hi;
        return;
    }
    const Loan *ln = &n->loans.data[r->loan];
    in->listed[r->loan] = true;
    in->until[r->loan] = r->hi;
    vec_push(in->listed_loans, r->loan);
    insert_sorted(&in->all[ln->place.local], r->loan);
    if (ln->mut)
        insert_sorted(&in->mut[ln->place.local], r->loan);
}

static void leave_block(Nll *n, InScope *in) {
    for (int i = 0; i < in->listed_loans.len; i++) {
        int li = in->listed_loans.data[i];
        LocalId l = n->loans.data[li].place.local;
        in->all[l].len = in->mut[l].len = 0;
        in->listed[li] = false;
    }
    in->listed_loans.len = 0;
}

static int cmp_run_lo(const void *a, const void *b) {
    const ScopeRun *x = a, *y = b;
    if (x->lo != y->lo)
        return x->lo < y->lo ? -1 : 1;
    return (x->loan > y->loan) - (x->loan < y->loan);
}

static bool has_loans(const Checker *c, LocalId l) { return l >= 0 && c->in->all[l].len > 0; }

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
static Diag *report_temporary(Nll *n, int li, BckLoc loc, Span freed);

static void check_access(Checker *c, Place place, Span span, AccessKind kind, int self_loan) {
    Nll *n = c->n;
    if (!has_loans(c, place.local) || already_reported(n, place.local, span))
        return;
    /* a read or a reservation conflicts only with a `&mut` */
    bool reads = kind == ACC_COPY || kind == ACC_SHARED || kind == ACC_RESERVE;
    const IntVec *cands = reads ? &c->in->mut[place.local] : &c->in->all[place.local];
    /* in the order the loans were made, as rustc reports the first */
    for (int k = 0; k < cands->len; k++) {
        int li = cands->data[k];
        if (li == self_loan || c->in->until[li] < c->loc.index)
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
        if (kind == ACC_RESERVE)
            vec_push(n->reservation_errors, place);
        vec_push(n->reported, span);
        vec_push(n->reported_local, place.local);
        return;
    }
}

static Span op_span(Nll *n, BckLoc loc, int i, Place p) { return bck_operand_span(n->b, loc, i, p); }

static void check_operand(Checker *c, int i, const Operand *o) {
    if (o->kind == OPERAND_CONST || !has_loans(c, o->as.place.local))
        return;
    Span s = op_span(c->n, c->loc, i, o->as.place);
    check_access(c, o->as.place, s, o->kind == OPERAND_MOVE ? ACC_MOVE : ACC_COPY, -1);
}

static void check_location(Checker *c) {
    Nll *n = c->n;
    Bck *b = n->b;
    BckLoc loc = c->loc;
    /* two-phase borrows activated here */
    for (int k = 0; k < n->activations_at[loc_id(n, loc)].len; k++) {
        int li = n->activations_at[loc_id(n, loc)].data[k];
        const Loan *ln = &n->loans.data[li];
        /* rustc skips the activation of a borrow whose reservation
         * already had an error (reservation_error_reported) */
        bool skip = false;
        for (int i = 0; i < n->reservation_errors.len && !skip; i++)
            skip = mir_place_eq(n->reservation_errors.data[i], ln->place);
        if (!skip)
            check_access(c, ln->place, ln->act_span, ACC_MUT_BORROW, li);
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
        if (has_loans(c, d.local) && !(d.nproj == 0 && !b->body->locals.data[d.local].var))
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
    case TERM_DROP: {
        /* the drop before `x = v` (MIR building's drop-and-replace) is
         * part of the assignment, which is checked as one */
        MirBlock *next = b->body->blocks.data[t->as.drop.target];
        if (next->stmts.len && next->stmts.data[0].kind == MIR_ASSIGN &&
            mir_place_eq(next->stmts.data[0].as.assign.place, t->as.drop.place))
            break;
        check_access(c, t->as.drop.place, t->span, ACC_STORAGE_DEAD, -1);
        break;
    }
    case TERM_RETURN:
        /* every local dies with the frame (arguments have no StorageDead) */
        for (LocalId l = 1; l < n->nlocals; l++)
            check_access(c, mir_place(l), t->span, ACC_STORAGE_DEAD, -1);
        break;
    default: break;
    }
}

/* ---- explaining: the later use (rustc's find_use) ------------------------------- */

typedef struct UseFound {
    const LocalSet *carriers;   /* locals holding the loan */
    LocalId found;
} UseFound;

static void later_use_cb(void *ctx, LocalId l) {
    UseFound *u = ctx;
    if (u->found < 0 && set_has(u->carriers, l))
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
static bool later_iteration(Nll *n, BckLoc from, BckLoc to) {
    Bck *b = n->b;
    VEC(BckLoc) queue = {0};
    bck_visit_begin(b);
    vec_push(queue, from);
    bck_visit(b, from);
    BckLoc back = {-1, 0};
    bool found = false;
    for (int qi = 0; qi < queue.len && !found; qi++) {
        BckLoc l = queue.data[qi];
        if (bck_loc_eq(l, to)) {
            /* reached only after going around; else never (the search
             * visits each location once), so it stops here either way */
            found = back.block >= 0;
            break;
        }
        int nst = b->body->blocks.data[l.block]->stmts.len;
        if (l.index < nst) {
            BckLoc s = bck_loc(l.block, l.index + 1);
            if (bck_visit(b, s))
                vec_push(queue, s);
            continue;
        }
        MirTerm *t = &b->body->blocks.data[l.block]->term;
        for (int i = 0; i < mir_succ_count(t); i++) {
            BckLoc s = bck_loc(*mir_succ_slot(t, i), 0);
            if (!bck_visit(b, s))
                continue;
            if (bck_dominates(b, s, l) &&
                (back.block < 0 || bck_dominates(b, l, back)))
                back = l;
            vec_push(queue, s);
        }
    }
    if (!found)
        return false;
    /* rustc's can_reach_head_of_loop: from the use, forward through the
     * locations the back edge's source dominates, to that source */
    VEC(BckLoc) stack = {0};
    bck_visit_begin(b);
    vec_push(stack, to);
    while (stack.len) {
        BckLoc l = stack.data[--stack.len];
        if (!bck_visit(b, l))
            continue;
        if (bck_loc_eq(l, back))
            return true;
        if (!bck_dominates(b, back, l))
            continue;
        int nst = b->body->blocks.data[l.block]->stmts.len;
        if (l.index < nst) {
            vec_push(stack, bck_loc(l.block, l.index + 1));
        } else {
            MirTerm *t = &b->body->blocks.data[l.block]->term;
            for (int i = 0; i < mir_succ_count(t); i++)
                vec_push(stack, bck_loc(*mir_succ_slot(t, i), 0));
        }
    }
    return false;
}

static LaterUse find_later_use(Nll *n, int li, BckLoc start) {
    const Bck *b = n->b;
    LaterUse r;
    memset(&r, 0, sizeof r);
    /* the loan may be dead by now (the borrowed place was assigned or its
     * storage ended): the references still hold it */
    CarrierMap m = carrier_map(n, li);
    IntVec queue = {0};
    int ep = ++n->epoch;
    vec_push(queue, loc_id(n, start));
    for (int qi = 0; qi < queue.len; qi++) {
        int id = queue.data[qi];
        if (n->mark[id] == ep)
            continue;
        n->mark[id] = ep;
        const LocalSet *carriers = carriers_at(&m, id);
        if (!carriers)
            continue;   /* outside the loan's region */
        BckLoc l = loc_of_id(n, id);
        UseFound u = {carriers, -1};
        LocalId def = location_locals(b, l, later_use_cb, &u);
        if (u.found >= 0) {
            r.found = true;
            r.loc = l;
            r.local = u.found;
            break;
        }
        if (def >= 0 && set_has(carriers, def))
            continue;   /* redefined: this path no longer holds the loan */
        int nst = b->body->blocks.data[l.block]->stmts.len;
        if (l.index < nst) {
            vec_push(queue, id + 1);
        } else {
            MirTerm *t = &b->body->blocks.data[l.block]->term;
            for (int i = 0; i < mir_succ_count(t); i++)
                vec_push(queue, loc_id(n, bck_loc(*mir_succ_slot(t, i), 0)));
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
static void explain_later_use(Nll *n, Diag *d, Span primary, int li, BckLoc loc,
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

/* The variable that holds the loan's reference at loc, for the memory
 * note: the one the `&` was written to, else one it was copied into. */
static const char *holder_name(Nll *n, int li, BckLoc loc) {
    const Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    if (ln->dest >= 0 && bck_is_user_local(b, ln->dest))
        return bck_local_name(b, ln->dest);
    CarrierMap m = carrier_map(n, li);
    const LocalSet *c = carriers_at(&m, loc_id(n, loc));
    for (int i = 0; c && i < c->len; i++)
        if (bck_is_user_local(b, c->data[i]))
            return bck_local_name(b, c->data[i]);
    LaterUse u = find_later_use(n, li, loc);
    if (u.found && bck_is_user_local(b, u.local))
        return bck_local_name(b, u.local);
    return NULL;
}

static const char *loan_memory_note(Nll *n, int li, BckLoc loc, AccessKind kind) {
    const Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    Type *t = mir_place_type(b->body, ln->place);
    unsigned long long sz = (unsigned long long)layout_of(t)->size;
    const char *ref = holder_name(n, li, loc);
    const char *holder = ref ? arena_printf(compiler_arena, "`%s`", ref) : "the reference";
    bool heap = ty_needs_drop(t);
    if (kind == ACC_STORAGE_DEAD && !bck_is_user_local(b, ln->place.local))
        return arena_printf(compiler_arena,
                            "the temporary's %llu bytes sit in an unnamed slot of %s's frame only "
                            "until the end of the statement%s; %s keeps their address, and a "
                            "later use of it would read a slot that other values may already "
                            "occupy",
                            sz, sym_str(b->body->name),
                            heap ? " (then the heap buffer they own is freed)" : "", holder);
    const char *what = bck_describe_place(b, ln->place);
    if (!what)
        return NULL;
    switch (kind) {
    case ACC_STORAGE_DEAD:
        return arena_printf(compiler_arena,
                            "%s holds the address of `%s`'s %llu bytes in %s's frame; those bytes "
                            "are given up at the end of their block%s, and a later use of %s would "
                            "read a slot that other values may already occupy",
                            holder, what, sz, sym_str(b->body->name),
                            heap ? " (and the heap buffer they own is freed)" : "", holder);
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
                                "%s holds a `&mut` to `%s`'s %llu bytes: while it is in use it must "
                                "be the only way to reach them, so that no one reads bytes that it "
                                "is halfway through changing",
                                holder, what, sz);
        return arena_printf(compiler_arena,
                            "%s holds a shared `&` to `%s`'s %llu bytes and relies on them not "
                            "changing while it is in use; a `&mut` could change them%s",
                            holder, what, sz,
                            heap ? " (a push may even move the heap buffer they point to)" : "");
    }
}

/* E0515: the loan's reference is the function's result, but what it
 * borrows dies with the function's frame. */
static void report_return_local(Nll *n, int li) {
    Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    LocalId bl = ln->place.local;
    const MirLocal *ml = &b->body->locals.data[bl];
    const char *name = bck_local_name(b, bl);
    const char *what = !name ? "temporary value"
                       : ml->kind == LOCAL_ARG
                           ? arena_printf(compiler_arena, "function parameter `%s`", name)
                           : arena_printf(compiler_arena, "local variable `%s`", name);
    /* the statement that writes the result (holding the loan) */
    Span ret = ln->span;
    CarrierMap m = carrier_map(n, li);
    for (int bi = 0; bi < b->body->blocks.len; bi++) {
        MirBlock *blk = b->body->blocks.data[bi];
        for (int si = 0; si < blk->stmts.len; si++) {
            MirStmt *s = &blk->stmts.data[si];
            BckLoc l = bck_loc(bi, si);
            if (s->kind != MIR_ASSIGN || s->as.assign.place.local != MIR_RETURN_LOCAL)
                continue;
            LocalSet none = {NULL, 0};
            const LocalSet *in = carriers_at(&m, loc_id(n, l));
            if (!in)
                in = &none;
            LocalSet out = carriers_after(n, li, l, in, NULL);
            if (set_has(&out, MIR_RETURN_LOCAL)) {
                ret = s->span;
                bi = b->body->blocks.len;
                break;
            }
        }
    }
    bool direct = span_eq(ret, ln->span);
    const char *ref = direct ? "reference to" : "value referencing";
    Diag *d = diag_new(DIAG_ERROR, "E0515", ret,
                       arena_printf(compiler_arena,
                                    "returns a %s data owned by the current function", ref),
                       "cannot return %s %s", ref, what);
    if (!direct)
        diag_label(d, ln->span, "%s",
                   name ? arena_printf(compiler_arena, "`%s` is borrowed here", name)
                        : "temporary value created here");
    if (bck_memory_notes() && name)
        diag_note(d,
                  "`%s` lives in %s's frame, which is given up when %s returns; the returned "
                  "address would point into stack memory that the next call reuses",
                  name, bck_fn_name(b), bck_fn_name(b));
    bck_buffer(b, d, ret);
}

static void report_conflict(Nll *n, BckLoc loc, AccessKind kind, Place place, Span span, int li) {
    Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    const char *pd = qplace(b, place);
    const char *bd = qplace(b, ln->place);
    Diag *d = NULL;
    switch (kind) {
    case ACC_SHARED:
    case ACC_RESERVE:
    case ACC_MUT_BORROW: {
        bool new_mut = kind != ACC_SHARED;
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
        LaterUse u = find_later_use(n, li, loc);
        if (u.found && u.local == MIR_RETURN_LOCAL && !stmt_of(b, u.loc) &&
            term_of(b, u.loc)->kind == TERM_RETURN) {
            report_return_local(n, li);
            return;
        }
        if (!bck_is_user_local(b, ln->place.local)) {
            d = report_temporary(n, li, loc, span);
            span = b->body->locals.data[ln->place.local].span;
            break;
        }
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
        const char *note = loan_memory_note(n, li, loc, kind);
        if (note)
            diag_note(d, "%s", note);
    }
    bck_buffer(b, d, span);
}

/* Whether a temporary holds just a constant (`&mut 5`): rustc then notes
 * the fix instead of rewriting the statement. */
static bool holds_constant(const Bck *b, LocalId l) {
    for (int bi = 0; bi < b->nblocks; bi++) {
        const MirBlock *bb = b->body->blocks.data[bi];
        for (int i = 0; i < bb->stmts.len; i++) {
            const MirStmt *s = &bb->stmts.data[i];
            if (s->kind == MIR_ASSIGN && s->as.assign.place.local == l &&
                s->as.assign.place.nproj == 0)
                return s->as.assign.rvalue.kind == RV_USE &&
                       s->as.assign.rvalue.as.use.kind == OPERAND_CONST;
        }
    }
    return false;
}

/* E0716: a reference to a temporary (`r = &String::from("x");`) outlives
 * the statement that made it. rustc suggests naming the value with a `let`
 * just before the statement. */
static Diag *report_temporary(Nll *n, int li, BckLoc loc, Span freed) {
    const Bck *b = n->b;
    const Loan *ln = &n->loans.data[li];
    Span tmp = b->body->locals.data[ln->place.local].span;
    Diag *d = diag_new(DIAG_ERROR, "E0716", tmp,
                       "creates a temporary value which is freed while still in use",
                       "temporary value dropped while borrowed");
    diag_label(d, freed, "temporary value is freed at the end of this statement");
    explain_later_use(n, d, ln->span, li, loc, "", ln->span);
    const SourceFile *f = b->prog->crate ? b->prog->crate->file : NULL;
    if (holds_constant(b, ln->place.local)) {
        diag_note(d, "consider using a `let` binding to create a longer lived value");
    } else if (f && tmp.hi <= f->len) {
        /* the statement starts at the first non-blank of its line */
        uint32_t start = tmp.lo;
        while (start > 0 && f->text[start - 1] != '\n')
            start--;
        uint32_t first = start;
        while (first < tmp.lo && (f->text[first] == ' ' || f->text[first] == '\t'))
            first++;
        const char *indent = arena_printf(compiler_arena, "%.*s", (int)(first - start),
                                          f->text + start);
        Diag *h = diag_suggest(d, span_at(first, first),
                               arena_printf(compiler_arena, "let binding = %.*s;\n%s",
                                            (int)(tmp.hi - tmp.lo), f->text + tmp.lo, indent),
                               "consider using a `let` binding to create a longer lived value");
        diag_suggest_part(h, tmp, "binding");
    }
    return d;
}

/* ---- entry ------------------------------------------------------------------------ */

void bck_check_loans(Bck *b) {
    Nll *n = ALLOC(Nll);
    n->b = b;
    n->nlocals = b->body->locals.len;
    if (b->nblocks == 0)
        return;
    n->block_start = ALLOC_N(int, b->nblocks + 1);
    for (int bi = 0; bi < b->nblocks; bi++) {
        n->block_start[bi] = n->nlocs;
        n->nlocs += b->body->blocks.data[bi]->stmts.len + 1;
    }
    collect_loans(n);
    if (n->loans.len == 0)
        return;
    n->loan_of = ALLOC_N(int, n->nlocs + 1);
    for (int id = 0; id < n->nlocs; id++)
        n->loan_of[id] = -1;
    for (int li = 0; li < n->loans.len; li++)
        n->loan_of[loc_id(n, n->loans.data[li].loc)] = li;
    n->ref_local = ALLOC_N(bool, n->nlocals + 1);
    for (LocalId l = 0; l < n->nlocals; l++)
        n->ref_local[l] = local_holds_ref(n, l);
    n->live_of = ALLOC_N(IntVec *, n->nlocals + 1);
    n->mark = ALLOC_N(int, n->nlocs + 1);
    n->scopes_in = ALLOC_N(ScopeVec, b->nblocks + 1);
    n->entry = ALLOC_N(LocalSet *, b->nblocks + 1);
    n->entry_walk = ALLOC_N(int, b->nblocks + 1);
    n->activations_at = ALLOC_N(IntVec, n->nlocs + 1);
    index_locals(n);
    find_activations(n);
    for (int li = 0; li < n->loans.len; li++) {
        const Loan *ln = &n->loans.data[li];
        if (ln->two_phase && ln->activation.block >= 0)
            vec_push(n->activations_at[loc_id(n, ln->activation)], li);
        walk_scope(n, li);
    }
    InScope in = {ALLOC_N(IntVec, n->nlocals + 1), ALLOC_N(IntVec, n->nlocals + 1),
                  ALLOC_N(int, n->loans.len + 1), ALLOC_N(bool, n->loans.len + 1), {0}};
    Checker c = {n, {0, 0}, &in};
    for (int k = 0; k < b->cfg.nrpo; k++) {
        int bi = b->cfg.rpo[k];
        int nst = b->body->blocks.data[bi]->stmts.len;
        ScopeVec *runs = &n->scopes_in[bi];
        if (runs->len > 1)
            qsort(runs->data, (size_t)runs->len, sizeof(ScopeRun), cmp_run_lo);
        int r = 0;
        for (int si = 0; si <= nst; si++) {
            while (r < runs->len && runs->data[r].lo <= si)
                enter_run(n, &in, &runs->data[r++]);
            c.loc = bck_loc(bi, si);
            check_location(&c);
        }
        leave_block(n, &in);
    }
}
