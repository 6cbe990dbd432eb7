/* unused_mut.c: rustc's unused_mut lint (see unused_mut.h).
 *
 * Only the `mut` variables of a body are tracked, as indices into a small
 * bitset. A forward dataflow finds where each may already have been
 * initialised (rustc's EverInitializedPlaces: an assignment sets it, the
 * end of its storage clears it, arguments start set); a second walk marks
 * the variables mutated at a point where they were.
 */
#include "unused_mut.h"

#include <string.h>

#include "diag.h"

static bool note_done;   /* rustc notes the lint's default level once */

typedef uint64_t Word;
#define WORD_BITS 64

typedef struct Flow {
    const MirBody *body;
    int *index;       /* local -> tracked index, or -1 */
    int ntracked;
    int nwords;
    Word *in;         /* per block: may be initialised on entry */
    bool *used;       /* per tracked variable: mutated when initialised */
    bool *assigned;   /* per tracked variable: assigned at all */
} Flow;

static Word *row(const Flow *f, Word *base, int block) {
    return base + (size_t)block * (size_t)f->nwords;
}

static int tracked(const Flow *f, LocalId l) {
    return l >= 0 && l < f->body->locals.len ? f->index[l] : -1;
}

static bool has_bit(const Word *set, int i) {
    return set[i / WORD_BITS] >> (i % WORD_BITS) & 1;
}

static void set_bit(Word *set, int i, bool on) {
    if (on)
        set[i / WORD_BITS] |= (Word)1 << (i % WORD_BITS);
    else
        set[i / WORD_BITS] &= ~((Word)1 << (i % WORD_BITS));
}

/* A write to p mutates its local itself unless it goes through a reference. */
static int written_local(const Flow *f, Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_DEREF)
            return -1;
    return tracked(f, p.local);
}

/* A write or `&mut` borrow of p at a point with state `init`. */
static void mutate(Flow *f, Place p, const Word *init) {
    int t = written_local(f, p);
    if (t >= 0 && has_bit(init, t))
        f->used[t] = true;
}

static void stmt_effect(Flow *f, const MirStmt *s, Word *state, bool record) {
    if (s->kind == MIR_STORAGE_DEAD) {
        int t = tracked(f, s->as.local);
        if (t >= 0)
            set_bit(state, t, false);
        return;
    }
    if (s->kind != MIR_ASSIGN)
        return;
    const Rvalue *rv = &s->as.assign.rvalue;
    if (record && rv->kind == RV_REF && rv->as.ref.mut)
        mutate(f, rv->as.ref.place, state);
    if (record)
        mutate(f, s->as.assign.place, state);
    int t = written_local(f, s->as.assign.place);
    if (t >= 0) {
        set_bit(state, t, true);
        f->assigned[t] = true;
    }
}

/* The state after block b's statements; with record, marks mutations. */
static void block_effect(Flow *f, int b, Word *state, bool record) {
    const MirBlock *bb = f->body->blocks.data[b];
    for (int i = 0; i < bb->stmts.len; i++)
        stmt_effect(f, &bb->stmts.data[i], state, record);
    if (bb->has_term && bb->term.kind == TERM_CALL) {
        if (record)
            mutate(f, bb->term.as.call.dest, state);
        int t = written_local(f, bb->term.as.call.dest);
        if (t >= 0) {
            set_bit(state, t, true);
            f->assigned[t] = true;
        }
    }
}

static void solve(Flow *f) {
    int nb = f->body->blocks.len;
    Word *state = ALLOC_N(Word, f->nwords);
    bool *queued = ALLOC_N(bool, nb);
    int *work = ALLOC_N(int, nb);
    int nwork = 0;
    for (int b = nb - 1; b >= 0; b--) {
        work[nwork++] = b;
        queued[b] = true;
    }
    while (nwork) {
        int b = work[--nwork];
        queued[b] = false;
        memcpy(state, row(f, f->in, b), sizeof(Word) * (size_t)f->nwords);
        block_effect(f, b, state, false);
        MirTerm *t = &f->body->blocks.data[b]->term;
        if (!f->body->blocks.data[b]->has_term)
            continue;
        for (int i = 0; i < mir_succ_count(t); i++) {
            int s = *mir_succ_slot(t, i);
            Word *in = row(f, f->in, s);
            bool changed = false;
            for (int w = 0; w < f->nwords; w++) {
                Word merged = in[w] | state[w];
                changed |= merged != in[w];
                in[w] = merged;
            }
            if (changed && !queued[s]) {
                queued[s] = true;
                work[nwork++] = s;
            }
        }
    }
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
    for (int l = 0; l < nl; l++) {
        const MirLocal *ml = &body->locals.data[l];
        bool user = (ml->kind == LOCAL_VAR || ml->kind == LOCAL_ARG) && ml->var;
        f.index[l] = user && ml->var->mutable && sym_str(ml->name)[0] != '_' ? f.ntracked++ : -1;
    }
    if (f.ntracked == 0 || nb == 0)
        return;
    f.nwords = (f.ntracked + WORD_BITS - 1) / WORD_BITS;
    f.in = ALLOC_N(Word, (size_t)nb * (size_t)f.nwords);
    f.used = ALLOC_N(bool, f.ntracked);
    f.assigned = ALLOC_N(bool, f.ntracked);
    for (int l = 1; l <= body->arg_count && l < nl; l++)
        if (f.index[l] >= 0)
            set_bit(row(&f, f.in, 0), f.index[l], true);
    solve(&f);
    Word *state = ALLOC_N(Word, f.nwords);
    for (int b = 0; b < nb; b++) {
        memcpy(state, row(&f, f.in, b), sizeof(Word) * (size_t)f.nwords);
        block_effect(&f, b, state, true);
    }
    for (int l = 0; l < nl; l++) {
        int t = f.index[l];
        bool is_arg = l >= 1 && l <= body->arg_count;
        if (t >= 0 && !f.used[t] && (f.assigned[t] || is_arg))
            warn(&body->locals.data[l], file);
    }
}
