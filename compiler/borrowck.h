/* borrowck.h: the ownership checker.
 *
 * Runs on the MIR of every body after mir_build and mir_verify and before
 * drop elaboration (it needs every Drop still unconditional, as rustc's
 * borrowck runs before ElaborateDrops). A dataflow over move paths (locals
 * and the tuple fields a body moves out of or assigns) computes at every
 * point which places may be moved out or uninitialised and which locals
 * may already have been initialised; the checks then report, in rustc's
 * words and at rustc's spans:
 *
 *   E0382  use or borrow of a (partially) moved value
 *   E0381  use of a binding that is not (or only sometimes) initialised
 *   E0384  assignment to an immutable variable or argument that already
 *          holds a value
 *   E0594  assignment through a `&` reference or to a field of an
 *          immutable variable
 *   E0596  `&mut` borrow of an immutable variable or through a `&` reference
 *   E0507  move out of a place behind a reference
 *   E0508  move out of an array element
 *
 * Each error also gets a note saying what the bytes involved are and where
 * they live (unless turned off with bck_set_memory_notes(false), the
 * --no-memory-notes flag). Errors are reported per body in rustc's order
 * (sorted by primary span), every one of them, not just the first.
 */
#ifndef OWL_BORROWCK_H
#define OWL_BORROWCK_H

#include "mir.h"

/* Checks one body (compiler/check.c calls it for each, in rustc's order);
 * returns false if errors were reported. */
bool borrowck_body(MirProgram *p, MirBody *body);

/* The memory note under each ownership error (on by default). */
void bck_set_memory_notes(bool on);

#endif
