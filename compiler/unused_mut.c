/* unused_mut.c: rustc's unused_mut lint (see unused_mut.h).
 *
 * Only the `mut` variables of a body are tracked. One pass over the body
 * lists, per variable, where it is assigned and where its storage ends,
 * and every point where it is mutated; the sparse dataflow (dataflow.h)
 * then answers whether the variable may already hold a value at each of
 * those points (rustc's EverInitializedPlaces: an assignment sets it, the
 * end of its storage clears it, arguments start set). A variable mutated
 * at a point where it may is used. The questions cost time linear in the
 * body, however many `mut` variables it has.
 */
#include "unused_mut.h"

#include "dataflow.h"
#include "diag.h"

static bool note_done;   /* rustc notes the lint's default level once */

enum { INIT = 0, UNINIT = 1 };   /* met with min: maybe initialised wins */

typedef struct Event {
    int block, pos;
    int value;          /* INIT: assigned; UNINIT: its storage ended */
} Event;

typedef VEC(Event) EventVec;

typedef struct Mutation {
    int block, pos;
    int var;            /* tracked index */
} Mutation;

typedef struct Flow {
    const MirBody *body;
    int *index;         /* local -> tracked index, or -1 */
    LocalId *local;     /* tracked index -> local */
    int ntracked;
    EventVec *events;   /* per tracked variable */
    VEC(Mutation) mutations;
    bool *assigned;     /* per tracked variable: assigned at all */
} Flow;

static int tracked(const Flow *f, LocalId l) {
    return l >= 0 && l < f->body->locals.len ? f->index[l] : -1;
}

/* A write to p mutates its local itself unless it goes through a reference. */
static int written_local(const Flow *f, Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_DEREF)
            return -1;
    return tracked(f, p.local);
}

/* A write or `&mut` borrow of p, asked about just before position pos. */
static void mutation(Flow *f, Place p, int block, int pos) {
    int t = written_local(f, p);
    if (t >= 0) {
        Mutation m = {block, pos, t};
        vec_push(f->mutations, m);
    }
}

/* p written at pos: an event of its local. */
static void write(Flow *f, Place p, int block, int pos) {
    int t = written_local(f, p);
    if (t >= 0) {
        Event e = {block, pos, INIT};
        vec_push(f->events[t], e);
        f->assigned[t] = true;
    }
}

static void scan_block(Flow *f, int b) {
    const MirBlock *bb = f->body->blocks.data[b];
    for (int i = 0; i < bb->stmts.len; i++) {
        const MirStmt *s = &bb->stmts.data[i];
        if (s->kind == MIR_STORAGE_DEAD) {
            int t = tracked(f, s->as.local);
            if (t >= 0) {
                Event e = {b, df_pos(i, 1), UNINIT};
                vec_push(f->events[t], e);
            }
        } else if (s->kind == MIR_ASSIGN) {
            const Rvalue *rv = &s->as.assign.rvalue;
            if (rv->kind == RV_REF && rv->as.ref.mut)
                mutation(f, rv->as.ref.place, b, df_pos(i, 0));
            mutation(f, s->as.assign.place, b, df_pos(i, 0));
            write(f, s->as.assign.place, b, df_pos(i, 1));
        }
    }
    if (bb->has_term && bb->term.kind == TERM_CALL) {
        int n = bb->stmts.len;
        mutation(f, bb->term.as.call.dest, b, df_pos(n, 0));
        write(f, bb->term.as.call.dest, b, df_pos(n, 1));
    }
}

static void fill(void *ctx, Dataflow *df, int key) {
    const Flow *f = ctx;
    for (int i = 0; i < f->events[key].len; i++) {
        const Event *e = &f->events[key].data[i];
        df_event(df, key, e->block, e->pos, true, e->value);
    }
    /* an argument holds its value on entry */
    LocalId l = f->local[key];
    df_start(df, key, l >= 1 && l <= f->body->arg_count ? INIT : UNINIT);
}

static void warn(const MirLocal *l, const SourceFile *file) {
    const Var *v = l->var;
    Span binding = span_join(v->mut_span, v->span);
    /* rustc removes `mut` with the whitespace after it */
    Span removal = v->mut_span;
    while (file && removal.hi < binding.hi &&
           (file->text[removal.hi] == ' ' || file->text[removal.hi] == '\t'))
        removal.hi++;
    Diag *d = diag_new(DIAG_WARNING, "unused_mut", binding, NULL,
                       "variable does not need to be mutable");
    diag_suggest_inline(d, removal, "", "remove this `mut`");
    if (!note_done) {
        diag_note(d, "`#[warn(unused_mut)]` (part of `#[warn(unused)]`) on by default");
        note_done = true;
    }
    diag_emit(d);
}

void lint_unused_mut_begin(void) {
    note_done = false;
}

void lint_unused_mut(const MirBody *body, const SourceFile *file) {
    Flow f = {0};
    f.body = body;
    int nl = body->locals.len, nb = body->blocks.len;
    f.index = ALLOC_N(int, nl > 0 ? nl : 1);
    f.local = ALLOC_N(LocalId, nl > 0 ? nl : 1);
    for (int l = 0; l < nl; l++) {
        const MirLocal *ml = &body->locals.data[l];
        bool user = (ml->kind == LOCAL_VAR || ml->kind == LOCAL_ARG) && ml->var;
        f.index[l] = -1;
        if (user && ml->var->mutable && sym_str(ml->name)[0] != '_') {
            f.local[f.ntracked] = l;
            f.index[l] = f.ntracked++;
        }
    }
    if (f.ntracked == 0 || nb == 0)
        return;
    f.events = ALLOC_N(EventVec, f.ntracked);
    f.assigned = ALLOC_N(bool, f.ntracked);
    bool *used = ALLOC_N(bool, f.ntracked);
    for (int b = 0; b < nb; b++)
        scan_block(&f, b);
    Dataflow *df = df_new(body, f.ntracked, fill, &f);
    for (int i = 0; i < f.mutations.len; i++) {
        const Mutation *m = &f.mutations.data[i];
        if (!used[m->var] && df_state(df, m->var, m->block, m->pos) == INIT)
            used[m->var] = true;
    }
    df_free(df);
    for (int l = 0; l < nl; l++) {
        int t = f.index[l];
        bool is_arg = l >= 1 && l <= body->arg_count;
        if (t >= 0 && !used[t] && (f.assigned[t] || is_arg))
            warn(&body->locals.data[l], file);
    }
}
