/* lint.h: rustc's constant-propagation lints on MIR.
 *
 * rustc rejects programs that would obviously overflow or panic: its
 * KnownPanicsLint propagates constants forward through each function body
 * and reports, deny-by-default,
 *
 *   arithmetic_overflow   "this arithmetic operation will overflow"
 *       `+ - *` whose operands are known and overflow, `-` of a known MIN,
 *       `<< >>` by a known amount of at least the operand's bit width
 *   unconditional_panic   "this operation will panic at runtime"
 *       division or remainder by a known zero, a known `MIN / -1`, and
 *       indexing an array with a known out-of-bounds index
 *
 * The propagation is deliberately as weak as rustc's, so owl rejects what
 * rustc rejects and accepts what rustc accepts: a local is known only if it
 * is never borrowed, and one assigned more than once is known only inside
 * the basic block that assigned it (`let mut x = MAX; x += 1; println!("{}",
 * x)` compiles and panics at run time). Attributes `allow`, `warn`, `deny`,
 * `forbid` and `expect` naming either lint, on the crate or on a function
 * (nested functions inherit), set its level as in rustc.
 *
 * Runs after drop elaboration, as rustc's lint runs after ElaborateDrops
 * (whose removal of dead drops merges blocks), and only when the ownership
 * check passed (rustc skips bodies tainted by errors).
 */
#ifndef OWL_LINT_H
#define OWL_LINT_H

#include "mir.h"

/* lint_begin prepares a program (overflow_checks as given to mir_build:
 * debug builds); lint_body lints one body that passed the ownership check
 * (compiler/check.c calls it in definition order, rustc's order of
 * reporting); lint_end returns false if a lint at deny or forbid level
 * fired. */
typedef struct Linter Linter;
Linter *lint_begin(MirProgram *p, bool overflow_checks);
void lint_body(Linter *lt, MirBody *body);
bool lint_end(Linter *lt);

#endif
