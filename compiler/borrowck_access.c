/* borrowck_access.c: the errors about what may not be done to a place, in
 * rustc's words (rustc_borrowck/src/diagnostics: mutability_errors.rs,
 * move_errors.rs, and report_illegal_reassignment in conflict_errors.rs):
 *
 *   E0384  a second assignment to a binding without `mut`
 *   E0596  a `&mut` borrow of something immutable
 *   E0594  an assignment through `&` or to a field of an immutable binding
 *   E0507  a move out of a place behind a reference
 *   E0508  a move out of an array element
 *
 * each with rustc's labels and suggestions (`let mut`, `&mut`, `.clone()`,
 * `&`, removing a `*`) and the memory note. The analysis that finds them is
 * in borrowck.c; the helpers shared with the move errors in borrowck_diag.c.
 */
#include "borrowck_int.h"

#include <string.h>

#include "layout.h"

/* ---- E0384 -------------------------------------------------------------------------- */

void bck_report_reassign(Bck *b, BckLoc loc, LocalId l, int init) {
    Span span = bck_operand_span(b, loc, -1, mir_place(l));
    const MirLocal *ml = &b->body->locals.data[l];
    bool from_arg = ml->kind == LOCAL_ARG;
    const BckVar *bv = bck_ast_var(b->ast, ml->var);
    const char *name = bck_local_name(b, l);
    Span assigned = bv && bv->has_value ? bv->decl : bck_init_span(b, init);
    Diag *d = diag_new(DIAG_ERROR, "E0384", span, NULL,
                       from_arg ? "cannot assign to immutable argument `%s`"
                                : "cannot assign twice to immutable variable `%s`",
                       name);
    if (!span_eq(span, assigned) && !from_arg)
        diag_label(d, assigned, "first assignment to `%s`", name);
    if (bv) {
        const char *ins = bv->is_for ? arena_printf(compiler_arena, "(mut %s) ", name) : "mut ";
        diag_suggest(d, span_at(bv->decl.lo, bv->decl.lo), ins,
                     "consider making this binding mutable");
        if (!from_arg && !bv->is_for && bv->destructured) {
            Diag *h = diag_suggest(d, span_at(bv->decl.lo, bv->decl.lo), "ref mut ",
                                   "to modify the original value, take a borrow instead");
            diag_set_applicability(h, APPLY_MAYBE);
        }
    }
    diag_primary_label(d, span, from_arg ? "cannot assign to immutable argument"
                                         : "cannot assign twice to immutable variable");
    bck_memory_note(d, arena_printf(compiler_arena,
                                "`%s` is %s %llu-byte slot in %s's frame; a binding without `mut` "
                                "is written once, when it gets its value, and never again: this "
                                "assignment would overwrite those bytes",
                                name, bck_a_n(bck_size_of(ml->ty)),
                                (unsigned long long)bck_size_of(ml->ty), bck_fn_name(b)));
    bck_buffer(b, d, span);
}

/* ---- E0596 / E0594 ------------------------------------------------------------------ */

/* "consider changing this to be a mutable reference": `&` -> `&mut` where
 * the reference comes from (the parameter's type, the `let`'s `&x`). */
static void suggest_mut_ref(Bck *b, Diag *d, LocalId l) {
    const BckVar *bv = bck_ast_var(b->ast, bck_local_var(b, l));
    if (!bv)
        return;
    const SourceFile *f = b->ast->file;
    Span at = {0, 0};
    bool found = false;
    const char *msg = "consider changing this to be a mutable reference";
    if (bv->param && bv->param->type && bv->param->type->kind == TE_REF &&
        bv->param->pat->kind == PAT_BIND) {
        at = span_at(bv->param->type->span.lo + 1, bv->param->type->span.lo + 1);
        found = true;
    } else if (bv->let && bv->let->as.let.pat->kind == PAT_BIND) {
        TypeExpr *te = bv->let->as.let.type;
        Expr *init = bv->let->as.let.init;
        if (te && te->kind == TE_REF) {
            at = span_at(te->span.lo + 1, te->span.lo + 1);
            found = true;
            msg = "consider changing this binding's type";
        } else if (!te && init && init->kind == EXPR_REF && !init->as.ref.mut) {
            at = span_at(init->span.lo + 1, init->span.lo + 1);
            found = true;
        }
    }
    if (!found || !f || at.lo > f->len)
        return;
    diag_suggest(d, at, "mut ", "%s", msg);
}

static const char *mut_memory_note(Bck *b, Place place, Place err_place, bool mut_borrow) {
    const char *what = bck_describe_place(b, place);
    if (!what)
        return NULL;
    if (err_place.nproj == 0) {
        const char *name = bck_local_name(b, err_place.local);
        Type *t = b->body->locals.data[err_place.local].ty;
        const char *bt = bck_bytes_of(t);
        return arena_printf(compiler_arena,
                            "`%s` is %s %s in %s's frame, declared without `mut`: its bytes may "
                            "not change once it has its value, %s",
                            name, bck_a_n(bck_size_of(t)), bt, bck_fn_name(b),
                            mut_borrow ? arena_printf(compiler_arena, "and a `&mut` to `%s` is "
                                                                      "a permission to change them",
                                                      what)
                                       : "and this assignment would change them in place");
    }
    Place ref = err_place;
    ref.nproj--;
    const char *rname = bck_describe_place(b, ref);
    Type *target = mir_place_type(b->body, err_place);
    if (!rname)
        return NULL;
    return arena_printf(compiler_arena,
                        "`%s` is an 8-byte pointer to %s %llu-byte `%s` that it only borrows; a "
                        "`&` pointer lets you read what it points to, never write it, because "
                        "others may be reading the same bytes at the same time",
                        rname, bck_a_n(bck_size_of(target)), (unsigned long long)bck_size_of(target),
                        ty_to_string(target));
}

void bck_report_mutability(Bck *b, BckLoc loc, int operand, Place place, Place err_place,
                           bool mut_borrow) {
    Span span = mut_borrow ? bck_operand_span(b, loc, operand, place)
                           : bck_operand_span(b, loc, -1, place);
    const char *access = bck_quoted_place(b, place);
    const char *item, *reason;
    bool local_err = err_place.nproj == 0;
    if (local_err) {
        item = access;
        if (place.nproj == 0)
            reason = ", as it is not declared as mutable";
        else
            reason = arena_printf(compiler_arena, ", as `%s` is not declared as mutable",
                                  bck_local_name(b, place.local));
    } else {
        const char *desc = bck_describe_place(b, place);
        if (desc) {
            item = arena_printf(compiler_arena, "`%s`", desc);
            reason = mut_borrow ? ", as it is behind a `&` reference"
                                : ", which is behind a `&` reference";
        } else {
            item = "data in a `&` reference";
            reason = "";
        }
    }
    const char *act = mut_borrow ? "borrow as mutable" : "assign";
    const char *acted_on = mut_borrow ? "borrowed as mutable" : "written to";
    const BckVar *bv = local_err ? bck_ast_var(b->ast, bck_local_var(b, err_place.local)) : NULL;

    if (mut_borrow && local_err && bv) {
        /* a second `&mut` of the same binding: one error about the binding */
        for (int i = 0; i < b->mut_errors.len; i++) {
            BckMutError *me = &b->mut_errors.data[i];
            if (!span_eq(me->decl, bv->decl))
                continue;
            me->count++;
            if (me->count == 2) {
                /* the binding becomes the primary span */
                Diag *old = me->diag;
                Diag *d = diag_new(DIAG_ERROR, old->code, bv->decl, NULL, "%s", old->message);
                for (int k = 0; k < old->labels.len; k++)
                    if (old->labels.data[k].text)
                        diag_label(d, old->labels.data[k].span, "%s", old->labels.data[k].text);
                diag_primary_label(d, bv->decl, "not mutable");
                for (int k = 0; k < old->children.len; k++)
                    vec_push(d->children, old->children.data[k]);
                me->diag = d;
                me->sort = bv->decl;
            }
            if (me->count < 10)
                diag_label(me->diag, span, "cannot %s", act);
            return;
        }
    }

    Diag *d;
    if (mut_borrow)
        d = diag_new(DIAG_ERROR, "E0596", span, NULL, "cannot borrow %s as mutable%s", item, reason);
    else
        d = diag_new(DIAG_ERROR, "E0594", span, NULL, "cannot assign to %s%s", item, reason);

    if (local_err) {
        diag_primary_label(d, span, "cannot %s", act);
        if (bv) {
            diag_suggest(d, span_at(bv->decl.lo, bv->decl.lo), "mut ",
                         "consider changing this to be mutable");
        }
    } else if (err_place.nproj == 1 && err_place.proj[0].kind == PROJ_DEREF &&
               bck_is_user_local(b, err_place.local)) {
        diag_primary_label(d, span, "`%s` is a `&` reference, so it cannot be %s",
                           bck_local_name(b, err_place.local), acted_on);
        suggest_mut_ref(b, d, err_place.local);
    } else {
        diag_primary_label(d, span, "cannot %s", act);
    }
    bck_memory_note(d, mut_memory_note(b, place, err_place, mut_borrow));

    if (mut_borrow && local_err && bv) {
        BckMutError me = {bv->decl, d, span, 1, b->seq++};
        vec_push(b->mut_errors, me);
        return;
    }
    bck_buffer(b, d, span);
}

/* ---- E0507 / E0508 ------------------------------------------------------------------ */

/* The user variable a statement `x = move place` binds from a
 * destructuring `let`, or NULL. */
static const BckVar *destructured_binding(Bck *b, BckLoc loc) {
    const MirStmt *s = bck_stmt_at(b, loc);
    if (!s || s->kind != MIR_ASSIGN || s->as.assign.place.nproj != 0 ||
        s->as.assign.rvalue.kind != RV_USE || !bck_is_user_local(b, s->as.assign.place.local))
        return NULL;
    const BckVar *bv = bck_ast_var(b->ast, bck_local_var(b, s->as.assign.place.local));
    return bv && bv->let && bv->destructured && bv->let->as.let.init ? bv : NULL;
}

/* rustc's suggest_cloning_inner for an expression: `x.clone()`, with a
 * leading `*` or `&` and surrounding parentheses removed. */
static void suggest_clone_expr(Bck *b, Diag *d, Span span) {
    int n = bck_ast_find(b->ast, span, -1);
    Expr *e = n >= 0 ? b->ast->nodes.data[n].expr : NULL;
    Expr *inner = e;
    while (inner && ((inner->kind == EXPR_UNARY && inner->as.unary.op == UN_DEREF) ||
                     (inner->kind == EXPR_REF && !inner->as.ref.mut)))
        inner = inner->kind == EXPR_REF ? inner->as.ref.operand : inner->as.unary.operand;
    if (!e || !inner)
        return;
    const char *msg = "consider cloning the value if the performance cost is acceptable";
    Span tail = inner->span.hi != e->span.hi ? span_at(inner->span.hi, e->span.hi)
                                              : span_at(e->span.hi, e->span.hi);
    if (inner->span.lo != e->span.lo) {
        Diag *h = diag_suggest(d, span_at(e->span.lo, inner->span.lo), "", "%s", msg);
        diag_suggest_part(h, tail, ".clone()");
    } else {
        diag_suggest(d, tail, ".clone()", "%s", msg);
    }
}

/* rustc's add_borrow_suggestions: remove a leading `*`, else add `&`. */
static void suggest_borrow(Bck *b, Diag *d, Span span) {
    const SourceFile *f = b->ast->file;
    bool star = f && span.lo < f->len && f->text[span.lo] == '*';
    Diag *h = star ? diag_suggest(d, span_at(span.lo, span.lo + 1), "",
                                  "consider removing the dereference here")
                   : diag_suggest(d, span_at(span.lo, span.lo), "&", "consider borrowing here");
    diag_set_applicability(h, APPLY_MAYBE);
}

/* The message of a move out of place: behind which reference, or out of
 * which array. */
static Diag *move_out_diag(Bck *b, Place place, Span span, Type **array_out) {
    bool array = false, mut_ref = false;
    Type *array_ty = NULL;
    for (int k = 0; k < place.nproj; k++) {
        Place base = place;
        base.nproj = k;
        Type *bt = ty_resolve(mir_place_type(b->body, base));
        if (place.proj[k].kind == PROJ_DEREF) {
            mut_ref = bt->kind == TY_REF && bt->as.ref.mut;
            Place target = place;
            target.nproj = k + 1;
            Type *tt = ty_resolve(mir_place_type(b->body, target));
            if (tt->kind == TY_ARRAY) {
                array = true;
                array_ty = tt;
            }
            break;
        }
        if (place.proj[k].kind == PROJ_INDEX || place.proj[k].kind == PROJ_CONST_INDEX) {
            array = true;
            array_ty = bt;
            break;
        }
    }
    *array_out = array ? array_ty : NULL;
    if (array)
        return diag_new(DIAG_ERROR, "E0508", span, "cannot move out of here",
                        "cannot move out of type `%s`, a non-copy array", ty_to_string(array_ty));
    const char *desc = bck_describe_place(b, place);
    const char *src = mut_ref ? "mutable reference" : "shared reference";
    if (desc)
        return diag_new(DIAG_ERROR, "E0507", span, NULL,
                        "cannot move out of `%s` which is behind a %s", desc, src);
    return diag_new(DIAG_ERROR, "E0507", span, NULL, "cannot move out of a %s", src);
}

static void move_out_note(Bck *b, Diag *d, Place place, Type *array_ty) {
    if (!bck_memory_notes())
        return;
    Type *ty = mir_place_type(b->body, place);
    const char *desc = bck_describe_place(b, place);
    if (desc && ty_unsized_by_value(ty))
        bck_memory_note(d, arena_printf(compiler_arena,
                                    "`%s` is text reached through a 16-byte reference (pointer "
                                    "and length); its bytes belong to their owner (a String's "
                                    "heap buffer, or static data for a literal), so they cannot "
                                    "be moved out from behind the reference",
                                    desc));
    else if (desc && array_ty)
        bck_memory_note(d, arena_printf(compiler_arena,
                                    "an array keeps its %llu elements side by side in one "
                                    "%llu-byte block and drops all of them; moving `%s` out "
                                    "would leave a hole whose %s the array would still drop, "
                                    "so its heap buffer would be freed twice",
                                    (unsigned long long)array_ty->as.array.len,
                                    (unsigned long long)bck_size_of(array_ty), desc,
                                    bck_bytes_of(ty)));
    else if (desc)
        bck_memory_note(d, arena_printf(compiler_arena,
                                    "`%s` is %s %s that someone else owns, reached through an "
                                    "8-byte pointer; moving it out would copy those bytes and "
                                    "leave the owner's copy in place, so the heap buffer would "
                                    "have two owners and be freed twice",
                                    desc, bck_a_n(bck_size_of(ty)), bck_bytes_of(ty)));
}

/* The moves of one destructuring `let` from behind a reference: one error
 * at the initializer, "data moved here" at each binding. */
static void report_move_out_group(Bck *b, const BckIllegalMove *moves, const BckVar **vars,
                                  int n) {
    Span span = vars[0]->let->as.let.init->span;
    Type *array_ty;
    Diag *d = move_out_diag(b, moves[0].place, span, &array_ty);
    suggest_borrow(b, d, span);
    for (int i = 0; i < n; i++)
        bck_label(d, span, vars[i]->decl, i == 0 ? "data moved here" : "...and here");
    if (n == 1) {
        Type *t = vars[0]->var->ty ? ty_zonk(vars[0]->var->ty) : NULL;
        if (t)
            bck_label(d, span, vars[0]->decl,
                  arena_printf(compiler_arena,
                               "move occurs because `%s` has type `%s`, which does not "
                               "implement the `Copy` trait",
                               sym_str(vars[0]->var->name), ty_to_string(t)));
    } else {
        diag_note(d, "move occurs because these variables have types that don't implement the "
                     "`Copy` trait");
    }
    move_out_note(b, d, moves[0].place, array_ty);
    bck_buffer(b, d, span);
}

static void report_move_out(Bck *b, BckLoc loc, int operand, Place place) {
    Type *ty = mir_place_type(b->body, place);
    const MirStmt *s = bck_stmt_at(b, loc);
    /* `let x = <place>;`: rustc points at the whole initializer */
    bool from_let = false;
    Span span = bck_operand_span(b, loc, operand, place);
    if (s && s->kind == MIR_ASSIGN && s->as.assign.place.nproj == 0 &&
        s->as.assign.rvalue.kind == RV_USE && bck_is_user_local(b, s->as.assign.place.local)) {
        const BckVar *bv = bck_ast_var(b->ast, bck_local_var(b, s->as.assign.place.local));
        if (bv && bv->let && !bv->destructured && bv->let->as.let.init) {
            from_let = true;
            span = bv->let->as.let.init->span;
        }
    }
    bool unsized = ty_unsized_by_value(ty);
    if (unsized) {   /* rustc first says the value cannot be moved at all */
        Diag *e = diag_new(DIAG_ERROR, "E0161", span,
                           "the size of `str` cannot be statically determined",
                           "cannot move a value of type `str`");
        if (bck_memory_notes())
            bck_memory_note(e, "a moved value needs a slot whose size is fixed at compile time; "
                               "this is text whose length is known only at run time (a `&str` "
                               "keeps it next to the pointer), so no slot can hold it");
        bck_buffer(b, e, span);
    }
    Type *array_ty;
    Diag *d = move_out_diag(b, place, span, &array_ty);
    if (from_let)
        suggest_borrow(b, d, span);
    if (!unsized)
        suggest_clone_expr(b, d, span);
    diag_primary_label(d, span, "move occurs because %s has type `%s`, which does not implement "
                                "the `Copy` trait",
                       bck_quoted_place(b, place), ty_to_string(ty));
    move_out_note(b, d, place, array_ty);
    bck_buffer(b, d, span);
}

void bck_report_move_outs(Bck *b, const BckIllegalMove *moves, int n) {
    bool *done = ALLOC_N(bool, n + 1);
    for (int i = 0; i < n; i++) {
        if (done[i])
            continue;
        const BckVar *bv = destructured_binding(b, moves[i].loc);
        if (!bv) {
            report_move_out(b, moves[i].loc, moves[i].operand, moves[i].place);
            continue;
        }
        /* the other moves of the same `let` */
        BckIllegalMove *group = ALLOC_N(BckIllegalMove, n);
        const BckVar **vars = ALLOC_N(const BckVar *, n);
        int k = 0;
        for (int j = i; j < n; j++) {
            const BckVar *bj = done[j] ? NULL : destructured_binding(b, moves[j].loc);
            if (bj && bj->let == bv->let) {
                group[k] = moves[j];
                vars[k++] = bj;
                done[j] = true;
            }
        }
        report_move_out_group(b, group, vars, k);
    }
}
