/* borrowck.c: the ownership checker's analysis, on MIR.
 *
 * Takes each body as mir_build made it (drops still unconditional) and
 * gives diagnostics; it changes nothing. The design is rustc's
 * (rustc_borrowck with rustc_mir_dataflow's move paths), cut down to what
 * Owl's language has:
 *
 *  - Move paths: every local that can be uninitialised where it is used
 *    (see tracked_locals: moved out of, declared without a value, or
 *    immutable and assigned again), and below it every tuple field the
 *    body moves out of or assigns (`let a = t.0;`, `t.1 = s;`),
 *    recursively. A place through a deref or an index has no path: moving
 *    out of it is an error of its own (E0507, E0508), and writing through
 *    it initialises nothing.
 *  - Moves (a Move operand, StorageDead, Drop) and inits (an assignment or
 *    a call's destination; arguments on entry) are gathered per location.
 *  - Two forward dataflow problems: maybe-uninitialised paths (a move
 *    sets a path and its descendants, an init clears them; union at
 *    joins), and ever-initialised inits (for E0384; StorageDead forgets a
 *    local's). They are answered on demand, one path at a time, by
 *    borrowck_flow.c: per-block bitsets over every path would make a long
 *    function cost its length squared.
 *  - Then one pass in reverse post-order applies rustc's checks at
 *    every location, with the state before it: every read or borrow needs
 *    its place, its prefixes and its parts initialised; an assignment to an
 *    immutable local needs it never to have been; `&mut` and writes need a
 *    mutable place. What fails goes to the diagnostics (borrowck_diag.c).
 *  - Conflicting borrows (E0499, E0502, E0505, ...) are found by
 *    borrowck_loans.c on the same body.
 *  - Errors are buffered per body, deduplicated as rustc does (one E0381
 *    per local; one E0382 per set of moves unless the new use is not a
 *    prefix of the old one, in which case it replaces it; `&mut` errors on
 *    the same immutable binding merged into one) and emitted sorted by
 *    primary span, which is the order rustc prints them in.
 */
#include "borrowck_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- small helpers --------------------------------------------------------- */

BckLoc bck_loc(int block, int index) {
    BckLoc l = {block, index};
    return l;
}

bool bck_loc_eq(BckLoc a, BckLoc b) { return a.block == b.block && a.index == b.index; }

bool bck_is_terminator(const Bck *b, BckLoc l) {
    return l.index >= b->body->blocks.data[l.block]->stmts.len;
}

bool bck_is_user_local(const Bck *b, LocalId l) {
    const MirLocal *ml = &b->body->locals.data[l];
    return (ml->kind == LOCAL_VAR || ml->kind == LOCAL_ARG) && ml->var != NULL;
}

static bool has_deref_or_index(Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind != PROJ_FIELD)
            return true;
    return false;
}

/* ---- the control-flow graph ------------------------------------------------- */

/* The search behind the reverse post-order takes a block's successors last
 * to first, like rustc's: after a switch on a condition the `false` side
 * comes first (the code after a loop before its body), which decides which
 * of two errors about the same move rustc keeps. The dominator tree's
 * preorder intervals make dominance two comparisons (the diagnostics ask
 * it at every step of their searches). */
static void build_cfg(Bck *b) {
    b->nblocks = b->body->blocks.len;
    mir_cfg_build(&b->cfg, b->body, true);
}

bool bck_dominates(const Bck *b, BckLoc a, BckLoc l) {
    if (a.block == l.block)
        return a.index <= l.index;
    if (b->cfg.idom[l.block] < 0 || b->cfg.idom[a.block] < 0)
        return false;
    return mir_cfg_dominates(&b->cfg, a.block, l.block);
}

void bck_visit_begin(Bck *b) {
    if (!b->visit_mark) {
        b->loc_start = ALLOC_N(int, b->nblocks + 1);
        for (int bi = 0; bi < b->nblocks; bi++) {
            b->loc_start[bi] = b->nlocs;
            b->nlocs += b->body->blocks.data[bi]->stmts.len + 1;
        }
        b->visit_mark = ALLOC_N(int, b->nlocs + 1);
    }
    b->visit_epoch++;
}

bool bck_visit(Bck *b, BckLoc loc) {
    int id = b->loc_start[loc.block] + loc.index;
    if (b->visit_mark[id] == b->visit_epoch)
        return false;
    b->visit_mark[id] = b->visit_epoch;
    return true;
}

int bck_pred_locs(const Bck *b, BckLoc loc, BckLoc *out, int cap) {
    if (loc.index > 0) {
        if (cap > 0)
            out[0] = bck_loc(loc.block, loc.index - 1);
        return 1;
    }
    int n = 0;
    for (int i = 0; i < b->cfg.npreds[loc.block] && n < cap; i++) {
        int p = b->cfg.preds[loc.block][i];
        out[n++] = bck_loc(p, b->body->blocks.data[p]->stmts.len);
    }
    return n;
}

/* ---- move paths ---------------------------------------------------------------- */

static int new_path(Bck *b, LocalId local, int parent, int field, Place place) {
    BckPath mp = {local, parent, -1, -1, field, place};
    if (parent >= 0)
        mp.next_sibling = b->paths.data[parent].first_child;
    vec_push(b->paths, mp);
    int id = b->paths.len - 1;
    if (parent >= 0)
        b->paths.data[parent].first_child = id;
    return id;
}

static int child_path(const Bck *b, int parent, int field) {
    for (int c = b->paths.data[parent].first_child; c >= 0; c = b->paths.data[c].next_sibling)
        if (b->paths.data[c].field == field)
            return c;
    return -1;
}

int bck_path_exact(const Bck *b, Place p) {
    if (p.local < 0 || p.local >= b->body->locals.len)
        return -1;
    int cur = b->root[p.local];
    for (int i = 0; i < p.nproj && cur >= 0; i++) {
        if (p.proj[i].kind != PROJ_FIELD)
            return -1;
        cur = child_path(b, cur, p.proj[i].index);
    }
    return cur;
}

int bck_path_closest(const Bck *b, Place p) {
    int cur = b->root[p.local];
    if (cur < 0)
        return -1;
    for (int i = 0; i < p.nproj; i++) {
        if (p.proj[i].kind != PROJ_FIELD)
            break;
        int c = child_path(b, cur, p.proj[i].index);
        if (c < 0)
            break;
        cur = c;
    }
    return cur;
}

/* The path of a place without derefs or indexes, made if missing (-1 for
 * a local that is not tracked). */
static int make_path(Bck *b, Place p) {
    int cur = b->root[p.local];
    if (cur < 0)
        return -1;
    for (int i = 0; i < p.nproj; i++) {
        int c = child_path(b, cur, p.proj[i].index);
        if (c < 0) {
            Place prefix = p;
            prefix.nproj = i + 1;
            c = new_path(b, p.local, cur, p.proj[i].index, prefix);
        }
        cur = c;
    }
    return cur;
}

/* ---- gathering moves and inits ------------------------------------------------ */

typedef struct Gather {
    Bck *b;
    VEC(BckIllegalMove) illegal;
} Gather;

/* Whether the value of a `&mut` place passed here is reborrowed rather
 * than moved: rustc reborrows (`&mut *r`) at coercion sites whose type is
 * known to be `&mut`, which MIR building does not spell out. Owl's are
 * call arguments and `let` with a type annotation. */
static bool is_reborrow(Gather *g, BckLoc loc, Place p, bool call_arg) {
    Bck *b = g->b;
    Type *t = ty_resolve(mir_place_type(b->body, p));
    if (t->kind != TY_REF || !t->as.ref.mut)
        return false;
    if (call_arg)
        return true;
    const MirBlock *blk = b->body->blocks.data[loc.block];
    if (loc.index >= blk->stmts.len)
        return false;
    Place dest = blk->stmts.data[loc.index].as.assign.place;
    if (dest.nproj != 0 || !bck_is_user_local(b, dest.local))
        return false;
    const BckVar *bv = bck_ast_var(b->ast, b->body->locals.data[dest.local].var);
    return bv && bv->let && bv->let->as.let.type && bv->let->as.let.pat->kind == PAT_BIND;
}

static void gather_move(Gather *g, BckLoc loc, int operand, const Operand *o) {
    if (o->kind != OPERAND_MOVE)
        return;
    Place p = o->as.place;
    if (is_reborrow(g, loc, p, bck_is_terminator(g->b, loc)))
        return;
    if (has_deref_or_index(p)) {
        BckIllegalMove im = {loc, operand, p};
        vec_push(g->illegal, im);
        return;
    }
    BckMove m = {make_path(g->b, p), loc, operand, false};
    if (m.path >= 0)
        vec_push(g->b->moves, m);
}

static void gather_implicit_move(Gather *g, BckLoc loc, Place p) {
    if (has_deref_or_index(p))
        return;
    BckMove m = {make_path(g->b, p), loc, -1, true};
    if (m.path >= 0)
        vec_push(g->b->moves, m);
}

static void gather_init(Gather *g, BckLoc loc, Place p) {
    if (p.local < 0 || has_deref_or_index(p))
        return;
    BckInit in = {make_path(g->b, p), loc};
    if (in.path >= 0)
        vec_push(g->b->inits, in);
}

/* ---- which locals need tracking ------------------------------------------------
 * A variable bound to a value where it is declared, never moved out of and
 * never assigned again is initialised wherever it can be named: its
 * declaration dominates its uses. The analysis leaves such locals out (and
 * MIR building's temporaries, about which nothing is reported): nothing is
 * asked about them, and their uses cost nothing. Tracked are the user's locals that are moved out
 * of (or a part of them), declared without a value (`let x;`), or
 * immutable and assigned more than once (candidates for E0384). */
typedef struct Counts {
    int *moves;    /* per local: moves the user wrote */
    int *inits;    /* per local: assignments in MIR */
} Counts;

static void count_operand(Counts *c, const Operand *o) {
    if (o->kind == OPERAND_MOVE && !has_deref_or_index(o->as.place))
        c->moves[o->as.place.local]++;
}

static void count_rvalue(Counts *c, const Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: count_operand(c, &rv->as.use); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        count_operand(c, &rv->as.binary.lhs);
        count_operand(c, &rv->as.binary.rhs);
        break;
    case RV_UNARY: count_operand(c, &rv->as.unary.operand); break;
    case RV_CAST: count_operand(c, &rv->as.cast.operand); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            count_operand(c, &rv->as.aggregate.ops[i]);
        break;
    case RV_REPEAT: count_operand(c, &rv->as.repeat.operand); break;
    case RV_REF: break;
    }
}

static bool *tracked_locals(Bck *b) {
    MirBody *body = b->body;
    int n = body->locals.len;
    Counts c = {ALLOC_N(int, n + 1), ALLOC_N(int, n + 1)};
    for (int bi = 0; bi < body->blocks.len; bi++) {
        MirBlock *blk = body->blocks.data[bi];
        for (int si = 0; si < blk->stmts.len; si++) {
            MirStmt *s = &blk->stmts.data[si];
            if (s->kind != MIR_ASSIGN)
                continue;
            count_rvalue(&c, &s->as.assign.rvalue);
            if (s->as.assign.place.local >= 0 && !has_deref_or_index(s->as.assign.place))
                c.inits[s->as.assign.place.local]++;
        }
        MirTerm *t = &blk->term;
        if (t->kind == TERM_CALL) {
            for (int i = 0; i < t->as.call.nargs; i++)
                count_operand(&c, &t->as.call.args[i]);
            if (t->as.call.dest.local >= 0 && !has_deref_or_index(t->as.call.dest))
                c.inits[t->as.call.dest.local]++;
        }
    }
    bool *tracked = ALLOC_N(bool, n + 1);
    for (LocalId l = 1; l < n; l++) {
        if (!bck_is_user_local(b, l))
            continue;
        const MirLocal *ml = &body->locals.data[l];
        const BckVar *bv = bck_ast_var(b->ast, ml->var);
        bool arg = ml->kind == LOCAL_ARG;
        bool has_value = arg || (bv && bv->has_value);
        int assigned_again = c.inits[l] - (arg ? 0 : 1);
        tracked[l] = c.moves[l] > 0 || !has_value || (!ml->mutable && assigned_again > 0);
    }
    return tracked;
}

static void gather_rvalue(Gather *g, BckLoc loc, const Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: gather_move(g, loc, 0, &rv->as.use); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        gather_move(g, loc, 0, &rv->as.binary.lhs);
        gather_move(g, loc, 1, &rv->as.binary.rhs);
        break;
    case RV_UNARY: gather_move(g, loc, 0, &rv->as.unary.operand); break;
    case RV_CAST: gather_move(g, loc, 0, &rv->as.cast.operand); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            gather_move(g, loc, i, &rv->as.aggregate.ops[i]);
        break;
    case RV_REPEAT: gather_move(g, loc, 0, &rv->as.repeat.operand); break;
    case RV_REF: break;
    }
}

static void gather(Gather *g) {
    Bck *b = g->b;
    MirBody *body = b->body;
    b->root = ALLOC_N(int, body->locals.len + 1);
    b->tracked = tracked_locals(b);
    for (int l = 0; l < body->locals.len; l++)
        b->root[l] = b->tracked[l] ? new_path(b, l, -1, -1, mir_place(l)) : -1;
    for (int a = 1; a <= body->arg_count; a++) {
        if (b->root[a] < 0)
            continue;
        BckInit in = {b->root[a], bck_loc(-1, 0)};
        vec_push(b->inits, in);
    }
    for (int bi = 0; bi < body->blocks.len; bi++) {
        MirBlock *blk = body->blocks.data[bi];
        for (int si = 0; si < blk->stmts.len; si++) {
            MirStmt *s = &blk->stmts.data[si];
            BckLoc loc = bck_loc(bi, si);
            if (s->kind == MIR_ASSIGN) {
                gather_rvalue(g, loc, &s->as.assign.rvalue);
                gather_init(g, loc, s->as.assign.place);
            } else if (s->kind == MIR_STORAGE_DEAD) {
                gather_implicit_move(g, loc, mir_place(s->as.local));
            }
        }
        MirTerm *t = &blk->term;
        BckLoc loc = bck_loc(bi, blk->stmts.len);
        switch (t->kind) {
        case TERM_CALL:
            for (int i = 0; i < t->as.call.nargs; i++)
                gather_move(g, loc, i, &t->as.call.args[i]);
            gather_init(g, loc, t->as.call.dest);
            break;
        case TERM_SWITCH_INT: gather_move(g, loc, 0, &t->as.switch_.discr); break;
        case TERM_ASSERT:
            gather_move(g, loc, 0, &t->as.assert.cond);
            gather_move(g, loc, 1, &t->as.assert.a);
            gather_move(g, loc, 2, &t->as.assert.b);
            break;
        case TERM_DROP: gather_implicit_move(g, loc, t->as.drop.place); break;
        default: break;
        }
    }
}

/* Moves and inits are gathered in location order (the arguments' inits,
 * at block -1, first), so the ones of a location are found by binary
 * search: the diagnostics ask at every step of their searches. */
static bool loc_before(BckLoc a, BckLoc b) {
    return a.block < b.block || (a.block == b.block && a.index < b.index);
}

int bck_moves_at(const Bck *b, BckLoc loc, int *out, int cap) {
    int lo = 0, hi = b->moves.len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (loc_before(b->moves.data[mid].loc, loc))
            lo = mid + 1;
        else
            hi = mid;
    }
    int n = 0;
    for (int i = lo; i < b->moves.len && n < cap && bck_loc_eq(b->moves.data[i].loc, loc); i++)
        out[n++] = i;
    return n;
}

int bck_inits_at(const Bck *b, BckLoc loc, int *out, int cap) {
    int lo = 0, hi = b->inits.len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (loc_before(b->inits.data[mid].loc, loc))
            lo = mid + 1;
        else
            hi = mid;
    }
    int n = 0;
    for (int i = lo; i < b->inits.len && n < cap && bck_loc_eq(b->inits.data[i].loc, loc); i++)
        out[n++] = i;
    return n;
}

/* ---- the error buffer ------------------------------------------------------------ */

void bck_buffer(Bck *b, Diag *d, Span sort) {
    BckBuffered e = {d, sort, b->seq++};
    vec_push(b->diags, e);
}

static int cmp_buffered(const void *pa, const void *pb) {
    const BckBuffered *a = pa, *b = pb;
    if (a->sort.lo != b->sort.lo)
        return a->sort.lo < b->sort.lo ? -1 : 1;
    if (a->sort.hi != b->sort.hi)
        return a->sort.hi < b->sort.hi ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int cmp_move_keys(const BckMoveError *a, const BckMoveError *b) {
    for (int i = 0; i < a->nmoves && i < b->nmoves; i++)
        if (a->moves[i] != b->moves[i])
            return a->moves[i] < b->moves[i] ? -1 : 1;
    return (a->nmoves > b->nmoves) - (a->nmoves < b->nmoves);
}

/* rustc drains its move errors (a BTreeMap keyed by the move-outs) and
 * its merged `&mut` errors into the buffer after the others, then sorts
 * the buffer by primary span, stably. */
static void flush(Bck *b) {
    int n = b->move_errors.len;
    BckMoveError **order = ALLOC_N(BckMoveError *, n + 1);
    for (int i = 0; i < n; i++)
        order[i] = &b->move_errors.data[i];
    for (int i = 1; i < n; i++)   /* insertion sort by key: n is tiny */
        for (int j = i; j > 0 && cmp_move_keys(order[j - 1], order[j]) > 0; j--) {
            BckMoveError *t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    for (int i = 0; i < n; i++)
        if (order[i]->diag)
            bck_buffer(b, order[i]->diag, order[i]->sort);
    for (int i = 0; i < b->mut_errors.len; i++)
        bck_buffer(b, b->mut_errors.data[i].diag, b->mut_errors.data[i].sort);
    if (b->diags.len > 1) /* qsort(NULL, 0, ...) is undefined (UBSan: nonnull) */
        qsort(b->diags.data, (size_t)b->diags.len, sizeof(BckBuffered), cmp_buffered);
    for (int i = 0; i < b->diags.len; i++)
        diag_emit(b->diags.data[i].diag);
}

/* ---- the checks ---------------------------------------------------------------------- */

typedef struct Checker {
    Bck *b;
} Checker;

/* rustc's find_in_move_path_or_its_descendants with maybe_uninits. */
static int uninit_in_subtree(const Checker *ck, BckLoc loc, int path) {
    const Bck *b = ck->b;
    if (bck_maybe_uninit(b, path, loc))
        return path;
    for (int c = b->paths.data[path].first_child; c >= 0; c = b->paths.data[c].next_sibling) {
        int r = uninit_in_subtree(ck, loc, c);
        if (r >= 0)
            return r;
    }
    return -1;
}

static void check_full_path(Checker *c, BckLoc loc, int operand, BckAction act, Place p) {
    int mpi = bck_path_closest(c->b, p);
    if (mpi >= 0 && bck_maybe_uninit(c->b, mpi, loc))
        bck_report_moved(c->b, loc, operand, act, c->b->paths.data[mpi].place, p, mpi);
}

static void check_path_or_subpath(Checker *c, BckLoc loc, int operand, BckAction act, Place p) {
    check_full_path(c, loc, operand, act, p);
    int mpi = bck_path_exact(c->b, p);
    if (mpi < 0)
        return;
    int u = uninit_in_subtree(c, loc, mpi);
    if (u >= 0)
        bck_report_moved(c->b, loc, operand, act, p, p, u);
}

static void consume_operand(Checker *c, BckLoc loc, int operand, const Operand *o) {
    if (o->kind == OPERAND_CONST)
        return;
    check_path_or_subpath(c, loc, operand, ACT_USE, o->as.place);
}

/* The first init of local's path that may have happened (rustc's
 * is_local_ever_initialized), or -1; -2 for a local that is not tracked,
 * which is initialised wherever it is named. */
static int ever_initialized(const Checker *c, LocalId l, BckLoc loc) {
    int root = c->b->root[l];
    if (root < 0)
        return -2;
    return bck_ever_init(c->b, root, loc);
}

/* rustc's is_mutable: the prefix of p that makes it immutable, or
 * nproj -1 when p may be mutated. `allow_local`: reached through a
 * `&mut`, so the local itself need not be `mut`. */
static int immutable_prefix(const Bck *b, Place p, int nproj, bool allow_local) {
    if (nproj == 0) {
        const MirLocal *ml = &b->body->locals.data[p.local];
        if (ml->mutable || allow_local)
            return -1;
        return 0;
    }
    const Proj *pr = &p.proj[nproj - 1];
    if (pr->kind == PROJ_DEREF) {
        Place base = p;
        base.nproj = nproj - 1;
        Type *bt = ty_resolve(mir_place_type(b->body, base));
        if (bt->kind == TY_REF && !bt->as.ref.mut)
            return nproj;
        if (bt->kind == TY_PTR && !bt->as.ref.mut)
            return nproj;
        return immutable_prefix(b, p, nproj - 1, true);
    }
    return immutable_prefix(b, p, nproj - 1, allow_local);
}

static bool access_reported(Checker *c, Place p, Span span) {
    for (int i = 0; i < c->b->access_reported.len; i++)
        if (c->b->access_reported_local.data[i] == p.local &&
            span_eq(c->b->access_reported.data[i], span))
            return true;
    return false;
}

static void note_access_reported(Checker *c, Place p, Span span) {
    vec_push(c->b->access_reported, span);
    vec_push(c->b->access_reported_local, p.local);
}

static Span loc_span(const Bck *b, BckLoc loc) {
    const MirBlock *blk = b->body->blocks.data[loc.block];
    if (loc.index < blk->stmts.len)
        return blk->stmts.data[loc.index].span;
    return blk->term.span;
}

/* A `&mut` borrow or a write of p: the mutability part of rustc's
 * access_place. */
static void check_mutability(Checker *c, BckLoc loc, int operand, Place p, bool mut_borrow) {
    Span key = loc_span(c->b, loc);
    if (access_reported(c, p, key))
        return;
    int k = immutable_prefix(c->b, p, p.nproj, false);
    if (k < 0)
        return;
    /* rustc complains about mutability only once the local may hold a
     * value; before that, the use is an E0381. */
    if (ever_initialized(c, p.local, loc) == -1)
        return;
    Place err_place = p;
    err_place.nproj = k;
    if (!bck_is_user_local(c->b, p.local) &&
        !(k > 0 && p.proj[k - 1].kind == PROJ_DEREF))
        return;   /* a temporary of ours: not the user's doing */
    bck_report_mutability(c->b, loc, operand, p, err_place, mut_borrow);
    note_access_reported(c, p, key);
}

static void consume_rvalue(Checker *c, BckLoc loc, const Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: consume_operand(c, loc, 0, &rv->as.use); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        consume_operand(c, loc, 0, &rv->as.binary.lhs);
        consume_operand(c, loc, 1, &rv->as.binary.rhs);
        break;
    case RV_UNARY: consume_operand(c, loc, 0, &rv->as.unary.operand); break;
    case RV_CAST: consume_operand(c, loc, 0, &rv->as.cast.operand); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            consume_operand(c, loc, i, &rv->as.aggregate.ops[i]);
        break;
    case RV_REPEAT: consume_operand(c, loc, 0, &rv->as.repeat.operand); break;
    case RV_REF:
        if (rv->as.ref.mut)
            check_mutability(c, loc, 0, rv->as.ref.place, true);
        check_path_or_subpath(c, loc, 0, ACT_BORROW, rv->as.ref.place);
        break;
    }
}

/* rustc's check_if_assigned_path_is_moved: writing `*p` needs p, writing
 * `t.0` needs t (not the field) initialised. */
static void check_assigned_path(Checker *c, BckLoc loc, Place p) {
    for (int k = p.nproj; k > 0; k--) {
        Place base = p;
        base.nproj = k - 1;
        ProjKind kind = p.proj[k - 1].kind;
        if (kind == PROJ_DEREF) {
            check_full_path(c, loc, -1, ACT_USE, base);
            return;
        }
        if (kind == PROJ_FIELD) {
            /* the shortest prefix that may be uninitialised, not going
             * through a deref */
            int found = -1;
            Place found_place = base;
            for (int j = base.nproj; j >= 0; j--) {
                Place pre = base;
                pre.nproj = j;
                if (j < base.nproj && base.proj[j].kind == PROJ_DEREF)
                    break;
                int mpi = bck_path_exact(c->b, pre);
                if (mpi >= 0 && bck_maybe_uninit(c->b, mpi, loc)) {
                    found = mpi;
                    found_place = pre;
                }
            }
            if (found >= 0) {
                bck_report_moved(c->b, loc, -1, ACT_PARTIAL_ASSIGN, found_place, base, found);
                return;
            }
        }
    }
}

static void mutate_place(Checker *c, BckLoc loc, Place p) {
    if (p.local < 0)
        return;
    check_assigned_path(c, loc, p);
    if (p.nproj == 0) {
        const MirLocal *ml = &c->b->body->locals.data[p.local];
        if (!ml->mutable) {
            /* an immutable local may be assigned once */
            int init = ever_initialized(c, p.local, loc);
            if (init >= 0 && bck_is_user_local(c->b, p.local))
                bck_report_reassign(c->b, loc, p.local, init);
            return;
        }
        return;
    }
    check_mutability(c, loc, -1, p, false);
}

static void check_location(Checker *c, BckLoc loc) {
    Bck *b = c->b;
    MirBlock *blk = b->body->blocks.data[loc.block];
    if (loc.index < blk->stmts.len) {
        MirStmt *s = &blk->stmts.data[loc.index];
        if (s->kind != MIR_ASSIGN)
            return;
        consume_rvalue(c, loc, &s->as.assign.rvalue);
        mutate_place(c, loc, s->as.assign.place);
        return;
    }
    MirTerm *t = &blk->term;
    switch (t->kind) {
    case TERM_CALL:
        for (int i = 0; i < t->as.call.nargs; i++)
            consume_operand(c, loc, i, &t->as.call.args[i]);
        mutate_place(c, loc, t->as.call.dest);
        break;
    case TERM_SWITCH_INT: consume_operand(c, loc, 0, &t->as.switch_.discr); break;
    case TERM_ASSERT:
        consume_operand(c, loc, 0, &t->as.assert.cond);
        consume_operand(c, loc, 1, &t->as.assert.a);
        consume_operand(c, loc, 2, &t->as.assert.b);
        break;
    default: break;
    }
}

static void check_body(Bck *b) {
    Checker c = {b};
    for (int k = 0; k < b->cfg.nrpo; k++) {
        int bi = b->cfg.rpo[k];
        int nst = b->body->blocks.data[bi]->stmts.len;
        for (int si = 0; si <= nst; si++)
            check_location(&c, bck_loc(bi, si));
    }
}

/* ---- bodies -------------------------------------------------------------------------- */

static void check_illegal_moves(Bck *b, Gather *g) {
    int n = 0;
    for (int i = 0; i < g->illegal.len; i++)
        if (b->cfg.rpo_index[g->illegal.data[i].loc.block] >= 0)
            g->illegal.data[n++] = g->illegal.data[i];
    if (n)
        bck_report_move_outs(b, g->illegal.data, n);
}

bool borrowck_body(MirProgram *prog, MirBody *body) {
    if (!body->item || body->item->kind != ITEM_FN)
        return true;
    int before = diag_error_count();
    Bck *b = ALLOC(Bck);
    b->prog = prog;
    b->body = body;
    b->ast = bck_ast_build(body->item, prog->crate ? prog->crate->file : NULL);
    build_cfg(b);
    Gather g = {b, {0}};
    gather(&g);
    bck_flow_init(b);
    check_illegal_moves(b, &g);
    check_body(b);
    bck_flow_done(b);
    bck_check_loans(b);
    flush(b);
    return diag_error_count() == before;
}
