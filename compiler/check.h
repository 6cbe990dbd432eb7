/* check.h: the checks that follow MIR building, body by body.
 *
 * rustc checks each function body in definition order (a function before
 * the functions nested in it) and reports as it goes: the body's unused
 * `mut` warnings, its ownership errors, then its unused-variable warnings,
 * then, if it passed, its MIR lints (arithmetic_overflow, unconditional_panic). Late lints
 * (overflowing_literals) come after all bodies, and only if no ownership
 * error was reported. Doing the phases body by body here gives the same
 * order of messages.
 */
#ifndef OWL_CHECK_H
#define OWL_CHECK_H

#include "mir.h"

/* Ownership check, unused-variable warnings, drop elaboration and lints
 * for every body. Returns false if an error was reported. overflow_checks
 * as given to mir_build (debug builds). */
bool check_program(MirProgram *p, bool overflow_checks);

/* Reports (once) a value of 2^61 bytes or more, too big for x86-64 as
 * rustc says; false if it did. rustc finds out only when it generates
 * code, so the driver calls this only before code generation. */
bool check_sizes(MirProgram *p);

#endif
