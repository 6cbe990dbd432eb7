/* drop_elab.h: drop elaboration.
 *
 * After mir_build every scope end has an unconditional Drop. A value that
 * was moved out on every path must not be dropped; one moved out on some
 * paths gets a drop flag: a bool local set when the value is initialised,
 * cleared when it is moved, and tested before the Drop. Partially moved
 * tuples drop only their remaining fields. Runs a maybe-initialised dataflow
 * over move paths (locals and tuple fields).
 */
#ifndef OWL_DROP_ELAB_H
#define OWL_DROP_ELAB_H

#include "mir.h"

/* Elaborates the drops of one body that passed the ownership check. */
void drop_elaborate_body(MirBody *body);

#endif
