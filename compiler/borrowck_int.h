/* borrowck_int.h: what the files of the ownership checker share (not an
 * interface for other phases, which see borrowck.h).
 *
 *   borrowck.c       the analysis: move paths, moves and inits, the
 *                    checks, and the error buffer (deduplication and
 *                    rustc's order)
 *   borrowck_flow.c  the dataflow's answers, on demand per move path
 *   borrowck_ast.c   questions about the source the diagnostics need and
 *                    MIR does not keep: which expression a MIR operand came
 *                    from, parents, loops, `if`s, how a variable was declared
 *   borrowck_diag.c  the move errors (E0382, E0381) in rustc's words, the
 *                    memory notes, and the helpers the diagnostics share
 *   borrowck_access.c the errors about what may not be done to a place
 *                    (E0384, E0594, E0596, E0507, E0508)
 *   borrowck_loans.c conflicting borrows with non-lexical lifetimes (E0499,
 *                    E0502, E0503, E0505, E0506, E0597)
 *
 * The split follows rustc's: the analysis decides that something is wrong
 * and where (a MIR location and a place); the diagnostics explain it with
 * the help of the syntax tree (rustc's HIR).
 */
#ifndef OWL_BORROWCK_INT_H
#define OWL_BORROWCK_INT_H

#include "borrowck.h"
#include "mir_cfg.h"

/* ---- the syntax tree of one body (borrowck_ast.c) ------------------------ */

typedef struct BckNode {
    Expr *expr;       /* an expression, or NULL for a statement */
    Stmt *stmt;       /* the statement when expr is NULL */
    int parent;       /* index of the enclosing node, -1 at the top */
} BckNode;

/* How a variable came to be, for the suggestions and labels. */
typedef struct BckVar {
    Var *var;
    Span decl;        /* the binding with its `mut`: rustc's local decl span */
    bool has_value;   /* bound to a value where declared (let with an
                         initializer, parameter, `for` variable) */
    bool destructured;/* bound inside a tuple pattern */
    bool is_for;      /* a `for` loop's variable */
    Stmt *let;        /* its `let`, if it has one */
    Param *param;     /* its parameter, if it is one */
} BckVar;

typedef struct BckAst {
    Item *fn;
    const SourceFile *file;
    VEC(BckNode) nodes;   /* preorder: parents come before children */
    VEC(BckVar) vars;     /* indexed by Var id */
    int *index;           /* span hash -> first node of its chain */
    uint32_t index_cap;
    int *next_same;       /* per node: the next node with the same span */
} BckAst;

BckAst *bck_ast_build(Item *fn, const SourceFile *file);
/* The outermost expression with exactly this span (optionally of a kind;
 * kind -1 for any), as a node index, or -1. */
int bck_ast_find(const BckAst *a, Span span, int kind);
/* The innermost such expression. */
int bck_ast_find_inner(const BckAst *a, Span span, int kind);
const BckVar *bck_ast_var(const BckAst *a, const Var *v);
/* The span of the expression that denotes `local`'s variable inside
 * `within`, extended to `nfields` tuple-field projections; `within` itself
 * when it already is such an expression; `within` when none is found. */
Span bck_ast_refine(const BckAst *a, Span within, const Var *var, int nfields);
/* The span of operand `i` of the call-like expression (call, method call,
 * operator, macro) whose span is `call`, or `call` if there is none. */
Span bck_ast_call_arg(const BckAst *a, Span call, int i);
/* The span rustc gives a loop in "inside of this loop": its head (for
 * `loop`, the keyword). With `guess`: rustc's guess_head_span, everything
 * before the `{`, label included. */
Span bck_ast_loop_head(const BckAst *a, const Expr *loop, bool guess);

static inline bool span_contains(Span outer, Span inner) {
    return outer.lo <= inner.lo && inner.hi <= outer.hi;
}
static inline bool span_eq(Span a, Span b) { return a.lo == b.lo && a.hi == b.hi; }

/* ---- the analysis (borrowck.c) --------------------------------------------- */

/* A point in a body: statement `index` of `block`, or its terminator when
 * index equals the block's statement count. */
typedef struct BckLoc {
    int block;
    int index;
} BckLoc;

/* A move path: a local, or a tuple field of another path (rustc's
 * MovePath). Places through a deref or an index have none: nothing is ever
 * moved out of them (that is E0507 / E0508). */
typedef struct BckPath {
    LocalId local;
    int parent;        /* -1 for a local */
    int first_child;
    int next_sibling;
    int field;         /* field index in the parent tuple; -1 for a local */
    Place place;
} BckPath;

/* A move out of a path (rustc's MoveOut). */
typedef struct BckMove {
    int path;
    BckLoc loc;
    int operand;       /* which operand of the statement or call */
    bool implicit;     /* StorageDead or Drop, not written by the user */
} BckMove;

/* An initialisation of a path (rustc's Init). */
typedef struct BckInit {
    int path;
    BckLoc loc;        /* block -1: an argument, initialised on entry */
} BckInit;

/* What the use of a place needs (rustc's InitializationRequiringAction). */
typedef enum BckAction {
    ACT_USE,             /* read, by copy or move */
    ACT_BORROW,          /* & or &mut */
    ACT_ASSIGN,          /* written (as a whole) */
    ACT_PARTIAL_ASSIGN,  /* a field of it written */
} BckAction;

/* An error waiting to be emitted, ordered by its primary span. */
typedef struct BckBuffered {
    Diag *diag;
    Span sort;
    int seq;           /* insertion order breaks ties */
} BckBuffered;

typedef struct BckMoveError {
    int *moves;        /* the move-outs the error is about (its key) */
    int nmoves;
    Place used;
    Diag *diag;
    Span sort;
    int seq;
} BckMoveError;

typedef struct BckMutError {
    Span decl;         /* the binding declared without `mut` (its key) */
    Diag *diag;
    Span sort;
    int count;
    int seq;
} BckMutError;

typedef struct Bck {
    MirProgram *prog;
    MirBody *body;
    BckAst *ast;
    int nblocks;
    MirCfg cfg;        /* successors taken last to first (mir_cfg.h) */
    int *loc_start;    /* per block: the number of its first location */
    int nlocs;
    int *visit_mark;   /* bck_visit's per-location marks, and its epoch */
    int visit_epoch;
    struct BckLocalFacts *facts; /* borrowck_diag.c's, per local, made once */
    /* move data */
    VEC(BckPath) paths;
    int *root;         /* local -> its path, -1 when not tracked */
    bool *tracked;     /* per local: has move paths (see tracked_locals) */
    VEC(BckMove) moves;
    VEC(BckInit) inits;
    struct BckFlow *flow;   /* the dataflow's memo (borrowck_flow.c) */
    /* error state */
    VEC(BckBuffered) diags;
    VEC(BckMoveError) move_errors;
    VEC(BckMutError) mut_errors;
    VEC(LocalId) uninit_reported;   /* locals with an E0381 already */
    VEC(Span) access_reported;      /* (place local, span) pairs with an */
    VEC(LocalId) access_reported_local; /* access error already */
    int seq;
} Bck;

BckLoc bck_loc(int block, int index);
bool bck_loc_eq(BckLoc a, BckLoc b);
bool bck_is_terminator(const Bck *b, BckLoc l);
/* The path a place denotes exactly (-1 if it has none). */
int bck_path_exact(const Bck *b, Place p);
/* The path of the longest prefix of p that has one (a local at least). */
int bck_path_closest(const Bck *b, Place p);
/* Whether location a dominates location b (constant time: the dominator
 * tree's preorder intervals). */
bool bck_dominates(const Bck *b, BckLoc a, BckLoc bb);
/* Searches over locations that the diagnostics run once per error: a new
 * search forgets what earlier ones visited, in constant time, so that
 * 5,000 errors in a long function do not each clear (or allocate) a mark
 * per location. bck_visit is true the first time loc is visited. */
void bck_visit_begin(Bck *b);
bool bck_visit(Bck *b, BckLoc loc);
/* The control-flow predecessors of a location (rustc's
 * predecessor_locations); returns how many were written to out. */
int bck_pred_locs(const Bck *b, BckLoc loc, BckLoc *out, int cap);
/* The moves / inits recorded at a location. */
int bck_moves_at(const Bck *b, BckLoc loc, int *out, int cap);
int bck_inits_at(const Bck *b, BckLoc loc, int *out, int cap);
/* Whether local is a variable the user declared (not a temporary). */
bool bck_is_user_local(const Bck *b, LocalId l);

/* ---- the dataflow, on demand (borrowck_flow.c) ------------------------------- */

typedef struct BckFlow BckFlow;

/* Sets up the questions below for a body whose moves and inits are
 * gathered; bck_flow_done frees what they memoised. */
void bck_flow_init(Bck *b);
void bck_flow_done(Bck *b);
/* Whether move path `path` may be uninitialised just before loc. */
bool bck_maybe_uninit(const Bck *b, int path, BckLoc loc);
/* The lowest index of the inits of `path` (a local's root path) that may
 * have happened before loc, without its storage ending since; -1 if none. */
int bck_ever_init(const Bck *b, int path, BckLoc loc);

/* Buffers an error for this body. */
void bck_buffer(Bck *b, Diag *d, Span sort);

/* ---- conflicting borrows (borrowck_loans.c) ---------------------------------- */

/* E0499, E0502, E0503, E0505, E0506, E0597 for one body. */
void bck_check_loans(Bck *b);

/* ---- diagnostics (borrowck_diag.c) ------------------------------------------ */

/* Whether the memory notes are wanted (--no-memory-notes turns them off). */
bool bck_memory_notes(void);

/* E0382 / E0381: a use of `used` at loc needing `action`, while the path
 * `mpi` (prefix `moved` of `used`, or a part of it) may be uninitialised. */
void bck_report_moved(Bck *b, BckLoc loc, int operand, BckAction action, Place moved,
                      Place used, int mpi);
/* E0384: an assignment at loc to the immutable local `l`, which init
 * `init` may already have initialised. */
void bck_report_reassign(Bck *b, BckLoc loc, LocalId l, int init);
/* E0596 / E0594: a `&mut` borrow (mut_borrow) or an assignment of `place`,
 * whose prefix `err_place` is what is not mutable. */
void bck_report_mutability(Bck *b, BckLoc loc, int operand, Place place, Place err_place,
                           bool mut_borrow);
/* A move out of a place behind a deref or an index: never allowed. */
typedef struct BckIllegalMove {
    BckLoc loc;
    int operand;
    Place place;
} BckIllegalMove;

/* E0507 / E0508, one per move, except that the moves of one destructuring
 * `let` make one error (rustc's grouped move errors). */
void bck_report_move_outs(Bck *b, const BckIllegalMove *moves, int n);
/* Helpers the diagnostics share. */
const char *bck_local_name(const Bck *b, LocalId l);      /* its name, or NULL */
const Var *bck_local_var(const Bck *b, LocalId l);
Span bck_decl_span(const Bck *b, LocalId l);              /* the binding with `mut` */
const char *bck_quoted_place(const Bck *b, Place p);      /* "`t.0`" or "value" */
const MirStmt *bck_stmt_at(const Bck *b, BckLoc loc);     /* NULL at a terminator */
Span bck_init_span(const Bck *b, int init);
/* A label on d; on the primary span it is the primary label. */
void bck_label(Diag *d, Span primary, Span span, const char *text);
void bck_memory_note(Diag *d, const char *text);          /* if wanted and text */
const char *bck_a_n(uint64_t n);                          /* "a" 4-byte, "an" 8-byte */
const char *bck_bytes_of(Type *t);                        /* "24-byte (cap, ptr, len) header" */
uint64_t bck_size_of(Type *t);
const char *bck_fn_name(const Bck *b);

/* The span of operand `operand` of the statement or terminator at loc (an
 * operand index of -1: the destination / the whole statement). */
Span bck_operand_span(Bck *b, BckLoc loc, int operand, Place p);
/* `t.0`, `*r`, `a[_]`, or NULL for a place rustc would not name. */
const char *bck_describe_place(const Bck *b, Place p);

#endif
