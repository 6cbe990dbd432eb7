/* report_text.h: the layout report for the terminal.
 *
 * Sections STATIC, CODE, STACK, HEAP and TIMELINE as aligned columns that
 * fit 80 columns (long source lines and values are cut with "..."), in
 * colour when asked (the driver asks when stdout is a tty). Written for a
 * learner: every number has its unit and every event says who and where.
 */
#ifndef OWL_REPORT_TEXT_H
#define OWL_REPORT_TEXT_H

#include "report.h"

void report_text(const Report *r, bool color, CharVec *out);

#endif
