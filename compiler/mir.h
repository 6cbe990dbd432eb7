/* mir.h: the mid-level IR, the one representation that the ownership
 * checker, drop elaboration, the layout report and code generation all read.
 *
 * Shaped like rustc's MIR (and QBE's IL): a function body is a set of numbered
 * locals and a control-flow graph of basic blocks; a block is a list of
 * statements and one terminator. Local 0 is the return place, locals
 * 1..arg_count the parameters, the rest user variables, temporaries and drop
 * flags. Every read of a place says whether it copies or moves; storage
 * liveness and drops are explicit statements/terminators, so what the report
 * says happens to memory is exactly what codegen does.
 *
 * Invariants (checked by mir_verify): every block ends in a terminator whose
 * targets exist; every place's local exists; projections type-check; Drop is
 * only applied to places whose type needs drop.
 */
#ifndef OWL_MIR_H
#define OWL_MIR_H

#include "ast.h"

typedef int LocalId;
typedef int BlockId;

#define MIR_RETURN_LOCAL 0
#define NO_BLOCK (-1)

/* ---- places and operands ---------------------------------------------- */

typedef enum ProjKind {
    PROJ_DEREF,        /* *p */
    PROJ_FIELD,        /* .field: tuple element, source index `index` */
    PROJ_INDEX,        /* [local]: array element at a usize local (checked before) */
    PROJ_CONST_INDEX,  /* [index]: array element at a constant */
} ProjKind;

typedef struct Proj {
    ProjKind kind;
    int index;         /* PROJ_FIELD, PROJ_CONST_INDEX */
    LocalId local;     /* PROJ_INDEX */
    Type *ty;          /* the type after this projection */
} Proj;

typedef struct Place {
    LocalId local;
    int nproj;
    Proj *proj;        /* arena array of nproj */
} Place;

typedef enum OperandKind {
    OPERAND_COPY,   /* as.place: read, source stays valid */
    OPERAND_MOVE,   /* as.place: read, source becomes invalid */
    OPERAND_CONST,  /* as.konst */
} OperandKind;

typedef struct Operand {
    OperandKind kind;
    union {
        Place place;
        ConstValue *konst;
    } as;
} Operand;

/* ---- rvalues ----------------------------------------------------------- */

typedef enum RvalueKind {
    RV_USE,             /* as.use */
    RV_BINARY,          /* as.binary: wrapping arithmetic, comparisons, bitwise;
                           shifts mask their amount (as -O does) */
    RV_CHECKED_BINARY,  /* as.binary: add/sub/mul/shl/shr giving (T, bool):
                           field 0 the wrapped result, field 1 overflowed */
    RV_UNARY,           /* as.unary: UN_NEG (wrapping) or UN_NOT */
    RV_REF,             /* as.ref */
    RV_CAST,            /* as.cast: a primitive `as` cast to ty */
    RV_AGGREGATE,       /* as.aggregate: a tuple (source order) or array */
    RV_REPEAT,          /* as.repeat: [op; count] */
} RvalueKind;

typedef enum AggregateKind { AGG_TUPLE, AGG_ARRAY } AggregateKind;

typedef struct Rvalue {
    RvalueKind kind;
    Type *ty;   /* the type of the value produced */
    union {
        Operand use;
        struct { BinOp op; Operand lhs, rhs; } binary;
        struct { UnOp op; Operand operand; } unary;
        struct { bool mut; Place place; } ref;
        struct { Operand operand; } cast;
        struct { AggregateKind kind; Operand *ops; int nops; } aggregate;
        struct { Operand operand; uint64_t count; } repeat;
    } as;
} Rvalue;

/* ---- statements ------------------------------------------------------------- */

typedef enum MirStmtKind {
    MIR_ASSIGN,        /* as.assign: place = rvalue */
    MIR_STORAGE_LIVE,  /* as.local: its slot becomes usable */
    MIR_STORAGE_DEAD,  /* as.local: its slot is dead (after any Drop) */
    MIR_NOP,
} MirStmtKind;

typedef struct MirStmt {
    MirStmtKind kind;
    Span span;
    union {
        struct { Place place; Rvalue rvalue; } assign;
        LocalId local;
    } as;
} MirStmt;

/* ---- terminators ------------------------------------------------------------- */

typedef enum AssertKind {
    ASSERT_OVERFLOW,      /* "attempt to <op> with overflow" (binop in `op`) */
    ASSERT_OVERFLOW_NEG,  /* "attempt to negate with overflow" */
    ASSERT_DIV_ZERO,      /* "attempt to divide by zero" */
    ASSERT_REM_ZERO,      /* "attempt to calculate the remainder with a divisor of zero" */
    ASSERT_BOUNDS,        /* "index out of bounds: the len is {a} but the index is {b}" */
} AssertKind;

typedef enum CalleeKind {
    CALLEE_FN,       /* as.fn: a user function */
    CALLEE_BUILTIN,  /* as.builtin */
} CalleeKind;

typedef struct Callee {
    CalleeKind kind;
    Item *fn;               /* CALLEE_FN */
    Builtin builtin;        /* CALLEE_BUILTIN */
    FmtTemplate *fmt;       /* format macros: the template; args are &T operands
                               in template argument order */
    Type *generic;          /* size_of::<T> / align_of::<T> */
    const char *text;       /* assert!(c): "assertion failed: c" */
} Callee;

typedef enum MirTermKind {
    TERM_GOTO,        /* as.goto_ */
    TERM_SWITCH_INT,  /* as.switch_: on a bool/integer operand */
    TERM_RETURN,
    TERM_UNREACHABLE,
    TERM_CALL,        /* as.call: target NO_BLOCK if it never returns */
    TERM_ASSERT,      /* as.assert: if cond != expected, panic */
    TERM_DROP,        /* as.drop: run drop glue of place, then goto target */
} MirTermKind;

typedef struct MirTerm {
    MirTermKind kind;
    Span span;
    union {
        BlockId goto_;
        struct { Operand discr; u128 *values; BlockId *targets; int nvalues;
                 BlockId otherwise; } switch_;
        struct { Callee callee; Operand *args; int nargs; Place dest;
                 BlockId target; } call;
        struct { Operand cond; bool expected; AssertKind kind; BinOp op;
                 Operand a, b; /* ASSERT_BOUNDS: len, index */
                 BlockId target; } assert;
        struct { Place place; BlockId target; } drop;
    } as;
} MirTerm;

typedef struct MirBlock {
    VEC(MirStmt) stmts;
    MirTerm term;
    bool has_term;    /* set when the terminator is written */
} MirBlock;

/* ---- bodies --------------------------------------------------------------------- */

typedef enum LocalKind {
    LOCAL_RETURN,     /* _0 */
    LOCAL_ARG,        /* _1 .. _arg_count */
    LOCAL_VAR,        /* a user variable (var set) */
    LOCAL_TEMP,       /* a compiler temporary */
    LOCAL_DROP_FLAG,  /* a bool added by drop elaboration */
} LocalKind;

typedef struct MirLocal {
    LocalKind kind;
    Type *ty;
    Symbol name;      /* 0 for temporaries */
    Span span;        /* declaration (variables) or the expression (temps) */
    Var *var;         /* LOCAL_VAR / LOCAL_ARG */
    bool mutable;
    /* (layout) */
    uint64_t offset;  /* byte offset within the function's frame object */
} MirLocal;

typedef struct MirBody {
    Item *item;            /* the fn item */
    Symbol name;
    const char *symbol;    /* the object-file symbol ("owl.main") */
    int arg_count;
    VEC(MirLocal) locals;
    VEC(MirBlock *) blocks; /* block 0 is the entry */
    Span span;
    /* (layout) */
    uint64_t frame_size;
    uint64_t frame_align;
} MirBody;

typedef struct MirStatic {
    Item *item;
    const char *symbol;   /* "owl.static.NAME" */
    ConstValue *value;
} MirStatic;

typedef struct MirProgram {
    Crate *crate;
    VEC(MirBody *) bodies;
    VEC(MirStatic) statics;
    MirBody *main;         /* the body of `fn main` */
} MirProgram;

/* ---- helpers ----------------------------------------------------------------------- */

Place mir_place(LocalId local);
Place mir_place_project(Place base, ProjKind kind, int index, LocalId local, Type *ty);
Type *mir_place_type(const MirBody *body, Place place);
/* The same local and projections (the types are not compared). */
bool mir_place_eq(Place a, Place b);
/* a's local and projections begin b's (a place is a prefix of itself). */
bool mir_place_is_prefix(Place a, Place b);
Operand mir_copy(Place p);
Operand mir_move(Place p);
Operand mir_const(ConstValue *c);
ConstValue *const_int(Type *ty, u128 bits);
ConstValue *const_bool(bool b);
ConstValue *const_unit(void);

const char *assert_message(AssertKind kind, BinOp op); /* rustc's panic text */

/* The successors of a terminator, as assignable slots (NO_BLOCK targets of
 * diverging calls are not successors). */
int mir_succ_count(const MirTerm *t);
BlockId *mir_succ_slot(MirTerm *t, int i);
/* Threads jumps through empty blocks, merges a block into its only
 * predecessor's goto, and removes unreachable blocks (renumbering the rest),
 * as rustc's SimplifyCfg does. Run after building and after elaboration. */
void mir_simplify_cfg(MirBody *body);
/* Sorts bodies into definition order (a function before the functions
 * nested in it): the order in which rustc checks and reports them. */
void mir_sort_bodies(MirBody **bodies, int n);
/* The blocks reachable from the entry in reverse post-order (the order
 * forward dataflow converges fastest in); returns how many. The search
 * takes a block's successors first to last, or last to first. */
int mir_reverse_postorder(const MirBody *body, int *order, bool last_successor_first);

/* --dump-mir: rustc-like text ("bb0: { _1 = const 5_i32; ... }"). */
void mir_dump(const MirProgram *p, CharVec *out);
/* Checks the invariants above; an ICE on violation (a compiler bug). */
void mir_verify(const MirProgram *p);

#endif
