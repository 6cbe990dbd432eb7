/* report_events.h: the life of every value, read off the MIR.
 *
 * Takes a Report whose functions already have their slots (report.c lays
 * them out) and the MIR program after drop elaboration; fills in
 *   - each shown slot's events (assign, copy, move, borrow, drop), with the
 *     receiver of each move, copy and borrow named as a learner would say
 *     it ("t", "consume(owned)", "println!"), and its fate;
 *   - each function's calls (for the frame push/pop diagram);
 *   - the HEAP list: every allocation site, the block's owners as it is
 *     moved (across calls and returns too), where it may grow, and where it
 *     is freed. Ownership is a forward may-analysis over the CFG, so a block
 *     moved on one branch only is reported with both outcomes.
 * Events come only from MIR statements and terminators and carry their
 * spans; nothing is inferred from the source text except the display of
 * an allocating expression.
 */
#ifndef OWL_REPORT_EVENTS_H
#define OWL_REPORT_EVENTS_H

#include "report.h"

void report_events(Report *r, MirProgram *p);

#endif
