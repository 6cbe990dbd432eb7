/* mir_cfg.c: predecessors, reverse post-order and dominators of a MIR
 * body (see mir_cfg.h). */
#include "mir_cfg.h"

static void build_preds(MirCfg *g, const MirBody *body) {
    int n = g->nblocks;
    g->npreds = ALLOC_N(int, n + 1);
    g->preds = ALLOC_N(int *, n + 1);
    for (int bi = 0; bi < n; bi++) {
        MirTerm *t = &body->blocks.data[bi]->term;
        for (int i = 0; i < mir_succ_count(t); i++)
            g->npreds[*mir_succ_slot(t, i)]++;
    }
    int *fill = ALLOC_N(int, n + 1);
    for (int bi = 0; bi < n; bi++)
        g->preds[bi] = ALLOC_N(int, g->npreds[bi] + 1);
    for (int bi = 0; bi < n; bi++) {
        MirTerm *t = &body->blocks.data[bi]->term;
        for (int i = 0; i < mir_succ_count(t); i++) {
            int s = *mir_succ_slot(t, i);
            g->preds[s][fill[s]++] = bi;
        }
    }
}

static void build_rpo(MirCfg *g, const MirBody *body, bool last_successor_first) {
    int n = g->nblocks;
    g->rpo = ALLOC_N(int, n + 1);
    g->rpo_index = ALLOC_N(int, n + 1);
    g->nrpo = mir_reverse_postorder(body, g->rpo, last_successor_first);
    for (int bi = 0; bi < n; bi++)
        g->rpo_index[bi] = -1;
    for (int i = 0; i < g->nrpo; i++)
        g->rpo_index[g->rpo[i]] = i;
}

/* Cooper, Harvey and Kennedy's iteration in reverse post-order. */
static void build_idom(MirCfg *g) {
    int *idom = g->idom = ALLOC_N(int, g->nblocks + 1);
    for (int bi = 0; bi < g->nblocks; bi++)
        idom[bi] = -1;
    if (g->nrpo == 0)
        return;
    idom[g->rpo[0]] = g->rpo[0];
    for (bool changed = true; changed;) {
        changed = false;
        for (int k = 1; k < g->nrpo; k++) {
            int bi = g->rpo[k], nd = -1;
            for (int i = 0; i < g->npreds[bi]; i++) {
                int p = g->preds[bi][i];
                if (idom[p] < 0)
                    continue;   /* unreachable, or not reached yet */
                if (nd < 0) {
                    nd = p;
                    continue;
                }
                int x = p, y = nd;
                while (x != y) {
                    while (g->rpo_index[x] > g->rpo_index[y])
                        x = idom[x];
                    while (g->rpo_index[y] > g->rpo_index[x])
                        y = idom[y];
                }
                nd = x;
            }
            if (nd >= 0 && idom[bi] != nd) {
                idom[bi] = nd;
                changed = true;
            }
        }
    }
}

/* Preorder intervals of the dominator tree, by an explicit stack. */
static void build_tree_order(MirCfg *g) {
    int n = g->nblocks;
    g->tin = ALLOC_N(int, n + 1);
    g->tout = ALLOC_N(int, n + 1);
    if (g->nrpo == 0)
        return;
    int *nkids = ALLOC_N(int, n + 1), **kids = ALLOC_N(int *, n + 1), *fill = ALLOC_N(int, n + 1);
    int root = g->rpo[0];
    for (int k = 1; k < g->nrpo; k++)
        nkids[g->idom[g->rpo[k]]]++;
    for (int bi = 0; bi < n; bi++)
        kids[bi] = ALLOC_N(int, nkids[bi] + 1);
    for (int k = 1; k < g->nrpo; k++) {
        int bi = g->rpo[k];
        kids[g->idom[bi]][fill[g->idom[bi]]++] = bi;
    }
    int *stack = ALLOC_N(int, n + 1), *next = ALLOC_N(int, n + 1), sp = 0, clock = 0;
    stack[sp] = root;
    next[sp++] = 0;
    g->tin[root] = clock++;
    while (sp) {
        int x = stack[sp - 1];
        if (next[sp - 1] < nkids[x]) {
            int c = kids[x][next[sp - 1]++];
            g->tin[c] = clock++;
            stack[sp] = c;
            next[sp++] = 0;
        } else {
            g->tout[x] = clock;
            sp--;
        }
    }
}

void mir_cfg_build(MirCfg *cfg, const MirBody *body, bool last_successor_first) {
    cfg->nblocks = body->blocks.len;
    build_preds(cfg, body);
    build_rpo(cfg, body, last_successor_first);
    build_idom(cfg);
    build_tree_order(cfg);
}

bool mir_cfg_dominates(const MirCfg *cfg, int a, int b) {
    return cfg->tin[a] <= cfg->tin[b] && cfg->tout[b] <= cfg->tout[a];
}
