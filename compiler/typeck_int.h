/* typeck_int.h: the internal interface between the files of the type
 * checker (not for other phases; they see typeck.h only).
 *
 *   resolve.c       scopes, items, `use`, std paths: names to Resolutions
 *   typeck.c        the driver: items, functions, statements, blocks,
 *                   control flow, patterns, unification and coercion
 *   typeck_diag.c   E0308 with rustc's labels, notes and helps
 *   typeck_expr.c   literals, paths, casts, calls, methods, indexing, fields
 *   typeck_ops.c    unary and binary operators, assignment
 *   typeck_macro.c  println!/format!/assert!/... arguments and templates
 *   typeck_finish.c zonking, deferred checks, E0282, overflowing_literals
 *   fmtstr.c        format-string syntax to FmtTemplate
 *   consteval.c     constant evaluation (const/static initialisers, lengths)
 *   unused.c        unused_parens and unused_variables warnings
 *
 * Diagnostics are buffered per phase of rustc (macro expansion, name
 * resolution, type checking, lints) and emitted in that order at the end, so
 * that the order of several errors matches rustc's; lints are emitted only if
 * no error was reported, as rustc stops before its lint passes.
 */
#ifndef OWL_TYPECK_INT_H
#define OWL_TYPECK_INT_H

#include "ast.h"

/* ---- diagnostics in rustc's phase order ------------------------------------ */

typedef enum TcPhase {
    PHASE_EXPAND,   /* format-string errors (rustc's macro expansion) */
    PHASE_EARLY_LINT, /* unused_parens warnings (an early lint) */
    PHASE_RESOLVE,  /* E0425 for values, E0412, E0433, imports */
    PHASE_TYPECK,   /* everything else, in checking order */
    PHASE_LINT,     /* deny-by-default lints (overflowing_literals) */
    PHASE_COUNT
} TcPhase;

void tc_emit(Diag *d, TcPhase phase);
/* A failed trait obligation (E0277): rustc reports those when it next
 * selects obligations, at the end of the statement or before a call's
 * arguments are checked; tc_flush_deferred() is that point. */
void tc_defer(Diag *d);
void tc_flush_deferred(void);
/* Emits an E0308 between these types (deciding whether rustc would have
 * selected pending obligations first). */
void tc_emit_mismatch(Diag *d, Type *expected, Type *found);
/* An error with a primary label, queued in `phase`. */
Diag *tc_error(TcPhase phase, Span span, const char *code, const char *label,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* "<what> is not supported by owl": emitted at once, counts as an error. */
void tc_unsupported(Span span, const char *what);
int tc_error_count(void);   /* errors queued or emitted by typeck so far */

/* The source text of a span (for assert! texts and suggestions). */
const char *tc_source(Span span);
/* Is the source text of outer one pair of parentheses around the rest (a
 * parenthesised expression's span includes them: the AST keeps no node for
 * them)? If so, *inner is the text between them less surrounding blanks. */
bool tc_paren_wrapped(Span outer, Span *inner);
/* rustc's E0277 for a value of type str (ty_unsized_by_value) where a size
 * is needed (a local, an argument, a return value, a format argument): the
 * error with its label and help. */
Diag *tc_unsized_error(Span span);
extern SourceFile *tc_file;

/* ---- resolve.c ---------------------------------------------------------------- */

typedef struct Resolution {
    ResKind kind;
    Var *var;          /* RES_LOCAL */
    Item *item;        /* RES_FN, RES_STATIC, RES_CONST */
    Builtin builtin;   /* RES_BUILTIN */
    Type *ty;          /* RES_CONST_VALUE: the constant's type */
    Literal value;     /* RES_CONST_VALUE */
} Resolution;

void rs_init(Crate *crate);          /* crate scope: items and `use`s */
void rs_push(void);                  /* enter a block */
void rs_pop(void);                   /* leave it */
void rs_push_fn(void);               /* a fn body: outer locals invisible */
void rs_pop_fn(void);
void rs_declare_var(Var *v);
/* Items and `use`s of a block, visible in the whole block. */
void rs_declare_block_items(Block *b);

/* Resolves a path in value position. A failed callee is reported as
 * "cannot find function" in the typeck phase, as rustc does; other
 * failures as "cannot find value" in the resolve phase. */
Resolution rs_resolve_value(Path *p, bool is_callee);
/* Resolves a single name as a format string's implicit capture. */
Resolution rs_resolve_capture(Symbol name, Span span);
/* Primitive and std type names: i32, str, String, std::string::String.
 * NULL (after an error) if unknown. */
Type *rs_resolve_type_path(Path *p);
/* The primitive type a name denotes (i32, f64, bool, char, str), or NULL. */
Type *rs_primitive(Symbol name);
/* Whether name is a real std method or associated fn of t that Owl does
 * not provide (so calling it is "not supported", not E0599). */
bool rs_is_std_method(Type *t, Symbol name);
/* A std method of t whose name is close to name (rustc's "there is a
 * method `len` with a similar name"), or one std marks as its synonym
 * (*confusable: "you might have meant to use `len`"); NULL if none. */
const char *rs_similar_method(Type *t, Symbol name, bool *confusable);
/* Whether some numeric type or std trait has a method of this name (then a
 * call on an unsolved {integer} is rustc's E0689, not E0599). */
bool rs_is_numeric_method_name(Symbol name);

/* ---- typeck.c: the core ---------------------------------------------------------- */

/* How an expression's context constrains it (rustc's Expectation). */
typedef enum ExpectKind {
    EXPECT_NONE,   /* no information */
    EXPECT_TYPE,   /* must coerce to ty (literals take it directly) */
    EXPECT_CAST,   /* operand of `as ty`: only a hint for literals */
} ExpectKind;

/* Where a required type comes from, for the secondary label of E0308. */
typedef enum OriginKind {
    ORIGIN_NONE,        /* no secondary label */
    ORIGIN_PLAIN,       /* no label and none of rustc's helps (operators) */
    ORIGIN_ANNOTATION,  /* "expected due to this" at span */
    ORIGIN_RETURN,      /* "expected `T` because of return type" at span */
    ORIGIN_ARG,         /* "arguments to this function are incorrect" at span */
    ORIGIN_ASSIGN,      /* an assignment's target: the label is `text` */
} OriginKind;

typedef struct Origin {
    OriginKind kind;
    Span span;
    Item *fn;           /* ORIGIN_ARG: the callee, for "function defined here" */
    TypeExpr *annot;    /* ORIGIN_ANNOTATION: the type as written, if any */
    const char *text;   /* ORIGIN_ASSIGN: the label */
    int param;          /* ORIGIN_ARG: its parameter index */
} Origin;

static inline Origin origin_none(void) {
    Origin o = {ORIGIN_NONE, {0, 0}, NULL, NULL, NULL, 0};
    return o;
}

typedef struct Expect {
    ExpectKind kind;
    Type *ty;
    Origin origin;  /* why ty is required, for the labels of errors at this
                       expression itself (not passed to sub-expressions) */
} Expect;

static inline Expect expect_none(void) {
    Expect e = {EXPECT_NONE, NULL, origin_none()};
    return e;
}
static inline Expect expect_type(Type *t) {
    Expect e = {t ? EXPECT_TYPE : EXPECT_NONE, t, origin_none()};
    return e;
}
static inline Expect expect_origin(Type *t, Origin o) {
    Expect e = {t ? EXPECT_TYPE : EXPECT_NONE, t, o};
    return e;
}

static inline Origin origin_plain(void) {
    Origin o = origin_none();
    o.kind = ORIGIN_PLAIN;
    return o;
}

typedef struct LoopCtx LoopCtx;
struct LoopCtx {
    Expr *loop;        /* EXPR_LOOP / EXPR_WHILE / EXPR_FOR */
    Symbol label;
    Type *break_ty;    /* `loop`: the type break values coerce to */
    Expect expect;     /* `loop`: the loop expression's expectation */
    bool has_break;    /* a `break` targets this loop */
    Expr *first_break; /* for "expected because of this" */
    LoopCtx *outer;
};

/* The function (or constant initialiser) being checked. */
typedef struct FnCtx {
    Item *item;            /* the fn, const or static */
    bool is_const;         /* a const context: no locals, no runtime calls */
    Type *ret_ty;          /* fn return type */
    Span ret_span;         /* its annotation, or the fn name if none */
    bool ret_explicit;     /* written in the signature */
    int nvars;
    LoopCtx *loops;
    VEC(Expr *) casts;     /* checked after the body, as rustc does */
    VEC(Expr *) negs;      /* `-x` on a then unsolved integer: checked after */
    VEC(struct FmtCheck *) fmt_checks; /* trait checks left for later */
} FnCtx;

extern FnCtx *tc_fn;

/* Checks *slot and returns its type (possibly an unsolved variable). May
 * replace *slot (coercions, rewritten literals). */
Type *tc_expr(Expr **slot, Expect ex);
/* Checks *slot and coerces it to `to`; reports E0308 with `origin` and
 * returns false on mismatch. */
bool tc_expr_coerce(Expr **slot, Type *to, Origin origin);
/* Coerces an already checked expression. */
bool tc_coerce(Expr **slot, Type *to);
/* Makes a and b equal, solving variables; false (no report) if impossible. */
bool tc_unify(Type *a, Type *b);
/* Would a and b unify? Solves nothing. */
bool tc_unify_probe(Type *a, Type *b);

Type *tc_type(TypeExpr *te, bool allow_infer);
Type *tc_block(Block *b, Expect ex);
/* Coerces the value of a checked block (its tail, or () when it has none
 * and does not diverge) to `to`; false on mismatch (not reported). */
bool tc_block_coerce(Block *b, Type *block_ty, Type *to);
/* Whether an expression denotes a place (can be assigned or borrowed as
 * itself rather than a temporary). */
bool tc_is_place(Expr *e);
bool tc_is_never(Type *t);
/* Why an assignment's target has its type: the origin rustc labels
 * ("expected due to this value", "... this type", "... this parameter
 * type", "... the type of this binding"). */
Origin tc_assign_origin(Expr *lhs);

/* unused.c: rustc's unused_parens warnings, queued in PHASE_EARLY_LINT. */
void tc_lint_parens(Crate *crate);
void tc_unused_begin(void);   /* unused.c: a new compilation */

/* Whether checking this function reported an error. */
bool tc_fn_had_errors(Item *fn);
/* Whether name resolution failed anywhere (no lints run then). */
bool tc_had_resolve_errors(void);

/* ---- typeck_diag.c ---------------------------------------------------------------- */

/* E0308 "mismatched types" for `found` where `expected` was required. */
void tc_report_mismatch(Span span, Type *expected, Type *found, Origin origin, Expr *e);
/* rustc's sort string: "`i32`", "integer", "floating-point number". */
const char *tc_sort(Type *t);
/* rustc's is_simple_text: a mismatch of two such types needs no note. */
bool tc_simple_type(Type *t);
/* "expected X `A`\n   found Y `B`", aligned as rustc aligns it. */
void tc_note_expected_found(Diag *d, Type *expected, Type *found, const char *es, const char *fs);
/* The helps rustc adds to a mismatch (conversions, borrows, literals). */
void tc_mismatch_helps(Diag *d, Type *expected, Type *found, Expr *e, Origin origin);
/* The expression under any EXPR_COERCE wrappers. */
Expr *tc_peel_coerce(Expr *e);

/* ---- typeck_finish.c ---------------------------------------------------------------- */

/* Zonks the types in an expression tree (and lints its literals). */
void tc_zonk_expr(Expr *e);
/* After a fn body (or a const initialiser): zonk, deferred checks, E0282,
 * literal lints. tc_fn is the body's context. */
void tc_finish_body(Block *body, Expr *init, Item *fn);
void tc_finish_reset(void);   /* a new crate */

/* ---- typeck.c, continued ---------------------------------------------------------------- */

/* Resolves a fn's parameter and return types (idempotent). */
void tc_fn_signature(Item *fn);
/* The declared type of a const or static. */
Type *tc_global_type(Item *it);
/* Checks and evaluates a const or static initialiser (once); NULL after an
 * error. */
ConstValue *tc_global_value(Item *it);
/* Wrap *slot in a coercion to `to`. */
void tc_wrap(Expr **slot, CoerceKind kind, Type *to);

/* ---- small helpers shared by the expression files ---------------------------------- */

static inline bool is_int(Type *t) { return ty_is_integer(t); }
static inline bool is_float(Type *t) { return ty_is_float(t); }
static inline bool is_num(Type *t) { return ty_is_numeric(t); }
static inline bool is_err(Type *t) { return ty_resolve(t)->kind == TY_ERROR; }
static inline bool is_any_var(Type *t) {
    t = ty_resolve(t);
    return t->kind == TY_INFER && t->as.infer.kind == INFER_ANY;
}
static inline bool is_ref(Type *t) { return ty_resolve(t)->kind == TY_REF; }
static inline Type *deref_ty(Type *t) { return ty_resolve(ty_resolve(t)->as.ref.inner); }

static inline const char *tstr(Type *t) { return ty_to_string(t); }
/* bool, char, an integer or a float (or their variables) */
static inline bool is_scalar(Type *t) {
    t = ty_resolve(t);
    return t->kind == TY_BOOL || t->kind == TY_CHAR || t->kind == TY_INT || t->kind == TY_FLOAT ||
           (t->kind == TY_INFER && t->as.infer.kind != INFER_ANY);
}

/* ---- typeck_expr.c ------------------------------------------------------------- */

Type *tc_path_expr(Expr *e, Expect ex, bool is_callee);
Type *tc_cast(Expr *e);
void tc_check_cast(Expr *e);   /* deferred part, after defaulting */

Type *tc_call(Expr *e, Expect ex);
Type *tc_method(Expr *e);
Type *tc_index(Expr *e);
Type *tc_tuple_field(Expr *e);
Type *tc_field(Expr *e);
Type *tc_literal(Expr *e, Expect ex);
/* Wraps a reference-typed expression in an autoderef to its pointee. */
void tc_autoderef(Expr **slot);
/* String / str / &String / &&str ... adjusted to &str (STR_* builtins). */
bool tc_adjust_to_str_ref(Expr **slot);

/* ---- typeck_ops.c ---------------------------------------------------------------- */

Type *tc_unary(Expr *e, Expect ex);
Type *tc_binary(Expr *e, Expect ex);
Type *tc_assign(Expr *e);
Type *tc_compound_assign(Expr *e);
void tc_check_neg(Expr *e);    /* deferred: `-x` where x became unsigned */

/* rustc's list of String's PartialEq impls (for "can't compare"). */
#define STRING_PARTIAL_EQ_IMPLS                                            \
    "the following other types implement trait `PartialEq<Rhs>`:\n"        \
    "  `String` implements `PartialEq<&str>`\n"                            \
    "  `String` implements `PartialEq<ByteStr>`\n"                         \
    "  `String` implements `PartialEq<ByteString>`\n"                      \
    "  `String` implements `PartialEq<Cow<'_, str>>`\n"                    \
    "  `String` implements `PartialEq<Path>`\n"                            \
    "  `String` implements `PartialEq<PathBuf>`\n"                         \
    "  `String` implements `PartialEq<str>`\n"                             \
    "  `String` implements `PartialEq`"

/* ---- typeck_macro.c --------------------------------------------------------------- */

typedef struct FmtCheck FmtCheck;
Type *tc_macro(Expr *e, Expect ex);
void tc_finish_fmt_checks(void);   /* trait checks deferred to the fn's end */

/* ---- fmtstr.c ------------------------------------------------------------------ */

/* A `{...}` placeholder's reference to an argument, as parsed. */
typedef enum FmtRefKind {
    FMTREF_NEXT,    /* {} : the next positional argument */
    FMTREF_INDEX,   /* {0} */
    FMTREF_NAME,    /* {name} */
} FmtRefKind;

typedef struct FmtRef {
    FmtRefKind kind;
    int index;       /* FMTREF_INDEX */
    Symbol name;     /* FMTREF_NAME */
    Span span;       /* the reference's text in the source */
    Span full;       /* for a count, with its `$` */
} FmtRef;

/* One parsed placeholder (or literal run); the FmtPiece is filled except
 * for argument indices, which typeck_macro.c assigns from the refs. */
typedef struct FmtParsed {
    FmtPiece piece;
    FmtRef value;     /* valid when piece.is_arg */
    FmtRef width;     /* valid when piece.width_kind == FMT_COUNT_ARG */
    FmtRef prec;      /* valid when piece.prec_kind == FMT_COUNT_ARG; for
                         `.*` kind FMTREF_NEXT with star set */
    bool prec_star;   /* `.*` */
    Span spec_span;   /* the whole `{...}` */
    Span trait_span;  /* the type letters, for trait errors */
} FmtParsed;

typedef VEC(FmtParsed) FmtParsedVec;

/* Parses the format string literal `lit` (an EXPR_STR). Reports rustc's
 * "invalid format string" errors and returns false on failure. */
bool fmt_parse(Expr *lit, FmtParsedVec *out);

/* ---- consteval.c ---------------------------------------------------------------- */

/* Evaluates a checked, zonked constant expression. Reports rustc's error
 * and returns NULL if it is not constant or fails (overflow, ...). */
ConstValue *ce_eval(Expr *e);
/* The value of a const or static item, evaluating it on first use. */
ConstValue *ce_item_value(Item *it);
/* Evaluates an array length or repeat count (type usize). Returns false
 * after reporting an error. */
bool ce_eval_usize(Expr *e, uint64_t *out);
ConstValue *ce_int(Type *ty, u128 bits);

/* ---- helpers -------------------------------------------------------------------- */


#endif
