/* borrowck_flow.c: the ownership check's dataflow, answered on demand.
 *
 * The checks ask two questions at a location: may this move path be
 * uninitialised here (rustc's MaybeUninitializedPlaces), and which inits of
 * this local may already have happened (EverInitializedPlaces, for E0384).
 * Solving both for every path at every block, as bitsets, costs paths x
 * blocks: a function of 200,000 statements that moves a value on every line
 * would need tens of gigabytes. Instead each question is answered for one
 * path, backwards from where it is asked:
 *
 *  - within the block, the nearest earlier event of the path (a move or an
 *    init of it or of a path containing it, the end or start of its local's
 *    storage) decides the answer;
 *  - without one, the answer is the block's entry state, the meet of its
 *    predecessors' exit states. The blocks whose entry state is needed and
 *    not yet known are gathered backwards until every path ends in a block
 *    with a deciding event, the start, or a known state (a region), and the
 *    region is solved forward to a fixpoint, its states memoised.
 *
 * The work is proportional to the regions: from each question back to the
 * path's nearest definition. StorageLive decides too: a local's storage
 * starts only after it ended (or at the start of the function), so there
 * it is uninitialised and never initialised since, which is what the full
 * dataflow finds there; it keeps a question from walking back to the start
 * of the function.
 *
 * Both problems use one lattice of ints met with min: maybe-uninitialised
 * is 0 (may be uninitialised) or 1 (initialised); ever-initialised is the
 * lowest init index that may have happened, NONE for none.
 */
#include "borrowck_int.h"

#include <stdlib.h>
#include <string.h>

enum { MODE_UNINIT, MODE_EVER };

/* (<limits.h> is shadowed by owl's own limits.h on the include path) */
enum { UNINIT = 0, INIT = 1, NONE = 0x7fffffff };

/* One event of a path: at `pos` (statement index * 4 + its order within
 * the statement), either the state becomes `value` (`set`), or it is met
 * with `value`. */
typedef struct FlowEvent {
    int block;
    int pos;
    bool set;
    int value;
} FlowEvent;

typedef VEC(FlowEvent) EventVec;
typedef VEC(BckLoc) LocVec;
typedef VEC(int) IntList;

/* The order of the effects of one location: the end of storage, then the
 * moves, then the inits (as rustc's gen/kill sets apply them). */
enum { ORD_STORAGE = 0, ORD_MOVE = 1, ORD_INIT = 2 };

typedef struct MemoSlot {
    uint64_t key;      /* 0: empty */
    int value;
} MemoSlot;

struct BckFlow {
    EventVec **events[2];   /* per mode, per path: sorted, made on demand */
    int *own_moves_first;   /* per path: its moves, as a chain */
    int *move_next;
    int *own_inits_first;   /* per path: its inits, as a chain */
    int *init_next;
    LocVec *storage_live;   /* per local: its StorageLive statements */
    LocVec *storage_dead;   /* per local: its StorageDead statements */
    MemoSlot *memo;         /* (mode, path, block) -> entry state */
    uint32_t memo_cap, memo_len;
    /* scratch for solving one region */
    int *region_of;         /* per block: its index in the region, stamped */
    int *region_stamp;
    int stamp;
};

/* ---- memo: open addressing over 64-bit keys -------------------------------- */

static uint64_t memo_key(int mode, int path, int block) {
    return ((uint64_t)(mode + 1) << 62) | ((uint64_t)(uint32_t)path << 31) | (uint32_t)block;
}

static MemoSlot *memo_slot(BckFlow *f, uint64_t key) {
    uint64_t h = key * 0x9E3779B97F4A7C15ull;
    uint32_t i = (uint32_t)(h >> 32) & (f->memo_cap - 1);
    while (f->memo[i].key && f->memo[i].key != key)
        i = (i + 1) & (f->memo_cap - 1);
    return &f->memo[i];
}

static void memo_put(BckFlow *f, uint64_t key, int value);

static void memo_grow(BckFlow *f) {
    MemoSlot *old = f->memo;
    uint32_t cap = f->memo_cap;
    f->memo_cap = cap ? cap * 2 : 1024;
    f->memo = xmalloc(sizeof(MemoSlot) * f->memo_cap);
    memset(f->memo, 0, sizeof(MemoSlot) * f->memo_cap);
    f->memo_len = 0;
    for (uint32_t i = 0; i < cap; i++)
        if (old[i].key)
            memo_put(f, old[i].key, old[i].value);
    xfree(old);
}

static void memo_put(BckFlow *f, uint64_t key, int value) {
    if ((f->memo_len + 1) * 2 > f->memo_cap)
        memo_grow(f);
    MemoSlot *s = memo_slot(f, key);
    if (!s->key) {
        s->key = key;
        f->memo_len++;
    }
    s->value = value;
}

static bool memo_get(BckFlow *f, uint64_t key, int *value) {
    if (!f->memo_cap)
        return false;
    MemoSlot *s = memo_slot(f, key);
    if (!s->key)
        return false;
    *value = s->value;
    return true;
}

/* ---- setting up ---------------------------------------------------------------- */

void bck_flow_init(Bck *b) {
    BckFlow *f = ALLOC(BckFlow);
    int np = b->paths.len, nl = b->body->locals.len;
    for (int m = 0; m < 2; m++)
        f->events[m] = ALLOC_N(EventVec *, np + 1);
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
            if (s->kind == MIR_STORAGE_LIVE)
                vec_push(f->storage_live[s->as.local], bck_loc(bi, si));
            else
                vec_push(f->storage_dead[s->as.local], bck_loc(bi, si));
        }
    }
    f->region_of = ALLOC_N(int, b->nblocks + 1);
    f->region_stamp = ALLOC_N(int, b->nblocks + 1);
    b->flow = f;
}

void bck_flow_done(Bck *b) {
    if (b->flow)
        xfree(b->flow->memo);
    b->flow = NULL;
}

static void add_event(EventVec *v, BckLoc loc, int ord, bool set, int value) {
    FlowEvent e = {loc.block, loc.index * 4 + ord, set, value};
    vec_push(*v, e);
}

static int cmp_event(const void *pa, const void *pb) {
    const FlowEvent *a = pa, *b = pb;
    if (a->block != b->block)
        return a->block < b->block ? -1 : 1;
    return (a->pos > b->pos) - (a->pos < b->pos);
}

/* Maybe-uninitialised: a path changes with its own moves and inits and
 * those of every path containing it (a move of `t` moves `t.0`). */
static void uninit_events(const Bck *b, const BckFlow *f, int path, EventVec *v) {
    for (int q = path; q >= 0; q = b->paths.data[q].parent) {
        for (int i = f->own_moves_first[q]; i >= 0; i = f->move_next[i])
            add_event(v, b->moves.data[i].loc, ORD_MOVE, true, UNINIT);
        for (int i = f->own_inits_first[q]; i >= 0; i = f->init_next[i])
            if (b->inits.data[i].loc.block >= 0)
                add_event(v, b->inits.data[i].loc, ORD_INIT, true, INIT);
    }
    LocalId l = b->paths.data[path].local;
    for (int i = 0; i < f->storage_live[l].len; i++)
        add_event(v, f->storage_live[l].data[i], ORD_STORAGE, true, UNINIT);
}

/* Ever-initialised, for a local's root path: its inits accumulate, the
 * start and end of its storage forget them. */
static void ever_events(const Bck *b, const BckFlow *f, int path, EventVec *v) {
    for (int i = f->own_inits_first[path]; i >= 0; i = f->init_next[i])
        if (b->inits.data[i].loc.block >= 0)
            add_event(v, b->inits.data[i].loc, ORD_INIT, false, i);
    LocalId l = b->paths.data[path].local;
    for (int i = 0; i < f->storage_live[l].len; i++)
        add_event(v, f->storage_live[l].data[i], ORD_STORAGE, true, NONE);
    for (int i = 0; i < f->storage_dead[l].len; i++)
        add_event(v, f->storage_dead[l].data[i], ORD_STORAGE, true, NONE);
}

static EventVec *events_of(const Bck *b, int mode, int path) {
    BckFlow *f = b->flow;
    if (f->events[mode][path])
        return f->events[mode][path];
    EventVec *v = ALLOC(EventVec);
    if (mode == MODE_UNINIT)
        uninit_events(b, f, path, v);
    else
        ever_events(b, f, path, v);
    if (v->len > 1)
        qsort(v->data, (size_t)v->len, sizeof(FlowEvent), cmp_event);
    f->events[mode][path] = v;
    return v;
}

/* The state at the start of the function. */
static int start_state(const Bck *b, int mode, int path) {
    LocalId l = b->paths.data[path].local;
    bool arg = l >= 1 && l <= b->body->arg_count;
    if (mode == MODE_UNINIT)
        return arg ? INIT : UNINIT;
    int first = NONE;
    for (int i = b->flow->own_inits_first[path]; i >= 0; i = b->flow->init_next[i])
        if (b->inits.data[i].loc.block < 0 && i < first)
            first = i;
    return first;
}

/* ---- one block ----------------------------------------------------------------- */

/* What the events of a block before `pos` do to the state at its entry:
 * decided (`set`) to `value`, or met with `value`. */
typedef struct Summary {
    bool set;
    int value;
} Summary;

static int first_event_of_block(const EventVec *v, int block) {
    int lo = 0, hi = v->len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (v->data[mid].block < block)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static Summary summarize(const EventVec *v, int block, int pos) {
    Summary s = {false, NONE};
    int first = first_event_of_block(v, block);
    int end = first;
    while (end < v->len && v->data[end].block == block && v->data[end].pos < pos)
        end++;
    for (int i = end - 1; i >= first; i--) {
        const FlowEvent *e = &v->data[i];
        if (e->value < s.value)
            s.value = e->value;
        if (e->set) {
            s.set = true;
            break;
        }
    }
    return s;
}

static Summary block_exit(const EventVec *v, int block) { return summarize(v, block, NONE); }

static int meet(int a, int b) { return a < b ? a : b; }

/* ---- a block's entry state: gather the region, solve it ------------------------- */

typedef struct Region {
    VEC(int) blocks;        /* the blocks whose entry state is solved */
    VEC(int) state;         /* per region block */
    VEC(IntList) succs;     /* per region block: region blocks it flows into */
} Region;

static bool reachable(const Bck *b, int block) { return b->rpo_index[block] >= 0; }

static int region_add(BckFlow *f, Region *r, int block) {
    f->region_stamp[block] = f->stamp;
    f->region_of[block] = r->blocks.len;
    vec_push(r->blocks, block);
    vec_push(r->state, NONE);
    IntList none = {0};
    vec_push(r->succs, none);
    return r->blocks.len - 1;
}

static bool in_region(const BckFlow *f, int block) { return f->region_stamp[block] == f->stamp; }

/* The part of a region block's entry state that does not depend on other
 * region blocks; region predecessors without a deciding event are linked
 * to it instead. */
static int region_base(const Bck *b, Region *r, int k, int mode, int path, const EventVec *v) {
    BckFlow *f = b->flow;
    int block = r->blocks.data[k];
    int state = block == 0 ? start_state(b, mode, path) : NONE;
    for (int i = 0; i < b->npreds[block]; i++) {
        int p = b->preds[block][i];
        if (!reachable(b, p))
            continue;
        Summary s = block_exit(v, p);
        state = meet(state, s.value);
        if (s.set)
            continue;
        int known;
        if (memo_get(f, memo_key(mode, path, p), &known)) {
            state = meet(state, known);
            continue;
        }
        int pk = in_region(f, p) ? f->region_of[p] : region_add(f, r, p);
        vec_push(r->succs.data[pk], k);
    }
    return state;
}

static int entry_state(const Bck *b, int mode, int path, int block) {
    BckFlow *f = b->flow;
    int known;
    if (memo_get(f, memo_key(mode, path, block), &known))
        return known;
    const EventVec *v = events_of(b, mode, path);
    Region r;
    memset(&r, 0, sizeof r);
    f->stamp++;
    region_add(f, &r, block);
    /* gathering grows the region as it goes; each block's base once */
    for (int k = 0; k < r.blocks.len; k++) {
        int base = region_base(b, &r, k, mode, path, v);   /* may grow r.state */
        r.state.data[k] = base;
    }
    /* forward to a fixpoint: states only decrease */
    VEC(int) work = {0};
    for (int k = 0; k < r.blocks.len; k++)
        vec_push(work, k);
    while (work.len) {
        int k = work.data[--work.len];
        for (int i = 0; i < r.succs.data[k].len; i++) {
            int s = r.succs.data[k].data[i];
            if (r.state.data[k] < r.state.data[s]) {
                r.state.data[s] = r.state.data[k];
                vec_push(work, s);
            }
        }
    }
    for (int k = 0; k < r.blocks.len; k++)
        memo_put(f, memo_key(mode, path, r.blocks.data[k]), r.state.data[k]);
    return r.state.data[0];
}

/* The state just before loc. */
static int state_before(const Bck *b, int mode, int path, BckLoc loc) {
    const EventVec *v = events_of(b, mode, path);
    Summary s = summarize(v, loc.block, loc.index * 4);
    if (s.set)
        return s.value;
    return meet(s.value, entry_state(b, mode, path, loc.block));
}

bool bck_maybe_uninit(const Bck *b, int path, BckLoc loc) {
    return state_before(b, MODE_UNINIT, path, loc) == UNINIT;
}

int bck_ever_init(const Bck *b, int path, BckLoc loc) {
    int k = state_before(b, MODE_EVER, path, loc);
    return k == NONE ? -1 : k;
}
