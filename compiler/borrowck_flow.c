/* borrowck_flow.c: the ownership check's two dataflow problems, as
 * questions for dataflow.c.
 *
 * The checks ask, at a location: may this move path be uninitialised here
 * (rustc's MaybeUninitializedPlaces), and which inits of this local may
 * already have happened (EverInitializedPlaces, for E0384). Each is a
 * problem over ints met with min:
 *
 *  - maybe-uninitialised: 0 (may be uninitialised) or 1 (initialised). A
 *    path changes with its own moves and inits and those of every path
 *    containing it (a move of `t` moves `t.0`). Arguments start
 *    initialised, everything else not;
 *  - ever-initialised, for a local's root path: the lowest index of the
 *    inits that may have happened, DF_NONE for none. Its inits are met in;
 *    the end of its storage forgets them.
 *
 * StorageLive decides both: a local's storage starts only after it ended
 * (or at the start of the function), so there it is uninitialised and
 * never initialised since, which is what the full dataflow finds there; it
 * keeps a local declared late in a function out of the blocks before it.
 *
 * Within a location the effects apply in rustc's order: the end of storage,
 * then the moves, then the inits.
 */
#include "borrowck_int.h"

#include "dataflow.h"

enum { MODE_UNINIT, MODE_EVER };

enum { UNINIT = 0, INIT = 1 };

enum { ORD_STORAGE = 0, ORD_MOVE = 1, ORD_INIT = 2 };

typedef VEC(BckLoc) LocVec;

struct BckFlow {
    Dataflow *df;
    int npaths;
    int *own_moves_first;   /* per path: its moves, as a chain */
    int *move_next;
    int *own_inits_first;   /* per path: its inits, as a chain */
    int *init_next;
    LocVec *storage_live;   /* per local: its StorageLive statements */
    LocVec *storage_dead;   /* per local: its StorageDead statements */
};

static void event(Dataflow *df, int key, BckLoc loc, int ord, bool set, int value) {
    df_event(df, key, loc.block, df_pos(loc.index, ord), set, value);
}

static bool is_arg(const Bck *b, LocalId l) { return l >= 1 && l <= b->body->arg_count; }

static void uninit_events(const Bck *b, Dataflow *df, int key, int path) {
    const BckFlow *f = b->flow;
    for (int q = path; q >= 0; q = b->paths.data[q].parent) {
        for (int i = f->own_moves_first[q]; i >= 0; i = f->move_next[i])
            event(df, key, b->moves.data[i].loc, ORD_MOVE, true, UNINIT);
        for (int i = f->own_inits_first[q]; i >= 0; i = f->init_next[i])
            if (b->inits.data[i].loc.block >= 0)
                event(df, key, b->inits.data[i].loc, ORD_INIT, true, INIT);
    }
    LocalId l = b->paths.data[path].local;
    for (int i = 0; i < f->storage_live[l].len; i++)
        event(df, key, f->storage_live[l].data[i], ORD_STORAGE, true, UNINIT);
    df_start(df, key, is_arg(b, l) ? INIT : UNINIT);
}

static void ever_events(const Bck *b, Dataflow *df, int key, int path) {
    const BckFlow *f = b->flow;
    int start = DF_NONE;
    for (int i = f->own_inits_first[path]; i >= 0; i = f->init_next[i]) {
        if (b->inits.data[i].loc.block < 0)
            start = i < start ? i : start;   /* an argument's, on entry */
        else
            event(df, key, b->inits.data[i].loc, ORD_INIT, false, i);
    }
    LocalId l = b->paths.data[path].local;
    for (int i = 0; i < f->storage_live[l].len; i++)
        event(df, key, f->storage_live[l].data[i], ORD_STORAGE, true, DF_NONE);
    for (int i = 0; i < f->storage_dead[l].len; i++)
        event(df, key, f->storage_dead[l].data[i], ORD_STORAGE, true, DF_NONE);
    df_start(df, key, start);
}

/* Keys: mode * npaths + path. */
static void fill(void *ctx, Dataflow *df, int key) {
    const Bck *b = ctx;
    int np = b->flow->npaths;
    if (key < np)
        uninit_events(b, df, key, key);
    else
        ever_events(b, df, key, key - np);
}

void bck_flow_init(Bck *b) {
    BckFlow *f = ALLOC(BckFlow);
    int np = b->paths.len, nl = b->body->locals.len;
    f->npaths = np;
    f->own_moves_first = ALLOC_N(int, np + 1);
    f->own_inits_first = ALLOC_N(int, np + 1);
    for (int p = 0; p < np; p++)
        f->own_moves_first[p] = f->own_inits_first[p] = -1;
    /* chains built backwards so that each lists its path's in order */
    f->move_next = ALLOC_N(int, b->moves.len + 1);
    for (int i = b->moves.len - 1; i >= 0; i--) {
        int p = b->moves.data[i].path;
        f->move_next[i] = f->own_moves_first[p];
        f->own_moves_first[p] = i;
    }
    f->init_next = ALLOC_N(int, b->inits.len + 1);
    for (int i = b->inits.len - 1; i >= 0; i--) {
        int p = b->inits.data[i].path;
        f->init_next[i] = f->own_inits_first[p];
        f->own_inits_first[p] = i;
    }
    f->storage_live = ALLOC_N(LocVec, nl + 1);
    f->storage_dead = ALLOC_N(LocVec, nl + 1);
    for (int bi = 0; bi < b->nblocks; bi++) {
        MirBlock *blk = b->body->blocks.data[bi];
        for (int si = 0; si < blk->stmts.len; si++) {
            MirStmt *s = &blk->stmts.data[si];
            if (s->kind != MIR_STORAGE_LIVE && s->kind != MIR_STORAGE_DEAD)
                continue;
            if (b->root[s->as.local] < 0)
                continue;
            LocVec *v = s->kind == MIR_STORAGE_LIVE ? f->storage_live : f->storage_dead;
            vec_push(v[s->as.local], bck_loc(bi, si));
        }
    }
    b->flow = f;
    f->df = df_new(b->body, 2 * np, fill, b);
}

void bck_flow_done(Bck *b) {
    if (b->flow)
        df_free(b->flow->df);
    b->flow = NULL;
}

static int state_before(const Bck *b, int mode, int path, BckLoc loc) {
    return df_state(b->flow->df, mode * b->flow->npaths + path, loc.block,
                    df_pos(loc.index, 0));
}

bool bck_maybe_uninit(const Bck *b, int path, BckLoc loc) {
    return state_before(b, MODE_UNINIT, path, loc) == UNINIT;
}

int bck_ever_init(const Bck *b, int path, BckLoc loc) {
    int k = state_before(b, MODE_EVER, path, loc);
    return k == DF_NONE ? -1 : k;
}
