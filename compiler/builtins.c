/* builtins.c: printable names of the builtin table. */
#include "builtins.h"

static const char *const builtin_names[] = {
    "<none>",
#define X(name, text) text,
    BUILTINS(X)
#undef X
};

const char *builtin_name(Builtin b) {
    if ((unsigned)b >= BUILTIN_COUNT)
        return "<bad builtin>";
    return builtin_names[b];
}
