/* mir_build_int.h: what the two files of MIR building share (not for other
 * phases, which see mir_build.h).
 *
 *   mir_build.c      the builder: blocks, locals, scopes and drops, places
 *                    and operands, control flow, statements, functions
 *   mir_build_ops.c  operators with their checks, comparisons, calls of user
 *                    functions and builtins, and the macros
 */
#ifndef OWL_MIR_BUILD_INT_H
#define OWL_MIR_BUILD_INT_H

#include "mir_build.h"

typedef struct ScopeEntry {
    LocalId local;
    bool drop;     /* its value needs a Drop when the scope ends */
    bool storage;  /* has a StorageLive (arguments do not) */
} ScopeEntry;

typedef struct Scope {
    bool temps;    /* a temp scope: temporaries created inside go here */
    VEC(ScopeEntry) entries;   /* declaration order */
} Scope;

typedef struct LoopCtx {
    Expr *expr;        /* the loop expression (break/continue targets) */
    Symbol label;
    BlockId brk;       /* where break goes */
    BlockId cont;      /* where continue goes */
    Place dest;        /* where `break value` writes */
    int depth;         /* scopes to keep when leaving the loop */
} LoopCtx;

typedef struct Builder {
    MirProgram *prog;
    MirBody *body;
    Item *fn;
    bool checks;           /* overflow checks (debug builds) */
    BlockId cur;           /* the block being filled */
    BlockId ret_block;     /* the single block ending in Return */
    VEC(Scope) scopes;
    int temp_scope;        /* index of the scope new temporaries go into */
    VEC(LoopCtx) loops;
    VEC(LocalId) var_local;    /* Var id -> local */
    /* Temporary lifetime extension (`let r = &make();`): while `extending`
     * is set, a temporary made for a place goes into scope `ext_scope`
     * instead of the statement's. Every lowering entry point consumes the
     * flag; only the extending positions (the operand of &, elements of
     * tuples and arrays, block tails, coercions) pass it on. */
    bool extending;
    int ext_scope;
} Builder;

/* "No destination": the value is not needed (but its side effects are). */
#define DEST_NONE ((Place){-1, 0, NULL})

static inline bool mb_dest_none(Place p) { return p.local < 0; }

/* An expression's type with every inference variable replaced. */
static inline Type *mb_ety(Expr *e) { return ty_zonk(e->ty); }

/* ---- mir_build.c ------------------------------------------------------- */

BlockId mb_new_block(Builder *b);
void mb_terminate(Builder *b, MirTerm t);
void mb_goto_block(Builder *b, BlockId target, Span span);
void mb_start_dead_block(Builder *b);
void mb_push_assign(Builder *b, Span span, Place p, Rvalue rv);
Rvalue mb_rv_use(Operand o, Type *ty);
Rvalue mb_rv_binary(RvalueKind kind, BinOp op, Operand l, Operand r, Type *ty);
Rvalue mb_rv_ref(Place p, bool mut, Type *ty);
LocalId mb_new_local(Builder *b, LocalKind kind, Type *ty, Span span);
LocalId mb_new_temp(Builder *b, Type *ty, Span span);
Operand mb_take_temp(LocalId l);
int mb_push_scope(Builder *b, bool temps);
void mb_pop_scope(Builder *b, Span span);
ConstValue *mb_const_usize(uint64_t v);
bool mb_is_place_expr(Expr *e);
bool mb_expr_is_pure(Expr *e);
bool mb_is_scalar(Type *t);
bool mb_is_signed_int(Type *t);
Place mb_deref_all(Place p, Type *t);
Operand mb_lower_operand(Builder *b, Expr *e);
Operand *mb_lower_operand_list(Builder *b, Expr **es, int n);
Type *mb_scalar_type(Type *t);
Operand mb_lower_scalar_operand(Builder *b, Expr *e);
Place mb_lower_place(Builder *b, Expr *e);
void mb_switch_bool(Builder *b, Operand c, BlockId yes, BlockId no, Span span);
LocalId mb_new_switch_temp(Builder *b, Span span);
void mb_switch_and_kill(Builder *b, LocalId t, BlockId yes, BlockId no, Span span);
void mb_assign_unit(Builder *b, Place dest, Span span);
void mb_lower_logical(Builder *b, Place dest, Expr *e);

/* ---- mir_build_ops.c --------------------------------------------------- */

void mb_emit_assert(Builder *b, Operand cond, bool expected, AssertKind kind, BinOp op, Operand a,
                    Operand bb, Span span);
LocalId mb_bool_temp(Builder *b, BinOp op, Operand l, Operand r, Span span);
Rvalue mb_lower_binary_rvalue(Builder *b, Expr *e);
Rvalue mb_lower_unary_rvalue(Builder *b, Expr *e);
void mb_lower_compound_assign(Builder *b, Place dest, Expr *e);
void mb_lower_binary_into(Builder *b, Place dest, Expr *e);
void mb_lower_call(Builder *b, Place dest, Expr *e);
void mb_lower_method(Builder *b, Place dest, Expr *e);
void mb_lower_macro(Builder *b, Place dest, Expr *e);

#endif
