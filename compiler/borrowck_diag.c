/* borrowck_diag.c: the ownership errors, in rustc's words.
 *
 * The analysis (borrowck.c) says what is wrong: a use of a place that may
 * be moved out or uninitialised, an assignment to an immutable local that
 * may already hold a value, a write or `&mut` through something immutable,
 * a move out of a reference or an array. This file says it the way rustc
 * 1.95 does, label for label (rustc_borrowck/src/diagnostics:
 * conflict_errors.rs, move_errors.rs, mutability_errors.rs), so that the
 * text up to "error: aborting" is rustc's byte for byte:
 *
 *  - it walks the CFG backwards from the use to the moves that reach it
 *    (rustc's get_moved_indexes: a move found in a later iteration of a
 *    loop is "in previous iteration of loop"; reinitialisations that might
 *    be skipped are pointed at);
 *  - it asks the syntax tree (borrowck_ast.c) for the spans MIR lacks: the
 *    argument a value was moved by and the parameter that took it, the
 *    loops around a move, the `if` that left a variable uninitialised;
 *  - it adds the helps rustc adds (`.clone()`, `let mut`, `&mut`, a value
 *    for an uninitialised binding) as suggestions.
 *
 * Then, beyond rustc, one `= note:` saying what the bytes are and where
 * they live (the memory note, sizes from layout_of()); it comes after
 * rustc's own children so that removing it leaves rustc's text.
 */
#include "borrowck_int.h"

#include <string.h>

#include "layout.h"

static bool memory_notes = true;

void bck_set_memory_notes(bool on) { memory_notes = on; }

bool bck_memory_notes(void) { return memory_notes; }

/* ---- places and spans ------------------------------------------------------ */

const char *bck_local_name(const Bck *b, LocalId l) {
    const MirLocal *ml = &b->body->locals.data[l];
    if (!ml->name || !ml->var)
        return NULL;
    return sym_str(ml->name);
}

/* rustc's append_place_to_string: a deref right under a field or an
 * index is implicit (`r.0` for (*r).0); indexes show as `[_]`. */
static bool append_place(const Bck *b, CharVec *out, Place p, int n, bool autoderef) {
    if (n == 0) {
        const char *name = bck_local_name(b, p.local);
        if (!name)
            return false;
        str_append(out, name, strlen(name));
        return true;
    }
    const Proj *pr = &p.proj[n - 1];
    switch (pr->kind) {
    case PROJ_DEREF:
        if (!autoderef)
            str_append(out, "*", 1);
        return append_place(b, out, p, n - 1, autoderef);
    case PROJ_FIELD:
        if (!append_place(b, out, p, n - 1, true))
            return false;
        str_appendf(out, ".%d", pr->index);
        return true;
    case PROJ_INDEX: {
        if (!append_place(b, out, p, n - 1, true))
            return false;
        const char *idx = bck_local_name(b, pr->local);
        str_appendf(out, "[%s]", idx ? idx : "_");
        return true;
    }
    case PROJ_CONST_INDEX:
        if (!append_place(b, out, p, n - 1, true))
            return false;
        str_append(out, "[..]", 4);
        return true;
    }
    return false;
}

const char *bck_describe_place(const Bck *b, Place p) {
    CharVec out = {0};
    if (!append_place(b, &out, p, p.nproj, false))
        return NULL;
    return out.data ? out.data : "";
}

const char *bck_quoted_place(const Bck *b, Place p) {
    const char *d = bck_describe_place(b, p);
    return d ? arena_printf(compiler_arena, "`%s`", d) : "value";
}

static int field_count(Place p) {
    int n = 0;
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_FIELD)
            n++;
    return n;
}

const Var *bck_local_var(const Bck *b, LocalId l) {
    if (l < 0 || l >= b->body->locals.len)
        return NULL;
    return b->body->locals.data[l].var;
}

/* The declaration span of a local (the binding with its `mut`). */
Span bck_decl_span(const Bck *b, LocalId l) {
    const BckVar *v = bck_ast_var(b->ast, bck_local_var(b, l));
    return v ? v->decl : b->body->locals.data[l].span;
}

const MirStmt *bck_stmt_at(const Bck *b, BckLoc loc) {
    const MirBlock *blk = b->body->blocks.data[loc.block];
    return loc.index < blk->stmts.len ? &blk->stmts.data[loc.index] : NULL;
}

static Span raw_span(const Bck *b, BckLoc loc) {
    const MirStmt *s = bck_stmt_at(b, loc);
    return s ? s->span : b->body->blocks.data[loc.block]->term.span;
}

/* The span of an assignment as rustc's MIR has it: the whole `x = v`,
 * except for a type with a destructor, whose drop-and-replace carries only
 * the place assigned. */
static Span assign_span(const Bck *b, Span s) {
    int n = bck_ast_find(b->ast, s, EXPR_ASSIGN);
    if (n >= 0) {
        Expr *lhs = b->ast->nodes.data[n].expr->as.assign.lhs;
        if (lhs->ty && ty_needs_drop(ty_zonk(lhs->ty)))
            return lhs->span;
    }
    return s;
}

Span bck_init_span(const Bck *b, int init) {
    const BckInit *in = &b->inits.data[init];
    if (in->loc.block < 0)
        return bck_decl_span(b, b->paths.data[in->path].local);
    return assign_span(b, raw_span(b, in->loc));
}

Span bck_operand_span(Bck *b, BckLoc loc, int operand, Place p) {
    const MirStmt *s = bck_stmt_at(b, loc);
    const Var *var = bck_local_var(b, p.local);
    int nf = field_count(p);
    if (!s) {
        Span span = b->body->blocks.data[loc.block]->term.span;
        const MirTerm *t = &b->body->blocks.data[loc.block]->term;
        if (operand < 0)
            return span;
        if (t->kind == TERM_CALL)
            span = bck_ast_call_arg(b->ast, span, operand);
        return bck_ast_refine(b->ast, span, var, nf);
    }
    Span span = s->span;
    if (operand < 0 || s->kind != MIR_ASSIGN)
        return assign_span(b, span);
    const Rvalue *rv = &s->as.assign.rvalue;
    int n;
    if (rv->kind == RV_REF) {
        /* assert_eq!(a, b) borrows its arguments inside the macro's
         * expansion: rustc points at the whole invocation */
        int arg = bck_ast_find(b->ast, span, -1);
        int par = arg >= 0 ? b->ast->nodes.data[arg].parent : -1;
        Expr *m = par >= 0 ? b->ast->nodes.data[par].expr : NULL;
        if (m && m->kind == EXPR_MACRO &&
            (m->as.mac.builtin == BUILTIN_MAC_ASSERT_EQ ||
             m->as.mac.builtin == BUILTIN_MAC_ASSERT_NE) &&
            m->as.mac.args.len >= 2 &&
            (span_eq(m->as.mac.args.data[0].expr->span, span) ||
             span_eq(m->as.mac.args.data[1].expr->span, span)))
            return m->span;
    }
    switch (rv->kind) {
    case RV_AGGREGATE:
        n = bck_ast_find(b->ast, span, rv->as.aggregate.kind == AGG_TUPLE ? EXPR_TUPLE : EXPR_ARRAY);
        if (n >= 0 && operand < b->ast->nodes.data[n].expr->as.list.len)
            span = b->ast->nodes.data[n].expr->as.list.data[operand]->span;
        break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        /* `x += 1` reads x as part of the whole statement (rustc's MIR
         * uses the place directly there); `a + b` reads each side into a
         * temporary of its own span */
        if (bck_ast_find(b->ast, span, EXPR_COMPOUND_ASSIGN) >= 0)
            return span;
        n = bck_ast_find(b->ast, span, EXPR_BINARY);
        if (n >= 0) {
            Expr *e = b->ast->nodes.data[n].expr;
            span = operand == 0 ? e->as.binary.lhs->span : e->as.binary.rhs->span;
        }
        break;
    case RV_UNARY:
        n = bck_ast_find(b->ast, span, EXPR_UNARY);
        if (n >= 0)
            span = b->ast->nodes.data[n].expr->as.unary.operand->span;
        break;
    case RV_CAST:
        n = bck_ast_find(b->ast, span, EXPR_CAST);
        if (n >= 0)
            span = b->ast->nodes.data[n].expr->as.cast.operand->span;
        break;
    default: break;
    }
    return bck_ast_refine(b->ast, span, var, nf);
}

static Span move_span(Bck *b, int m) {
    const BckMove *mv = &b->moves.data[m];
    return bck_operand_span(b, mv->loc, mv->operand, b->paths.data[mv->path].place);
}

static bool span_lt(Span a, Span b) { return a.lo < b.lo || (a.lo == b.lo && a.hi < b.hi); }
static bool span_overlaps(Span a, Span b) {
    /* rustc's Span::overlaps, with empty spans as points */
    uint32_t ahi = a.hi > a.lo ? a.hi : a.lo + 1, bhi = b.hi > b.lo ? b.hi : b.lo + 1;
    return a.lo < bhi && b.lo < ahi;
}

/* A label on the primary span is the primary label. */
void bck_label(Diag *d, Span primary, Span span, const char *text) {
    if (span_eq(span, primary))
        diag_primary_label(d, span, "%s", text);
    else
        diag_label(d, span, "%s", text);
}


const char *bck_fn_name(const Bck *b) { return sym_str(b->body->name); }

/* ---- the memory notes ------------------------------------------------------------ */

/* (A str by value has no size: only its move out of a reference reaches
 * here, and that note says so; 0 keeps any other note from failing.) */
uint64_t bck_size_of(Type *t) { return ty_unsized_by_value(t) ? 0 : layout_of(t)->size; }

static bool type_has_string(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_STRING: return true;
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (type_has_string(t->as.tuple.elems[i]))
                return true;
        return false;
    case TY_ARRAY: return t->as.array.len > 0 && type_has_string(t->as.array.elem);
    default: return false;
    }
}

/* The heap size of a String local when its one initialisation says it:
 * String::from("hello") and "hello".to_string() own 5 bytes,
 * String::new() owns none, String::with_capacity(n) n. Returns false when
 * unknown (mutated, assigned more than once, built at run time). */
/* Per local, once per body (each error's note asks): how many inits its
 * root path has, the last of them, and whether it is ever borrowed `&mut`. */
typedef struct BckLocalFacts {
    int inits;
    int last_init;
    bool mut_borrowed;
} LocalFacts;

static const LocalFacts *local_facts(const Bck *cb, LocalId l) {
    Bck *b = (Bck *)cb;   /* a cache: the analysis itself is unchanged */
    if (!b->facts) {
        int nl = b->body->locals.len;
        LocalFacts *facts = ALLOC_N(LocalFacts, nl + 1);
        VEC(int) path_local = {0};   /* root path -> its local */
        for (int p = 0; p < b->paths.len; p++)
            vec_push(path_local, b->paths.data[p].parent < 0 ? b->paths.data[p].local : -1);
        for (int k = 0; k < b->inits.len; k++) {
            int p = b->inits.data[k].path;
            if (p >= 0 && path_local.data[p] >= 0) {
                facts[path_local.data[p]].inits++;
                facts[path_local.data[p]].last_init = k;
            }
        }
        for (int bi = 0; bi < b->body->blocks.len; bi++) {
            const MirBlock *blk = b->body->blocks.data[bi];
            for (int si = 0; si < blk->stmts.len; si++) {
                const MirStmt *s = &blk->stmts.data[si];
                if (s->kind == MIR_ASSIGN && s->as.assign.rvalue.kind == RV_REF &&
                    s->as.assign.rvalue.as.ref.mut)
                    facts[s->as.assign.rvalue.as.ref.place.local].mut_borrowed = true;
            }
        }
        b->facts = facts;
    }
    return &b->facts[l];
}

static bool known_heap_size(const Bck *b, LocalId l, int depth, uint64_t *size) {
    if (depth > 3 || b->root[l] < 0)
        return false;
    const LocalFacts *lf = local_facts(b, l);
    int found = lf->last_init;
    if (lf->inits != 1 || b->inits.data[found].loc.block < 0)
        return false;
    /* a `&mut` to it could have changed the buffer */
    if (lf->mut_borrowed)
        return false;
    BckLoc loc = b->inits.data[found].loc;
    const MirStmt *s = bck_stmt_at(b, loc);
    if (s) {
        const Rvalue *rv = &s->as.assign.rvalue;
        if (rv->kind == RV_USE && rv->as.use.kind == OPERAND_MOVE && rv->as.use.as.place.nproj == 0 &&
            b->body->locals.data[rv->as.use.as.place.local].kind == LOCAL_TEMP)
            return known_heap_size(b, rv->as.use.as.place.local, depth + 1, size);
        return false;
    }
    const MirTerm *t = &b->body->blocks.data[loc.block]->term;
    if (t->kind != TERM_CALL || t->as.call.callee.kind != CALLEE_BUILTIN)
        return false;
    const Operand *a0 = t->as.call.nargs > 0 ? &t->as.call.args[0] : NULL;
    switch (t->as.call.callee.builtin) {
    case BUILTIN_STRING_NEW: *size = 0; return true;
    case BUILTIN_STRING_FROM:
    case BUILTIN_STR_TO_STRING:
        if (a0 && a0->kind == OPERAND_CONST && a0->as.konst->kind == CONST_STR) {
            *size = a0->as.konst->len;
            return true;
        }
        return false;
    case BUILTIN_STRING_WITH_CAPACITY:
        if (a0 && a0->kind == OPERAND_CONST && a0->as.konst->kind == CONST_INT) {
            *size = (uint64_t)a0->as.konst->bits;
            return true;
        }
        return false;
    default: return false;
    }
}

void bck_memory_note(Diag *d, const char *text) {
    if (memory_notes && text)
        diag_note(d, "%s", text);
}

/* Where a move put the value, for the memory note. */
typedef enum DestKind {
    DEST_UNKNOWN,   /* somewhere we cannot name */
    DEST_PLACE,     /* a variable (or a field of one): name */
    DEST_PARAM,     /* a parameter `name` of function `fn` */
    DEST_RETURN,    /* the return value of this function */
    DEST_DROP,      /* drop(x): freed on the spot */
    DEST_ADD,       /* the left side of `+` on a String: result in name */
} DestKind;

typedef struct Dest {
    DestKind kind;
    const char *name;
    const char *fn;
} Dest;

static Dest call_dest(Bck *b, const MirBlock *blk, int operand) {
    Dest d = {DEST_UNKNOWN, NULL, NULL};
    const Callee *c = &blk->term.as.call.callee;
    if (c->kind == CALLEE_FN && c->fn) {
        d.kind = DEST_PARAM;
        d.fn = sym_str(c->fn->name);
        if (operand >= 0 && operand < c->fn->as.fn.params.len) {
            Pat *pp = c->fn->as.fn.params.data[operand].pat;
            if (pp->kind == PAT_BIND)
                d.name = sym_str(pp->as.bind.name);
        }
    } else if (c->kind == CALLEE_BUILTIN && c->builtin == BUILTIN_STRING_ADD && operand == 0) {
        d.kind = DEST_ADD;
        d.name = bck_describe_place(b, blk->term.as.call.dest);
    }
    return d;
}

/* Follows a moved value through the temporaries MIR building puts it in
 * (an argument evaluated early, drop(x)'s temporary) to where it ends up. */
static Dest move_destination(Bck *b, int m) {
    Dest d = {DEST_UNKNOWN, NULL, NULL};
    const BckMove *mv = &b->moves.data[m];
    for (int hop = 0; hop < 4; hop++) {
        const MirBlock *blk = b->body->blocks.data[mv->loc.block];
        if (mv->loc.index >= blk->stmts.len)
            return blk->term.kind == TERM_CALL ? call_dest(b, blk, mv->operand) : d;
        Place dest = blk->stmts.data[mv->loc.index].as.assign.place;
        if (dest.local == MIR_RETURN_LOCAL) {
            d.kind = DEST_RETURN;
            return d;
        }
        if (b->body->locals.data[dest.local].kind != LOCAL_TEMP || dest.nproj != 0) {
            d.name = bck_describe_place(b, dest);
            d.kind = d.name ? DEST_PLACE : DEST_UNKNOWN;
            return d;
        }
        /* drop(x) moves x into a temporary and drops it at once */
        if (mv->loc.index == blk->stmts.len - 1 && blk->term.kind == TERM_DROP &&
            blk->term.as.drop.place.local == dest.local && blk->term.as.drop.place.nproj == 0) {
            d.kind = DEST_DROP;
            return d;
        }
        /* where the temporary goes next */
        int next = -1;
        for (int k = 0; k < b->moves.len && next < 0; k++) {
            const BckMove *m2 = &b->moves.data[k];
            if (!m2->implicit && b->paths.data[m2->path].place.local == dest.local &&
                b->paths.data[m2->path].place.nproj == 0)
                next = k;
        }
        if (next < 0)
            return d;
        mv = &b->moves.data[next];
    }
    return d;
}

/* "a 4-byte" but "an 8-byte", "an 11-byte", "an 80-byte". */
const char *bck_a_n(uint64_t n) {
    while (n >= 1000)
        n /= 1000;
    return (n == 8 || n == 11 || n == 18 || (n >= 80 && n < 90) || (n >= 800 && n < 900)) ? "an"
                                                                                            : "a";
}

const char *bck_bytes_of(Type *t) {
    t = ty_resolve(t);
    unsigned long long n = (unsigned long long)bck_size_of(t);
    switch (t->kind) {
    case TY_STRING: return arena_printf(compiler_arena, "%llu-byte (cap, ptr, len) header", n);
    case TY_TUPLE: return arena_printf(compiler_arena, "%llu-byte tuple", n);
    case TY_ARRAY: return arena_printf(compiler_arena, "%llu-byte array", n);
    case TY_REF:
        if (ty_is_str_ref(t))
            return arena_printf(compiler_arena, "%llu-byte (ptr, len) reference", n);
        return arena_printf(compiler_arena, "%llu-byte pointer", n);
    default: return arena_printf(compiler_arena, "%llu-byte value", n);
    }
}

/* The memory note of an E0382: what the move copied, where the heap
 * buffer went, and why the old slot may not be read. */
static const char *move_note(Bck *b, Place moved, int m, bool partial, bool loop) {
    const BckMove *mv = &b->moves.data[m];
    Place mp = b->paths.data[mv->path].place;
    Type *t = mir_place_type(b->body, mp);
    const char *who = bck_describe_place(b, mp);
    const char *whole = bck_describe_place(b, moved);
    if (!who || !whole)
        return NULL;
    Dest d = move_destination(b, m);
    CharVec out = {0};
    const char *to;
    switch (d.kind) {
    case DEST_PLACE: to = arena_printf(compiler_arena, "to `%s`", d.name); break;
    case DEST_PARAM:
        to = d.name ? arena_printf(compiler_arena, "into `%s`'s frame (its parameter `%s`)", d.fn,
                                   d.name)
                    : arena_printf(compiler_arena, "into `%s`'s frame", d.fn);
        break;
    case DEST_RETURN: to = "to the caller, as the return value"; break;
    case DEST_DROP: to = "into `drop`"; break;
    case DEST_ADD: to = "into `+`"; break;
    default: to = "out"; break;
    }
    str_appendf(&out, "the %s of `%s` in %s's frame was copied %s%s", bck_bytes_of(t), who, bck_fn_name(b),
                to, loop ? " in an earlier iteration of the loop" : "");
    bool string = ty_resolve(t)->kind == TY_STRING;
    uint64_t heap = 0;
    bool known = mp.nproj == 0 && string && known_heap_size(b, mp.local, 0, &heap);
    const char *owner = d.kind == DEST_PLACE   ? arena_printf(compiler_arena, "`%s`", d.name)
                        : d.kind == DEST_PARAM ? arena_printf(compiler_arena, "`%s`", d.fn)
                        : d.kind == DEST_RETURN ? "the caller"
                        : d.kind == DEST_ADD   ? (d.name ? arena_printf(compiler_arena, "`%s`", d.name)
                                                         : "the result of `+`")
                                               : "the new owner";
    if (type_has_string(t)) {
        if (d.kind == DEST_DROP) {
            if (known && heap == 0)
                str_appendf(&out, ", which dropped it (it owned no heap buffer yet)");
            else if (known)
                str_appendf(&out, ", which freed its %llu-byte heap buffer",
                            (unsigned long long)heap);
            else
                str_appendf(&out, ", which freed %s", string ? "its heap buffer"
                                                              : "the heap buffers it owned");
        } else if (known && heap == 0) {
            str_appendf(&out, "; it owned no heap buffer yet, but what it owns now belongs to %s",
                        owner);
        } else if (string) {
            const char *buf = known ? arena_printf(compiler_arena, "the %llu-byte heap buffer",
                                                   (unsigned long long)heap)
                                    : "its heap buffer";
            str_appendf(&out, "; %s stayed where it was and now belongs to %s", buf, owner);
        } else {
            str_appendf(&out, "; the heap buffers of its Strings stayed where they were and now "
                              "belong to %s",
                        owner);
        }
    } else if (ty_resolve(t)->kind == TY_REF) {
        str_appendf(&out, "; a `&mut` must be the only way to reach what it points to, so only %s "
                          "may use it now and `%s`'s slot is invalid",
                    owner, whole);
        return out.data;
    }
    if (partial) {
        str_appendf(&out, ", so `%s` is only partly valid now: its other fields may still be used, "
                          "but not `%s` as a whole",
                    whole, whole);
        return out.data;
    }
    str_appendf(&out, ", so `%s`'s slot is invalid", whole);
    if (!type_has_string(t))
        return out.data;
    switch (d.kind) {
    case DEST_PLACE:
        str_appendf(&out, ": using it would read a buffer that `%s` frees", d.name);
        break;
    case DEST_PARAM:
        str_appendf(&out, ": `%s` may already have freed that buffer", d.fn);
        break;
    case DEST_DROP: str_appendf(&out, ": using it would read freed memory"); break;
    case DEST_ADD: str_appendf(&out, ": `+` may have moved the buffer when it grew"); break;
    case DEST_RETURN: break;
    default: str_appendf(&out, ": using it would read a buffer it no longer owns"); break;
    }
    return out.data;
}

/* ---- moves reaching a use (rustc's get_moved_indexes) -------------------------- */

typedef struct MoveSite {
    int move;
    bool back_edge;   /* found by going around a loop */
} MoveSite;

typedef VEC(BckLoc) BckLocVec;

typedef struct MoveSites {
    VEC(MoveSite) sites;
    BckLocVec reinits;   /* inits that might be skipped on the way */
} MoveSites;

/* A search's visited locations (bck_visit's marks). */
typedef struct Visited {
    Bck *b;
} Visited;

static Visited new_visited(Bck *b) {
    bck_visit_begin(b);
    Visited v = {b};
    return v;
}

static bool first_visit(Visited *v, BckLoc loc) { return bck_visit(v->b, loc); }

static bool in_list(const int *xs, int n, int x) {
    for (int i = 0; i < n; i++)
        if (xs[i] == x)
            return true;
    return false;
}

/* One step of the search; true to stop walking past this location. */
static bool dfs_step(const Bck *b, Visited *v, const int *mpis, int nmpis, BckLoc loc,
                     bool back_edge, MoveSites *out, BckLocVec *move_locs) {
    if (!first_visit(v, loc))
        return true;
    int ms[64];
    int n = bck_moves_at(b, loc, ms, 64);
    for (int i = 0; i < n; i++) {
        const BckMove *mv = &b->moves.data[ms[i]];
        if (mv->implicit)
            continue;   /* StorageDead and drops are not moves the user wrote */
        if (in_list(mpis, nmpis, mv->path)) {
            MoveSite s = {ms[i], back_edge};
            vec_push(out->sites, s);
            vec_push(*move_locs, loc);
            return true;
        }
    }
    int is[64];
    n = bck_inits_at(b, loc, is, 64);
    for (int i = 0; i < n; i++)
        if (in_list(mpis, nmpis, b->inits.data[is[i]].path)) {
            vec_push(out->reinits, loc);
            return true;
        }
    return false;
}

static MoveSites moved_indexes(Bck *b, BckLoc loc, int mpi) {
    MoveSites out = {{0}, {0}};
    int mpis[64], nmpis = 0;
    for (int p = mpi; p >= 0 && nmpis < 64; p = b->paths.data[p].parent)
        mpis[nmpis++] = p;
    bool is_argument = false;
    for (int a = 1; a <= b->body->arg_count; a++)
        if (in_list(mpis, nmpis, b->root[a]))
            is_argument = true;

    BckLocVec stack = {0}, back = {0}, move_locs = {0};
    BckLoc preds[256];
    int np = bck_pred_locs(b, loc, preds, 256);
    for (int i = 0; i < np; i++) {
        if (bck_dominates(b, loc, preds[i]))
            vec_push(back, preds[i]);
        else
            vec_push(stack, preds[i]);
    }
    Visited v = new_visited(b);
    bool reached_start = false;
    while (stack.len) {
        BckLoc l = stack.data[--stack.len];
        if (dfs_step(b, &v, mpis, nmpis, l, false, &out, &move_locs))
            continue;
        np = bck_pred_locs(b, l, preds, 256);
        for (int i = 0; i < np; i++) {
            if (bck_dominates(b, l, preds[i]))
                vec_push(back, preds[i]);
            else
                vec_push(stack, preds[i]);
        }
        if (np == 0)
            reached_start = true;
    }
    /* moves in later iterations of a loop count only if the path is surely
     * initialised when the loop is entered */
    if ((is_argument || !reached_start) && out.sites.len == 0) {
        while (back.len) {
            BckLoc l = back.data[--back.len];
            if (dfs_step(b, &v, mpis, nmpis, l, true, &out, &move_locs))
                continue;
            np = bck_pred_locs(b, l, preds, 256);
            for (int i = 0; i < np; i++)
                vec_push(back, preds[i]);
        }
    }
    /* keep the reinitialisations that a move can reach */
    int kept = 0;
    for (int r = 0; r < out.reinits.len; r++) {
        Visited v2 = new_visited(b);
        BckLocVec st = {0};
        vec_push(st, out.reinits.data[r]);
        bool hit = false;
        while (st.len && !hit) {
            BckLoc l = st.data[--st.len];
            if (!first_visit(&v2, l))
                continue;
            for (int k = 0; k < move_locs.len; k++)
                if (bck_loc_eq(move_locs.data[k], l))
                    hit = true;
            np = bck_pred_locs(b, l, preds, 256);
            for (int i = 0; i < np; i++)
                vec_push(st, preds[i]);
        }
        if (hit)
            out.reinits.data[kept++] = out.reinits.data[r];
    }
    out.reinits.len = kept;
    return out;
}

/* ---- E0382 helpers: loops, calls, clone ------------------------------------------- */

static int parent_skipping_coercions(const BckAst *a, int n) {
    int p = a->nodes.data[n].parent;
    while (p >= 0 && a->nodes.data[p].expr && a->nodes.data[p].expr->kind == EXPR_COERCE)
        p = a->nodes.data[p].parent;
    return p;
}

/* Clone is implemented by every type of Owl's but `&mut T` and what holds one. */
static bool type_is_clone(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_REF: return !t->as.ref.mut;
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (!type_is_clone(t->as.tuple.elems[i]))
                return false;
        return true;
    case TY_ARRAY: return type_is_clone(t->as.array.elem);
    default: return true;
    }
}

static bool is_loop(const Expr *e) {
    return e && (e->kind == EXPR_WHILE || e->kind == EXPR_LOOP || e->kind == EXPR_FOR);
}

/* The line of a loop as rustc names it in "the loop at line 3". */
static uint32_t line_of(const Bck *b, uint32_t off) {
    return b->ast->file ? src_linecol(b->ast->file, off).line : 0;
}

/* rustc's BreakFinder over a loop: the user's `break`s and `continue`s in
 * source order, and whether there is any break at all (a `while` has a
 * hidden one; a `for`'s is not counted). */
typedef struct Breaks {
    VEC(Expr *) breaks;
    VEC(Expr *) continues;
    bool any_break;
} Breaks;

static void find_breaks(const BckAst *a, int loop, Breaks *out) {
    Span ls = a->nodes.data[loop].expr->span;
    for (int i = loop; i < a->nodes.len; i++) {
        Expr *e = a->nodes.data[i].expr;
        if (!e || !span_contains(ls, e->span))
            continue;
        /* descendants only: walk up to the loop */
        int p = i;
        while (p >= 0 && p != loop)
            p = a->nodes.data[p].parent;
        if (p != loop)
            continue;
        if (e->kind == EXPR_BREAK) {
            vec_push(out->breaks, e);
            out->any_break = true;
        } else if (e->kind == EXPR_CONTINUE) {
            vec_push(out->continues, e);
        } else if (e->kind == EXPR_WHILE) {
            out->any_break = true;
        }
    }
}

/* rustc's suggest_hoisting_call_outside_loop: for a move inside loops,
 * point at the breaks and continues when loops nest ("verify that your
 * loop breaking logic is correct") and offer to move the call out. */
static void suggest_hoisting(Bck *b, Diag *d, int n, const BckVar *bv) {
    const BckAst *a = b->ast;
    int parent = -1, outer = -1;
    int p0 = parent_skipping_coercions(a, n);
    if (p0 >= 0 && a->nodes.data[p0].expr)
        parent = p0;
    for (int p = a->nodes.data[n].parent; p >= 0; p = a->nodes.data[p].parent) {
        Expr *e = a->nodes.data[p].expr;
        if (!e)
            continue;
        if (bv && !bv->param && span_contains(e->span, bv->decl))
            break;
        if (is_loop(e))
            outer = p;
    }
    VEC(int) loops = {0};
    for (int p = a->nodes.data[n].parent; p >= 0; p = a->nodes.data[p].parent)
        if (is_loop(a->nodes.data[p].expr))
            vec_push(loops, p);
    if (outer < 0)
        return;
    Breaks br = {{0}, {0}, false};
    find_breaks(a, outer, &br);
    if ((br.breaks.len || br.continues.len) && loops.len > 1) {
        /* "line N" when the loops are on lines of their own */
        VEC(uint32_t) lines = {0};
        for (int i = 0; i < loops.len; i++) {
            uint32_t l = line_of(b, a->nodes.data[loops.data[i]].expr->span.lo);
            bool dup = false;
            for (int k = 0; k < lines.len; k++)
                dup |= lines.data[k] == l;
            if (!dup)
                vec_push(lines, l);
        }
        bool by_line = lines.len == loops.len;
        Expr *first = br.breaks.len ? br.breaks.data[0] : br.continues.data[0];
        Diag *c = diag_child(d, DIAG_NOTE, first->span, NULL,
                             "verify that your loop breaking logic is correct");
        for (int i = 0; i < br.breaks.len; i++)
            if (br.breaks.data[i] != first)
                diag_primary_label(c, br.breaks.data[i]->span, NULL);
        for (int i = 0; i < br.continues.len; i++)
            if (br.continues.data[i] != first)
                diag_primary_label(c, br.continues.data[i]->span, NULL);
        for (int kind = 0; kind < 2; kind++) {
            Expr **xs = kind == 0 ? br.breaks.data : br.continues.data;
            int nx = kind == 0 ? br.breaks.len : br.continues.len;
            for (int i = 0; i < nx; i++) {
                Expr *t = xs[i]->as.jump.target;
                if (!t)
                    continue;
                const char *where;
                if (by_line) {
                    where = arena_printf(compiler_arena, "line %u", line_of(b, t->span.lo));
                } else {
                    LocalId dummy = 0;
                    (void)dummy;
                    LineCol lo = src_linecol(a->file, t->span.lo), hi = src_linecol(a->file, t->span.hi);
                    where = arena_printf(compiler_arena, "%s:%u:%u: %u:%u", a->file->path, lo.line,
                                         lo.col, hi.line, hi.col);
                }
                diag_primary_label(c, xs[i]->span, "this `%s` %s the loop at %s",
                                   kind == 0 ? "break" : "continue",
                                   kind == 0 ? "exits" : "advances", where);
            }
        }
        for (int i = 0; i < loops.len; i++)
            diag_label(c, bck_ast_loop_head(a, a->nodes.data[loops.data[i]].expr, true), NULL);
    }
    Expr *pe = parent >= 0 ? a->nodes.data[parent].expr : NULL;
    if (pe && (pe->kind == EXPR_CALL || pe->kind == EXPR_METHOD) && br.any_break && a->file) {
        Span ls = a->nodes.data[outer].expr->span;
        uint32_t line_start = ls.lo;
        while (line_start > 0 && a->file->text[line_start - 1] != '\n')
            line_start--;
        uint32_t ind_end = line_start;
        while (ind_end < ls.lo && (a->file->text[ind_end] == ' ' || a->file->text[ind_end] == '\t'))
            ind_end++;
        const char *indent = ind_end == ls.lo
                                 ? arena_printf(compiler_arena, "\n%.*s", (int)(ind_end - line_start),
                                                a->file->text + line_start)
                                 : " ";
        Diag *h = diag_suggest(d, span_at(ls.lo, ls.lo),
                               arena_printf(compiler_arena, "let mut value = %.*s;%s",
                                            (int)(pe->span.hi - pe->span.lo),
                                            a->file->text + pe->span.lo, indent),
                               "consider moving the expression out of the loop so it is only moved "
                               "once");
        diag_suggest_part(h, pe->span, "value");
        diag_set_applicability(h, APPLY_MAYBE);
    }
}

/* rustc's suggest_ref_or_clone, for a move of path mpi's value by the
 * expression at move_sp. */
static void suggest_ref_or_clone(Bck *b, Diag *d, Span primary, int mpi, Span move_sp,
                                 Type *ty) {
    Place mp = b->paths.data[mpi].place;
    const BckVar *bv = mp.nproj == 0 ? bck_ast_var(b->ast, bck_local_var(b, mp.local)) : NULL;
    int n = bck_ast_find_inner(b->ast, move_sp, -1);
    if (bv && n >= 0) {
        /* the loops between the move and the declaration */
        for (int p = b->ast->nodes.data[n].parent; p >= 0; p = b->ast->nodes.data[p].parent) {
            const BckNode *pn = &b->ast->nodes.data[p];
            Span ps = pn->expr ? pn->expr->span : pn->stmt->span;
            if (span_contains(ps, bv->decl))
                break;
            if (is_loop(pn->expr))
                bck_label(d, primary, bck_ast_loop_head(b->ast, pn->expr, false), "inside of this loop");
        }
        /* an argument of a call of a function of ours: its parameter */
        int par = parent_skipping_coercions(b->ast, n);
        Expr *pe = par >= 0 ? b->ast->nodes.data[par].expr : NULL;
        if (pe && pe->kind == EXPR_CALL && pe->as.call.callee->kind == EXPR_PATH &&
            pe->as.call.callee->as.path.res == RES_FN && pe->as.call.callee->as.path.item) {
            Item *fn = pe->as.call.callee->as.path.item;
            Expr *me = b->ast->nodes.data[n].expr;
            int pos = -1;
            for (int i = 0; i < pe->as.call.args.len; i++) {
                Expr *a = pe->as.call.args.data[i];
                while (a->kind == EXPR_COERCE)
                    a = a->as.coerce.inner;
                if (a == me || pe->as.call.args.data[i] == me)
                    pos = i;
            }
            if (pos >= 0 && pos < fn->as.fn.params.len && fn->as.fn.params.data[pos].type) {
                Span ts = fn->as.fn.params.data[pos].type->span;
                Diag *c = diag_child(d, DIAG_NOTE, ts, "this parameter takes ownership of the value",
                                     "consider changing this parameter type in function `%s` to "
                                     "borrow instead if owning the value isn't necessary",
                                     sym_str(fn->name));
                diag_label(c, fn->name_span, "in this function");
            }
        }
        suggest_hoisting(b, d, n, bv);
        if (type_is_clone(ty))
            diag_suggest(d, span_at(move_sp.hi, move_sp.hi), ".clone()",
                         "consider cloning the value if the performance cost is acceptable");
    }
    /* a move by a pattern binding: `ref` would borrow instead */
    for (int i = 0; i < b->ast->vars.len; i++) {
        const BckVar *v = &b->ast->vars.data[i];
        if (v->var && v->destructured && (span_eq(v->decl, move_sp) || span_eq(v->var->span, move_sp))) {
            diag_suggest(d, span_at(v->decl.lo, v->decl.lo), "ref ",
                         "borrow this binding in the pattern to avoid moving the value");
            break;
        }
    }
}

/* Is the move at m the left side of `a + b` on a String? */
static bool operator_move(const Bck *b, int m, Span *call_span) {
    const BckMove *mv = &b->moves.data[m];
    const MirBlock *blk = b->body->blocks.data[mv->loc.block];
    if (mv->loc.index < blk->stmts.len || blk->term.kind != TERM_CALL)
        return false;
    const Callee *c = &blk->term.as.call.callee;
    if (c->kind != CALLEE_BUILTIN || c->builtin != BUILTIN_STRING_ADD || mv->operand != 0)
        return false;
    *call_span = blk->term.span;
    return true;
}

static const char *action_noun(BckAction a) {
    switch (a) {
    case ACT_USE: return "use";
    case ACT_BORROW: return "borrow";
    case ACT_ASSIGN: return "assign";
    case ACT_PARTIAL_ASSIGN: return "assign to part";
    }
    return "use";
}

static const char *action_past(BckAction a) {
    switch (a) {
    case ACT_USE: return "used";
    case ACT_BORROW: return "borrowed";
    case ACT_ASSIGN: return "assigned";
    case ACT_PARTIAL_ASSIGN: return "partially assigned";
    }
    return "used";
}

static const char *action_general_past(BckAction a) {
    switch (a) {
    case ACT_ASSIGN: return "assigned";
    case ACT_PARTIAL_ASSIGN: return "partially assigned";
    default: return "used";
    }
}

/* ---- E0381: the `if`s that do not initialise (rustc's ConditionVisitor) ---- */

typedef struct CondError {
    Span span;
    const char *label;
} CondError;

typedef struct CondVisitor {
    const Span *inits;
    int ninits;
    const char *name;
    VEC(CondError) errors;
} CondVisitor;

static bool is_init_span(const CondVisitor *cv, Span s) {
    for (int i = 0; i < cv->ninits; i++)
        if (span_eq(cv->inits[i], s))
            return true;
    return false;
}

static bool refs_expr(const CondVisitor *cv, Expr *e);

/* rustc's ReferencedStatementsVisitor: an initialising `x = v;` among the
 * statements of a block (not inside them), or in blocks of its tail. */
static bool refs_block(const CondVisitor *cv, Block *blk) {
    if (!blk)
        return false;
    for (int i = 0; i < blk->stmts.len; i++) {
        Stmt *s = blk->stmts.data[i];
        if (s->kind == STMT_EXPR && s->as.expr.semi && is_init_span(cv, s->as.expr.expr->span))
            return true;
    }
    return refs_expr(cv, blk->tail);
}

static bool refs_expr(const CondVisitor *cv, Expr *e) {
    if (!e)
        return false;
    switch (e->kind) {
    case EXPR_BLOCK: return refs_block(cv, e->as.block);
    case EXPR_IF:
        return refs_expr(cv, e->as.if_.cond) || refs_block(cv, e->as.if_.then) ||
               refs_expr(cv, e->as.if_.else_);
    case EXPR_WHILE:
    case EXPR_LOOP:
    case EXPR_FOR:
        return refs_expr(cv, e->as.loop.cond) || refs_block(cv, e->as.loop.body);
    case EXPR_COERCE: return refs_expr(cv, e->as.coerce.inner);
    default: return false;
    }
}

static void cond_error(CondVisitor *cv, Span s, const char *fmt, const char *name) {
    CondError ce = {s, arena_printf(compiler_arena, fmt, name)};
    vec_push(cv->errors, ce);
}

static void cond_visit_expr(CondVisitor *cv, Expr *e);

static void cond_visit_block(CondVisitor *cv, Block *blk) {
    if (!blk)
        return;
    for (int i = 0; i < blk->stmts.len; i++) {
        Stmt *s = blk->stmts.data[i];
        if (s->kind == STMT_LET)
            cond_visit_expr(cv, s->as.let.init);
        else if (s->kind == STMT_EXPR)
            cond_visit_expr(cv, s->as.expr.expr);
    }
    cond_visit_expr(cv, blk->tail);
}

static void cond_visit_expr(CondVisitor *cv, Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_IF: {
        if (!e->as.if_.else_) {
            if (refs_block(cv, e->as.if_.then)) {
                cond_error(cv, e->as.if_.cond->span,
                           "if this `if` condition is `false`, %s is not initialized", cv->name);
                cond_error(cv, span_at(e->span.hi, e->span.hi),
                           "an `else` arm might be missing here, initializing %s", cv->name);
            }
        } else {
            bool a = refs_block(cv, e->as.if_.then), b = refs_expr(cv, e->as.if_.else_);
            if (a && !b)
                cond_error(cv, span_at(e->as.if_.then->span.hi, e->as.if_.else_->span.lo),
                           "if the `if` condition is `false` and this `else` arm is executed, %s "
                           "is not initialized",
                           cv->name);
            else if (!a && b)
                cond_error(cv, e->as.if_.cond->span,
                           "if this condition is `true`, %s is not initialized", cv->name);
        }
        cond_visit_expr(cv, e->as.if_.cond);
        cond_visit_block(cv, e->as.if_.then);
        cond_visit_expr(cv, e->as.if_.else_);
        return;
    }
    case EXPR_WHILE:
        if (refs_block(cv, e->as.loop.body))
            cond_error(cv, e->as.loop.cond->span,
                       "if this condition isn't met and the `while` loop runs 0 times, %s is not "
                       "initialized",
                       cv->name);
        cond_visit_expr(cv, e->as.loop.cond);
        cond_visit_block(cv, e->as.loop.body);
        return;
    case EXPR_FOR:
        cond_visit_expr(cv, e->as.loop.iter);
        if (refs_block(cv, e->as.loop.body))
            cond_error(cv, e->as.loop.iter->span,
                       "if the `for` loop runs 0 times, %s is not initialized", cv->name);
        cond_visit_block(cv, e->as.loop.body);
        return;
    case EXPR_LOOP: cond_visit_block(cv, e->as.loop.body); return;
    case EXPR_BLOCK: cond_visit_block(cv, e->as.block); return;
    case EXPR_UNARY: cond_visit_expr(cv, e->as.unary.operand); return;
    case EXPR_BINARY:
        cond_visit_expr(cv, e->as.binary.lhs);
        cond_visit_expr(cv, e->as.binary.rhs);
        return;
    case EXPR_ASSIGN:
    case EXPR_COMPOUND_ASSIGN:
        cond_visit_expr(cv, e->as.assign.lhs);
        cond_visit_expr(cv, e->as.assign.rhs);
        return;
    case EXPR_REF: cond_visit_expr(cv, e->as.ref.operand); return;
    case EXPR_CAST: cond_visit_expr(cv, e->as.cast.operand); return;
    case EXPR_CALL:
        for (int i = 0; i < e->as.call.args.len; i++)
            cond_visit_expr(cv, e->as.call.args.data[i]);
        return;
    case EXPR_METHOD:
        cond_visit_expr(cv, e->as.method.receiver);
        for (int i = 0; i < e->as.method.args.len; i++)
            cond_visit_expr(cv, e->as.method.args.data[i]);
        return;
    case EXPR_TUPLE:
    case EXPR_ARRAY:
        for (int i = 0; i < e->as.list.len; i++)
            cond_visit_expr(cv, e->as.list.data[i]);
        return;
    case EXPR_TUPLE_FIELD: cond_visit_expr(cv, e->as.tuple_field.base); return;
    case EXPR_INDEX:
        cond_visit_expr(cv, e->as.index.base);
        cond_visit_expr(cv, e->as.index.index);
        return;
    case EXPR_BREAK:
    case EXPR_RETURN: cond_visit_expr(cv, e->as.jump.value); return;
    case EXPR_MACRO:
        for (int i = 0; i < e->as.mac.args.len; i++)
            cond_visit_expr(cv, e->as.mac.args.data[i].expr);
        return;
    case EXPR_COERCE: cond_visit_expr(cv, e->as.coerce.inner); return;
    default: return;
    }
}

/* rustc's ty_kind_suggestion: a value of the type, for "consider assigning
 * a value". NULL when there is none to suggest. */
static const char *value_for_type(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_BOOL: return "false";
    case TY_CHAR: return "'x'";
    case TY_INT: return "42";
    case TY_FLOAT: return "3.14159";
    case TY_STRING: return "Default::default()";
    case TY_NEVER:
    case TY_ERROR: return NULL;
    case TY_REF: {
        if (!t->as.ref.mut && ty_resolve(t->as.ref.inner)->kind == TY_STR)
            return "\"\"";
        const char *in = value_for_type(t->as.ref.inner);
        return in ? arena_printf(compiler_arena, "&%s%s", t->as.ref.mut ? "mut " : "", in) : NULL;
    }
    case TY_ARRAY: {
        if (t->as.array.len == 0)
            return "[]";
        if (ty_is_copy(t->as.array.elem) || t->as.array.len == 1) {
            const char *in = value_for_type(t->as.array.elem);
            return in ? arena_printf(compiler_arena, "[%s; %llu]", in,
                                     (unsigned long long)t->as.array.len)
                      : NULL;
        }
        return "/* value */";
    }
    case TY_TUPLE: {
        CharVec out = {0};
        str_append(&out, "(", 1);
        for (int i = 0; i < t->as.tuple.len; i++) {
            const char *in = value_for_type(t->as.tuple.elems[i]);
            if (!in)
                return NULL;
            str_appendf(&out, "%s%s", i ? ", " : "", in);
        }
        str_appendf(&out, "%s)", t->as.tuple.len == 1 ? "," : "");
        return out.data;
    }
    default: return "value";
    }
}

static void report_uninitialized(Bck *b, BckLoc loc, BckAction act, Place moved, Place used,
                                 int mpi, Span span) {
    (void)loc;
    /* the inits of exactly this path */
    VEC(Span) spans = {0};
    for (int k = 0; k < b->inits.len; k++) {
        if (b->inits.data[k].path != mpi)
            continue;
        Span s = bck_init_span(b, k);
        bool dup = false;
        for (int i = 0; i < spans.len; i++)
            dup |= span_eq(spans.data[i], s);
        if (!dup)
            vec_push(spans, s);
    }
    const char *mdesc = bck_describe_place(b, moved);
    const char *name = mdesc ? arena_printf(compiler_arena, "`%s`", mdesc) : "the variable";
    const char *desc = mdesc ? arena_printf(compiler_arena, "`%s` ", mdesc) : "";
    const char *path = bck_quoted_place(b, used);
    CondVisitor cv = {spans.data, spans.len, name, {0}};
    cond_visit_block(&cv, b->ast->fn->as.fn.body);

    bool show_assign_sugg = false;
    const char *isnt;
    if (act == ACT_ASSIGN || act == ACT_PARTIAL_ASSIGN) {
        isnt = "isn't fully initialized";
    } else {
        bool any = false;
        for (int i = 0; i < spans.len && !any; i++) {
            if (span_contains(spans.data[i], span))
                continue;
            bool blocked = false;
            for (int j = 0; j < cv.errors.len; j++)
                if (span_lt(span, cv.errors.data[j].span) &&
                    !span_contains(cv.errors.data[j].span, span))
                    blocked = true;
            if (!blocked)
                any = true;
        }
        if (!any) {
            show_assign_sugg = true;
            isnt = "isn't initialized";
        } else {
            isnt = "is possibly-uninitialized";
        }
    }
    const char *used_verb = action_general_past(act);
    Diag *d = diag_new(DIAG_ERROR, "E0381", span, NULL, "%s binding %s%s", used_verb, desc, isnt);
    if (act == ACT_ASSIGN || act == ACT_PARTIAL_ASSIGN)
        diag_help(d, "partial initialization isn't supported, fully initialize the binding with a "
                     "default value and mutate it, or use `std::mem::MaybeUninit`");
    diag_primary_label(d, span, "%s %s here but it %s", path, used_verb, isnt);
    bool shown = false;
    for (int j = 0; j < cv.errors.len; j++) {
        Span sp = cv.errors.data[j].span;
        if (span_lt(sp, span) && !span_overlaps(sp, span)) {
            bck_label(d, span, sp, cv.errors.data[j].label);
            shown = true;
        }
    }
    if (!shown)
        for (int i = 0; i < spans.len; i++)
            if (span_lt(spans.data[i], span) && !span_overlaps(spans.data[i], span))
                bck_label(d, span, spans.data[i], "binding initialized here in some conditions");
    LocalId root = b->paths.data[mpi].local;
    Span decl = bck_decl_span(b, root);
    bck_label(d, span, decl, "binding declared here but left uninitialized");
    if (show_assign_sugg) {
        const BckVar *bv = bck_ast_var(b->ast, bck_local_var(b, root));
        if (bv && bv->let && !bv->let->as.let.init && bv->let->as.let.pat->kind == PAT_BIND) {
            Span at = bv->let->as.let.type ? bv->let->as.let.type->span : bv->decl;
            const char *v = value_for_type(mir_place_type(b->body, moved));
            if (v) {
                Diag *h = diag_suggest(d, span_at(at.hi, at.hi),
                                       arena_printf(compiler_arena, " = %s", v),
                                       "consider assigning a value");
                diag_set_applicability(h, APPLY_MAYBE);
            }
        }
    }
    if (memory_notes) {
        Type *t = mir_place_type(b->body, used);
        const char *who = bck_describe_place(b, used);
        if (who)
            bck_memory_note(d, arena_printf(compiler_arena,
                                        "`%s` has %s %llu-byte slot in %s's frame, but %s no value "
                                        "was written to it; reading it would read whatever bytes "
                                        "earlier code left there",
                                        who, bck_a_n(bck_size_of(t)), (unsigned long long)bck_size_of(t),
                                        bck_fn_name(b),
                                        show_assign_sugg ? "on the way to this use"
                                                         : "on some paths to this use"));
    }
    bck_buffer(b, d, span);
}

/* ---- E0382 / E0381 ---------------------------------------------------------------- */

/* Whether the use at span is the borrow of a deref coercion `&String` to
 * `&str` (rustc's UseSpans::FnSelfUse with CallKind::DerefCoercion): an
 * explicit `&s` coerced, or the receiver of a method rustc finds on `str`
 * rather than on `String` (`as_ptr`). */
static bool deref_coercion_use(const Bck *b, Span span) {
    const BckAst *a = b->ast;
    int n = bck_ast_find_inner(a, span, -1);
    if (n < 0)
        return false;
    int p = a->nodes.data[n].parent;
    Expr *pe = p >= 0 ? a->nodes.data[p].expr : NULL;
    if (a->nodes.data[n].expr->kind == EXPR_REF)
        return pe && pe->kind == EXPR_COERCE && pe->as.coerce.kind == COERCE_DEREF_STRING;
    /* s -> &s (autoref) -> &str (deref) -> the method */
    if (!pe || pe->kind != EXPR_COERCE || pe->as.coerce.kind != COERCE_AUTOREF)
        return false;
    p = a->nodes.data[p].parent;
    pe = p >= 0 ? a->nodes.data[p].expr : NULL;
    if (!pe || pe->kind != EXPR_COERCE || pe->as.coerce.kind != COERCE_DEREF_STRING)
        return false;
    p = a->nodes.data[p].parent;
    pe = p >= 0 ? a->nodes.data[p].expr : NULL;
    return pe && pe->kind == EXPR_METHOD && pe->as.method.builtin == BUILTIN_STR_AS_PTR;
}


static BckMoveError *find_move_error(Bck *b, const int *mois, int n) {
    for (int i = 0; i < b->move_errors.len; i++) {
        BckMoveError *e = &b->move_errors.data[i];
        if (e->nmoves != n)
            continue;
        bool same = true;
        for (int k = 0; k < n && same; k++)
            same = e->moves[k] == mois[k];
        if (same)
            return e;
    }
    return NULL;
}

void bck_report_moved(Bck *b, BckLoc loc, int operand, BckAction act, Place moved, Place used,
                      int mpi) {
    Span span = (act == ACT_ASSIGN || act == ACT_PARTIAL_ASSIGN)
                    ? bck_operand_span(b, loc, -1, used)
                    : bck_operand_span(b, loc, operand, used);
    MoveSites ms = moved_indexes(b, loc, mpi);

    if (ms.sites.len == 0) {
        for (int i = 0; i < b->uninit_reported.len; i++)
            if (b->uninit_reported.data[i] == used.local)
                return;
        vec_push(b->uninit_reported, used.local);
        if (!bck_is_user_local(b, used.local))
            return;   /* a temporary of ours: a compiler bug, not the user's */
        report_uninitialized(b, loc, act, moved, used, mpi, span);
        return;
    }

    int *mois = ALLOC_N(int, ms.sites.len);
    for (int i = 0; i < ms.sites.len; i++)
        mois[i] = ms.sites.data[i].move;
    BckMoveError *prev = find_move_error(b, mois, ms.sites.len);
    if (prev && mir_place_is_prefix(used, prev->used))
        return;
    if (!bck_is_user_local(b, used.local))
        return;

    bool partial = false;
    for (int i = 0; i < ms.sites.len; i++) {
        Place mp = b->paths.data[b->moves.data[ms.sites.data[i].move].path].place;
        if (!mir_place_eq(used, mp) && mir_place_is_prefix(used, mp))
            partial = true;
    }
    const char *mdesc = bck_describe_place(b, moved);
    Diag *d = diag_new(DIAG_ERROR, "E0382", span, NULL, "%s of %smoved value%s",
                       action_noun(act), partial ? "partially " : "",
                       mdesc ? arena_printf(compiler_arena, ": `%s`", mdesc) : "");

    /* reinitialisations that might be skipped */
    if (ms.reinits.len == 1) {
        bck_label(d, span, assign_span(b, raw_span(b, ms.reinits.data[0])),
              "this reinitialization might get skipped");
    } else if (ms.reinits.len > 1) {
        int n = ms.reinits.len;
        Diag *c = diag_child(d, DIAG_NOTE, assign_span(b, raw_span(b, ms.reinits.data[0])), NULL,
                             n <= 3 ? "these %d reinitializations might get skipped"
                                    : "these 3 reinitializations and %d others might get skipped",
                             n <= 3 ? n : n - 3);
        for (int i = 1; i < n && i < 3; i++)
            diag_primary_label(c, assign_span(b, raw_span(b, ms.reinits.data[i])), NULL);
    }

    bool is_loop_move = false;
    VEC(Span) seen = {0};
    for (int i = 0; i < ms.sites.len; i++) {
        int m = ms.sites.data[i].move;
        const BckMove *mv = &b->moves.data[m];
        Span msp = move_span(b, m);
        bool loop_msg = bck_loc_eq(loc, mv->loc) || ms.sites.data[i].back_edge;
        if (bck_loc_eq(loc, mv->loc))
            is_loop_move = true;
        bool was_seen = false;
        for (int k = 0; k < seen.len; k++)
            was_seen |= span_eq(seen.data[k], msp);
        if (!was_seen) {
            Place mp = b->paths.data[mv->path].place;
            (void)mp;
            suggest_ref_or_clone(b, d, span, mpi, msp, mir_place_type(b->body, b->paths.data[mpi].place));
            Span call;
            if (operator_move(b, m, &call)) {
                const char *pd = bck_describe_place(b, mp);
                bck_label(d, span, call,
                      arena_printf(compiler_arena, "%s %smoved due to usage in operator%s",
                                   pd ? arena_printf(compiler_arena, "`%s`", pd) : "value",
                                   partial ? "partially " : "",
                                   loop_msg ? ", in previous iteration of loop" : ""));
            } else if (!span_eq(msp, span) || loop_msg) {
                bck_label(d, span, msp,
                      arena_printf(compiler_arena, "value %smoved here%s",
                                   partial ? "partially " : "",
                                   loop_msg ? ", in previous iteration of loop" : ""));
            }
        }
        vec_push(seen, msp);
    }
    if (!is_loop_move)
        diag_primary_label(d, span, "value %s here after %smove", action_past(act),
                           partial ? "partial " : "");

    /* why it moved: the type of the first move's place */
    int first_path = b->moves.data[mois[0]].path;
    Place fp = b->paths.data[first_path].place;
    Type *fty = mir_place_type(b->body, fp);
    const char *fdesc = bck_quoted_place(b, fp);
    const char *why = arena_printf(compiler_arena,
                                   "%s occurs because %s has type `%s`, which does not implement "
                                   "the `Copy` trait",
                                   partial ? "partial move" : "move", fdesc, ty_to_string(fty));
    if (fp.nproj == 0)
        bck_label(d, span, bck_decl_span(b, fp.local), why);
    else
        diag_note(d, "%s", why);
    if (deref_coercion_use(b, span))
        diag_note(d, "%s occurs due to deref coercion to `str`", action_noun(act));

    bck_memory_note(d, move_note(b, moved, mois[0], partial,
                             ms.sites.data[0].back_edge || bck_loc_eq(loc, b->moves.data[mois[0]].loc)));

    if (prev) {
        prev->used = used;
        prev->diag = d;
        prev->sort = span;
    } else {
        BckMoveError e = {mois, ms.sites.len, used, d, span, b->seq++};
        vec_push(b->move_errors, e);
    }
}

