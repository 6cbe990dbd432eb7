/* unused_mut.h: rustc's unused_mut lint ("variable does not need to be
 * mutable").
 *
 * rustc's borrow checker records each `mut` variable or parameter that is
 * mutated where it may already hold a value: assigned again (also a field
 * or an element of it, or through a call writing its result), or borrowed
 * `&mut` (a method such as push_str borrows its receiver so). Writes
 * through a reference do not count: `*r = 1` needs `r` to be a `&mut`, not
 * a `mut` variable. A variable that is never assigned at all is left to
 * the unused-variable lint. The others get the warning, with a suggestion
 * to remove the `mut`, before the body's ownership errors.
 */
#ifndef OWL_UNUSED_MUT_H
#define OWL_UNUSED_MUT_H

#include "mir.h"

/* A new compilation (the once-only note is due again). */
void lint_unused_mut_begin(void);
/* Warns about one body, as MIR building made it (before drop elaboration). */
void lint_unused_mut(const MirBody *body, const SourceFile *file);

#endif
