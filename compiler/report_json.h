/* report_json.h: the layout report as JSON, for tools and tests.
 *
 * The keys of docs/layout-report.md (and of the spec) with "version": 1;
 * sizes and offsets in bytes, lines and columns 1-based; unknown values are
 * null, never guessed. Pretty-printed with two-space indentation, source
 * positions inline, so that golden files diff well.
 */
#ifndef OWL_REPORT_JSON_H
#define OWL_REPORT_JSON_H

#include "report.h"

void report_json(const Report *r, CharVec *out);

#endif
