/* check.c: the checks after MIR building, body by body in rustc's order
 * (see check.h). */
#include "check.h"

#include "borrowck.h"
#include "layout.h"
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

/* rustc's obj_size_bound for 64-bit targets: no value may take 2^61 bytes
 * or more. rustc finds out when it generates code (not in `cargo check`),
 * so the driver asks only before code generation. */
bool check_sizes(MirProgram *p) {
    int n = p->bodies.len;
    MirBody **order = ALLOC_N(MirBody *, n > 0 ? n : 1);
    for (int i = 0; i < n; i++)
        order[i] = p->bodies.data[i];
    mir_sort_bodies(order, n);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < order[i]->locals.len; k++) {
            const MirLocal *l = &order[i]->locals.data[k];
            if (layout_of(l->ty)->size < ((uint64_t)1 << 61))
                continue;
            /* one error ends the compilation, as rustc's does */
            error_at(l->var ? l->var->span : l->span, NULL, NULL,
                     "values of the type `%s` are too big for the target architecture",
                     ty_to_string(l->ty));
            return false;
        }
    return true;
}
