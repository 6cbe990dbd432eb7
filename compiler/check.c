/* check.c: the checks after MIR building, body by body in rustc's order
 * (see check.h). */
#include "check.h"

#include "borrowck.h"
#include "drop_elab.h"
#include "lint.h"
#include "typeck.h"
#include "unused_mut.h"

bool check_program(MirProgram *p, bool overflow_checks) {
    int n = p->bodies.len;
    MirBody **order = ALLOC_N(MirBody *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++)
        order[i] = p->bodies.data[i];
    mir_sort_bodies(order, n);

    Linter *lint = lint_begin(p, overflow_checks);
    lint_unused_mut_begin();
    bool owned = true;
    for (int i = 0; i < n; i++) {
        MirBody *b = order[i];
        /* borrowck reads the MIR before drop elaboration, as rustc's does;
         * its unused_mut warnings come out before its errors */
        lint_unused_mut(b, p->crate ? p->crate->file : NULL);
        bool ok = borrowck_body(p, b);
        if (b->item && b->item->kind == ITEM_FN)
            typeck_warn_unused_fn(b->item);
        if (!ok) {
            owned = false;
            continue; /* rustc skips the lints of a body tainted by errors */
        }
        drop_elaborate_body(b);
        lint_body(lint, b);
    }
    bool lints_ok = lint_end(lint);
    if (!owned)
        return false;
    bool late_ok = typeck_emit_lints();
    return lints_ok && late_ok;
}
