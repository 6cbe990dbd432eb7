/* drop_elab.c: drop elaboration.
 *
 * Takes MIR in which every scope end drops every value that needs dropping,
 * moved or not, and gives MIR in which a Drop runs exactly when the value
 * is still there, as rustc's ElaborateDrops does:
 *
 *  - Move paths: each local whose type needs drop, and below it each tuple
 *    field that the body moves out of or assigns separately (`let a = t.0;`,
 *    `t.1 = s;`), recursively. Places through a deref or an index are not
 *    tracked: they are never moved out of, and what they hold is always
 *    initialised.
 *  - Two forward dataflow problems over the paths: maybe-initialised and
 *    maybe-uninitialised. An assignment or call result initialises a path
 *    and its children; a move, a Drop, StorageLive and StorageDead
 *    uninitialise them. Only the paths a Drop names are asked about, just
 *    before the Drop, and dataflow.c answers on demand (bitsets over every
 *    path at every block would make a long function cost its length
 *    squared).
 *  - Each Drop is then: kept (definitely initialised), removed (definitely
 *    not: the value was moved on every path), guarded by a drop flag (moved
 *    on some paths), or opened into one Drop per remaining field when
 *    a tuple was partly moved out.
 *  - A drop flag is a bool local, false at function entry (true for
 *    arguments), set true after each initialisation of its path and false
 *    after each move, StorageLive and StorageDead.
 */
#include "drop_elab.h"

#include "dataflow.h"

#include <string.h>

typedef struct MovePath {
    LocalId local;
    int parent;        /* -1 for a local */
    int first_child;   /* -1 if none */
    int next_sibling;  /* -1 if none */
    int field;         /* index in the parent tuple; -1 for a local */
    Place place;
    LocalId flag;      /* its drop flag local, or -1 */
} MovePath;

typedef enum InitState { ST_INIT, ST_UNINIT, ST_MAYBE } InitState;

/* What a location does to a path (and its descendants): initialise it or
 * uninitialise it, at a dataflow position; chained per path. */
typedef struct Effect {
    int block;
    int pos;
    bool init;
    int next;          /* the path's next effect, or -1 */
} Effect;

typedef struct Elab {
    MirBody *body;
    VEC(MovePath) paths;
    int *root;          /* local -> its path, or -1 */
    VEC(Effect) effects;
    int *first_effect;  /* per path: its effects' chain, or -1 */
    int *last_effect;
    Dataflow *df;       /* keys: MODE_* * paths + path */
    bool *needs_flag;   /* per path */
} Elab;

/* ---- move paths -------------------------------------------------------- */

static int new_path(Elab *e, LocalId local, int parent, int field, Place place) {
    MovePath mp = {local, parent, -1, -1, field, place, -1};
    if (parent >= 0) {
        mp.next_sibling = e->paths.data[parent].first_child;
    }
    vec_push(e->paths, mp);
    int id = e->paths.len - 1;
    if (parent >= 0)
        e->paths.data[parent].first_child = id;
    return id;
}

static int child_path(Elab *e, int parent, int field) {
    for (int c = e->paths.data[parent].first_child; c >= 0; c = e->paths.data[c].next_sibling)
        if (e->paths.data[c].field == field)
            return c;
    return -1;
}

/* The path a place denotes exactly, or -1. With `create`, makes the field
 * paths along the way (only fields that need drop are worth tracking). */
static int path_of(Elab *e, Place p, bool create) {
    if (p.local < 0 || p.local >= e->body->locals.len)
        return -1;
    int cur = e->root[p.local];
    if (cur < 0)
        return -1;
    for (int i = 0; i < p.nproj; i++) {
        Proj *pr = &p.proj[i];
        if (pr->kind != PROJ_FIELD || !ty_needs_drop(pr->ty))
            return -1;
        int c = child_path(e, cur, pr->index);
        if (c < 0) {
            if (!create)
                return -1;
            Place prefix = p;
            prefix.nproj = i + 1;
            c = new_path(e, p.local, cur, pr->index, prefix);
        }
        cur = c;
    }
    return cur;
}

static void note_operand(Elab *e, const Operand *o) {
    if (o->kind == OPERAND_MOVE)
        path_of(e, o->as.place, true);
}

static void note_rvalue(Elab *e, const Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: note_operand(e, &rv->as.use); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        note_operand(e, &rv->as.binary.lhs);
        note_operand(e, &rv->as.binary.rhs);
        break;
    case RV_UNARY: note_operand(e, &rv->as.unary.operand); break;
    case RV_CAST: note_operand(e, &rv->as.cast.operand); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            note_operand(e, &rv->as.aggregate.ops[i]);
        break;
    case RV_REPEAT: note_operand(e, &rv->as.repeat.operand); break;
    case RV_REF: break;
    }
}

static void build_paths(Elab *e) {
    MirBody *b = e->body;
    e->root = ALLOC_N(int, b->locals.len);
    for (int l = 0; l < b->locals.len; l++) {
        e->root[l] = -1;
        if (b->locals.data[l].kind != LOCAL_DROP_FLAG && ty_needs_drop(b->locals.data[l].ty))
            e->root[l] = new_path(e, l, -1, -1, mir_place(l));
    }
    for (int bi = 0; bi < b->blocks.len; bi++) {
        MirBlock *blk = b->blocks.data[bi];
        for (int i = 0; i < blk->stmts.len; i++) {
            MirStmt *s = &blk->stmts.data[i];
            if (s->kind == MIR_ASSIGN) {
                note_rvalue(e, &s->as.assign.rvalue);
                path_of(e, s->as.assign.place, true);
            }
        }
        MirTerm *t = &blk->term;
        switch (t->kind) {
        case TERM_CALL:
            for (int i = 0; i < t->as.call.nargs; i++)
                note_operand(e, &t->as.call.args[i]);
            path_of(e, t->as.call.dest, true);
            break;
        case TERM_DROP: path_of(e, t->as.drop.place, true); break;
        default: break;
        }
    }
}

/* ---- effects and the dataflow ------------------------------------------
 * Both problems are asked as "is the answer yes?", encoded as 0 for the
 * min-meet of dataflow.c: maybe-initialised is 0 when some path to here
 * initialised the path last, maybe-uninitialised 0 when some path
 * uninitialised it last. An effect on a path applies to its descendants,
 * so a path's events are its own effects and those of its ancestors. */

enum { MODE_INIT, MODE_UNINIT };

/* Positions within a location: a statement's or terminator's moves, then
 * its initialisation (or the Drop), which a Drop's states are taken
 * before. */
enum { ORD_MOVE = 1, ORD_AFTER = 2 };

static void effect_place(Elab *e, int block, int pos, Place p, bool initialised) {
    int path = path_of(e, p, false);
    if (path < 0)
        return;
    Effect ef = {block, pos, initialised, -1};
    vec_push(e->effects, ef);
    int id = e->effects.len - 1;
    if (e->last_effect[path] >= 0)
        e->effects.data[e->last_effect[path]].next = id;
    else
        e->first_effect[path] = id;
    e->last_effect[path] = id;
}

static void effect_operand(Elab *e, int block, int pos, const Operand *o) {
    if (o->kind == OPERAND_MOVE)
        effect_place(e, block, pos, o->as.place, false);
}

static void effect_rvalue(Elab *e, int block, int pos, const Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: effect_operand(e, block, pos, &rv->as.use); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        effect_operand(e, block, pos, &rv->as.binary.lhs);
        effect_operand(e, block, pos, &rv->as.binary.rhs);
        break;
    case RV_UNARY: effect_operand(e, block, pos, &rv->as.unary.operand); break;
    case RV_CAST: effect_operand(e, block, pos, &rv->as.cast.operand); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            effect_operand(e, block, pos, &rv->as.aggregate.ops[i]);
        break;
    case RV_REPEAT: effect_operand(e, block, pos, &rv->as.repeat.operand); break;
    case RV_REF: break;
    }
}

static void effect_stmt(Elab *e, int block, int i, const MirStmt *s) {
    switch (s->kind) {
    case MIR_ASSIGN:
        effect_rvalue(e, block, df_pos(i, ORD_MOVE), &s->as.assign.rvalue);
        effect_place(e, block, df_pos(i, ORD_AFTER), s->as.assign.place, true);
        break;
    case MIR_STORAGE_LIVE:
    case MIR_STORAGE_DEAD:
        effect_place(e, block, df_pos(i, ORD_MOVE), mir_place(s->as.local), false);
        break;
    case MIR_NOP: break;
    }
}

/* The terminator's moves happen before it transfers control; its
 * destination's initialisation (or the Drop) on the way to the successor. */
static void effect_term(Elab *e, int block, int i, const MirTerm *t) {
    int before = df_pos(i, ORD_MOVE), after = df_pos(i, ORD_AFTER);
    switch (t->kind) {
    case TERM_CALL:
        for (int k = 0; k < t->as.call.nargs; k++)
            effect_operand(e, block, before, &t->as.call.args[k]);
        effect_place(e, block, after, t->as.call.dest, true);
        break;
    case TERM_SWITCH_INT: effect_operand(e, block, before, &t->as.switch_.discr); break;
    case TERM_ASSERT: effect_operand(e, block, before, &t->as.assert.cond); break;
    case TERM_DROP: effect_place(e, block, after, t->as.drop.place, false); break;
    default: break;
    }
}

static void gather_effects(Elab *e) {
    MirBody *b = e->body;
    e->first_effect = ALLOC_N(int, e->paths.len + 1);
    e->last_effect = ALLOC_N(int, e->paths.len + 1);
    for (int p = 0; p < e->paths.len; p++)
        e->first_effect[p] = e->last_effect[p] = -1;
    for (int bi = 0; bi < b->blocks.len; bi++) {
        MirBlock *blk = b->blocks.data[bi];
        for (int i = 0; i < blk->stmts.len; i++)
            effect_stmt(e, bi, i, &blk->stmts.data[i]);
        effect_term(e, bi, blk->stmts.len, &blk->term);
    }
}

/* 0 ("yes") when the mode asks about the state the path is put in. */
static int encode(int mode, bool initialised) {
    return (mode == MODE_INIT) == initialised ? 0 : 1;
}

static void fill(void *ctx, Dataflow *df, int key) {
    Elab *e = ctx;
    int mode = key / e->paths.len, path = key % e->paths.len;
    for (int q = path; q >= 0; q = e->paths.data[q].parent)
        for (int k = e->first_effect[q]; k >= 0; k = e->effects.data[k].next) {
            const Effect *ef = &e->effects.data[k];
            df_event(df, key, ef->block, ef->pos, true, encode(mode, ef->init));
        }
    LocalId l = e->paths.data[path].local;
    df_start(df, key, encode(mode, l >= 1 && l <= e->body->arg_count));
}

/* ---- deciding each drop ------------------------------------------------ */

/* Where a Drop's states are taken: just before it drops, after the moves
 * of the rest of its block. */
typedef struct At {
    int block;
    int pos;
} At;

static bool maybe(Elab *e, int mode, int path, At at) {
    return df_state(e->df, mode * e->paths.len + path, at.block, at.pos) == 0;
}

static InitState path_state(Elab *e, At at, int path) {
    bool mi = maybe(e, MODE_INIT, path, at), mu = maybe(e, MODE_UNINIT, path, at);
    if (mi && !mu)
        return ST_INIT;
    if (!mi)
        return ST_UNINIT;
    return ST_MAYBE;
}

/* Whether every path of the subtree has state s. */
static bool subtree_all(Elab *e, At at, int path, InitState s) {
    if (path_state(e, at, path) != s)
        return false;
    for (int c = e->paths.data[path].first_child; c >= 0; c = e->paths.data[c].next_sibling)
        if (!subtree_all(e, at, c, s))
            return false;
    return true;
}

typedef struct DropAction {
    Place place;
    int flag_path;   /* the path whose flag guards it, or -1: unconditional */
} DropAction;

typedef VEC(DropAction) ActionVec;

static void add_action(ActionVec *v, Place p, int flag_path) {
    DropAction a = {p, flag_path};
    vec_push(*v, a);
}

/* The drops that replace `drop(path)`, in the order fields drop. With
 * `mark`, records which paths need flags. */
static void drop_actions(Elab *e, At at, int path, ActionVec *out, bool mark) {
    MovePath *mp = &e->paths.data[path];
    if (subtree_all(e, at, path, ST_INIT)) {
        add_action(out, mp->place, -1);
        return;
    }
    if (subtree_all(e, at, path, ST_UNINIT))
        return;
    if (mp->first_child < 0) {
        add_action(out, mp->place, path);
        if (mark)
            e->needs_flag[path] = true;
        return;
    }
    /* Open drop: a tuple partly moved out drops each remaining field, in
     * declaration order. Fields without their own path share the tuple's
     * own state. */
    Type *t = ty_resolve(mir_place_type(e->body, mp->place));
    if (t->kind != TY_TUPLE)
        ICE("drop elaboration: move paths below a %s", ty_to_string(t));
    InitState own = path_state(e, at, path);
    for (int i = 0; i < t->as.tuple.len; i++) {
        Type *ft = t->as.tuple.elems[i];
        if (!ty_needs_drop(ft))
            continue;
        int c = child_path(e, path, i);
        if (c >= 0) {
            drop_actions(e, at, c, out, mark);
            continue;
        }
        Place fp = mir_place_project(mp->place, PROJ_FIELD, i, 0, ft);
        if (own == ST_INIT) {
            add_action(out, fp, -1);
        } else if (own == ST_MAYBE) {
            add_action(out, fp, path);
            if (mark)
                e->needs_flag[path] = true;
        }
    }
}

/* ---- flags ------------------------------------------------------------- */

static MirStmt flag_set(LocalId flag, bool v, Span span) {
    MirStmt s = {0};
    s.kind = MIR_ASSIGN;
    s.span = span;
    s.as.assign.place = mir_place(flag);
    s.as.assign.rvalue.kind = RV_USE;
    s.as.assign.rvalue.ty = ty_bool();
    s.as.assign.rvalue.as.use = mir_const(const_bool(v));
    return s;
}

/* Flag updates for every flagged path in the subtree of `path`. */
typedef VEC(MirStmt) StmtVecM;

static void flags_subtree(Elab *e, int path, bool v, Span span, StmtVecM *out) {
    if (e->paths.data[path].flag >= 0)
        vec_push(*out, flag_set(e->paths.data[path].flag, v, span));
    for (int c = e->paths.data[path].first_child; c >= 0; c = e->paths.data[c].next_sibling)
        flags_subtree(e, c, v, span, out);
}

static void flags_place(Elab *e, Place p, bool v, Span span, StmtVecM *out) {
    int path = path_of(e, p, false);
    if (path >= 0)
        flags_subtree(e, path, v, span, out);
}

static void flags_operand(Elab *e, const Operand *o, Span span, StmtVecM *out) {
    if (o->kind == OPERAND_MOVE)
        flags_place(e, o->as.place, false, span, out);
}

static void flags_rvalue(Elab *e, const Rvalue *rv, Span span, StmtVecM *out) {
    switch (rv->kind) {
    case RV_USE: flags_operand(e, &rv->as.use, span, out); break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        flags_operand(e, &rv->as.binary.lhs, span, out);
        flags_operand(e, &rv->as.binary.rhs, span, out);
        break;
    case RV_UNARY: flags_operand(e, &rv->as.unary.operand, span, out); break;
    case RV_CAST: flags_operand(e, &rv->as.cast.operand, span, out); break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            flags_operand(e, &rv->as.aggregate.ops[i], span, out);
        break;
    case RV_REPEAT: flags_operand(e, &rv->as.repeat.operand, span, out); break;
    case RV_REF: break;
    }
}

static BlockId add_block(MirBody *b) {
    MirBlock *blk = ALLOC(MirBlock);
    vec_push(b->blocks, blk);
    return b->blocks.len - 1;
}

/* Writes flag maintenance into the body: initial values at entry, updates
 * after every statement and before every terminator that initialises or
 * moves a flagged path, and on the return edge of calls. */
static void insert_flag_updates(Elab *e) {
    MirBody *b = e->body;
    int nb = b->blocks.len;   /* blocks added below need no updates */
    for (int bi = 0; bi < nb; bi++) {
        MirBlock *blk = b->blocks.data[bi];
        StmtVecM out = {0};
        if (bi == 0) {
            for (int p = 0; p < e->paths.len; p++) {
                MovePath *mp = &e->paths.data[p];
                if (mp->flag >= 0)
                    vec_push(out, flag_set(mp->flag, mp->local >= 1 && mp->local <= b->arg_count,
                                           b->span));
            }
        }
        for (int i = 0; i < blk->stmts.len; i++) {
            MirStmt *s = &blk->stmts.data[i];
            vec_push(out, *s);
            switch (s->kind) {
            case MIR_ASSIGN:
                flags_rvalue(e, &s->as.assign.rvalue, s->span, &out);
                flags_place(e, s->as.assign.place, true, s->span, &out);
                break;
            case MIR_STORAGE_LIVE:
            case MIR_STORAGE_DEAD:
                if (e->root[s->as.local] >= 0)
                    flags_subtree(e, e->root[s->as.local], false, s->span, &out);
                break;
            case MIR_NOP: break;
            }
        }
        MirTerm *t = &blk->term;
        if (t->kind == TERM_CALL) {
            for (int i = 0; i < t->as.call.nargs; i++)
                flags_operand(e, &t->as.call.args[i], t->span, &out);
            StmtVecM edge = {0};
            flags_place(e, t->as.call.dest, true, t->span, &edge);
            if (edge.len && t->as.call.target != NO_BLOCK) {
                BlockId eb = add_block(b);
                MirBlock *ebk = b->blocks.data[eb];
                for (int i = 0; i < edge.len; i++)
                    vec_push(ebk->stmts, edge.data[i]);
                ebk->term.kind = TERM_GOTO;
                ebk->term.span = t->span;
                ebk->term.as.goto_ = t->as.call.target;
                ebk->has_term = true;
                t->as.call.target = eb;
            }
        } else if (t->kind == TERM_SWITCH_INT) {
            flags_operand(e, &t->as.switch_.discr, t->span, &out);
        } else if (t->kind == TERM_ASSERT) {
            flags_operand(e, &t->as.assert.cond, t->span, &out);
        }
        blk = b->blocks.data[bi];   /* add_block may have moved the array, not the block */
        blk->stmts.data = out.data;
        blk->stmts.len = out.len;
        blk->stmts.cap = out.cap;
    }
}

/* Replaces block bi's Drop by the actions: a chain of Drops, each guarded
 * by a switch on its flag when conditional; none at all becomes a Goto. */
static void rewrite_drop(Elab *e, int bi, ActionVec *acts) {
    MirBody *b = e->body;
    MirTerm old = b->blocks.data[bi]->term;
    BlockId target = old.as.drop.target;
    Span span = old.span;
    if (acts->len == 0) {
        MirTerm *t = &b->blocks.data[bi]->term;
        t->kind = TERM_GOTO;
        t->as.goto_ = target;
        return;
    }
    BlockId cur = bi;
    for (int k = 0; k < acts->len; k++) {
        DropAction *a = &acts->data[k];
        BlockId next = k == acts->len - 1 ? target : add_block(b);
        MirTerm drop = {0};
        drop.kind = TERM_DROP;
        drop.span = span;
        drop.as.drop.place = a->place;
        drop.as.drop.target = next;
        if (a->flag_path < 0) {
            b->blocks.data[cur]->term = drop;
            b->blocks.data[cur]->has_term = true;
        } else {
            BlockId db = add_block(b);
            b->blocks.data[db]->term = drop;
            b->blocks.data[db]->has_term = true;
            MirTerm sw = {0};
            sw.kind = TERM_SWITCH_INT;
            sw.span = span;
            sw.as.switch_.discr = mir_copy(mir_place(e->paths.data[a->flag_path].flag));
            sw.as.switch_.nvalues = 1;
            sw.as.switch_.values = ALLOC_N(u128, 1);
            sw.as.switch_.targets = ALLOC_N(BlockId, 1);
            sw.as.switch_.values[0] = 0;
            sw.as.switch_.targets[0] = next;
            sw.as.switch_.otherwise = db;
            b->blocks.data[cur]->term = sw;
            b->blocks.data[cur]->has_term = true;
        }
        cur = next;
    }
}

void drop_elaborate_body(MirBody *body) {
    Elab el = {0};
    Elab *e = &el;
    e->body = body;
    build_paths(e);
    if (e->paths.len == 0)
        return;
    gather_effects(e);
    e->df = df_new(body, 2 * e->paths.len, fill, e);
    e->needs_flag = ALLOC_N(bool, e->paths.len);

    int nb = body->blocks.len;
    ActionVec *acts = ALLOC_N(ActionVec, nb);
    bool *is_drop = ALLOC_N(bool, nb);
    for (int bi = 0; bi < nb; bi++) {
        MirTerm *t = &body->blocks.data[bi]->term;
        if (t->kind != TERM_DROP)
            continue;
        int path = path_of(e, t->as.drop.place, false);
        if (path < 0)
            continue;   /* through a deref or index: always initialised */
        is_drop[bi] = true;
        At at = {bi, df_pos(body->blocks.data[bi]->stmts.len, ORD_AFTER)};
        drop_actions(e, at, path, &acts[bi], true);
    }
    df_free(e->df);
    for (int p = 0; p < e->paths.len; p++) {
        if (!e->needs_flag[p])
            continue;
        MirLocal l = {0};
        l.kind = LOCAL_DROP_FLAG;
        l.ty = ty_bool();
        l.span = body->locals.data[e->paths.data[p].local].span;
        l.mutable = true;
        vec_push(body->locals, l);
        e->paths.data[p].flag = body->locals.len - 1;
    }
    insert_flag_updates(e);
    for (int bi = 0; bi < nb; bi++)
        if (is_drop[bi])
            rewrite_drop(e, bi, &acts[bi]);
    mir_simplify_cfg(body);
}

