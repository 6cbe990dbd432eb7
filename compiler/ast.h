/* ast.h: the abstract syntax tree, as the parser builds it and the type
 * checker annotates it.
 *
 * Nodes are tagged structs allocated in the compiler arena; each kind's
 * comment names the union member it uses. The parser fills the syntax; the
 * type checker fills the fields marked "(typeck)": every Expr's type, what
 * each path resolves to, which builtin a method call is, and the coercions
 * Rust inserts implicitly (made explicit as EXPR_COERCE nodes), so that MIR
 * building needs no knowledge of Rust's inference rules.
 *
 * Spans cover the source text of the node; a parenthesised expression's span
 * includes its parentheses, as in rustc.
 */
#ifndef OWL_AST_H
#define OWL_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "builtins.h"
#include "diag.h"
#include "types.h"

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Block Block;
typedef struct Pat Pat;
typedef struct TypeExpr TypeExpr;
typedef struct Item Item;
typedef struct Var Var;
typedef struct FmtTemplate FmtTemplate;
typedef struct ConstValue ConstValue;  /* defined below; used by Item */

typedef VEC(Expr *) ExprVec;
typedef VEC(Stmt *) StmtVec;
typedef VEC(Pat *) PatVec;
typedef VEC(TypeExpr *) TypeExprVec;
typedef VEC(Item *) ItemVec;

/* ---- paths ---------------------------------------------------------------- */

typedef struct PathSeg {
    Symbol name;
    Span span;
    TypeExprVec generics;  /* `::<T>` or `<T>` arguments; usually empty */
} PathSeg;

typedef struct Path {
    VEC(PathSeg) segs;
    Span span;
} Path;

/* ---- types as written ------------------------------------------------------ */

typedef enum TypeExprKind {
    TE_PATH,   /* as.path: i32, String, str, Vec<T> */
    TE_REF,    /* as.ref: &T, &mut T, &'a T */
    TE_TUPLE,  /* as.tuple: (A, B), () */
    TE_ARRAY,  /* as.array: [T; N] */
    TE_SLICE,  /* as.slice: [T] */
    TE_NEVER,  /* ! */
    TE_INFER,  /* _ */
} TypeExprKind;

struct TypeExpr {
    TypeExprKind kind;
    Span span;
    Type *resolved;  /* (typeck) */
    union {
        Path *path;                                              /* TE_PATH */
        struct { TypeExpr *inner; bool mut; Symbol lifetime; } ref; /* TE_REF */
        TypeExprVec tuple;                                       /* TE_TUPLE */
        struct { TypeExpr *elem; Expr *len; } array;             /* TE_ARRAY */
        struct { TypeExpr *elem; } slice;                        /* TE_SLICE */
    } as;
};

/* ---- variables --------------------------------------------------------------- */

/* A local variable or parameter, created by a binding pattern. */
struct Var {
    Symbol name;
    Span span;        /* the identifier in its pattern */
    Span mut_span;    /* `mut` keyword if any (for suggestions) */
    bool mutable;
    bool is_param;
    Type *ty;         /* (typeck) */
    int id;           /* unique within its function */
};

/* ---- patterns -------------------------------------------------------------------- */

typedef enum PatKind {
    PAT_BIND,   /* as.bind: x, mut x, ref x */
    PAT_WILD,   /* _ */
    PAT_TUPLE,  /* as.tuple: (a, (b, _)) */
    PAT_LIT,    /* as.lit: a literal (match patterns, Tier 3) */
    PAT_REST,   /* .. inside a tuple pattern */
} PatKind;

struct Pat {
    PatKind kind;
    Span span;
    Type *ty;  /* (typeck) */
    union {
        struct { Symbol name; bool mut; bool by_ref; Span mut_span; Var *var; } bind;
        PatVec tuple;
        Expr *lit;
    } as;
};

/* ---- format strings (built by typeck from a macro's literal) ----------------------- */

/* Where a width or precision comes from. */
typedef enum FmtCount {
    FMT_COUNT_NONE,   /* not given */
    FMT_COUNT_LIT,    /* a number in the spec: {:5} */
    FMT_COUNT_ARG,    /* from an argument: {:w$}, {:1$}, {:.*} (usize) */
} FmtCount;

typedef struct FmtPiece {
    /* literal text (already unescaped of {{ }}), or an argument */
    bool is_arg;
    const char *text;      /* literal bytes */
    uint32_t text_len;
    int arg;               /* index into the macro's args (after captures) */
    /* the spec, mirroring OwlFmtSpec in runtime/owl_rt.h */
    uint32_t fill;
    uint8_t align;         /* OWL_ALIGN_* */
    uint8_t flags;         /* OWL_FLAG_* */
    uint8_t trait;         /* OWL_FMT_*: 0 display, '?', 'x', ... */
    FmtCount width_kind;
    int64_t width;         /* the literal, or the arg index */
    FmtCount prec_kind;
    int64_t precision;     /* the literal, or the arg index */
    Span span;             /* the {...} placeholder in the source */
} FmtPiece;

struct FmtTemplate {
    VEC(FmtPiece) pieces;
    uint32_t literal_len;  /* sum of literal piece lengths (format! capacity) */
};

/* ---- expressions --------------------------------------------------------------------- */

typedef enum BinOp {
    BIN_ADD, BIN_SUB, BIN_MUL, BIN_DIV, BIN_REM,
    BIN_AND, BIN_OR, BIN_XOR, BIN_SHL, BIN_SHR,  /* bitwise */
    BIN_EQ, BIN_NE, BIN_LT, BIN_LE, BIN_GT, BIN_GE,
    BIN_LAND, BIN_LOR,                           /* && || (short-circuit) */
} BinOp;

typedef enum UnOp { UN_NEG, UN_NOT, UN_DEREF } UnOp;

/* Implicit conversions typeck makes explicit. */
typedef enum CoerceKind {
    COERCE_DEREF_STRING,  /* &String -> &str (deref coercion) */
    COERCE_REBORROW,      /* &mut T -> &T */
    COERCE_NEVER,         /* ! -> any type */
    COERCE_AUTOREF,       /* method receiver: place -> &place */
    COERCE_AUTOREF_MUT,   /* method receiver: place -> &mut place */
    COERCE_AUTODEREF,     /* method receiver: &T -> T (a place) */
} CoerceKind;

/* What a path expression names. */
typedef enum ResKind {
    RES_NONE,      /* unresolved (error reported) */
    RES_LOCAL,     /* as.var */
    RES_FN,        /* as.item: a user function */
    RES_STATIC,    /* as.item */
    RES_CONST,     /* as.item */
    RES_BUILTIN,   /* as.builtin: String::from, size_of, ... */
    RES_CONST_VALUE, /* as.value: i32::MAX, f64::NAN (value in Expr.as.lit) */
} ResKind;

typedef enum MacroKind {
    MACRO_CALL,   /* name!(args) with comma-separated exprs */
    MACRO_REPEAT, /* name![elem; count] (vec!) */
} MacroKind;

typedef struct MacroArg {
    Symbol name;  /* `name = expr`, or 0 */
    Span name_span;
    Expr *expr;
} MacroArg;

typedef enum ExprKind {
    EXPR_INT,        /* as.lit */
    EXPR_FLOAT,      /* as.lit */
    EXPR_BOOL,       /* as.lit */
    EXPR_CHAR,       /* as.lit */
    EXPR_STR,        /* as.lit: bytes after escapes */
    EXPR_PATH,       /* as.path */
    EXPR_UNARY,      /* as.unary */
    EXPR_BINARY,     /* as.binary */
    EXPR_ASSIGN,     /* as.assign (op unused) */
    EXPR_COMPOUND_ASSIGN, /* as.assign: lhs op= rhs */
    EXPR_REF,        /* as.ref: &e, &mut e */
    EXPR_CAST,       /* as.cast: e as T */
    EXPR_CALL,       /* as.call */
    EXPR_METHOD,     /* as.method */
    EXPR_FIELD,      /* as.field: e.name */
    EXPR_TUPLE_FIELD,/* as.tuple_field: e.0 */
    EXPR_INDEX,      /* as.index: e[i] */
    EXPR_TUPLE,      /* as.list: (a, b), () */
    EXPR_ARRAY,      /* as.list: [a, b] */
    EXPR_REPEAT,     /* as.repeat: [v; n] */
    EXPR_BLOCK,      /* as.block */
    EXPR_IF,         /* as.if_ */
    EXPR_WHILE,      /* as.loop */
    EXPR_LOOP,       /* as.loop */
    EXPR_FOR,        /* as.loop */
    EXPR_BREAK,      /* as.jump */
    EXPR_CONTINUE,   /* as.jump */
    EXPR_RETURN,     /* as.jump (value only) */
    EXPR_RANGE,      /* as.range: a..b, a..=b, ..b, a.. */
    EXPR_MACRO,      /* as.mac */
    EXPR_COERCE,     /* as.coerce (typeck) */
} ExprKind;

typedef struct Literal {
    u128 int_value;      /* EXPR_INT: the magnitude as written; EXPR_CHAR,
                            EXPR_BOOL: the value; RES_CONST_VALUE: the bit
                            pattern in the type's width, zero-extended */
    double float_value;  /* EXPR_FLOAT */
    const char *text;    /* EXPR_FLOAT: the digits as written; EXPR_STR: bytes */
    uint32_t len;        /* EXPR_STR: byte length */
    Type *suffix;        /* i32 in 5i32, f32 in 1.5f32; NULL if none */
} Literal;

struct Expr {
    ExprKind kind;
    Span span;
    Type *ty;   /* (typeck) */
    union {
        Literal lit;
        struct { Path *path; ResKind res; Var *var; Item *item; Builtin builtin;
                 Literal value; } path;
        struct { UnOp op; Expr *operand; } unary;
        struct { BinOp op; Expr *lhs; Expr *rhs; Span op_span;
                 Builtin builtin; /* (typeck) STRING_ADD, STR_EQ ... or NONE */ } binary;
        struct { BinOp op; Expr *lhs; Expr *rhs; Span op_span;
                 Builtin builtin; /* (typeck) STRING_ADD_ASSIGN or NONE */ } assign;
        struct { bool mut; Expr *operand; } ref;
        struct { Expr *operand; TypeExpr *type; } cast;
        struct { Expr *callee; ExprVec args; } call;
        struct { Expr *receiver; Symbol name; Span name_span; TypeExprVec generics;
                 ExprVec args; Builtin builtin; /* (typeck) */ } method;
        struct { Expr *base; Symbol name; Span name_span; int index; /* (typeck) */ } field;
        struct { Expr *base; int index; Span index_span; } tuple_field;
        struct { Expr *base; Expr *index; } index;
        ExprVec list;
        struct { Expr *value; Expr *count; uint64_t len; /* (typeck) */ } repeat;
        Block *block;
        struct { Expr *cond; Block *then; Expr *else_; /* block or if, or NULL */ } if_;
        struct { Symbol label; Span label_span; Expr *cond; /* while */
                 Pat *pat; Expr *iter; /* for */ Block *body; } loop;
        struct { Symbol label; Span label_span; Expr *value; Expr *target; /* (typeck) the loop */ } jump;
        struct { Expr *lo; Expr *hi; bool inclusive; } range;
        struct { Symbol name; Span name_span; MacroKind form; VEC(MacroArg) args;
                 Builtin builtin;     /* (typeck) */
                 FmtTemplate *fmt;    /* (typeck) for the format macros */
                 ExprVec fmt_args;    /* (typeck) the arguments the template indexes,
                                         implicit captures included */
                 const char *cond_text; /* (typeck) assert!: the condition's source */ } mac;
        struct { CoerceKind kind; Expr *inner; } coerce;
    } as;
};

/* ---- statements and blocks -------------------------------------------------------------- */

typedef enum StmtKind {
    STMT_LET,    /* as.let */
    STMT_EXPR,   /* as.expr: an expression statement (with or without `;`) */
    STMT_ITEM,   /* as.item: an item inside a block */
    STMT_EMPTY,  /* a lone `;` */
} StmtKind;

struct Stmt {
    StmtKind kind;
    Span span;
    union {
        struct { Pat *pat; TypeExpr *type; Expr *init; } let;
        struct { Expr *expr; bool semi; } expr;
        Item *item;
    } as;
};

struct Block {
    StmtVec stmts;
    Expr *tail;   /* the final expression without `;`, or NULL */
    Span span;    /* from `{` to `}` */
};

/* ---- items -------------------------------------------------------------------------------- */

typedef enum ItemKind {
    ITEM_FN,      /* as.fn */
    ITEM_STATIC,  /* as.global */
    ITEM_CONST,   /* as.global */
    ITEM_USE,     /* as.use */
} ItemKind;

typedef struct Param {
    Pat *pat;
    TypeExpr *type;
    Span span;
} Param;

typedef struct UseTree {
    Path *path;     /* full path, e.g. std::mem::size_of */
    Symbol alias;   /* the name it binds (last segment or `as` name); 0 for glob */
    bool glob;      /* std::mem::* */
    Span span;
} UseTree;

typedef struct Attr {
    Symbol name;    /* derive, allow, repr, ... */
    const char *text; /* the whole attribute's source text */
    Span span;
} Attr;

struct Item {
    ItemKind kind;
    Span span;
    Symbol name;
    Span name_span;
    VEC(Attr) attrs;
    union {
        struct { VEC(Param) params; TypeExpr *ret; Block *body; Span sig_span;
                 VEC(Symbol) lifetimes; Type *ret_ty; /* (typeck) */
                 int nvars; /* (typeck) Vars numbered 0..nvars-1 */ } fn;
        struct { TypeExpr *type; Expr *init; bool mut; Type *ty; /* (typeck) */
                 ConstValue *value; /* (typeck) the evaluated initializer */ } global;
        VEC(UseTree) use;
    } as;
};

typedef struct Crate {
    ItemVec items;
    SourceFile *file;
    VEC(Attr) attrs;  /* inner attributes of the file: #![allow(...)] */
} Crate;

/* ---- constant values ----------------------------------------------------------------------
 * The value of a `const` or `static` initializer, an array length, or a
 * literal operand in MIR. Integers are bit patterns in their type's width. */
typedef enum ConstKind {
    CONST_INT,       /* bits */
    CONST_FLOAT,     /* f (an f32 is stored as the exact double of the float) */
    CONST_BOOL,      /* bits: 0 or 1 */
    CONST_CHAR,      /* bits: the scalar value */
    CONST_STR,       /* bytes, len: a &'static str */
    CONST_UNIT,      /* () and other zero-sized values */
    CONST_AGGREGATE, /* elems: a tuple (source order) or an array */
    CONST_STATIC_REF,/* item: the address of a static, of type &T */
    CONST_FN,        /* item: a user function (the callee of a Call) */
} ConstKind;

typedef struct ConstValue ConstValue;
struct ConstValue {
    ConstKind kind;
    Type *ty;
    u128 bits;
    double f;
    const char *bytes;
    uint32_t len;
    ConstValue **elems;
    int nelems;
    Item *item;
};

/* ---- construction and printing ---------------------------------------------------------- */

Expr *ast_expr(ExprKind kind, Span span);
Stmt *ast_stmt(StmtKind kind, Span span);
Pat *ast_pat(PatKind kind, Span span);
TypeExpr *ast_type(TypeExprKind kind, Span span);
Item *ast_item(ItemKind kind, Span span);
Block *ast_block(Span span);
Path *ast_path(Span span);
/* Wrap *slot in an EXPR_COERCE node of type `to`. */
void ast_coerce(Expr **slot, CoerceKind kind, Type *to);

const char *binop_text(BinOp op);   /* "+", "==", ... */
const char *unop_text(UnOp op);

/* --dump-ast: a readable S-expression tree, with types once typeck ran. */
void ast_dump(const Crate *crate, CharVec *out);

#endif
