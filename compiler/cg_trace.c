/* cg_trace.c: the instrumentation behind `owl build --trace` (docs/trace.md).
 *
 * Without --trace every function here returns at once and the module holds
 * no trace calls. With it, each body gets a constant descriptor of its named
 * slots (OwlTraceFn: name, type, type descriptor, offset in the frame
 * object, declaration) and calls into runtime/rt_trace.c:
 *   - owl_trace_enter once the arguments are in the frame;
 *   - owl_trace_step with a constant OwlTraceSite after each statement or
 *     terminator that changes a named slot: a let or assignment, a move
 *     out of it, a copy, a borrow, a drop, a String method that writes
 *     through a `&mut` to it, and StorageLive / StorageDead (scope), and at
 *     each return (the frame is popped);
 *   - owl_trace_quiet around format macros (their buffer is the runtime's
 *     own) and owl_trace_adopt after format! (the buffer becomes a String);
 *   - before each call of a user function, a store of the call site into
 *     owl_trace_call_site, so that the callee's `call` event is located
 *     where the call is written.
 * Temporaries are not shown; a statement whose only effect is on
 * temporaries is not traced. Tracing needs the debug build's frame object,
 * so the driver refuses --trace with -O.
 */
#include "cg_internal.h"

#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "owl_rt.h"

struct CgTrace {
    CgMap strs;           /* C strings -> i8* constants */
    int nconst;
    LLVMValueRef fn_desc; /* the current body's OwlTraceFn */
    int *slot;            /* MIR local -> slot index, or -1 */
    Place *ref_of;        /* temporary -> the place it borrows (local -1: none) */
    Place *moved_from;    /* temporary -> the named place moved into it */
    bool *call_arg;       /* temporary moved into a call's argument */
    bool *dropped;        /* temporary dropped by a Drop terminator (drop(x)) */
};

static bool on(Cg *cg) { return cg->opts->trace; }

/* ---- constants ------------------------------------------------------------------- */

static LLVMValueRef global(Cg *cg, LLVMValueRef init, uint64_t align) {
    char name[32];
    snprintf(name, sizeof name, "owl.trace.%d", cg->trace->nconst++);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetAlignment(g, (unsigned)align);
    return cg_ptr_const(cg, g);
}

/* A NUL-terminated string constant (NULL: a null pointer). */
static LLVMValueRef cstr(Cg *cg, const char *s) {
    if (!s)
        return LLVMConstNull(cg->t_ptr);
    size_t len = strlen(s);
    LLVMValueRef p = cg_map_get(&cg->trace->strs, s, len);
    if (p)
        return p;
    p = global(cg, LLVMConstStringInContext(cg->ctx, s, (unsigned)len, 0), 1);
    cg_map_put(&cg->trace->strs, s, len, p);
    return p;
}

static LLVMValueRef i32c(Cg *cg, int64_t v) {
    return LLVMConstInt(cg->t_i32, (unsigned long long)v, 1);
}

static LineCol linecol(Cg *cg, Span span) {
    LineCol lc = {0, 0};
    if (cg->file)
        lc = src_linecol(cg->file, span.lo);
    return lc;
}

/* The source line of a span, without its indentation, cut at 60 bytes. */
static const char *source_line(Cg *cg, Span span) {
    if (!cg->file)
        return NULL;
    uint32_t len = 0;
    const char *p = src_line_text(cg->file, linecol(cg, span).line, &len);
    if (!p)
        return NULL;
    while (len && (*p == ' ' || *p == '\t')) {
        p++;
        len--;
    }
    if (len <= 60)
        return arena_strndup(compiler_arena, p, len);
    uint32_t cut = 57;
    while (cut && ((unsigned char)p[cut] & 0xC0) == 0x80)
        cut--;
    return arena_printf(compiler_arena, "%.*s...", (int)cut, p);
}

/* ---- slots and places ----------------------------------------------------------------- */

/* Whether the runtime can show a value of this type (cg_type_desc's kinds). */
static bool describable(Type *t) {
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_INT:
    case TY_FLOAT:
    case TY_BOOL:
    case TY_CHAR:
    case TY_STRING:
        return true;
    case TY_REF:
    case TY_PTR: {
        Type *inner = ty_resolve(t->as.ref.inner);
        return inner->kind == TY_STR || describable(inner);
    }
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (!describable(t->as.tuple.elems[i]))
                return false;
        return true;
    case TY_ARRAY:
        return describable(t->as.array.elem);
    default:
        return false;
    }
}

static bool named(const MirLocal *l) {
    return (l->kind == LOCAL_VAR || l->kind == LOCAL_ARG) && l->name && describable(l->ty);
}

static int slot_of(Cg *cg, LocalId local) {
    return local >= 0 && local < cg->body->locals.len ? cg->trace->slot[local] : -1;
}

static const char *local_name(Cg *cg, LocalId l) {
    if (slot_of(cg, l) >= 0)
        return sym_str(cg->body->locals.data[l].name);
    return arena_printf(compiler_arena, "_%d", l);
}

/* "s", "t.0", "*r", "(*r).1", "a[i]". */
static const char *place_text(Cg *cg, Place p) {
    CharVec s = {0};
    str_appendf(&s, "%s", local_name(cg, p.local));
    for (int i = 0; i < p.nproj; i++) {
        const Proj *pr = &p.proj[i];
        switch (pr->kind) {
        case PROJ_DEREF: {
            bool more = i + 1 < p.nproj;
            CharVec t = {0};
            str_appendf(&t, more ? "(*%.*s)" : "*%.*s", s.len, s.data);
            s = t;
            break;
        }
        case PROJ_FIELD:
            str_appendf(&s, ".%d", pr->index);
            break;
        case PROJ_INDEX:
            str_appendf(&s, "[%s]", local_name(cg, pr->local));
            break;
        case PROJ_CONST_INDEX:
            str_appendf(&s, "[%d]", pr->index);
            break;
        }
    }
    return arena_strndup(compiler_arena, s.data, (size_t)s.len);
}

static bool has_deref(Place p) {
    for (int i = 0; i < p.nproj; i++)
        if (p.proj[i].kind == PROJ_DEREF)
            return true;
    return false;
}

/* ---- sites -------------------------------------------------------------------------------- */

typedef struct Site {
    uint32_t kind;
    Span span;
    int slot, from;
    uint32_t flags;
    const char *place, *from_place;
} Site;

static void emit_site(Cg *cg, const Site *s) {
    LineCol lc = linecol(cg, s->span);
    LLVMValueRef f[9] = {i32c(cg, s->kind), i32c(cg, lc.line), i32c(cg, lc.col),
                         i32c(cg, s->slot), i32c(cg, s->from), i32c(cg, s->flags),
                         cstr(cg, s->place), cstr(cg, s->from_place),
                         cstr(cg, source_line(cg, s->span))};
    LLVMValueRef desc = global(cg, LLVMConstStructInContext(cg->ctx, f, 9, 0), 8);
    LLVMValueRef args[2] = {cg->frame, desc};
    cg_call_rt(cg, RT_TRACE_STEP, args, 2);
}

/* The named place written: its slot (-1 behind a pointer) and flags. */
static Site write_site(Cg *cg, uint32_t kind, Place p, Span span) {
    Site s = {kind, span, slot_of(cg, p.local), -1, 0, place_text(cg, p), NULL};
    if (has_deref(p))
        s.slot = -1;
    if (p.nproj == 0)
        s.flags |= OWL_TRACE_WHOLE;
    return s;
}

/* A move out of a named place into a temporary: one line, no snapshot
 * (the call, return or assignment that uses the temporary shows it). */
static void move_out(Cg *cg, Place from, Span span, const char *to) {
    if (slot_of(cg, from.local) < 0 || has_deref(from))
        return;
    Site s = {OWL_TRACE_MOVE, span, -1, slot_of(cg, from.local), OWL_TRACE_NO_SNAPSHOT, to,
              place_text(cg, from)};
    if (from.nproj == 0)
        s.flags |= OWL_TRACE_FROM_WHOLE;
    emit_site(cg, &s);
}

static bool moves_named(Cg *cg, const Operand *op) {
    return op->kind == OPERAND_MOVE && slot_of(cg, op->as.place.local) >= 0 &&
           !has_deref(op->as.place);
}

static bool reads_named(Cg *cg, const Operand *op) {
    return op->kind != OPERAND_CONST && slot_of(cg, op->as.place.local) >= 0;
}

/* The operands an rvalue moves, for the ones besides a plain `a = move b`;
 * dst is the place built, when it is a named one. */
static void moved_operands(Cg *cg, const Rvalue *rv, Span span, const char *dst) {
    switch (rv->kind) {
    case RV_AGGREGATE:
        for (int i = 0; i < rv->as.aggregate.nops; i++) {
            if (!moves_named(cg, &rv->as.aggregate.ops[i]))
                continue;
            const char *to = NULL;
            if (dst)
                to = arena_printf(compiler_arena, rv->as.aggregate.kind == AGG_TUPLE ? "%s.%d"
                                                                                    : "%s[%d]",
                                  dst, i);
            move_out(cg, rv->as.aggregate.ops[i].as.place, span, to);
        }
        return;
    case RV_CAST:
        if (moves_named(cg, &rv->as.cast.operand))
            move_out(cg, rv->as.cast.operand.as.place, span, NULL);
        return;
    case RV_REPEAT:
        if (moves_named(cg, &rv->as.repeat.operand))
            move_out(cg, rv->as.repeat.operand.as.place, span, NULL);
        return;
    default:
        return;
    }
}

static void assign_events(Cg *cg, const MirStmt *st) {
    Place dst = st->as.assign.place;
    const Rvalue *rv = &st->as.assign.rvalue;
    bool to_named = slot_of(cg, dst.local) >= 0;
    if (rv->kind == RV_USE && moves_named(cg, &rv->as.use)) {
        Place from = rv->as.use.as.place;
        if (!to_named || has_deref(dst)) {
            /* a call's argument: reported at the call, which says where to */
            if (!to_named && !dst.nproj && cg->trace->call_arg[dst.local])
                return;
            move_out(cg, from, st->span,
                     !to_named && !dst.nproj && cg->trace->dropped[dst.local] ? "drop()" : NULL);
            if (!to_named)
                return;
        } else {
            Site s = write_site(cg, OWL_TRACE_MOVE, dst, st->span);
            s.from = slot_of(cg, from.local);
            s.from_place = place_text(cg, from);
            if (from.nproj == 0)
                s.flags |= OWL_TRACE_FROM_WHOLE;
            emit_site(cg, &s);
            return;
        }
    }
    moved_operands(cg, rv, st->span, to_named ? place_text(cg, dst) : NULL);
    if (!to_named)
        return;
    Site s = write_site(cg, OWL_TRACE_WRITE, dst, st->span);
    if (rv->kind == RV_USE && rv->as.use.kind == OPERAND_COPY && reads_named(cg, &rv->as.use) &&
        !has_deref(dst)) {
        s.kind = OWL_TRACE_COPY;
        s.from = has_deref(rv->as.use.as.place) ? -1 : slot_of(cg, rv->as.use.as.place.local);
        s.from_place = place_text(cg, rv->as.use.as.place);
    } else if (rv->kind == RV_REF && !has_deref(dst)) {
        Place p = rv->as.ref.place;
        s.kind = OWL_TRACE_BORROW;
        s.from = slot_of(cg, p.local) >= 0 && !has_deref(p) ? slot_of(cg, p.local) : -1;
        s.from_place = arena_printf(compiler_arena, "&%s%s", rv->as.ref.mut ? "mut " : "",
                                    slot_of(cg, p.local) >= 0 ? place_text(cg, p) : "(a temporary)");
    }
    emit_site(cg, &s);
}

void cg_trace_stmt(Cg *cg, const MirStmt *st) {
    if (!on(cg))
        return;
    switch (st->kind) {
    case MIR_ASSIGN:
        assign_events(cg, st);
        return;
    case MIR_STORAGE_LIVE:
    case MIR_STORAGE_DEAD: {
        int slot = slot_of(cg, st->as.local);
        if (slot < 0)
            return;
        Site s = {st->kind == MIR_STORAGE_LIVE ? OWL_TRACE_LIVE : OWL_TRACE_DEAD, st->span, slot,
                  -1, 0, NULL, NULL};
        emit_site(cg, &s);
        return;
    }
    case MIR_NOP:
        return;
    }
}

/* ---- terminators -------------------------------------------------------------------------- */

/* print!, format!, panic!, assert_eq! ...: what they allocate is the
 * formatter's buffer (format! hands its buffer to the String it returns). */
static bool is_format_macro(const MirTerm *t) {
    Builtin b = t->as.call.callee.builtin;
    return t->as.call.callee.kind == CALLEE_BUILTIN && b >= BUILTIN_MAC_PRINT &&
           b <= BUILTIN_MAC_TODO;
}

/* String methods that change the String their first argument points at. */
static bool writes_through_arg0(const MirTerm *t) {
    if (t->as.call.callee.kind != CALLEE_BUILTIN || t->as.call.nargs < 1)
        return false;
    Builtin b = t->as.call.callee.builtin;
    return b == BUILTIN_STRING_PUSH_STR || b == BUILTIN_STRING_PUSH ||
           b == BUILTIN_STRING_ADD_ASSIGN;
}

static void quiet(Cg *cg, int v) {
    LLVMValueRef a[1] = {i32c(cg, v)};
    cg_call_rt(cg, RT_TRACE_QUIET, a, 1);
}

/* Where a call's argument i goes: "consume's owned", "std::mem::drop". */
static const char *arg_dest(Cg *cg, const MirTerm *t, int i) {
    if (t->as.call.callee.kind == CALLEE_BUILTIN)
        return arena_printf(compiler_arena, "%s()", builtin_name(t->as.call.callee.builtin));
    Item *fn = t->as.call.callee.fn;
    for (int b = 0; b < cg->prog->bodies.len; b++) {
        MirBody *body = cg->prog->bodies.data[b];
        if (body->item == fn && i + 1 < body->locals.len && body->locals.data[i + 1].name)
            return arena_printf(compiler_arena, "%s's %s", sym_str(body->name),
                                sym_str(body->locals.data[i + 1].name));
    }
    return arena_printf(compiler_arena, "%s()", sym_str(fn->name));
}

/* owl_trace_call_site = line << 32 | col: where the callee's frame is
 * pushed from, for its `call` event. */
static void call_site(Cg *cg, Span span) {
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, "owl_trace_call_site");
    if (!g)
        g = LLVMAddGlobal(cg->mod, cg->t_i64, "owl_trace_call_site");
    LineCol lc = linecol(cg, span);
    cg_store(cg, cg_const_u64(cg, (uint64_t)lc.line << 32 | lc.col), cg_ptr_const(cg, g), 8);
}

static void before_call(Cg *cg, const MirTerm *t) {
    if (t->as.call.callee.kind == CALLEE_FN)
        call_site(cg, t->span);
    for (int i = 0; i < t->as.call.nargs; i++) {
        const Operand *a = &t->as.call.args[i];
        if (moves_named(cg, a)) {
            move_out(cg, a->as.place, t->span, arg_dest(cg, t, i));
        } else if (a->kind == OPERAND_MOVE && !a->as.place.nproj &&
                   cg->trace->moved_from[a->as.place.local].local >= 0) {
            move_out(cg, cg->trace->moved_from[a->as.place.local], t->span, arg_dest(cg, t, i));
        }
    }
    if (is_format_macro(t))
        quiet(cg, 1);
}

static void after_call(Cg *cg, const MirTerm *t) {
    Place dest = t->as.call.dest;
    if (is_format_macro(t)) {
        quiet(cg, 0);
        if (t->as.call.callee.builtin == BUILTIN_MAC_FORMAT && dest.local >= 0) {
            LLVMValueRef a[1] = {cg_place_addr(cg, dest)};
            cg_call_rt(cg, RT_TRACE_ADOPT, a, 1);
        }
    }
    if (dest.local >= 0 && slot_of(cg, dest.local) >= 0) {
        Site s = write_site(cg, OWL_TRACE_WRITE, dest, t->span);
        emit_site(cg, &s);
        return;
    }
    const Operand *a0 = t->as.call.nargs ? &t->as.call.args[0] : NULL;
    if (writes_through_arg0(t) && a0->kind != OPERAND_CONST) {
        Place p = cg->trace->ref_of[a0->as.place.local];
        if (p.local >= 0) {
            Site s = write_site(cg, OWL_TRACE_WRITE, p, t->span);
            emit_site(cg, &s);
        }
        return;
    }
    if (t->as.call.callee.kind == CALLEE_BUILTIN && t->as.call.callee.builtin == BUILTIN_MEM_DROP &&
        a0 && a0->kind != OPERAND_CONST) {
        Place p = cg->trace->moved_from[a0->as.place.local];
        Site s = {OWL_TRACE_DROP, t->span, -1, -1, 0,
                  p.local >= 0 ? arena_printf(compiler_arena, "the value moved out of %s",
                                              place_text(cg, p))
                               : NULL,
                  NULL};
        emit_site(cg, &s);
    }
}

void cg_trace_term(Cg *cg, const MirTerm *t, bool after) {
    if (!on(cg))
        return;
    switch (t->kind) {
    case TERM_RETURN:
        if (!after) {
            Site s = {OWL_TRACE_RETURN, t->span, -1, -1, 0, NULL, NULL};
            emit_site(cg, &s);
        }
        return;
    case TERM_DROP:
        if (after) {
            Place p = t->as.drop.place;
            Site s = {OWL_TRACE_DROP, t->span, -1, -1, 0, NULL, NULL};
            if (slot_of(cg, p.local) >= 0)
                s = write_site(cg, OWL_TRACE_DROP, p, t->span);
            /* Dropping a field or a place behind a pointer: its old value,
             * which the next statement replaces; show the state after that. */
            if (slot_of(cg, p.local) >= 0 && p.nproj)
                s.flags |= OWL_TRACE_NO_SNAPSHOT;
            else if (!p.nproj && cg->trace->moved_from[p.local].local >= 0)
                s.place = arena_printf(compiler_arena, "the value moved out of %s",
                                       place_text(cg, cg->trace->moved_from[p.local]));
            emit_site(cg, &s);
        }
        return;
    case TERM_CALL:
        if (after)
            after_call(cg, t);
        else
            before_call(cg, t);
        return;
    default:
        return;
    }
}

/* ---- functions ------------------------------------------------------------------------------- */

/* Which temporaries borrow or hold a named place (each is assigned once):
 * `_5 = &mut s; String::push_str(move _5, ..)` changes s. */
static void scan_temps(Cg *cg, MirBody *body) {
    int n = body->locals.len;
    for (int i = 0; i < n; i++) {
        cg->trace->ref_of[i].local = -1;
        cg->trace->moved_from[i].local = -1;
        cg->trace->call_arg[i] = false;
        cg->trace->dropped[i] = false;
    }
    for (int b = 0; b < body->blocks.len; b++) {
        MirBlock *blk = body->blocks.data[b];
        if (blk->has_term && blk->term.kind == TERM_DROP && !blk->term.as.drop.place.nproj &&
            slot_of(cg, blk->term.as.drop.place.local) < 0)
            cg->trace->dropped[blk->term.as.drop.place.local] = true;
        if (blk->has_term && blk->term.kind == TERM_CALL)
            for (int i = 0; i < blk->term.as.call.nargs; i++) {
                const Operand *a = &blk->term.as.call.args[i];
                if (a->kind == OPERAND_MOVE && !a->as.place.nproj &&
                    slot_of(cg, a->as.place.local) < 0)
                    cg->trace->call_arg[a->as.place.local] = true;
            }
        for (int j = 0; j < blk->stmts.len; j++) {
            const MirStmt *st = &blk->stmts.data[j];
            if (st->kind != MIR_ASSIGN || st->as.assign.place.nproj)
                continue;
            LocalId d = st->as.assign.place.local;
            const Rvalue *rv = &st->as.assign.rvalue;
            if (slot_of(cg, d) >= 0)
                continue;
            if (rv->kind == RV_REF) {
                Place p = rv->as.ref.place;
                if (slot_of(cg, p.local) >= 0)
                    cg->trace->ref_of[d] = p;
                else if (p.nproj == 1 && p.proj[0].kind == PROJ_DEREF &&
                         cg->trace->ref_of[p.local].local >= 0)
                    cg->trace->ref_of[d] = cg->trace->ref_of[p.local]; /* a reborrow */
            } else if (rv->kind == RV_USE && rv->as.use.kind != OPERAND_CONST) {
                Place p = rv->as.use.as.place;
                if (slot_of(cg, p.local) >= 0 && rv->as.use.kind == OPERAND_MOVE)
                    cg->trace->moved_from[d] = p;
                else if (p.nproj == 0 && cg->trace->ref_of[p.local].local >= 0)
                    cg->trace->ref_of[d] = cg->trace->ref_of[p.local];
            }
        }
    }
}

/* OwlTraceFn for the body: its named locals, parameters first. */
static LLVMValueRef fn_desc(Cg *cg, MirBody *body) {
    int n = body->locals.len, nslots = 0, nargs = 0;
    LLVMValueRef *slots = ALLOC_N(LLVMValueRef, n > 0 ? n : 1);
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < n; i++) {
            const MirLocal *l = &body->locals.data[i];
            bool arg = i >= 1 && i <= body->arg_count;
            if (arg != (pass == 0))
                continue;
            if (!named(l)) { /* a temporary, or a type the runtime cannot show */
                cg->trace->slot[i] = -1;
                continue;
            }
            LineCol lc = linecol(cg, l->span);
            LLVMValueRef f[7] = {cstr(cg, sym_str(l->name)), cstr(cg, ty_to_string(l->ty)),
                                 cg_type_desc(cg, l->ty), cg_const_u64(cg, l->offset),
                                 cg_const_u64(cg, layout_of(l->ty)->size), i32c(cg, lc.line),
                                 i32c(cg, lc.col)};
            cg->trace->slot[i] = nslots;
            slots[nslots++] = LLVMConstStructInContext(cg->ctx, f, 7, 0);
            if (arg)
                nargs++;
        }
    }
    LLVMValueRef arr = LLVMConstNull(cg->t_ptr);
    if (nslots)
        arr = global(cg, LLVMConstArray(LLVMTypeOf(slots[0]), slots, (unsigned)nslots), 8);
    LineCol lc = linecol(cg, body->span);
    LLVMValueRef f[7] = {cstr(cg, sym_str(body->name)), arr, cg_const_u64(cg, (uint64_t)nslots),
                         cg_const_u64(cg, (uint64_t)nargs), cg_const_u64(cg, body->frame_size),
                         i32c(cg, lc.line), i32c(cg, lc.col)};
    return global(cg, LLVMConstStructInContext(cg->ctx, f, 7, 0), 8);
}

void cg_trace_enter(Cg *cg) {
    if (!on(cg))
        return;
    MirBody *body = cg->body;
    if (!cg->trace)
        cg->trace = ALLOC(CgTrace);
    int n = body->locals.len > 0 ? body->locals.len : 1;
    cg->trace->slot = ALLOC_N(int, n);
    cg->trace->ref_of = ALLOC_N(Place, n);
    cg->trace->moved_from = ALLOC_N(Place, n);
    cg->trace->call_arg = ALLOC_N(bool, n);
    cg->trace->dropped = ALLOC_N(bool, n);
    cg->trace->fn_desc = fn_desc(cg, body);
    scan_temps(cg, body);
    LLVMValueRef args[2] = {cg->trace->fn_desc, cg->frame};
    cg_call_rt(cg, RT_TRACE_ENTER, args, 2);
}

/* OwlTraceStatic[]: the statics the trace shows once, at the start. */
static LLVMValueRef statics_desc(Cg *cg, int *count) {
    int n = cg->prog->statics.len;
    LLVMValueRef *rows = ALLOC_N(LLVMValueRef, n > 0 ? n : 1);
    *count = 0;
    for (int i = 0; i < n; i++) {
        MirStatic *st = &cg->prog->statics.data[i];
        Type *t = st->item->as.global.ty ? st->item->as.global.ty : st->value->ty;
        if (!describable(t))
            continue;
        LLVMValueRef f[5] = {cstr(cg, sym_str(st->item->name)), cstr(cg, ty_to_string(t)),
                             cg_type_desc(cg, t), cg_static_addr(cg, st->item),
                             cg_const_u64(cg, layout_of(t)->size)};
        rows[(*count)++] = LLVMConstStructInContext(cg->ctx, f, 5, 0);
    }
    if (!*count)
        return LLVMConstNull(cg->t_ptr);
    return global(cg, LLVMConstArray(LLVMTypeOf(rows[0]), rows, (unsigned)*count), 8);
}

void cg_trace_main(Cg *cg) {
    if (!on(cg))
        return;
    if (!cg->trace)
        cg->trace = ALLOC(CgTrace);
    int nstatics;
    LLVMValueRef statics = statics_desc(cg, &nstatics);
    LLVMValueRef f[5] = {cstr(cg, cg->opts->trace_path), cg_const_u64(cg, cg->opts->trace_json),
                         cstr(cg, cg->file ? cg->file->path : NULL), statics,
                         cg_const_u64(cg, (uint64_t)nstatics)};
    LLVMValueRef args[1] = {global(cg, LLVMConstStructInContext(cg->ctx, f, 5, 0), 8)};
    cg_call_rt(cg, RT_TRACE_INIT, args, 1);
}
