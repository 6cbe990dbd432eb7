/* link.h: object file to executable, through the system C compiler.
 *
 * Runs `cc obj libowlrt.a -o out` (with -lm), finding the runtime library
 * next to the owl executable or at its build location.
 */
#ifndef OWL_LINK_H
#define OWL_LINK_H

#include <stdbool.h>

/* Path of libowlrt.a, or NULL (with an error reported) if not found. */
const char *link_find_runtime(const char *argv0);
/* libowlrt_trace.a, the runtime with the memory trace, for --trace builds. */
const char *link_find_trace_runtime(const char *argv0);
bool link_executable(const char *obj_path, const char *runtime_lib,
                     const char *out_path);

#endif
