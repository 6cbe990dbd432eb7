/* mir_build.h: typed AST to MIR.
 *
 * Lowers each function to a control-flow graph: places for every variable
 * and temporary, Copy or Move on every read (by the type's Copy-ness),
 * StorageLive/StorageDead at scope boundaries, a Drop at scope end for every
 * value that needs one (reverse declaration order) and before assignment
 * over an initialised value, Assert terminators for overflow (debug only),
 * division by zero and bounds, and Calls for user functions and builtins.
 * Drops are unconditional here; drop_elab makes them conditional.
 */
#ifndef OWL_MIR_BUILD_H
#define OWL_MIR_BUILD_H

#include "mir.h"

/* overflow_checks: true for debug builds (rustc's default), false for -O. */
MirProgram *mir_build(Crate *crate, bool overflow_checks);

#endif
