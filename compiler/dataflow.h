/* dataflow.h: forward dataflow on a MIR body, answered on demand.
 *
 * The ownership check and drop elaboration both ask, at a few locations,
 * what state one move path is in (maybe initialised, maybe uninitialised,
 * which inits may have happened). Solving such a problem for every path at
 * every block, as bitsets, costs paths x blocks: quadratic in a function's
 * size. Here each key (a path, in some problem) is solved sparsely, over
 * just the blocks where its state can change (its events' blocks and the
 * blocks where their paths meet), and a question anywhere else is answered
 * from the nearest such block above it in the dominator tree.
 *
 * A problem is a lattice of ints met with min (DF_NONE, "nothing reached
 * here", is its top) and, per key, a list of events, each at a position in
 * a block: the state becomes a value (`set`) or is met with a value. The
 * client adds a key's events when it is first asked about (DfFill).
 * Unreachable blocks never pass a state on; a question inside one sees
 * only the events of its own block.
 */
#ifndef OWL_DATAFLOW_H
#define OWL_DATAFLOW_H

#include "mir.h"

enum { DF_NONE = 0x7fffffff };

typedef struct Dataflow Dataflow;

/* Adds key's events (df_event) and its state at the function's start
 * (df_start; DF_NONE if not called). Called once per key, on the first
 * question about it. */
typedef void (*DfFill)(void *ctx, Dataflow *df, int key);

/* The problem on body's control-flow graph as it is now (later changes to
 * the body are not seen), with keys 0..nkeys-1. */
Dataflow *df_new(const MirBody *body, int nkeys, DfFill fill, void *ctx);
/* Ends the questions (everything lives in the compiler arena). */
void df_free(Dataflow *df);

/* Positions order the effects inside a block: statement (or terminator)
 * index times 4 plus an order within it (0..3). */
static inline int df_pos(int index, int order) { return index * 4 + order; }

void df_event(Dataflow *df, int key, int block, int pos, bool set, int value);
void df_start(Dataflow *df, int key, int value);

/* The state of key just before position pos of block: after the events at
 * smaller positions. */
int df_state(Dataflow *df, int key, int block, int pos);

#endif
