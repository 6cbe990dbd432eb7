/* mir_cfg.h: the control-flow graph of a MIR body, as the analyses use it:
 * each block's predecessors, the reachable blocks in reverse post-order,
 * immediate dominators, and the dominator tree's preorder intervals, so
 * that "a dominates b" is two comparisons. The ownership check and the
 * sparse dataflow both build one per body; everything is in the compiler
 * arena, and later changes to the body are not seen.
 */
#ifndef OWL_MIR_CFG_H
#define OWL_MIR_CFG_H

#include "mir.h"

typedef struct MirCfg {
    int nblocks;
    int *npreds;
    int **preds;     /* per block, its predecessors (unreachable ones too) */
    int nrpo;
    int *rpo;        /* the blocks reachable from the entry, reverse post-order */
    int *rpo_index;  /* per block, its place in rpo; -1 if unreachable */
    int *idom;       /* per block, its immediate dominator (the entry's is
                        itself); -1 if unreachable */
    int *tin, *tout; /* per reachable block, its interval in the dominator
                        tree's preorder */
} MirCfg;

/* last_successor_first: the search behind the reverse post-order takes a
 * block's successors last to first, as rustc's borrow checker does (after
 * a switch on a condition the `false` side comes first: the code after a
 * loop before its body). Otherwise first to last (mir_reverse_postorder). */
void mir_cfg_build(MirCfg *cfg, const MirBody *body, bool last_successor_first);

/* Whether reachable block a dominates reachable block b (or is b). */
bool mir_cfg_dominates(const MirCfg *cfg, int a, int b);

#endif
