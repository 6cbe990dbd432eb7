/* dataflow.c: forward dataflow answered on demand (see dataflow.h).
 *
 * A key's state changes only in the blocks that have events for it, and
 * at the blocks where paths from those meet: the iterated dominance
 * frontier of the event blocks and the entry, exactly where SSA puts its
 * phi functions. Every other block B takes its entry state unchanged from
 * the end of its immediate dominator. So, per key, on the first question:
 *
 *  - the marked blocks are the entry, the event blocks and their iterated
 *    dominance frontier;
 *  - their entry states are solved to a fixpoint over just those blocks (a
 *    marked block's predecessor P contributes the exit state of the
 *    nearest marked block dominating P, or P itself);
 *  - a question just before a position of block B looks at B's earlier
 *    events, then at B's entry: its own if B is marked, else the exit
 *    state of the nearest marked block above B in the dominator tree.
 *
 * The nearest marked dominator is found by binary search over the marked
 * blocks in dominator-tree preorder. The work per key is proportional to
 * its marked blocks, not to the blocks between them: a value made on the
 * first line of a 200,000-line function and used on the last costs a few
 * steps, where walking the blocks between would cost the function's length
 * for each such value.
 */
#include "dataflow.h"

#include <stdlib.h>
#include <string.h>

#include "mir_cfg.h"

typedef struct Event {
    int block;
    int pos;
    bool set;
    int value;
} Event;

typedef VEC(Event) EventVec;
typedef VEC(int) IntList;

typedef struct Key {
    bool ready;
    int start;
    EventVec events;   /* sorted by (block, pos) once ready */
    int *marked;       /* the marked blocks, in dominator-tree preorder */
    int nmarked;
    int *up;           /* per marked block: the nearest marked proper
                          dominator, as an index into marked (-1 for none) */
    bool *phi;         /* per marked block: a meet of its predecessors */
    int *entry;        /* per marked block: its entry state */
} Key;

struct Dataflow {
    MirCfg g;
    bool *reachable;
    IntList *frontier;   /* dominance frontier per block */
    Key *keys;
    DfFill fill;
    void *ctx;
    int *stamp;          /* scratch per block, stamped per key */
    int *slot;
    int epoch;
};

/* ---- the graph: predecessors, dominators, frontiers --------------------------------- */

static void build_graph(Dataflow *df, const MirBody *body) {
    mir_cfg_build(&df->g, body, false);
    df->reachable = ALLOC_N(bool, df->g.nblocks + 1);
    for (int i = 0; i < df->g.nrpo; i++)
        df->reachable[df->g.rpo[i]] = true;
}

static void build_frontiers(Dataflow *df) {
    df->frontier = ALLOC_N(IntList, df->g.nblocks + 1);
    for (int k = 0; k < df->g.nrpo; k++) {
        int b = df->g.rpo[k], nreach = 0;
        for (int i = 0; i < df->g.npreds[b]; i++)
            nreach += df->reachable[df->g.preds[b][i]];
        if (nreach < 2)
            continue;
        for (int i = 0; i < df->g.npreds[b]; i++) {
            int r = df->g.preds[b][i];
            if (!df->reachable[r])
                continue;
            while (r != df->g.idom[b]) {
                IntList *f = &df->frontier[r];
                if (!f->len || f->data[f->len - 1] != b)
                    vec_push(*f, b);
                if (r == df->g.idom[r])
                    break;   /* the entry: its own dominator */
                r = df->g.idom[r];
            }
        }
    }
}

Dataflow *df_new(const MirBody *body, int nkeys, DfFill fill, void *ctx) {
    Dataflow *df = ALLOC(Dataflow);
    build_graph(df, body);
    build_frontiers(df);
    df->keys = ALLOC_N(Key, nkeys + 1);
    df->fill = fill;
    df->ctx = ctx;
    df->stamp = ALLOC_N(int, df->g.nblocks + 1);
    df->slot = ALLOC_N(int, df->g.nblocks + 1);
    return df;
}

void df_free(Dataflow *df) { (void)df; }

/* ---- events ----------------------------------------------------------------------- */

void df_event(Dataflow *df, int key, int block, int pos, bool set, int value) {
    Event e = {block, pos, set, value};
    vec_push(df->keys[key].events, e);
}

void df_start(Dataflow *df, int key, int value) { df->keys[key].start = value; }

static int cmp_event(const void *pa, const void *pb) {
    const Event *a = pa, *b = pb;
    if (a->block != b->block)
        return a->block < b->block ? -1 : 1;
    return (a->pos > b->pos) - (a->pos < b->pos);
}

/* What the events of a block before pos do to its entry state: decided
 * (`set`) to value, or met with value. */
typedef struct Summary {
    bool set;
    int value;
} Summary;

static int meet(int a, int b) { return a < b ? a : b; }

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
    Summary s = {false, DF_NONE};
    int first = first_event_of_block(v, block);
    int end = first;
    while (end < v->len && v->data[end].block == block && v->data[end].pos < pos)
        end++;
    for (int i = end - 1; i >= first; i--) {
        s.value = meet(s.value, v->data[i].value);
        if (v->data[i].set) {
            s.set = true;
            break;
        }
    }
    return s;
}

/* ---- the marked blocks of a key ------------------------------------------------------ */

/* The index in k->marked of the nearest marked block dominating b (b
 * itself included), or -1. */
static int nearest_marked(const Dataflow *df, const Key *k, int b) {
    int lo = 0, hi = k->nmarked - 1, c = -1;
    while (lo <= hi) {   /* the last marked block at or before b in preorder */
        int mid = (lo + hi) / 2;
        if (df->g.tin[k->marked[mid]] <= df->g.tin[b]) {
            c = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    while (c >= 0 && !mir_cfg_dominates(&df->g, k->marked[c], b))
        c = k->up[c];
    return c;
}

static int cmp_u64(const void *pa, const void *pb) {
    uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
    return (a > b) - (a < b);
}

/* Sorts blocks into dominator-tree preorder. */
static void sort_by_tin(const Dataflow *df, IntList *v) {
    uint64_t *tmp = ALLOC_N(uint64_t, v->len + 1);
    for (int i = 0; i < v->len; i++)
        tmp[i] = (uint64_t)(uint32_t)df->g.tin[v->data[i]] << 32 | (uint32_t)v->data[i];
    if (v->len > 1)
        qsort(tmp, (size_t)v->len, sizeof(uint64_t), cmp_u64);
    for (int i = 0; i < v->len; i++)
        v->data[i] = (int)(uint32_t)tmp[i];
}

/* The entry, the event blocks and their iterated dominance frontier. */
static void mark_blocks(Dataflow *df, Key *k) {
    int ep = ++df->epoch;
    IntList marked = {0}, work = {0};
    int entry = df->g.rpo[0];
    df->stamp[entry] = ep;
    vec_push(marked, entry);
    vec_push(work, entry);
    for (int i = 0; i < k->events.len; i++) {
        int b = k->events.data[i].block;
        if (!df->reachable[b] || df->stamp[b] == ep)
            continue;
        df->stamp[b] = ep;
        vec_push(marked, b);
        vec_push(work, b);
    }
    /* phi blocks: slot stamped with the next epoch once reached through a
     * frontier (the epoch moves by two per key) */
    int nphi_mark = ++df->epoch;
    while (work.len) {
        int b = work.data[--work.len];
        for (int i = 0; i < df->frontier[b].len; i++) {
            int y = df->frontier[b].data[i];
            if (df->slot[y] == nphi_mark)
                continue;
            df->slot[y] = nphi_mark;
            if (df->stamp[y] != ep) {
                df->stamp[y] = ep;
                vec_push(marked, y);
            }
            vec_push(work, y);
        }
    }
    sort_by_tin(df, &marked);
    k->nmarked = marked.len;
    k->marked = marked.data;
    k->up = ALLOC_N(int, marked.len + 1);
    k->phi = ALLOC_N(bool, marked.len + 1);
    k->entry = ALLOC_N(int, marked.len + 1);
    IntList stack = {0};
    for (int i = 0; i < marked.len; i++) {
        int b = marked.data[i];
        while (stack.len && !mir_cfg_dominates(&df->g, marked.data[stack.data[stack.len - 1]], b))
            stack.len--;
        k->up[i] = stack.len ? stack.data[stack.len - 1] : -1;
        vec_push(stack, i);
        k->phi[i] = b == entry || df->slot[b] == nphi_mark;
        k->entry[i] = DF_NONE;
    }
}

/* The exit state of marked block i, given the entry states so far. */
static int marked_exit(const Key *k, int i) {
    Summary s = summarize(&k->events, k->marked[i], DF_NONE);
    return s.set ? s.value : meet(s.value, k->entry[i]);
}

/* The state leaving reachable block b: its own if marked; else b has no
 * events, and what leaves it is what left its nearest marked dominator. */
static int exit_of(const Dataflow *df, const Key *k, int b) {
    int i = nearest_marked(df, k, b);
    return i < 0 ? DF_NONE : marked_exit(k, i);
}

static int marked_entry(const Dataflow *df, const Key *k, int i) {
    int b = k->marked[i];
    if (!k->phi[i])
        return k->up[i] >= 0 ? marked_exit(k, k->up[i]) : DF_NONE;
    int state = b == df->g.rpo[0] ? k->start : DF_NONE;
    for (int j = 0; j < df->g.npreds[b]; j++) {
        int p = df->g.preds[b][j];
        if (df->reachable[p])
            state = meet(state, exit_of(df, k, p));
    }
    return state;
}

/* The marked blocks' entry states, to a fixpoint from "nothing reached". */
static void solve_key(Dataflow *df, Key *k) {
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < k->nmarked; i++) {
            int v = marked_entry(df, k, i);
            if (v != k->entry[i]) {
                k->entry[i] = v;
                changed = true;
            }
        }
    }
}

static Key *key_of(Dataflow *df, int key) {
    Key *k = &df->keys[key];
    if (k->ready)
        return k;
    k->start = DF_NONE;
    df->fill(df->ctx, df, key);
    k = &df->keys[key];
    k->ready = true;
    /* events at one position commute (the same set, or meets) */
    if (k->events.len > 1)
        qsort(k->events.data, (size_t)k->events.len, sizeof(Event), cmp_event);
    if (df->g.nrpo > 0) {
        mark_blocks(df, k);
        solve_key(df, k);
    }
    return k;
}

int df_state(Dataflow *df, int key, int block, int pos) {
    const Key *k = key_of(df, key);
    Summary s = summarize(&k->events, block, pos);
    if (s.set || !df->reachable[block])
        return s.value;
    int i = nearest_marked(df, k, block);
    int entry;
    if (i >= 0 && k->marked[i] == block)
        entry = k->entry[i];
    else
        entry = i >= 0 ? marked_exit(k, i) : DF_NONE;
    return meet(s.value, entry);
}
