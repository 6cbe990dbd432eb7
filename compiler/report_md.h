/* report_md.h: the layout report as GitHub-flavoured Markdown.
 *
 * The text report's tables as Markdown tables (source in code spans, `|`
 * escaped), the timeline as a table of source lines and events, and a
 * Mermaid stateDiagram-v2 of the frames main pushes and pops, call by call,
 * as a course page would draw the call stack.
 */
#ifndef OWL_REPORT_MD_H
#define OWL_REPORT_MD_H

#include "report.h"

void report_markdown(const Report *r, CharVec *out);

#endif
