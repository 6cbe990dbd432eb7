/* parser.y: tokens to the AST.
 *
 * A pure bison parser with locations (Span) over the tokens of lexer.l. The
 * grammar actions only build nodes (ast.h); all checking happens in later
 * phases. Constructs Rust has but owl does not (struct, impl, match,
 * closures, ...) are parsed far enough to be skipped and reported as "not
 * supported by owl" at their span.
 *
 * Rust's grammar is not LALR(1) as written; three things make it so here:
 *  - An expression statement that starts with a block-like expression (if,
 *    while, loop, for, match, a block) ends at its `}`: `if a {} - 1` is two
 *    statements. Statements therefore start with `nb_expr` (non-block:
 *    expressions that do not begin with a block-like one), while `expr` is
 *    the general form used everywhere else.
 *  - The head of `if`, `while`, `for` and `match` is an `ns_expr` (no struct
 *    literal), so that the `{` after `if x` opens the block.
 *  - Operators lexed greedily (`>>`, `&&`, `||`, `>=`, `>>=`) are split by
 *    the token feed when the grammar wants their halves: the feed asks the
 *    parse tables whether the current state accepts the whole token.
 * The three expression forms share one operator table (the precedence
 * declarations below) and differ only in their left operand.
 *
 * Errors. The file is lexed once before parsing to report lexical errors and
 * check that delimiters balance (as rustc's token trees do); parsing starts
 * only if they do. Syntax errors are worded as rustc words them (see
 * report_syntax_error). Recovery mirrors rustc's: a syntax error inside a
 * block abandons the rest of that block (the token feed skips to its `}`),
 * one at item level abandons the file, one in a parameter list abandons the
 * list. Before that, the token feed repairs the two commonest slips the way
 * rustc does: a missing `;` before a new line and a missing `,` between
 * arguments are reported and inserted, and parsing goes on undisturbed.
 */

%code requires {
#include "ast.h"
#include "parse.h"

typedef VEC(MacroArg) MacroArgVec;
typedef VEC(Param) ParamVec;
typedef VEC(UseTree) UseTreeVec;
typedef VEC(Attr) AttrVec;
typedef VEC(Symbol) SymbolVec;
typedef VEC(Diag *) DiagVec;

/* Why the file is being lexed. */
typedef enum LexMode {
    LEX_CHECK,  /* the first pass: lexical errors, delimiters, emoji */
    LEX_PARSE,  /* the second pass, feeding the parser: silent */
    LEX_DUMP,   /* --dump-tokens: one pass that reports everything */
} LexMode;

/* The lexer's state: flex's "extra" data, shared with lexer.l. */
typedef struct LexState {
    SourceFile *file;
    const char *base;   /* flex's copy of the text from `shift` on */
    uint32_t shift;     /* bytes skipped at the start (a `#!` line) */
    LexMode mode;
    bool report;        /* report lexical errors now (mode != LEX_PARSE) */
    Diag *tok_diag;     /* LEX_PARSE: an error about the last token's literal, */
    bool tok_diag_now;  /* to report when the parser takes it (else after parsing) */
    bool fatal;         /* an unterminated string or comment ate the rest */
    uint32_t start;     /* where the comment or raw string being read began */
    int depth;          /* block comment nesting */
    int hashes;         /* the raw string's number of `#` */
    int raw_max;        /* most `#` seen after a `"` inside it, */
    uint32_t raw_end;   /* after which `"` */
    DiagVec deferred;   /* errors rustc reports after parsing (emoji) */
} LexState;

/* Generic parameters of a function: lifetimes are kept, the rest refused. */
typedef struct Generics {
    SymbolVec lifetimes;
    Span other;         /* the first type or const parameter */
    bool has_other;
} Generics;

typedef struct Parser Parser;

void lex_open(LexState *lx, void **scanner);
void lex_close(void *scanner);
}

%code provides {
int owl_yylex(YYSTYPE *yylval_param, Span *yylloc_param, void *yyscanner);
}

%code {
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
    do {                                                              \
        if (N) {                                                      \
            (Cur).lo = YYRHSLOC(Rhs, 1).lo;                           \
            (Cur).hi = YYRHSLOC(Rhs, N).hi;                           \
        } else {                                                      \
            (Cur).lo = (Cur).hi = YYRHSLOC(Rhs, 0).hi;                \
        }                                                             \
    } while (0)

/* Bison's stacks live on the heap; deep nesting (100,000 parentheses) only
 * costs memory. */
#define YYMAXDEPTH 50000000
#define YYINITDEPTH 1000
#define YYSTACK_USE_ALLOCA 0

/* The AST's vectors mostly hold one or two elements: they start with room
 * for one rather than vec_push()'s eight (a 50 MB file's AST is 5x
 * smaller for it). */
#define vec_push_small(v, x)                                                       \
    ((v).cap == 0 ? ((v).data = arena_alloc(compiler_arena, sizeof(*(v).data)), (v).cap = 1) \
                  : 0,                                                            \
     vec_push(v, x))

static int yylex(YYSTYPE *lval, Span *lloc, Parser *p, const void *yyssp);
static void yyerror(Span *loc, Parser *p, const char *msg);

/* ---- node construction (the actions' vocabulary) ---- */
static Expr *lit_expr(ExprKind k, Span sp, Literal lit);
static Expr *bool_expr(Span sp, bool v);
static Expr *path_expr_new(Path *path);
static Expr *unary(UnOp op, Expr *e, Span sp);
static Expr *ref_expr(bool mut, Expr *e, Span sp);
static Expr *binary(Parser *p, BinOp op, Expr *l, Expr *r, Span op_span, Span sp);
static Expr *assign(Expr *l, Expr *r, Span op, Span sp);
static Expr *compound(BinOp op, Expr *l, Expr *r, Span op_span, Span sp);
static Expr *cast(Expr *e, TypeExpr *t, Span sp);
static Expr *call(Expr *callee, ExprVec args, Span sp);
static Expr *index_expr(Expr *b, Expr *i, Span sp);
static Expr *field_suffix(Symbol name, Span name_span, Span sp);
static Expr *method_suffix(Symbol name, Span name_span, TypeExprVec generics, ExprVec args,
                           Span sp);
static Expr *tuple_field_suffix(Literal lit, Span index_span, Span sp);
static Expr *float_field_suffix(Parser *p, Literal lit, Span index_span, Span sp);
static Expr *apply_suffix(Expr *base, Expr *suffix, Span sp);
static Expr *range(Expr *lo, Expr *hi, bool inclusive, Span sp);
static Expr *paren(Expr *e, Span sp);
static Expr *list_expr(ExprKind k, ExprVec v, Span sp);
static Expr *repeat(Expr *v, Expr *n, Span sp);
static Expr *jump(ExprKind k, Symbol label, Span label_span, Expr *value, Span sp);
static Expr *block_expr(Block *b);
static Expr *if_expr(Expr *cond, Block *then, Expr *els, Span sp);
static Expr *loop_expr(ExprKind k, Expr *cond, Pat *pat, Expr *iter, Block *body, Span sp);
static Expr *labeled(Symbol label, Span label_span, Expr *loop, Span sp);
static Expr *macro(Path *path, MacroKind form, ExprVec args, Span sp);
static Expr *unsupported_expr(Span sp, const char *what);
static Expr *try_expr(Expr *e, Span q);
static ExprVec expr_vec1(Expr *e);
static ExprVec expr_vec_push(ExprVec v, Expr *e);

static Path *path_new(Span sp);
static Path *path_push(Path *p, Symbol name, Span sp);
static Path *path_generics(Path *p, TypeExprVec g, Span sp);

static TypeExpr *type_new(TypeExprKind k, Span sp);
static TypeExpr *type_path(Path *p);
static TypeExpr *type_ref(TypeExpr *inner, bool mut, Symbol lifetime, Span sp);
static TypeExpr *type_tuple(TypeExprVec v, Span sp);
static TypeExpr *type_array(TypeExpr *elem, Expr *len, Span sp);
static TypeExpr *type_slice(TypeExpr *elem, Span sp);
static TypeExpr *unsupported_type(Span sp, const char *what);
static TypeExprVec type_vec1(TypeExpr *t);
static TypeExprVec type_vec_push(TypeExprVec v, TypeExpr *t);

static Pat *pat_bind(Symbol name, bool mut, bool by_ref, Span mut_span, Span sp);
static Pat *pat_new(PatKind k, Span sp);
static Pat *pat_tuple(PatVec v, Span sp);
static Pat *pat_lit(Expr *e);
static Pat *unsupported_pat(Parser *p, Span sp, const char *what);
static void flush_pat_errors(Parser *p);
static void drop_pat_errors(Parser *p);
static PatVec pat_vec1(Pat *q);
static PatVec pat_vec_push(PatVec v, Pat *q);

static Stmt *stmt_new(StmtKind k, Span sp);
static Stmt *expr_stmt(Expr *e, bool semi, Span sp);
static Stmt *let_stmt(Pat *pat, TypeExpr *t, Expr *init, Span sp);
static Stmt *item_stmt(Item *it, Span sp);
static StmtVec stmts_push(StmtVec v, Stmt *s);
static Block *block_new(StmtVec stmts, Expr *tail, Span sp);

static Item *fn_item(Parser *p, Symbol name, Span name_span, Generics g, ParamVec params,
                     TypeExpr *ret, Block *body, Span sig, Span sp);
static Item *global_item(ItemKind k, bool mut, Symbol name, Span name_span, TypeExpr *t,
                         Expr *init, Span sp);
static Item *use_item(UseTreeVec trees, Span sp);
static Item *unsupported_item(Parser *p, Span sp, const char *what, const char *descr);
static Item *bodyless_fn(Parser *p, Span sig, Span semi);
static void stray_semicolon(Parser *p, Span semi);
static Item *with_attrs(Item *it, AttrVec attrs);
static Param param(Pat *pat, TypeExpr *t, Span sp);
static ParamVec params1(Param q);
static ParamVec params_push(ParamVec v, Param q);
static Generics generics_lifetime(Generics g, Symbol lt);
static Generics generics_other(Generics g, Span sp);

static UseTreeVec use_simple(Path *path, Symbol alias, bool glob, Span sp);
static UseTreeVec use_prefix(Path *prefix, UseTreeVec inner);
static UseTreeVec use_concat(UseTreeVec a, UseTreeVec b);

static Attr attr(Parser *p, Span sp, bool inner);
static AttrVec attrs1(Attr a);
static AttrVec attrs_push(AttrVec v, Attr a);

static void skip_block(Parser *p, Span open);
static void skip_to_eof(Parser *p);
static void add_item(Parser *p, Item *it);
static void add_crate_attr(Parser *p, Attr a);
}

%define api.pure full
%define api.value.type union
%define api.location.type {Span}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {Parser *p}
%lex-param {const void *yyssp}

%token <Symbol> IDENT "identifier"
%token <Symbol> LIFETIME "lifetime"
%token <Symbol> RESERVED "reserved keyword"
%token <Literal> LIT_INT "integer literal"
%token <Literal> LIT_FLOAT "float literal"
%token <Literal> LIT_STR "string literal"
%token <Literal> LIT_CHAR "character literal"

%token KW_AS "as" KW_ASYNC "async" KW_AWAIT "await" KW_BREAK "break" KW_CONST "const"
%token KW_CONTINUE "continue" KW_CRATE "crate" KW_DYN "dyn" KW_ELSE "else" KW_ENUM "enum"
%token KW_EXTERN "extern" KW_FALSE "false" KW_FN "fn" KW_FOR "for" KW_IF "if"
%token KW_IMPL "impl" KW_IN "in" KW_LET "let" KW_LOOP "loop" KW_MATCH "match" KW_MOD "mod"
%token KW_MOVE "move" KW_MUT "mut" KW_PUB "pub" KW_REF "ref" KW_RETURN "return"
%token KW_SELF "self" KW_SELF_TYPE "Self" KW_STATIC "static" KW_STRUCT "struct"
%token KW_SUPER "super" KW_TRAIT "trait" KW_TRUE "true" KW_TYPE "type" KW_UNSAFE "unsafe"
%token KW_USE "use" KW_WHERE "where" KW_WHILE "while"

%token COLONCOLON "::" ARROW "->" FATARROW "=>" EQEQ "==" NE "!=" LE "<=" GE ">="
%token ANDAND "&&" OROR "||" PLUSEQ "+=" MINUSEQ "-=" STAREQ "*=" SLASHEQ "/="
%token PERCENTEQ "%=" CARETEQ "^=" ANDEQ "&=" OREQ "|=" SHLEQ "<<=" SHREQ ">>="
%token SHL "<<" SHR ">>" DOTDOT ".." DOTDOTDOT "..." DOTDOTEQ "..="

/* Lowest first. OPEN: a construct whose operand may be absent (`return`,
 * `break`, `a..`, a closure's body) takes one whenever the next token can
 * begin it. NS_OPEN: except `{` in a condition (`for i in 0.. {`). */
%precedence OPEN
%precedence '{'
%precedence NS_OPEN
%precedence BLOCK_STMT
%precedence ';'
%precedence IF_NO_ELSE
%precedence KW_ELSE
%right '=' "+=" "-=" "*=" "/=" "%=" "^=" "&=" "|=" "<<=" ">>="
%nonassoc ".." "..="
%left "||"
%left "&&"
%left "==" "!=" '<' '>' "<=" ">="
%left '|'
%left '^'
%left '&'
%left "<<" ">>"
%left '+' '-'
%left '*' '/' '%'
%precedence KW_AS
%precedence UNARY
%precedence '?' '.' '(' '['

%nterm <Expr *> expr nb_expr ns_expr atom block_like if_expr loop_like dot_suffix
%nterm <Expr *> struct_lit macro_call macro_brace closure lit_expr
%nterm <ExprVec> expr_list call_args macro_args
%nterm <Block *> block
%nterm <Stmt *> stmt stmt_inner let_stmt
%nterm <StmtVec> stmts
%nterm <Path *> path_expr type_path use_path
%nterm <Symbol> path_seg use_seg
%nterm <TypeExpr *> type type_noplus ret_type bound
%nterm <TypeExprVec> type_list generic_args generic_arg_list turbofish
%nterm <TypeExpr *> generic_arg
%nterm <Pat *> pat closure_param let_pat for_pat
%nterm <PatVec> pat_list
%nterm <Item *> item item_body item_full fn_item
%nterm <Param> fn_param
%nterm <ParamVec> fn_params param_list closure_params
%nterm <Generics> generics generic_params
%nterm <UseTreeVec> use_tree use_list
%nterm <Attr> outer_attr inner_attr
%nterm <AttrVec> outer_attrs

%%

crate
    : items
    ;

items
    : %empty
    | items item                        { add_item(p, $2); }
    | items inner_attr                  { add_crate_attr(p, $2); }
    | items ';'                         { stray_semicolon(p, @2); }
    | items error                       { skip_to_eof(p); }
    ;

/* ---- items ---------------------------------------------------------------- */

item
    : item_full                         { $$ = $1; }
    | outer_attrs item_full             { $$ = with_attrs($2, $1); }
    ;

item_full
    : item_body                         { $$ = $1; }
    | vis item_body                     { $$ = $2; }
    ;

vis
    : KW_PUB
    | KW_PUB '(' KW_CRATE ')'
    | KW_PUB '(' KW_SUPER ')'
    | KW_PUB '(' KW_SELF ')'
    | KW_PUB '(' KW_IN use_path ')'
    ;

item_body
    : fn_item                           { $$ = $1; }
    | KW_STATIC IDENT ':' type '=' expr ';'
        { $$ = global_item(ITEM_STATIC, false, $2, @2, $4, $6, @$); }
    | KW_STATIC KW_MUT IDENT ':' type '=' expr ';'
        { $$ = global_item(ITEM_STATIC, true, $3, @3, $5, $7, @$); }
    | KW_CONST IDENT ':' type '=' expr ';'
        { $$ = global_item(ITEM_CONST, false, $2, @2, $4, $6, @$); }
    | KW_CONST '_' ':' type '=' expr ';'
        { $$ = global_item(ITEM_CONST, false, intern_cstr("_"), @2, $4, $6, @$); }
    | KW_USE use_tree ';'               { $$ = use_item($2, @$); }
    | KW_STRUCT IDENT generics where_clause '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @2), "a `struct` definition", "braced struct"); }
    | KW_STRUCT IDENT generics '(' tts ')' where_clause ';'
        { $$ = unsupported_item(p, span_join(@1, @2), "a `struct` definition", "struct"); }
    | KW_STRUCT IDENT generics where_clause ';'
        { $$ = unsupported_item(p, span_join(@1, @2), "a `struct` definition", "struct"); }
    | KW_ENUM IDENT generics where_clause '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @2), "an `enum` definition", "enum"); }
    | KW_IMPL tts_head '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @2), "an `impl` block", "implementation"); }
    | KW_UNSAFE KW_IMPL tts_head '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @3), "an `impl` block", "implementation"); }
    | KW_TRAIT tts_head '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @2), "a `trait` definition", "trait"); }
    | KW_UNSAFE KW_TRAIT tts_head '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @3), "a `trait` definition", "trait"); }
    | KW_MOD IDENT ';'
        { $$ = unsupported_item(p, span_join(@1, @2), "a `mod` item", "module"); }
    | KW_MOD IDENT '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @2), "a `mod` item", "module"); }
    | KW_TYPE IDENT generics '=' type ';'
        { $$ = unsupported_item(p, span_join(@1, @2), "a `type` alias", "type alias"); }
    | KW_EXTERN KW_CRATE IDENT ';'
        { $$ = unsupported_item(p, @$, "`extern crate`", "extern crate"); }
    | KW_EXTERN KW_CRATE IDENT KW_AS IDENT ';'
        { $$ = unsupported_item(p, @$, "`extern crate`", "extern crate"); }
    | KW_EXTERN '{' tts '}'
        { $$ = unsupported_item(p, @1, "an `extern` block", "extern block"); }
    | KW_EXTERN LIT_STR '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @2), "an `extern` block", "extern block"); }
    | path_expr '!' IDENT '{' tts '}'
        { $$ = unsupported_item(p, span_join(@1, @3), "a macro definition", "macro definition"); }
    | path_expr '!' IDENT '(' tts ')' ';'
        { $$ = unsupported_item(p, span_join(@1, @3), "a macro definition", "macro definition"); }
    ;

fn_item
    : KW_FN IDENT generics fn_params ret_type where_clause block
        { $$ = fn_item(p, $2, @2, $3, $4, $5, $7, span_join(@1, @5), @$); }
    | KW_FN IDENT generics fn_params ret_type where_clause ';'
        { $$ = bodyless_fn(p, span_join(@1, @5), @7); }
    | fn_quals KW_FN IDENT generics fn_params ret_type where_clause block
        { $$ = unsupported_item(p, span_join(@1, @3), "a `const`, `unsafe`, `async` or `extern` function", "function"); }
    ;

fn_quals
    : fn_qual
    | fn_quals fn_qual
    ;

fn_qual
    : KW_CONST
    | KW_UNSAFE
    | KW_ASYNC
    | KW_EXTERN
    | KW_EXTERN LIT_STR
    ;

fn_params
    : '(' ')'                           { $$ = (ParamVec){0}; }
    | '(' param_list ')'                { $$ = $2; }
    | '(' param_list ',' ')'            { $$ = $2; }
    | '(' error { skip_block(p, @1); } ')'
                                        { yyerrok; $$ = (ParamVec){0}; }
    ;

param_list
    : fn_param                          { $$ = params1($1); }
    | param_list ',' fn_param           { $$ = params_push($1, $3); }
    ;

fn_param
    : pat ':' type                      { flush_pat_errors(p); $$ = param($1, $3, @$); }
    | outer_attrs pat ':' type          { flush_pat_errors(p); $$ = param($2, $4, @$); }
    | KW_SELF                           { $$ = param(unsupported_pat(p, @1, "a `self` parameter"), NULL, @$); }
    | KW_MUT KW_SELF                    { $$ = param(unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | '&' KW_SELF                       { $$ = param(unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | '&' KW_MUT KW_SELF                { $$ = param(unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | '&' LIFETIME KW_SELF              { $$ = param(unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | '&' LIFETIME KW_MUT KW_SELF       { $$ = param(unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | KW_SELF ':' type                  { $$ = param(unsupported_pat(p, @1, "a `self` parameter"), NULL, @$); }
    ;

ret_type
    : %empty                            { $$ = NULL; }
    | "->" type                         { $$ = $2; }
    ;

generics
    : %empty                            { $$ = (Generics){0}; }
    | '<' '>'                           { $$ = (Generics){0}; }
    | '<' generic_params '>'            { $$ = $2; }
    | '<' generic_params ',' '>'        { $$ = $2; }
    ;

generic_params
    : generic_param1                    { $$ = generics_other((Generics){0}, @1); }
    | LIFETIME lifetime_bounds          { $$ = generics_lifetime((Generics){0}, $1); }
    | generic_params ',' LIFETIME lifetime_bounds
                                        { $$ = generics_lifetime($1, $3); }
    | generic_params ',' generic_param1 { $$ = generics_other($1, @3); }
    ;

/* A type or const parameter; fn_item() refuses them. */
generic_param1
    : IDENT bounds_opt
    | IDENT bounds_opt '=' type
    | KW_CONST IDENT ':' type
    ;

lifetime_bounds
    : %empty
    | ':' lifetimes
    ;

lifetimes
    : LIFETIME
    | lifetimes '+' LIFETIME
    ;

bounds_opt
    : %empty
    | ':' bounds
    | ':'
    ;

bounds
    : bound %prec OPEN                  {}
    | bounds '+' bound                  {}
    ;

bound
    : type_path %prec OPEN              { $$ = type_path($1); }
    | '?' type_path %prec OPEN          { $$ = type_path($2); }
    | LIFETIME                          { $$ = NULL; }
    | '(' type_path ')'                 { $$ = type_path($2); }
    ;

where_clause
    : %empty
    | KW_WHERE                          { error_unsupported(@1, "a `where` clause"); }
    | KW_WHERE where_preds              { error_unsupported(@1, "a `where` clause"); }
    | KW_WHERE where_preds ','          { error_unsupported(@1, "a `where` clause"); }
    ;

where_preds
    : where_pred
    | where_preds ',' where_pred
    ;

where_pred
    : type ':' bounds
    | type ':'
    | LIFETIME ':' lifetimes
    ;

/* `use` trees, flattened: each UseTree holds a full path. */
use_tree
    : use_path                          { $$ = use_simple($1, 0, false, @$); }
    | use_path KW_AS IDENT              { $$ = use_simple($1, $3, false, @$); }
    | use_path KW_AS '_'                { $$ = use_simple($1, intern_cstr("_"), false, @$); }
    | use_path "::" '*'                 { $$ = use_simple($1, 0, true, @$); }
    | '*'                               { $$ = use_simple(path_new(@1), 0, true, @$); }
    | "::" '*'                          { $$ = use_simple(path_new(@1), 0, true, @$); }
    | use_path "::" '{' '}'             { $$ = (UseTreeVec){0}; }
    | use_path "::" '{' use_list '}'    { $$ = use_prefix($1, $4); }
    | use_path "::" '{' use_list ',' '}'
                                        { $$ = use_prefix($1, $4); }
    | '{' '}'                           { $$ = (UseTreeVec){0}; }
    | '{' use_list '}'                  { $$ = $2; }
    | '{' use_list ',' '}'              { $$ = $2; }
    | "::" '{' use_list '}'             { $$ = $3; }
    ;

use_list
    : use_tree                          { $$ = $1; }
    | use_list ',' use_tree             { $$ = use_concat($1, $3); }
    ;

use_path
    : use_seg                           { $$ = path_push(path_new(@1), $1, @1); }
    | "::" use_seg                      { $$ = path_push(path_new(@$), $2, @2); }
    | use_path "::" use_seg             { $$ = path_push($1, $3, @3); }
    ;

use_seg
    : IDENT                             { $$ = $1; }
    | KW_SELF                           { $$ = intern_cstr("self"); }
    | KW_SUPER                          { $$ = intern_cstr("super"); }
    | KW_CRATE                          { $$ = intern_cstr("crate"); }
    ;

/* ---- attributes and token soup ---------------------------------------------------- */

outer_attrs
    : outer_attr                        { $$ = attrs1($1); }
    | outer_attrs outer_attr            { $$ = attrs_push($1, $2); }
    ;

outer_attr
    : '#' '[' tts ']'                   { $$ = attr(p, @$, false); }
    ;

inner_attr
    : '#' '!' '[' tts ']'               { $$ = attr(p, @$, true); }
    ;

/* Balanced token trees: the bodies of what owl skips. */
tts
    : %empty
    | tts tt
    ;

tt
    : any_token
    | ';'
    | '{' tts '}'
    | tt_group
    ;

tt_group
    : '(' tts ')'
    | '[' tts ']'
    ;

/* An item header up to its body: no braces, no `;`. */
tts_head
    : %empty
    | tts_head any_token
    | tts_head tt_group
    ;

any_token
    : IDENT | LIFETIME | RESERVED | LIT_INT | LIT_FLOAT | LIT_STR | LIT_CHAR
    | KW_AS | KW_ASYNC | KW_AWAIT | KW_BREAK | KW_CONST | KW_CONTINUE | KW_CRATE | KW_DYN
    | KW_ELSE | KW_ENUM | KW_EXTERN | KW_FALSE | KW_FN | KW_FOR | KW_IF | KW_IMPL | KW_IN
    | KW_LET | KW_LOOP | KW_MATCH | KW_MOD | KW_MOVE | KW_MUT | KW_PUB | KW_REF | KW_RETURN
    | KW_SELF | KW_SELF_TYPE | KW_STATIC | KW_STRUCT | KW_SUPER | KW_TRAIT | KW_TRUE
    | KW_TYPE | KW_UNSAFE | KW_USE | KW_WHERE | KW_WHILE
    | "::" | "->" | "=>" | "==" | "!=" | "<=" | ">=" | "&&" | "||" | "+=" | "-=" | "*="
    | "/=" | "%=" | "^=" | "&=" | "|=" | "<<=" | ">>=" | "<<" | ">>" | ".." | "..." | "..="
    | '+' | '-' | '*' | '/' | '%' | '^' | '!' | '&' | '|' | '=' | '<' | '>' | '@' | '.'
    | ',' | ':' | '#' | '$' | '?' | '~' | '_'
    ;

/* ---- types ------------------------------------------------------------------------ */

/* Types. After `as` a type takes no `+` (rustc's parse_ty_no_plus). */
type
    : type_noplus                       { $$ = $1; }
    | type_path '+' bounds              { $$ = unsupported_type(@$, "a trait object type"); }
    ;

type_noplus
    : type_path %prec OPEN              { $$ = type_path($1); }
    | type_path '(' ')' ret_type        { $$ = unsupported_type(@$, "an `Fn` trait type"); }
    | type_path '(' type_list ')' ret_type
                                        { $$ = unsupported_type(@$, "an `Fn` trait type"); }
    | '&' type                          { $$ = type_ref($2, false, 0, @$); }
    | '&' KW_MUT type                   { $$ = type_ref($3, true, 0, @$); }
    | '&' LIFETIME type                 { $$ = type_ref($3, false, $2, @$); }
    | '&' LIFETIME KW_MUT type          { $$ = type_ref($4, true, $2, @$); }
    | '(' ')'                           { $$ = type_tuple((TypeExprVec){0}, @$); }
    | '(' type ')'                      { $$ = $2; $$->span = @$; }
    | '(' type ',' ')'                  { $$ = type_tuple(type_vec1($2), @$); }
    | '(' type ',' type_list ')'        { TypeExprVec v = type_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = type_tuple(v, @$); }
    | '(' type ',' type_list ',' ')'    { TypeExprVec v = type_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = type_tuple(v, @$); }
    | '[' type ';' expr ']'             { $$ = type_array($2, $4, @$); }
    | '[' type ']'                      { $$ = type_slice($2, @$); }
    | '!'                               { $$ = type_new(TE_NEVER, @$); }
    | '_'                               { $$ = type_new(TE_INFER, @$); }
    | '*' KW_CONST type                 { $$ = unsupported_type(@$, "a raw pointer type"); }
    | '*' KW_MUT type                   { $$ = unsupported_type(@$, "a raw pointer type"); }
    | KW_DYN bounds %prec OPEN          { $$ = unsupported_type(@$, "a `dyn` trait object type"); }
    | KW_IMPL bounds %prec OPEN         { $$ = unsupported_type(@$, "an `impl Trait` type"); }
    | KW_FN '(' ')' ret_type            { $$ = unsupported_type(@$, "a function pointer type"); }
    | KW_FN '(' type_list ')' ret_type  { $$ = unsupported_type(@$, "a function pointer type"); }
    | type_path '!' '(' tts ')'         { $$ = unsupported_type(@$, "a macro in type position"); }
    ;

type_list
    : type                              { $$ = type_vec1($1); }
    | type_list ',' type                { $$ = type_vec_push($1, $3); }
    ;

type_path
    : path_seg                          { $$ = path_push(path_new(@1), $1, @1); }
    | "::" path_seg                     { $$ = path_push(path_new(@$), $2, @2); }
    | type_path "::" path_seg           { $$ = path_push($1, $3, @3); }
    | type_path '<' generic_args '>'    { $$ = path_generics($1, $3, @$); }
    | type_path "::" '<' generic_args '>'
                                        { $$ = path_generics($1, $4, @$); }
    ;

generic_args
    : %empty                            { $$ = (TypeExprVec){0}; }
    | generic_arg_list                  { $$ = $1; }
    | generic_arg_list ','              { $$ = $1; }
    ;

/* Lifetime arguments are accepted and dropped. */
generic_arg_list
    : generic_arg                       { $$ = (TypeExprVec){0};
                                          if ($1) vec_push_small($$, $1); }
    | generic_arg_list ',' generic_arg  { $$ = $1;
                                          if ($3) vec_push_small($$, $3); }
    ;

generic_arg
    : type                              { $$ = $1; }
    | LIFETIME                          { $$ = NULL; }
    ;

path_seg
    : IDENT                             { $$ = $1; }
    | KW_SELF                           { $$ = intern_cstr("self"); }
    | KW_SELF_TYPE                      { $$ = intern_cstr("Self"); }
    | KW_SUPER                          { $$ = intern_cstr("super"); }
    | KW_CRATE                          { $$ = intern_cstr("crate"); }
    ;

/* ---- patterns ------------------------------------------------------------------------ */

pat
    : IDENT                             { $$ = pat_bind($1, false, false, @1, @$); }
    | KW_MUT IDENT                      { $$ = pat_bind($2, true, false, @1, @$); }
    | KW_REF IDENT                      { $$ = pat_bind($2, false, true, @1, @$); }
    | KW_REF KW_MUT IDENT               { $$ = pat_bind($3, true, true, @2, @$); }
    | IDENT '@' pat                     { $$ = unsupported_pat(p, @$, "an `@` binding"); }
    | KW_MUT IDENT '@' pat              { $$ = unsupported_pat(p, @$, "an `@` binding"); }
    | KW_REF IDENT '@' pat              { $$ = unsupported_pat(p, @$, "an `@` binding"); }
    | KW_REF KW_MUT IDENT '@' pat       { $$ = unsupported_pat(p, @$, "an `@` binding"); }
    | '_'                               { $$ = pat_new(PAT_WILD, @$); }
    | ".."                              { $$ = pat_new(PAT_REST, @$); }
    | '(' ')'                           { $$ = pat_tuple((PatVec){0}, @$); }
    | '(' pat ')'                       { $$ = $2; $$->span = @$; }
    | '(' pat ',' ')'                   { $$ = pat_tuple(pat_vec1($2), @$); }
    | '(' pat ',' pat_list ')'          { PatVec v = pat_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = pat_tuple(v, @$); }
    | '(' pat ',' pat_list ',' ')'      { PatVec v = pat_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = pat_tuple(v, @$); }
    | lit_expr                          { $$ = pat_lit($1); }
    | '-' LIT_INT                       { $$ = pat_lit(unary(UN_NEG, lit_expr(EXPR_INT, @2, $2), @$)); }
    | '-' LIT_FLOAT                     { $$ = pat_lit(unary(UN_NEG, lit_expr(EXPR_FLOAT, @2, $2), @$)); }
    | '&' pat                           { $$ = unsupported_pat(p, @$, "a reference pattern"); }
    | '[' ']'                           { $$ = unsupported_pat(p, @$, "a slice pattern"); }
    | '[' pat_list ']'                  { $$ = unsupported_pat(p, @$, "a slice pattern"); }
    | IDENT '(' ')'                     { $$ = unsupported_pat(p, @$, "a tuple struct pattern"); }
    | IDENT '(' pat_list ')'            { $$ = unsupported_pat(p, @$, "a tuple struct pattern"); }
    | pat_path %prec OPEN               { $$ = unsupported_pat(p, @$, "a path pattern"); }
    | pat_path '(' ')'                  { $$ = unsupported_pat(p, @$, "a tuple struct pattern"); }
    | pat_path '(' pat_list ')'         { $$ = unsupported_pat(p, @$, "a tuple struct pattern"); }
    ;

pat_path
    : IDENT "::" path_seg
    | pat_path "::" path_seg
    ;

pat_list
    : pat                               { $$ = pat_vec1($1); }
    | pat_list ',' pat                  { $$ = pat_vec_push($1, $3); }
    ;

/* ---- statements and blocks ------------------------------------------------------------ */

block
    : '{' stmts '}'                     { $$ = block_new($2, NULL, @$); }
    | '{' stmts nb_expr '}'             { $$ = block_new($2, $3, @$); }
    | '{' stmts error { skip_block(p, @1); } '}'
                                        { yyerrok; $$ = block_new($2, NULL, @$); }
    ;

stmts
    : %empty                            { $$ = (StmtVec){0}; }
    | stmts stmt                        { $$ = stmts_push($1, $2); }
    ;

stmt
    : ';'                               { $$ = stmt_new(STMT_EMPTY, @$); }
    | inner_attr                        { $$ = NULL; }
    | stmt_inner                        { $$ = $1; }
    | outer_attrs stmt_inner            { $$ = $2;
                                          if ($$ && $$->kind == STMT_ITEM)
                                              with_attrs($$->as.item, $1); }
    ;

stmt_inner
    : let_stmt                          { $$ = $1; }
    | item_full                         { $$ = item_stmt($1, @$); }
    | nb_expr ';'                       { $$ = expr_stmt($1, true, @$); }
    | block_like %prec BLOCK_STMT       { $$ = expr_stmt($1, false, @$); }
    | block_like ';'                    { $$ = expr_stmt($1, true, @$); }
    ;

let_stmt
    : let_pat ';'                       { $$ = let_stmt($1, NULL, NULL, @$); }
    | let_pat ':' type ';'              { $$ = let_stmt($1, $3, NULL, @$); }
    | let_pat '=' expr ';'              { $$ = let_stmt($1, NULL, $3, @$); }
    | let_pat ':' type '=' expr ';'     { $$ = let_stmt($1, $3, $5, @$); }
    | let_pat '=' expr KW_ELSE block ';'
        { $$ = let_stmt($1, NULL, unsupported_expr(span_join(@4, @5), "`let`-`else`"), @$); }
    | let_pat ':' type '=' expr KW_ELSE block ';'
        { $$ = let_stmt($1, $3, unsupported_expr(span_join(@6, @7), "`let`-`else`"), @$); }
    ;

let_pat
    : KW_LET pat                        { flush_pat_errors(p); $$ = $2; }
    ;

/* `if let` and `while let`: the construct is refused as a whole. */
let_cond
    : KW_LET pat                        { drop_pat_errors(p); }
    ;

/* ---- expressions -------------------------------------------------------------------------
 * Three variants of one grammar (see the header): expr, nb_expr (statement
 * start: no leading block-like expression), ns_expr (condition: no struct
 * literal). Operators take their precedence from the declarations above. */

expr
    : atom                              { $$ = $1; }
    | block_like                        { $$ = $1; }
    | struct_lit                        { $$ = $1; }
    | closure                           { $$ = $1; }
    | expr dot_suffix                   { $$ = apply_suffix($1, $2, @$); }
    | expr '(' call_args ')'            { $$ = call($1, $3, @$); }
    | expr '[' expr ']'                 { $$ = index_expr($1, $3, @$); }
    | expr '?'                          { $$ = try_expr($1, @2); }
    | '-' expr %prec UNARY              { $$ = unary(UN_NEG, $2, @$); }
    | '!' expr %prec UNARY              { $$ = unary(UN_NOT, $2, @$); }
    | '*' expr %prec UNARY              { $$ = unary(UN_DEREF, $2, @$); }
    | '&' expr %prec UNARY              { $$ = ref_expr(false, $2, @$); }
    | '&' KW_MUT expr %prec UNARY       { $$ = ref_expr(true, $3, @$); }
    | expr KW_AS type_noplus            { $$ = cast($1, $3, @$); }
    | expr '*' expr                     { $$ = binary(p, BIN_MUL, $1, $3, @2, @$); }
    | expr '/' expr                     { $$ = binary(p, BIN_DIV, $1, $3, @2, @$); }
    | expr '%' expr                     { $$ = binary(p, BIN_REM, $1, $3, @2, @$); }
    | expr '+' expr                     { $$ = binary(p, BIN_ADD, $1, $3, @2, @$); }
    | expr '-' expr                     { $$ = binary(p, BIN_SUB, $1, $3, @2, @$); }
    | expr "<<" expr                    { $$ = binary(p, BIN_SHL, $1, $3, @2, @$); }
    | expr ">>" expr                    { $$ = binary(p, BIN_SHR, $1, $3, @2, @$); }
    | expr '&' expr                     { $$ = binary(p, BIN_AND, $1, $3, @2, @$); }
    | expr '^' expr                     { $$ = binary(p, BIN_XOR, $1, $3, @2, @$); }
    | expr '|' expr                     { $$ = binary(p, BIN_OR, $1, $3, @2, @$); }
    | expr "==" expr                    { $$ = binary(p, BIN_EQ, $1, $3, @2, @$); }
    | expr "!=" expr                    { $$ = binary(p, BIN_NE, $1, $3, @2, @$); }
    | expr '<' expr                     { $$ = binary(p, BIN_LT, $1, $3, @2, @$); }
    | expr "<=" expr                    { $$ = binary(p, BIN_LE, $1, $3, @2, @$); }
    | expr '>' expr                     { $$ = binary(p, BIN_GT, $1, $3, @2, @$); }
    | expr ">=" expr                    { $$ = binary(p, BIN_GE, $1, $3, @2, @$); }
    | expr "&&" expr                    { $$ = binary(p, BIN_LAND, $1, $3, @2, @$); }
    | expr "||" expr                    { $$ = binary(p, BIN_LOR, $1, $3, @2, @$); }
    | expr ".." expr                    { $$ = range($1, $3, false, @$); }
    | expr "..=" expr                   { $$ = range($1, $3, true, @$); }
    | expr ".." %prec OPEN              { $$ = range($1, NULL, false, @$); }
    | ".." expr                         { $$ = range(NULL, $2, false, @$); }
    | "..=" expr                        { $$ = range(NULL, $2, true, @$); }
    | ".." %prec OPEN                   { $$ = range(NULL, NULL, false, @$); }
    | expr '=' expr                     { $$ = assign($1, $3, @2, @$); }
    | expr "+=" expr                    { $$ = compound(BIN_ADD, $1, $3, @2, @$); }
    | expr "-=" expr                    { $$ = compound(BIN_SUB, $1, $3, @2, @$); }
    | expr "*=" expr                    { $$ = compound(BIN_MUL, $1, $3, @2, @$); }
    | expr "/=" expr                    { $$ = compound(BIN_DIV, $1, $3, @2, @$); }
    | expr "%=" expr                    { $$ = compound(BIN_REM, $1, $3, @2, @$); }
    | expr "^=" expr                    { $$ = compound(BIN_XOR, $1, $3, @2, @$); }
    | expr "&=" expr                    { $$ = compound(BIN_AND, $1, $3, @2, @$); }
    | expr "|=" expr                    { $$ = compound(BIN_OR, $1, $3, @2, @$); }
    | expr "<<=" expr                   { $$ = compound(BIN_SHL, $1, $3, @2, @$); }
    | expr ">>=" expr                   { $$ = compound(BIN_SHR, $1, $3, @2, @$); }
    | KW_RETURN %prec OPEN              { $$ = jump(EXPR_RETURN, 0, @1, NULL, @$); }
    | KW_RETURN expr %prec OPEN         { $$ = jump(EXPR_RETURN, 0, @1, $2, @$); }
    | KW_BREAK %prec OPEN               { $$ = jump(EXPR_BREAK, 0, @1, NULL, @$); }
    | KW_BREAK LIFETIME %prec OPEN      { $$ = jump(EXPR_BREAK, $2, @2, NULL, @$); }
    | KW_BREAK expr %prec OPEN          { $$ = jump(EXPR_BREAK, 0, @1, $2, @$); }
    | KW_BREAK LIFETIME expr %prec OPEN { $$ = jump(EXPR_BREAK, $2, @2, $3, @$); }
    ;

nb_expr
    : atom                              { $$ = $1; }
    | struct_lit                        { $$ = $1; }
    | closure                           { $$ = $1; }
    | block_like dot_suffix             { $$ = apply_suffix($1, $2, @$); }
    | block_like '?'                    { $$ = try_expr($1, @2); }
    | nb_expr dot_suffix                { $$ = apply_suffix($1, $2, @$); }
    | nb_expr '(' call_args ')'         { $$ = call($1, $3, @$); }
    | nb_expr '[' expr ']'              { $$ = index_expr($1, $3, @$); }
    | nb_expr '?'                       { $$ = try_expr($1, @2); }
    | '-' expr %prec UNARY              { $$ = unary(UN_NEG, $2, @$); }
    | '!' expr %prec UNARY              { $$ = unary(UN_NOT, $2, @$); }
    | '*' expr %prec UNARY              { $$ = unary(UN_DEREF, $2, @$); }
    | '&' expr %prec UNARY              { $$ = ref_expr(false, $2, @$); }
    | '&' KW_MUT expr %prec UNARY       { $$ = ref_expr(true, $3, @$); }
    | nb_expr KW_AS type_noplus         { $$ = cast($1, $3, @$); }
    | nb_expr '*' expr                  { $$ = binary(p, BIN_MUL, $1, $3, @2, @$); }
    | nb_expr '/' expr                  { $$ = binary(p, BIN_DIV, $1, $3, @2, @$); }
    | nb_expr '%' expr                  { $$ = binary(p, BIN_REM, $1, $3, @2, @$); }
    | nb_expr '+' expr                  { $$ = binary(p, BIN_ADD, $1, $3, @2, @$); }
    | nb_expr '-' expr                  { $$ = binary(p, BIN_SUB, $1, $3, @2, @$); }
    | nb_expr "<<" expr                 { $$ = binary(p, BIN_SHL, $1, $3, @2, @$); }
    | nb_expr ">>" expr                 { $$ = binary(p, BIN_SHR, $1, $3, @2, @$); }
    | nb_expr '&' expr                  { $$ = binary(p, BIN_AND, $1, $3, @2, @$); }
    | nb_expr '^' expr                  { $$ = binary(p, BIN_XOR, $1, $3, @2, @$); }
    | nb_expr '|' expr                  { $$ = binary(p, BIN_OR, $1, $3, @2, @$); }
    | nb_expr "==" expr                 { $$ = binary(p, BIN_EQ, $1, $3, @2, @$); }
    | nb_expr "!=" expr                 { $$ = binary(p, BIN_NE, $1, $3, @2, @$); }
    | nb_expr '<' expr                  { $$ = binary(p, BIN_LT, $1, $3, @2, @$); }
    | nb_expr "<=" expr                 { $$ = binary(p, BIN_LE, $1, $3, @2, @$); }
    | nb_expr '>' expr                  { $$ = binary(p, BIN_GT, $1, $3, @2, @$); }
    | nb_expr ">=" expr                 { $$ = binary(p, BIN_GE, $1, $3, @2, @$); }
    | nb_expr "&&" expr                 { $$ = binary(p, BIN_LAND, $1, $3, @2, @$); }
    | nb_expr "||" expr                 { $$ = binary(p, BIN_LOR, $1, $3, @2, @$); }
    | nb_expr ".." expr                 { $$ = range($1, $3, false, @$); }
    | nb_expr "..=" expr                { $$ = range($1, $3, true, @$); }
    | nb_expr ".." %prec OPEN           { $$ = range($1, NULL, false, @$); }
    | ".." expr                         { $$ = range(NULL, $2, false, @$); }
    | "..=" expr                        { $$ = range(NULL, $2, true, @$); }
    | ".." %prec OPEN                   { $$ = range(NULL, NULL, false, @$); }
    | nb_expr '=' expr                  { $$ = assign($1, $3, @2, @$); }
    | nb_expr "+=" expr                 { $$ = compound(BIN_ADD, $1, $3, @2, @$); }
    | nb_expr "-=" expr                 { $$ = compound(BIN_SUB, $1, $3, @2, @$); }
    | nb_expr "*=" expr                 { $$ = compound(BIN_MUL, $1, $3, @2, @$); }
    | nb_expr "/=" expr                 { $$ = compound(BIN_DIV, $1, $3, @2, @$); }
    | nb_expr "%=" expr                 { $$ = compound(BIN_REM, $1, $3, @2, @$); }
    | nb_expr "^=" expr                 { $$ = compound(BIN_XOR, $1, $3, @2, @$); }
    | nb_expr "&=" expr                 { $$ = compound(BIN_AND, $1, $3, @2, @$); }
    | nb_expr "|=" expr                 { $$ = compound(BIN_OR, $1, $3, @2, @$); }
    | nb_expr "<<=" expr                { $$ = compound(BIN_SHL, $1, $3, @2, @$); }
    | nb_expr ">>=" expr                { $$ = compound(BIN_SHR, $1, $3, @2, @$); }
    | KW_RETURN %prec OPEN              { $$ = jump(EXPR_RETURN, 0, @1, NULL, @$); }
    | KW_RETURN expr %prec OPEN         { $$ = jump(EXPR_RETURN, 0, @1, $2, @$); }
    | KW_BREAK %prec OPEN               { $$ = jump(EXPR_BREAK, 0, @1, NULL, @$); }
    | KW_BREAK LIFETIME %prec OPEN      { $$ = jump(EXPR_BREAK, $2, @2, NULL, @$); }
    | KW_BREAK expr %prec OPEN          { $$ = jump(EXPR_BREAK, 0, @1, $2, @$); }
    | KW_BREAK LIFETIME expr %prec OPEN { $$ = jump(EXPR_BREAK, $2, @2, $3, @$); }
    ;

ns_expr
    : atom                              { $$ = $1; }
    | block_like                        { $$ = $1; }
    | ns_expr dot_suffix                { $$ = apply_suffix($1, $2, @$); }
    | ns_expr '(' call_args ')'         { $$ = call($1, $3, @$); }
    | ns_expr '[' expr ']'              { $$ = index_expr($1, $3, @$); }
    | ns_expr '?'                       { $$ = try_expr($1, @2); }
    | '-' ns_expr %prec UNARY           { $$ = unary(UN_NEG, $2, @$); }
    | '!' ns_expr %prec UNARY           { $$ = unary(UN_NOT, $2, @$); }
    | '*' ns_expr %prec UNARY           { $$ = unary(UN_DEREF, $2, @$); }
    | '&' ns_expr %prec UNARY           { $$ = ref_expr(false, $2, @$); }
    | '&' KW_MUT ns_expr %prec UNARY    { $$ = ref_expr(true, $3, @$); }
    | ns_expr KW_AS type_noplus         { $$ = cast($1, $3, @$); }
    | ns_expr '*' ns_expr               { $$ = binary(p, BIN_MUL, $1, $3, @2, @$); }
    | ns_expr '/' ns_expr               { $$ = binary(p, BIN_DIV, $1, $3, @2, @$); }
    | ns_expr '%' ns_expr               { $$ = binary(p, BIN_REM, $1, $3, @2, @$); }
    | ns_expr '+' ns_expr               { $$ = binary(p, BIN_ADD, $1, $3, @2, @$); }
    | ns_expr '-' ns_expr               { $$ = binary(p, BIN_SUB, $1, $3, @2, @$); }
    | ns_expr "<<" ns_expr              { $$ = binary(p, BIN_SHL, $1, $3, @2, @$); }
    | ns_expr ">>" ns_expr              { $$ = binary(p, BIN_SHR, $1, $3, @2, @$); }
    | ns_expr '&' ns_expr               { $$ = binary(p, BIN_AND, $1, $3, @2, @$); }
    | ns_expr '^' ns_expr               { $$ = binary(p, BIN_XOR, $1, $3, @2, @$); }
    | ns_expr '|' ns_expr               { $$ = binary(p, BIN_OR, $1, $3, @2, @$); }
    | ns_expr "==" ns_expr              { $$ = binary(p, BIN_EQ, $1, $3, @2, @$); }
    | ns_expr "!=" ns_expr              { $$ = binary(p, BIN_NE, $1, $3, @2, @$); }
    | ns_expr '<' ns_expr               { $$ = binary(p, BIN_LT, $1, $3, @2, @$); }
    | ns_expr "<=" ns_expr              { $$ = binary(p, BIN_LE, $1, $3, @2, @$); }
    | ns_expr '>' ns_expr               { $$ = binary(p, BIN_GT, $1, $3, @2, @$); }
    | ns_expr ">=" ns_expr              { $$ = binary(p, BIN_GE, $1, $3, @2, @$); }
    | ns_expr "&&" ns_expr              { $$ = binary(p, BIN_LAND, $1, $3, @2, @$); }
    | ns_expr "||" ns_expr              { $$ = binary(p, BIN_LOR, $1, $3, @2, @$); }
    | ns_expr ".." ns_expr              { $$ = range($1, $3, false, @$); }
    | ns_expr "..=" ns_expr             { $$ = range($1, $3, true, @$); }
    | ns_expr ".." %prec NS_OPEN        { $$ = range($1, NULL, false, @$); }
    | ".." ns_expr                      { $$ = range(NULL, $2, false, @$); }
    | "..=" ns_expr                     { $$ = range(NULL, $2, true, @$); }
    | ".." %prec NS_OPEN                { $$ = range(NULL, NULL, false, @$); }
    | ns_expr '=' ns_expr               { $$ = assign($1, $3, @2, @$); }
    | ns_expr "+=" ns_expr              { $$ = compound(BIN_ADD, $1, $3, @2, @$); }
    | ns_expr "-=" ns_expr              { $$ = compound(BIN_SUB, $1, $3, @2, @$); }
    | ns_expr "*=" ns_expr              { $$ = compound(BIN_MUL, $1, $3, @2, @$); }
    | ns_expr "/=" ns_expr              { $$ = compound(BIN_DIV, $1, $3, @2, @$); }
    | ns_expr "%=" ns_expr              { $$ = compound(BIN_REM, $1, $3, @2, @$); }
    | ns_expr "^=" ns_expr              { $$ = compound(BIN_XOR, $1, $3, @2, @$); }
    | ns_expr "&=" ns_expr              { $$ = compound(BIN_AND, $1, $3, @2, @$); }
    | ns_expr "|=" ns_expr              { $$ = compound(BIN_OR, $1, $3, @2, @$); }
    | ns_expr "<<=" ns_expr             { $$ = compound(BIN_SHL, $1, $3, @2, @$); }
    | ns_expr ">>=" ns_expr             { $$ = compound(BIN_SHR, $1, $3, @2, @$); }
    | KW_RETURN %prec NS_OPEN           { $$ = jump(EXPR_RETURN, 0, @1, NULL, @$); }
    | KW_RETURN ns_expr %prec OPEN      { $$ = jump(EXPR_RETURN, 0, @1, $2, @$); }
    | KW_BREAK %prec NS_OPEN            { $$ = jump(EXPR_BREAK, 0, @1, NULL, @$); }
    | KW_BREAK LIFETIME %prec NS_OPEN   { $$ = jump(EXPR_BREAK, $2, @2, NULL, @$); }
    | KW_BREAK ns_expr %prec OPEN       { $$ = jump(EXPR_BREAK, 0, @1, $2, @$); }
    | KW_BREAK LIFETIME ns_expr %prec OPEN
                                        { $$ = jump(EXPR_BREAK, $2, @2, $3, @$); }
    ;

atom
    : lit_expr                          { $$ = $1; }
    | path_expr %prec OPEN              { $$ = path_expr_new($1); }
    | '(' ')'                           { $$ = list_expr(EXPR_TUPLE, (ExprVec){0}, @$); }
    | '(' expr ')'                      { $$ = paren($2, @$); }
    | '(' expr ',' ')'                  { $$ = list_expr(EXPR_TUPLE, expr_vec1($2), @$); }
    | '(' expr ',' expr_list ')'        { ExprVec v = expr_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = list_expr(EXPR_TUPLE, v, @$); }
    | '(' expr ',' expr_list ',' ')'    { ExprVec v = expr_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = list_expr(EXPR_TUPLE, v, @$); }
    | '[' ']'                           { $$ = list_expr(EXPR_ARRAY, (ExprVec){0}, @$); }
    | '[' expr_list ']'                 { $$ = list_expr(EXPR_ARRAY, $2, @$); }
    | '[' expr_list ',' ']'             { $$ = list_expr(EXPR_ARRAY, $2, @$); }
    | '[' expr ';' expr ']'             { $$ = repeat($2, $4, @$); }
    | macro_call                        { $$ = $1; }
    | KW_CONTINUE                       { $$ = jump(EXPR_CONTINUE, 0, @1, NULL, @$); }
    | KW_CONTINUE LIFETIME              { $$ = jump(EXPR_CONTINUE, $2, @2, NULL, @$); }
    ;

lit_expr
    : LIT_INT                           { $$ = lit_expr(EXPR_INT, @$, $1); }
    | LIT_FLOAT                         { $$ = lit_expr(EXPR_FLOAT, @$, $1); }
    | LIT_STR                           { $$ = lit_expr(EXPR_STR, @$, $1); }
    | LIT_CHAR                          { $$ = lit_expr(EXPR_CHAR, @$, $1); }
    | KW_TRUE                           { $$ = bool_expr(@$, true); }
    | KW_FALSE                          { $$ = bool_expr(@$, false); }
    ;

path_expr
    : path_seg                          { $$ = path_push(path_new(@1), $1, @1); }
    | "::" path_seg                     { $$ = path_push(path_new(@$), $2, @2); }
    | path_expr "::" path_seg           { $$ = path_push($1, $3, @3); }
    | path_expr turbofish               { $$ = path_generics($1, $2, @$); }
    ;

turbofish
    : "::" '<' generic_args '>'         { $$ = $3; }
    ;

dot_suffix
    : '.' IDENT %prec OPEN              { $$ = field_suffix($2, @2, @$); }
    | '.' IDENT '(' call_args ')'       { $$ = method_suffix($2, @2, (TypeExprVec){0}, $4, @$); }
    | '.' IDENT turbofish '(' call_args ')'
                                        { $$ = method_suffix($2, @2, $3, $5, @$); }
    | '.' LIT_INT                       { $$ = tuple_field_suffix($2, @2, @$); }
    | '.' LIT_FLOAT                     { $$ = float_field_suffix(p, $2, @2, @$); }
    | '.' KW_AWAIT                      { $$ = unsupported_expr(@2, "`.await`"); }
    ;

expr_list
    : expr                              { $$ = expr_vec1($1); }
    | expr_list ',' expr                { $$ = expr_vec_push($1, $3); }
    ;

call_args
    : %empty                            { $$ = (ExprVec){0}; }
    | expr_list                         { $$ = $1; }
    | expr_list ','                     { $$ = $1; }
    ;

/* A syntax error in a macro's arguments abandons the call only: rustc
 * parses them when it expands the macro. */
macro_call
    : path_expr '!' '(' macro_args ')'  { $$ = macro($1, MACRO_CALL, $4, @$); }
    | path_expr '!' '(' error { skip_block(p, @3); } ')'
                                        { yyerrok; $$ = ast_expr(EXPR_TUPLE, @$); }
    | path_expr '!' '[' macro_args ']'  { $$ = macro($1, MACRO_CALL, $4, @$); }
    | path_expr '!' '[' error { skip_block(p, @3); } ']'
                                        { yyerrok; $$ = ast_expr(EXPR_TUPLE, @$); }
    | path_expr '!' '[' expr ';' expr ']'
                                        { $$ = macro($1, MACRO_REPEAT,
                                                     expr_vec_push(expr_vec1($4), $6), @$); }
    ;

macro_brace
    : path_expr '!' '{' macro_args '}'  { $$ = macro($1, MACRO_CALL, $4, @$); }
    | path_expr '!' '{' error { skip_block(p, @3); } '}'
                                        { yyerrok; $$ = ast_expr(EXPR_TUPLE, @$); }
    ;

macro_args
    : %empty                            { $$ = (ExprVec){0}; }
    | expr_list                         { $$ = $1; }
    | expr_list ','                     { $$ = $1; }
    ;

struct_lit
    : path_expr '{' tts '}'             { $$ = unsupported_expr(@$, "a struct literal"); }
    ;

closure
    : '|' closure_params '|' expr %prec OPEN
                                        { $$ = unsupported_expr(@$, "a closure"); }
    | '|' closure_params '|' "->" type block
                                        { $$ = unsupported_expr(@$, "a closure"); }
    | "||" expr %prec OPEN              { $$ = unsupported_expr(@$, "a closure"); }
    | KW_MOVE '|' closure_params '|' expr %prec OPEN
                                        { $$ = unsupported_expr(@$, "a closure"); }
    | KW_MOVE "||" expr %prec OPEN      { $$ = unsupported_expr(@$, "a closure"); }
    ;

closure_params
    : %empty                            { $$ = (ParamVec){0}; }
    | closure_param                     { $$ = (ParamVec){0}; }
    | closure_params ',' closure_param  { $$ = (ParamVec){0}; }
    ;

closure_param
    : pat                               { drop_pat_errors(p); $$ = $1; }
    | pat ':' type                      { drop_pat_errors(p); $$ = $1; }
    ;

/* Expressions that end in a block: as statements they need no `;`. */
block_like
    : block                             { $$ = block_expr($1); }
    | KW_UNSAFE block                   { $$ = unsupported_expr(@1, "an `unsafe` block"); }
    | KW_ASYNC block                    { $$ = unsupported_expr(@1, "an `async` block"); }
    | KW_ASYNC KW_MOVE block            { $$ = unsupported_expr(span_join(@1, @2), "an `async` block"); }
    | KW_CONST block                    { $$ = unsupported_expr(@1, "an inline `const` block"); }
    | if_expr                           { $$ = $1; }
    | loop_like                         { $$ = $1; }
    | LIFETIME ':' loop_like            { $$ = labeled($1, @1, $3, @$); }
    | LIFETIME ':' block                { $$ = unsupported_expr(span_join(@1, @2), "a labeled block"); }
    | KW_MATCH ns_expr '{' tts '}'      { $$ = unsupported_expr(@1, "a `match` expression"); }
    | macro_brace                       { $$ = $1; }
    ;

if_expr
    : KW_IF ns_expr block %prec IF_NO_ELSE
                                        { $$ = if_expr($2, $3, NULL, @$); }
    | KW_IF ns_expr block KW_ELSE block { $$ = if_expr($2, $3, block_expr($5), @$); }
    | KW_IF ns_expr block KW_ELSE if_expr
                                        { $$ = if_expr($2, $3, $5, @$); }
    | KW_IF let_cond '=' ns_expr block %prec IF_NO_ELSE
                                        { $$ = unsupported_expr(span_join(@1, @2), "`if let`"); }
    | KW_IF let_cond '=' ns_expr block KW_ELSE block
                                        { $$ = unsupported_expr(span_join(@1, @2), "`if let`"); }
    | KW_IF let_cond '=' ns_expr block KW_ELSE if_expr
                                        { $$ = unsupported_expr(span_join(@1, @2), "`if let`"); }
    ;

loop_like
    : KW_LOOP block                     { $$ = loop_expr(EXPR_LOOP, NULL, NULL, NULL, $2, @$); }
    | KW_WHILE ns_expr block            { $$ = loop_expr(EXPR_WHILE, $2, NULL, NULL, $3, @$); }
    | KW_WHILE let_cond '=' ns_expr block
                                        { $$ = unsupported_expr(span_join(@1, @2), "`while let`"); }
    | KW_FOR for_pat KW_IN ns_expr block
                                        { $$ = loop_expr(EXPR_FOR, NULL, $2, $4, $5, @$); }
    ;

for_pat
    : pat                               { flush_pat_errors(p); $$ = $1; }
    ;

%%

/* ==== the parser's state ==================================================== */

typedef struct Tok {
    int kind;       /* token code; 0 at the end of the file */
    YYSTYPE val;
    Span span;
    Diag *diag;     /* an error about this literal (LexState.tok_diag) */
    bool diag_now;
    bool repaired;  /* the feed inserted tokens before it already */
} Tok;

typedef struct Head {
    int kind;       /* KW_IF, KW_WHILE, KW_FOR or KW_MATCH */
    Span span;      /* the keyword */
    int depth;      /* delimiters open before it */
} Head;

typedef struct PatError {
    Span span;
    const char *what;
} PatError;

typedef struct Delim {
    int kind;       /* '(', '[' or '{' */
    uint32_t lo;
    bool params;    /* the `(` of `fn name(` */
    Symbol macro;   /* the group of `name!(`, or 0 */
    int commas;     /* `,` seen directly inside */
} Delim;

struct Parser {
    SourceFile *file;
    LexState lx;
    void *scanner;
    Crate *crate;
    AttrVec crate_attrs;
    DiagVec late_errors;      /* errors rustc reports after parsing (literals,
                                 AST validation) */
    const char *last_item;    /* what the last item was, for a stray `;` */
    DiagVec macro_errors;     /* errors in macro arguments, which rustc reports
                                 when it expands the macro, after parsing */
    VEC(PatError) pat_errors; /* see unsupported_pat() */
    /* A "missing `,`" waits until the element after it is parsed: rustc
     * reports the element's own error first, if it has one. */
    Diag *pending_comma;
    int pending_depth;        /* delimiters open inside the list */
    uint32_t pending_at;      /* where the `,` was inserted */
    /* The token feed. */
    Tok ahead[8];             /* tokens read but not yet handed over (a stack) */
    int nahead;
    Tok cur;                  /* the last token handed to bison */
    Tok prev;                 /* the one before it */
    Tok older[2];             /* and the two before that */
    VEC(Delim) delims;        /* delimiters open after `cur` */
    Delim closed;             /* the group the last closer closed, */
    uint32_t closed_by;       /* that closer's offset */
    bool skipping;            /* dropping tokens up to the closer of ... */
    uint32_t skip_lo;         /* ... the opener at this offset */
    bool skip_eof;            /* dropping everything: an error at item level */
    /* The heads of the `if`/`while`/`for`/`match` being read, for
     * "expected `{`": a head ends at the `{` of its body. */
    Head heads[64];
    int nheads;
};

/* ==== node construction ======================================================== */


static Expr *lit_expr(ExprKind k, Span sp, Literal lit) {
    Expr *e = ast_expr(k, sp);
    e->as.lit = lit;
    return e;
}

static Expr *bool_expr(Span sp, bool v) {
    Expr *e = ast_expr(EXPR_BOOL, sp);
    e->as.lit.int_value = v;
    return e;
}

static Expr *path_expr_new(Path *path) {
    Expr *e = ast_expr(EXPR_PATH, path->span);
    e->as.path.path = path;
    return e;
}

static Expr *unary(UnOp op, Expr *operand, Span sp) {
    Expr *e = ast_expr(EXPR_UNARY, sp);
    e->as.unary.op = op;
    e->as.unary.operand = operand;
    return e;
}

static Expr *ref_expr(bool mut, Expr *operand, Span sp) {
    Expr *e = ast_expr(EXPR_REF, sp);
    e->as.ref.mut = mut;
    e->as.ref.operand = operand;
    return e;
}

static bool is_closer(int k);

/* The group the current token is in (a closer is in the group it closes). */
static const Delim *innermost(Parser *p) {
    if (is_closer(p->cur.kind) && p->closed_by == p->cur.span.lo)
        return &p->closed;
    return p->delims.len > 0 ? &p->delims.data[p->delims.len - 1] : NULL;
}

/* The group of the macro call around the current token, if any (a closer
 * is inside the group it closes). */
static const Delim *macro_group(Parser *p) {
    if (is_closer(p->cur.kind) && p->closed.macro && p->closed_by == p->cur.span.lo)
        return &p->closed;
    for (int i = p->delims.len - 1; i >= 0; i--)
        if (p->delims.data[i].macro)
            return &p->delims.data[i];
    return NULL;
}

/* Parse errors inside a macro's arguments wait until parsing ends: rustc
 * finds them when it expands the macro. */
static void emit(Parser *p, Diag *d) {
    if (macro_group(p))
        vec_push_small(p->macro_errors, d);
    else
        diag_emit(d);
}

static bool is_comparison(BinOp op) {
    return op == BIN_EQ || op == BIN_NE || op == BIN_LT || op == BIN_LE || op == BIN_GT ||
           op == BIN_GE;
}

/* rustc parses `a < b < c` as `(a < b) < c` and reports the chain. A
 * parenthesised comparison's span starts before its left operand's. */
static void check_chained(Parser *p, BinOp op, Expr *l, Span op_span) {
    if (!is_comparison(op) || l->kind != EXPR_BINARY || !is_comparison(l->as.binary.op) ||
        l->span.lo != l->as.binary.lhs->span.lo)
        return;
    BinOp inner = l->as.binary.op;
    Diag *d = diag_new(DIAG_ERROR, NULL, l->as.binary.op_span, NULL,
                       "comparison operators cannot be chained");
    diag_primary_label(d, op_span, NULL);
    if (inner == BIN_LT && op == BIN_LT) {
        diag_help(d, "use `::<...>` instead of `<...>` to specify lifetime, type, or const "
                     "arguments");
        diag_help(d, "or use `(...)` if you meant to specify fn arguments");
    }
    bool split = (inner == BIN_EQ && op == BIN_EQ) ||
                 ((inner == BIN_LT || inner == BIN_LE) && (op == BIN_LT || op == BIN_LE)) ||
                 ((inner == BIN_GT || inner == BIN_GE) && (op == BIN_GT || op == BIN_GE));
    if (split) {
        Span mid = l->as.binary.rhs->span;
        diag_suggest(d, span_at(mid.hi, mid.hi),
                     arena_printf(compiler_arena, " && %.*s", (int)(mid.hi - mid.lo),
                                  p->file->text + mid.lo),
                     "split the comparison into two");
    }
    emit(p, d);
}

static Expr *binary(Parser *p, BinOp op, Expr *l, Expr *r, Span op_span, Span sp) {
    check_chained(p, op, l, op_span);
    Expr *e = ast_expr(EXPR_BINARY, sp);
    e->as.binary.op = op;
    e->as.binary.lhs = l;
    e->as.binary.rhs = r;
    e->as.binary.op_span = op_span;
    return e;
}

static Expr *assign(Expr *l, Expr *r, Span op_span, Span sp) {
    Expr *e = ast_expr(EXPR_ASSIGN, sp);
    e->as.assign.lhs = l;
    e->as.assign.rhs = r;
    e->as.assign.op_span = op_span;
    return e;
}

static Expr *compound(BinOp op, Expr *l, Expr *r, Span op_span, Span sp) {
    Expr *e = ast_expr(EXPR_COMPOUND_ASSIGN, sp);
    e->as.assign.op = op;
    e->as.assign.lhs = l;
    e->as.assign.rhs = r;
    e->as.assign.op_span = op_span;
    return e;
}

static Expr *cast(Expr *operand, TypeExpr *t, Span sp) {
    Expr *e = ast_expr(EXPR_CAST, sp);
    e->as.cast.operand = operand;
    e->as.cast.type = t;
    return e;
}

static Expr *call(Expr *callee, ExprVec args, Span sp) {
    Expr *e = ast_expr(EXPR_CALL, sp);
    e->as.call.callee = callee;
    e->as.call.args = args;
    return e;
}

static Expr *index_expr(Expr *b, Expr *i, Span sp) {
    Expr *e = ast_expr(EXPR_INDEX, sp);
    e->as.index.base = b;
    e->as.index.index = i;
    return e;
}

/* `.name`, `.name(args)`, `.0` are built before their base is known
 * (dot_suffix); apply_suffix() completes them. */
static Expr *field_suffix(Symbol name, Span name_span, Span sp) {
    Expr *e = ast_expr(EXPR_FIELD, sp);
    e->as.field.name = name;
    e->as.field.name_span = name_span;
    e->as.field.index = -1;
    return e;
}

static Expr *method_suffix(Symbol name, Span name_span, TypeExprVec generics, ExprVec args,
                           Span sp) {
    Expr *e = ast_expr(EXPR_METHOD, sp);
    e->as.method.name = name;
    e->as.method.name_span = name_span;
    e->as.method.generics = generics;
    e->as.method.args = args;
    return e;
}

static Expr *tuple_field_suffix(Literal lit, Span index_span, Span sp) {
    Expr *e = ast_expr(EXPR_TUPLE_FIELD, sp);
    e->as.tuple_field.index = (int)lit.int_value;
    e->as.tuple_field.index_span = index_span;
    return e;
}

/* `t.1.0` lexed with the float `1.0` (after whitespace, `t. 1.0`): two
 * fields, as rustc splits it. */
static Expr *float_field_suffix(Parser *p, Literal lit, Span index_span, Span sp) {
    const char *s = p->file->text + index_span.lo;
    uint32_t n = index_span.hi - index_span.lo;
    uint32_t dot = 0;
    while (dot < n && s[dot] != '.')
        dot++;
    bool ok = dot > 0 && dot + 1 < n && !lit.suffix;
    for (uint32_t i = 0; i < n && ok; i++)
        if (i != dot && !(s[i] >= '0' && s[i] <= '9'))
            ok = false;
    if (!ok)
        return unsupported_expr(index_span, "this tuple index");
    Literal a = {0}, b = {0};
    a.int_value = (u128)strtoul(s, NULL, 10);
    b.int_value = (u128)strtoul(s + dot + 1, NULL, 10);
    Expr *inner = tuple_field_suffix(a, span_at(index_span.lo, index_span.lo + dot),
                                     span_at(sp.lo, index_span.lo + dot));
    Expr *outer = tuple_field_suffix(b, span_at(index_span.lo + dot + 1, index_span.hi), sp);
    outer->as.tuple_field.base = inner;  /* apply_suffix() fills the innermost base */
    return outer;
}

static Expr *apply_suffix(Expr *base, Expr *suffix, Span sp) {
    switch (suffix->kind) {
    case EXPR_FIELD: suffix->as.field.base = base; break;
    case EXPR_METHOD: suffix->as.method.receiver = base; break;
    case EXPR_TUPLE_FIELD:
        if (suffix->as.tuple_field.base) {
            Expr *inner = suffix->as.tuple_field.base;
            inner->as.tuple_field.base = base;
            inner->span.lo = sp.lo;
        } else {
            suffix->as.tuple_field.base = base;
        }
        break;
    default: return suffix;  /* an unsupported suffix, already reported */
    }
    suffix->span = sp;
    return suffix;
}

static Expr *range(Expr *lo, Expr *hi, bool inclusive, Span sp) {
    Expr *e = ast_expr(EXPR_RANGE, sp);
    e->as.range.lo = lo;
    e->as.range.hi = hi;
    e->as.range.inclusive = inclusive;
    return e;
}

/* Parentheses make no node; the inner expression's span grows to include
 * them, as rustc's diagnostics show it. */
static Expr *paren(Expr *e, Span sp) {
    e->span = sp;
    return e;
}

static Expr *list_expr(ExprKind k, ExprVec v, Span sp) {
    Expr *e = ast_expr(k, sp);
    e->as.list = v;
    return e;
}

static Expr *repeat(Expr *v, Expr *n, Span sp) {
    Expr *e = ast_expr(EXPR_REPEAT, sp);
    e->as.repeat.value = v;
    e->as.repeat.count = n;
    return e;
}

static Expr *jump(ExprKind k, Symbol label, Span label_span, Expr *value, Span sp) {
    Expr *e = ast_expr(k, sp);
    e->as.jump.label = label;
    e->as.jump.label_span = label ? label_span : span_at(0, 0);
    e->as.jump.value = value;
    return e;
}

static Expr *block_expr(Block *b) {
    Expr *e = ast_expr(EXPR_BLOCK, b->span);
    e->as.block = b;
    return e;
}

static Expr *if_expr(Expr *cond, Block *then, Expr *els, Span sp) {
    Expr *e = ast_expr(EXPR_IF, sp);
    e->as.if_.cond = cond;
    e->as.if_.then = then;
    e->as.if_.else_ = els;
    return e;
}

static Expr *loop_expr(ExprKind k, Expr *cond, Pat *pat, Expr *iter, Block *body, Span sp) {
    Expr *e = ast_expr(k, sp);
    e->as.loop.cond = cond;
    e->as.loop.pat = pat;
    e->as.loop.iter = iter;
    e->as.loop.body = body;
    return e;
}

static Expr *labeled(Symbol label, Span label_span, Expr *loop, Span sp) {
    if (loop->kind == EXPR_LOOP || loop->kind == EXPR_WHILE || loop->kind == EXPR_FOR) {
        loop->as.loop.label = label;
        loop->as.loop.label_span = label_span;
        loop->span = sp;
    }
    return loop;
}

/* `name = expr` among a macro's arguments is a named argument (format
 * macros); the grammar reads it as an assignment. */
static Expr *macro(Path *path, MacroKind form, ExprVec args, Span sp) {
    Expr *e = ast_expr(EXPR_MACRO, sp);
    PathSeg *last = &path->segs.data[path->segs.len - 1];
    e->as.mac.name = last->name;
    e->as.mac.name_span = last->span;
    e->as.mac.form = form;
    for (int i = 0; i < args.len; i++) {
        Expr *a = args.data[i];
        MacroArg m = {0};
        if (form == MACRO_CALL && a->kind == EXPR_ASSIGN && a->as.assign.lhs->kind == EXPR_PATH &&
            a->as.assign.lhs->as.path.path->segs.len == 1 &&
            a->as.assign.lhs->span.lo == a->as.assign.lhs->as.path.path->span.lo) {
            m.name = a->as.assign.lhs->as.path.path->segs.data[0].name;
            m.name_span = a->as.assign.lhs->span;
            m.expr = a->as.assign.rhs;
        } else {
            m.expr = a;
        }
        vec_push_small(e->as.mac.args, m);
    }
    return e;
}

/* What owl refuses becomes `()` after the report, so parsing goes on. */
static Expr *unsupported_expr(Span sp, const char *what) {
    error_unsupported(sp, what);
    return ast_expr(EXPR_TUPLE, sp);
}

static Expr *try_expr(Expr *e, Span q) {
    (void)e;
    return unsupported_expr(q, "the `?` operator");
}

static ExprVec expr_vec1(Expr *e) {
    ExprVec v = {0};
    vec_push_small(v, e);
    return v;
}

static ExprVec expr_vec_push(ExprVec v, Expr *e) {
    vec_push_small(v, e);
    return v;
}

static Path *path_new(Span sp) {
    return ast_path(sp);
}

static Path *path_push(Path *p, Symbol name, Span sp) {
    PathSeg seg = {0};
    seg.name = name;
    seg.span = sp;
    vec_push_small(p->segs, seg);
    p->span = span_join(p->span, sp);
    return p;
}

static Path *path_generics(Path *p, TypeExprVec g, Span sp) {
    PathSeg *last = &p->segs.data[p->segs.len - 1];
    for (int i = 0; i < g.len; i++)
        vec_push_small(last->generics, g.data[i]);
    p->span = span_join(p->span, sp);
    return p;
}

static TypeExpr *type_new(TypeExprKind k, Span sp) {
    return ast_type(k, sp);
}

static TypeExpr *type_path(Path *path) {
    TypeExpr *t = ast_type(TE_PATH, path->span);
    t->as.path = path;
    return t;
}

static TypeExpr *type_ref(TypeExpr *inner, bool mut, Symbol lifetime, Span sp) {
    TypeExpr *t = ast_type(TE_REF, sp);
    t->as.ref.inner = inner;
    t->as.ref.mut = mut;
    t->as.ref.lifetime = lifetime;
    return t;
}

static TypeExpr *type_tuple(TypeExprVec v, Span sp) {
    TypeExpr *t = ast_type(TE_TUPLE, sp);
    t->as.tuple = v;
    return t;
}

static TypeExpr *type_array(TypeExpr *elem, Expr *len, Span sp) {
    TypeExpr *t = ast_type(TE_ARRAY, sp);
    t->as.array.elem = elem;
    t->as.array.len = len;
    return t;
}

static TypeExpr *type_slice(TypeExpr *elem, Span sp) {
    TypeExpr *t = ast_type(TE_SLICE, sp);
    t->as.slice.elem = elem;
    return t;
}

static TypeExpr *unsupported_type(Span sp, const char *what) {
    error_unsupported(sp, what);
    return ast_type(TE_INFER, sp);
}

static TypeExprVec type_vec1(TypeExpr *t) {
    TypeExprVec v = {0};
    vec_push_small(v, t);
    return v;
}

static TypeExprVec type_vec_push(TypeExprVec v, TypeExpr *t) {
    vec_push_small(v, t);
    return v;
}

static Pat *pat_new(PatKind k, Span sp) {
    return ast_pat(k, sp);
}

static Pat *pat_bind(Symbol name, bool mut, bool by_ref, Span mut_span, Span sp) {
    Pat *q = ast_pat(PAT_BIND, sp);
    q->as.bind.name = name;
    q->as.bind.mut = mut;
    q->as.bind.by_ref = by_ref;
    q->as.bind.mut_span = mut ? mut_span : span_at(0, 0);
    return q;
}

static Pat *pat_tuple(PatVec v, Span sp) {
    Pat *q = ast_pat(PAT_TUPLE, sp);
    q->as.tuple = v;
    return q;
}

static Pat *pat_lit(Expr *e) {
    Pat *q = ast_pat(PAT_LIT, e->span);
    q->as.lit = e;
    return q;
}

/* A pattern owl refuses is reported once the pattern's use is known: in a
 * `let`, a parameter or a `for` it is the error; inside `if let` or a
 * closure, the whole construct is, and the pattern's report is dropped. */
static Pat *unsupported_pat(Parser *p, Span sp, const char *what) {
    PatError e = {sp, what};
    vec_push(p->pat_errors, e);
    return ast_pat(PAT_WILD, sp);
}

static void flush_pat_errors(Parser *p) {
    for (int i = 0; i < p->pat_errors.len; i++)
        error_unsupported(p->pat_errors.data[i].span, p->pat_errors.data[i].what);
    p->pat_errors.len = 0;
}

static void drop_pat_errors(Parser *p) {
    p->pat_errors.len = 0;
}

static PatVec pat_vec1(Pat *q) {
    PatVec v = {0};
    vec_push_small(v, q);
    return v;
}

static PatVec pat_vec_push(PatVec v, Pat *q) {
    vec_push_small(v, q);
    return v;
}

static Stmt *stmt_new(StmtKind k, Span sp) {
    return ast_stmt(k, sp);
}

static Stmt *expr_stmt(Expr *e, bool semi, Span sp) {
    Stmt *s = ast_stmt(STMT_EXPR, sp);
    s->as.expr.expr = e;
    s->as.expr.semi = semi;
    return s;
}

static Stmt *let_stmt(Pat *pat, TypeExpr *t, Expr *init, Span sp) {
    Stmt *s = ast_stmt(STMT_LET, sp);
    s->as.let.pat = pat;
    s->as.let.type = t;
    s->as.let.init = init;
    return s;
}

static Stmt *item_stmt(Item *it, Span sp) {
    if (!it)
        return NULL;
    Stmt *s = ast_stmt(STMT_ITEM, sp);
    s->as.item = it;
    return s;
}

static StmtVec stmts_push(StmtVec v, Stmt *s) {
    if (s)
        vec_push_small(v, s);
    return v;
}

/* A block-like expression statement without `;` at the end of a block is
 * the block's value, as in rustc. */
static Block *block_new(StmtVec stmts, Expr *tail, Span sp) {
    Block *b = ast_block(sp);
    if (!tail && stmts.len > 0) {
        Stmt *last = stmts.data[stmts.len - 1];
        if (last->kind == STMT_EXPR && !last->as.expr.semi) {
            tail = last->as.expr.expr;
            stmts.len--;
        }
    }
    b->stmts = stmts;
    b->tail = tail;
    return b;
}

#define VEC_MOVE(dst, src) ((dst).data = (src).data, (dst).len = (src).len, (dst).cap = (src).cap)

static Item *fn_item(Parser *p, Symbol name, Span name_span, Generics g, ParamVec params,
                     TypeExpr *ret, Block *body, Span sig, Span sp) {
    (void)p;
    if (g.has_other)
        error_unsupported(g.other, "a generic function");
    Item *it = ast_item(ITEM_FN, sp);
    it->name = name;
    it->name_span = name_span;
    VEC_MOVE(it->as.fn.params, params);
    VEC_MOVE(it->as.fn.lifetimes, g.lifetimes);
    it->as.fn.ret = ret;
    it->as.fn.body = body;
    it->as.fn.sig_span = sig;
    return it;
}

static Item *global_item(ItemKind k, bool mut, Symbol name, Span name_span, TypeExpr *t,
                         Expr *init, Span sp) {
    Item *it = ast_item(k, sp);
    it->name = name;
    it->name_span = name_span;
    it->as.global.type = t;
    it->as.global.init = init;
    it->as.global.mut = mut;
    return it;
}

static Item *use_item(UseTreeVec trees, Span sp) {
    Item *it = ast_item(ITEM_USE, sp);
    VEC_MOVE(it->as.use, trees);
    return it;
}

/* descr is rustc's name for the item kind, for a `;` after it. */
static Item *unsupported_item(Parser *p, Span sp, const char *what, const char *descr) {
    error_unsupported(sp, what);
    p->last_item = descr;
    return NULL;
}

/* rustc accepts `fn f();` syntactically and refuses it when it validates
 * the AST, after parsing. */
static Item *bodyless_fn(Parser *p, Span sig, Span semi) {
    Diag *d = diag_new(DIAG_ERROR, NULL, sig, NULL, "free function without a body");
    diag_suggest_inline(d, semi, "{ <body> }", "provide a definition for the function");
    vec_push(p->late_errors, d);
    p->last_item = "function";
    return NULL;
}

/* `;` after an item, where rustc says what kind of item takes none. */
static void stray_semicolon(Parser *p, Span semi) {
    Diag *d = diag_new(DIAG_ERROR, NULL, semi, NULL, "expected item, found `;`");
    if (p->last_item)
        diag_help(d, "%s declarations are not followed by a semicolon", p->last_item);
    diag_set_suggestion_style(diag_suggest(d, semi, "", "remove this semicolon"), SUGG_VERBOSE);
    emit(p, d);
}

static Item *with_attrs(Item *it, AttrVec attrs) {
    if (it)
        VEC_MOVE(it->attrs, attrs);
    return it;
}

static Param param(Pat *pat, TypeExpr *t, Span sp) {
    Param q = {pat, t, sp};
    return q;
}

static ParamVec params1(Param q) {
    ParamVec v = {0};
    vec_push_small(v, q);
    return v;
}

static ParamVec params_push(ParamVec v, Param q) {
    vec_push_small(v, q);
    return v;
}

static Generics generics_lifetime(Generics g, Symbol lt) {
    vec_push_small(g.lifetimes, lt);
    return g;
}

static Generics generics_other(Generics g, Span sp) {
    if (!g.has_other) {
        g.has_other = true;
        g.other = sp;
    }
    return g;
}

static UseTreeVec use_simple(Path *path, Symbol alias, bool glob, Span sp) {
    UseTree u = {0};
    u.path = path;
    u.glob = glob;
    u.alias = glob ? 0 : alias ? alias : path->segs.data[path->segs.len - 1].name;
    u.span = sp;
    UseTreeVec v = {0};
    vec_push_small(v, u);
    return v;
}

/* `prefix::{a, b::c, self}`: each tree gets the prefix in front; `self`
 * names the prefix itself. */
static UseTreeVec use_prefix(Path *prefix, UseTreeVec inner) {
    Symbol self = intern_cstr("self");
    for (int i = 0; i < inner.len; i++) {
        UseTree *u = &inner.data[i];
        Path *full = ast_path(span_join(prefix->span, u->path->span));
        for (int k = 0; k < prefix->segs.len; k++)
            vec_push_small(full->segs, prefix->segs.data[k]);
        bool is_self = u->path->segs.len == 1 && u->path->segs.data[0].name == self;
        if (is_self) {
            if (u->alias == self)
                u->alias = prefix->segs.data[prefix->segs.len - 1].name;
        } else {
            for (int k = 0; k < u->path->segs.len; k++)
                vec_push_small(full->segs, u->path->segs.data[k]);
        }
        u->path = full;
    }
    return inner;
}

static UseTreeVec use_concat(UseTreeVec a, UseTreeVec b) {
    for (int i = 0; i < b.len; i++)
        vec_push_small(a, b.data[i]);
    return a;
}

/* An attribute keeps its name (the first identifier of its path) and its
 * whole text; later phases interpret the few owl knows. */
static Attr attr(Parser *p, Span sp, bool inner) {
    (void)inner;
    Attr a = {0};
    a.span = sp;
    a.text = arena_strndup(compiler_arena, p->file->text + sp.lo, sp.hi - sp.lo);
    const char *s = p->file->text + sp.lo;
    uint32_t i = 1, n = sp.hi - sp.lo;
    while (i < n && (s[i] == '!' || s[i] == '[' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
        i++;
    uint32_t j = i;
    while (j < n && (s[j] == '_' || (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                     (s[j] >= '0' && s[j] <= '9')))
        j++;
    a.name = j > i ? intern(s + i, j - i) : 0;
    return a;
}

static AttrVec attrs1(Attr a) {
    AttrVec v = {0};
    vec_push_small(v, a);
    return v;
}

static AttrVec attrs_push(AttrVec v, Attr a) {
    vec_push_small(v, a);
    return v;
}

static void add_item(Parser *p, Item *it) {
    if (!it)
        return;
    vec_push(p->crate->items, it);
    p->last_item = it->kind == ITEM_FN ? "function" : it->kind == ITEM_STATIC ? "static item"
                   : it->kind == ITEM_CONST ? "constant item" : "`use` import";
}

static void add_crate_attr(Parser *p, Attr a) {
    vec_push(p->crate_attrs, a);
}

/* ==== the token feed ============================================================== */

static int closer_of(int k);

static bool is_opener(int k) {
    return k == '(' || k == '[' || k == '{';
}

static bool is_closer(int k) {
    return k == ')' || k == ']' || k == '}';
}

static bool is_keyword(int k) {
    return k >= KW_AS && k <= KW_WHILE;
}

/* Would the parser, in the state on top of stack `ss`, shift token symbol
 * `sym` (after whatever reductions it calls for)? The same walk as bison's
 * LAC, on a private copy of the stack's top. */
static bool accepts(const yy_state_t *ss, int sym) {
    enum { SIM_MAX = 64 };
    yy_state_t extra[SIM_MAX];
    int nextra = 0;
    const yy_state_t *real = ss;
    for (;;) {
        int state = nextra ? extra[nextra - 1] : *real;
        int rule;
        int n = yypact[state];
        if (yypact_value_is_default(n) || (n += sym) < 0 || YYLAST < n || yycheck[n] != sym) {
            rule = yydefact[state];
            if (rule == 0)
                return false;
        } else {
            rule = yytable[n];
            if (yytable_value_is_error(rule))
                return false;
            if (rule > 0)
                return true;
            rule = -rule;
        }
        int len = yyr2[rule];
        if (len <= nextra) {
            nextra -= len;
        } else {
            real -= len - nextra;
            nextra = 0;
        }
        int top = nextra ? extra[nextra - 1] : *real;
        int lhs = yyr1[rule] - YYNTOKENS;
        int g = yypgoto[lhs] + top;
        int next = (0 <= g && g <= YYLAST && yycheck[g] == top) ? yytable[g] : yydefgoto[lhs];
        if (nextra == SIM_MAX)
            return true;  /* deeper than any real reduction chain: do not repair */
        extra[nextra++] = (yy_state_t)next;
    }
}

static bool tok_accepted(const yy_state_t *ss, int kind) {
    return accepts(ss, YYTRANSLATE(kind));
}

static Tok next_token(Parser *p) {
    if (p->nahead)
        return p->ahead[--p->nahead];
    Tok t;
    memset(&t, 0, sizeof t);
    p->lx.tok_diag = NULL;
    t.kind = owl_yylex(&t.val, &t.span, p->scanner);
    if (t.kind == 0)
        t.span = span_at(p->file->len, p->file->len);
    t.diag = p->lx.tok_diag;
    t.diag_now = p->lx.tok_diag_now;
    return t;
}

static void push_back(Parser *p, Tok t) {
    if (p->nahead == (int)(sizeof p->ahead / sizeof p->ahead[0]))
        ICE("token feed overflow");
    p->ahead[p->nahead++] = t;
}

static void track(Parser *p, const Tok *t) {
    if (is_opener(t->kind)) {
        Delim d = {t->kind, t->span.lo, t->kind == '(' && p->cur.kind == IDENT && p->prev.kind == KW_FN,
                   p->cur.kind == '!' && p->prev.kind == IDENT ? p->prev.val.IDENT : 0, 0};
        vec_push(p->delims, d);
    } else if (is_closer(t->kind) && p->delims.len > 0) {
        p->closed = p->delims.data[--p->delims.len];
        p->closed_by = t->span.lo;
    } else if (t->kind == ',' && p->delims.len > 0) {
        p->delims.data[p->delims.len - 1].commas++;
    }
}

/* Called by the error rule of a block (or parameter list) whose opener is
 * at `open`: the rest of that group is dropped, as rustc drops the rest of
 * a block after an error in one of its statements. */
static void skip_block(Parser *p, Span open) {
    for (int i = p->delims.len - 1; i >= 0; i--) {
        if (p->delims.data[i].lo == open.lo) {
            p->skipping = true;
            p->skip_lo = open.lo;
            return;
        }
    }
}

static void skip_to_eof(Parser *p) {
    p->skip_eof = true;
}

static bool text_newline(const SourceFile *f, uint32_t lo, uint32_t hi) {
    const char *s = f->text;
    for (uint32_t i = lo; i < hi; i++)
        if (s[i] == '\n')
            return true;
    return false;
}

/* rustc's Token::can_begin_expr, and the keywords that begin items. */
static bool can_begin_stmt(int k) {
    switch (k) {
    case IDENT: case LIFETIME: case LIT_INT: case LIT_FLOAT: case LIT_STR: case LIT_CHAR:
    case '(': case '[': case '{': case '!': case '-': case '*': case '&': case ANDAND:
    case '|': case OROR: case DOTDOT: case DOTDOTEQ: case '<': case SHL: case COLONCOLON:
    case '#': case '_':
        return true;
    case KW_AS: case KW_ELSE: case KW_IN: case KW_WHERE: case KW_DYN: case KW_AWAIT:
        return false;
    default:
        return is_keyword(k);
    }
}

static void report_missing(Parser *p, const yy_state_t *ss, Tok t, int sep);
static void flush_pending_comma(Parser *p);

/* Splits a greedily lexed operator when the parser wants its first half. */
static bool split_token(Parser *p, const yy_state_t *ss, Tok *t) {
    int first, second;
    switch (t->kind) {
    case SHR: first = '>'; second = '>'; break;
    case GE: first = '>'; second = '='; break;
    case SHREQ: first = '>'; second = GE; break;
    case ANDAND: first = '&'; second = '&'; break;
    case OROR: first = '|'; second = '|'; break;
    case SHL: first = '<'; second = '<'; break;
    case LE: first = '<'; second = '='; break;
    case SHLEQ: first = '<'; second = LE; break;
    default: return false;
    }
    if (!tok_accepted(ss, first))
        return false;
    Tok b = *t;
    b.kind = second;
    b.span.lo = t->span.lo + 1;
    push_back(p, b);
    t->kind = first;
    t->span.hi = t->span.lo + 1;
    return true;
}

static Tok synthetic(int kind, Span at) {
    Tok t;
    memset(&t, 0, sizeof t);
    t.kind = kind;
    t.span = at;
    return t;
}

static bool next_is_number(Parser *p) {
    Tok next = next_token(p);
    push_back(p, next);
    return next.kind == LIT_INT || next.kind == LIT_FLOAT;
}

static bool expr_start_accepted(const yy_state_t *ss) {
    return tok_accepted(ss, KW_IF) && tok_accepted(ss, LIT_INT);
}

/* The repairs rustc makes while parsing, made here on the token stream
 * before the parser sees it: the error is reported and the tokens are
 * fixed, so parsing goes on undisturbed. Returns false if t is to be
 * dropped; t may be replaced, or tokens pushed to come after it. */
static bool repair(Parser *p, const yy_state_t *ss, Tok *t) {
    const char *src = p->file->text;
    bool newline = text_newline(p->file, p->cur.span.hi, t->span.lo);
    bool open_paren = p->delims.len > 0 && p->delims.data[p->delims.len - 1].kind == '(' &&
                      !p->delims.data[p->delims.len - 1].macro;
    Span after = span_at(p->cur.span.hi, p->cur.span.hi);
    /* A token is repaired once: when what was inserted does not make it
     * acceptable (`{ mut x = 1; }`), inserting again would loop forever. */
    if (t->repaired)
        return true;
    /* Not right after a `;` or `{`, nor where a `;` could only be a stray
     * one after an item. */
    if (newline && (can_begin_stmt(t->kind) || t->kind == '}') && tok_accepted(ss, ';') &&
        !tok_accepted(ss, ',') && p->cur.kind != ';' && p->cur.kind != '{' &&
        !tok_accepted(ss, KW_FN)) {
        report_missing(p, ss, *t, ';');
        t->repaired = true;
        push_back(p, *t);
        *t = synthetic(';', after);
    } else if (open_paren && can_begin_stmt(t->kind) && !is_keyword(t->kind) && t->kind != '{' &&
               tok_accepted(ss, ',') &&
               (tok_accepted(ss, '%') || p->delims.data[p->delims.len - 1].params)) {
        report_missing(p, ss, *t, ',');
        t->repaired = true;
        push_back(p, *t);
        *t = synthetic(',', after);
    } else if (tok_accepted(ss, KW_IN)) {
        /* `for x 0..3`, `for x of xs` */
        bool of = t->kind == IDENT && strcmp(sym_str(t->val.IDENT), "of") == 0;
        Span at = of ? t->span : span_at(p->cur.span.hi, t->span.lo);
        Diag *d = diag_new(DIAG_ERROR, NULL, at, NULL, "missing `in` in `for` loop");
        Diag *h = of ? diag_suggest(d, at, "in", "try using `in` here instead")
                     : diag_suggest(d, at, " in ", "try adding `in` here");
        diag_set_suggestion_style(h, SUGG_VERBOSE);
        emit(p, d);
        t->repaired = true;
        if (!of)
            push_back(p, *t);
        *t = synthetic(KW_IN, at);
    } else if (p->cur.kind == IDENT && p->prev.kind == KW_FN && tok_accepted(ss, '(') &&
               tok_accepted(ss, '<')) {
        /* `fn name {` */
        Diag *d = diag_new(DIAG_ERROR, NULL, after, NULL,
                           "missing parameters for function definition");
        diag_set_suggestion_style(diag_suggest(d, after, "()", "add a parameter list"), SUGG_VERBOSE);
        emit(p, d);
        t->repaired = true;
        push_back(p, *t);
        push_back(p, synthetic(')', after));
        *t = synthetic('(', after);
    } else if (t->kind == '+' && expr_start_accepted(ss) && src[t->span.hi] != '+' &&
               !(p->cur.kind == '+' && p->cur.span.hi == t->span.lo) && next_is_number(p)) {
        Diag *d = diag_new(DIAG_ERROR, NULL, t->span, "unexpected `+`",
                           "leading `+` is not supported");
        diag_set_suggestion_style(diag_suggest(d, t->span, "", "try removing the `+`"), SUGG_VERBOSE);
        emit(p, d);
        return false;
    } else if (t->kind == KW_MUT && p->cur.kind == KW_MUT && !expr_start_accepted(ss)) {
        /* `let mut mut x` */
        Tok next = next_token(p);
        push_back(p, next);
        Diag *d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "`mut` on a binding may not be repeated");
        diag_set_suggestion_style(diag_suggest(d, span_at(t->span.lo, next.span.lo), "",
                                               "remove the additional `mut`s"), SUGG_VERBOSE);
        emit(p, d);
        return false;
    } else if (t->kind == '~' && expr_start_accepted(ss)) {
        Diag *d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "`~` cannot be used as a unary operator");
        diag_set_suggestion_style(diag_suggest(d, t->span, "!", "use `!` to perform bitwise not"),
                                  SUGG_VERBOSE);
        emit(p, d);
        t->kind = '!';
    }
    return true;
}

/* The token feed: bison's yylex. */
static int yylex(YYSTYPE *lval, Span *lloc, Parser *p, const void *yyssp) {
    const yy_state_t *ss = yyssp;
    Tok t;
    for (;;) {
        t = next_token(p);
        if (p->skip_eof) {
            while (t.kind != 0)
                t = next_token(p);
        }
        while (p->skipping && t.kind != 0) {
            if (is_closer(t.kind) && p->delims.len > 0 &&
                p->delims.data[p->delims.len - 1].lo == p->skip_lo) {
                p->skipping = false;
                break;
            }
            track(p, &t);
            t = next_token(p);
        }
        if (t.kind == 0 || tok_accepted(ss, t.kind) || split_token(p, ss, &t) || repair(p, ss, &t))
            break;
    }
    /* heads inside groups that closed before t */
    while (p->nheads > 0 && p->heads[p->nheads - 1].depth > p->delims.len)
        p->nheads--;
    track(p, &t);
    if (p->pending_comma &&
        ((t.kind == ',' && p->delims.len == p->pending_depth && t.span.lo != p->pending_at) ||
         (is_closer(t.kind) && p->delims.len < p->pending_depth)))
        flush_pending_comma(p);  /* the element after it parsed */
    if (t.diag) {
        if (t.diag_now)
            emit(p, t.diag);
        else
            vec_push(p->late_errors, t.diag);
    }
    /* Condition heads, for "expected `{`". */
    if (t.kind == KW_IF || t.kind == KW_WHILE || t.kind == KW_MATCH || t.kind == KW_FOR) {
        if (p->nheads < (int)(sizeof p->heads / sizeof p->heads[0])) {
            Head h = {t.kind, t.span, p->delims.len};
            p->heads[p->nheads++] = h;
        }
    } else if (t.kind == '{' && p->nheads > 0 &&
               p->delims.len == p->heads[p->nheads - 1].depth + 1 && tok_accepted(ss, '%')) {
        p->nheads--;  /* the body: `{` after a complete condition */
    }
    p->older[1] = p->older[0];
    p->older[0] = p->prev;
    p->prev = p->cur;
    p->cur = t;
    *lval = t.val;
    *lloc = t.span;
    return t.kind;
}

/* ==== syntax errors in rustc's words ================================================= */

/* The text of a token as rustc's token_descr() gives it. */
static const char *tok_descr(Parser *p, const Tok *t) {
    if (t->kind == 0)
        return "`<eof>`";
    const char *text = arena_strndup(compiler_arena, p->file->text + t->span.lo,
                                     t->span.hi - t->span.lo);
    if (t->span.hi == t->span.lo) {  /* a token the feed made up */
        const char *name = yysymbol_name(YYTRANSLATE(t->kind));
        text = arena_strndup(compiler_arena, name + 1, strlen(name) - 2);
    }
    if (is_keyword(t->kind))
        return arena_printf(compiler_arena, "keyword `%s`", text);
    if (t->kind == RESERVED)
        return arena_printf(compiler_arena, "reserved keyword `%s`", text);
    if (t->kind == '_')
        return "reserved identifier `_`";
    return arena_printf(compiler_arena, "`%s`", text);
}

/* How rustc names an expected token in "expected one of ...". */
static const char *sym_display(int sym) {
    if (sym == YYTRANSLATE(IDENT))
        return "identifier";
    if (sym == YYTRANSLATE(LIFETIME))
        return "lifetime";
    if (sym == YYTRANSLATE(LIT_INT) || sym == YYTRANSLATE(LIT_FLOAT) ||
        sym == YYTRANSLATE(LIT_STR) || sym == YYTRANSLATE(LIT_CHAR))
        return "literal";
    /* Bison names tokens by their aliases, which are rustc's spellings;
     * character tokens come quoted ('+'), aliases perhaps too ("::"). */
    const char *name = yysymbol_name((yysymbol_kind_t)sym);
    size_t n = strlen(name);
    if ((name[0] == '\'' || name[0] == '"') && n >= 3)
        return arena_printf(compiler_arena, "`%.*s`", (int)n - 2, name + 1);
    return arena_printf(compiler_arena, "`%s`", name);
}

/* After a complete expression every binary operator is acceptable, and
 * `%` nowhere else (types take `+` for bounds, patterns `|`): its presence
 * tells rustc's "or an operator" contexts apart. */
static bool after_expr(const int *syms, int n) {
    for (int i = 0; i < n; i++)
        if (syms[i] == YYTRANSLATE('%'))
            return true;
    return false;
}

static bool is_operator_sym(int sym) {
    static const int ops[] = {
        '+', '-', '*', '/', '%', '^', '&', '|', '<', '>', '=', EQEQ, NE, LE, GE, ANDAND, OROR,
        PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, ANDEQ, OREQ, SHLEQ, SHREQ, SHL,
        SHR, DOTDOT, DOTDOTEQ, KW_AS,
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (YYTRANSLATE(ops[i]) == sym)
            return true;
    return false;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool has_sym(const int *syms, int n, int kind);

/* Set while an error after `name!` (not `macro_rules!`) is worded. */
static bool expect_ctx_bang;

/* rustc's tokens_to_string: "`a`, `b`, or `c`" over a sorted list. */
static const char *expected_list(const int *syms, int n, int *count) {
    const char **names = ALLOC_N(const char *, n + 2);
    int m = 0;
    bool op = after_expr(syms, n), pat = false;
    for (int i = 0; i < n; i++)
        if (syms[i] == YYTRANSLATE('@'))
            pat = true;
    for (int i = 0; i < n; i++) {
        int s = syms[i];
        if ((op && is_operator_sym(s)) || s == YYSYMBOL_YYEOF || s == YYSYMBOL_YYerror)
            continue;
        /* rustc checks for a call or an index without listing them */
        if (op && (s == YYTRANSLATE('(') || s == YYTRANSLATE('[')))
            continue;
        /* after a binding, rustc lists an or-pattern's `|` and not the
         * path and tuple-struct forms */
        if (pat && (s == YYTRANSLATE('(') || s == YYTRANSLATE(COLONCOLON)))
            continue;
        /* `name!` wants a delimiter; only `macro_rules!` a name */
        if (s == YYTRANSLATE(IDENT) && expect_ctx_bang)
            continue;
        /* rustc takes a body-less `fn f();` without listing `;` */
        if (s == YYTRANSLATE(';') && has_sym(syms, n, KW_WHERE) && has_sym(syms, n, '{'))
            continue;
        names[m++] = sym_display(s);
    }
    if (op)
        names[m++] = "an operator";
    if (pat)
        names[m++] = "`|`";
    qsort(names, (size_t)m, sizeof *names, cmp_str);
    CharVec out = {0};
    int k = 0;
    for (int i = 0; i < m; i++) {
        if (i > 0 && strcmp(names[i], names[i - 1]) == 0)
            continue;
        names[k++] = names[i];
    }
    for (int i = 0; i < k; i++) {
        if (i > 0)
            str_appendf(&out, k == 2 ? " or " : i == k - 1 ? ", or " : ", ");
        str_appendf(&out, "%s", names[i]);
    }
    *count = k;
    return out.data ? out.data : "";
}

static bool has_sym(const int *syms, int n, int kind) {
    int s = YYTRANSLATE(kind);
    for (int i = 0; i < n; i++)
        if (syms[i] == s)
            return true;
    return false;
}

static int expected_syms(const yy_state_t *ss, int *out) {
    int n = 0;
    for (int s = 0; s < YYNTOKENS; s++) {
        if (s == YYSYMBOL_YYerror || s == YYSYMBOL_YYUNDEF)
            continue;
        if (accepts(ss, s))
            out[n++] = s;
    }
    return n;
}

/* The kind of the token after the current one (read ahead and kept). */
static int next_kind(Parser *p) {
    Tok next = next_token(p);
    push_back(p, next);
    return next.kind;
}

/* rustc's edit distance: Levenshtein with adjacent transpositions. */
static size_t edit_distance(const char *a, const char *b) {
    size_t n = strlen(a), m = strlen(b);
    if (n > 32 || m > 32)
        return 99;
    size_t d[33][33];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v)
                v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    }
    return d[n][m];
}

/* rustc's find_best_match_for_name over keywords: a case-insensitive
 * match, else the closest within a third of the name's length. */
static const char *similar_keyword(const char *name, const char *const *kws, int nkws) {
    for (int i = 0; i < nkws; i++) {
        size_t k = 0;
        while (kws[i][k] && tolower((unsigned char)kws[i][k]) == tolower((unsigned char)name[k]))
            k++;
        if (!kws[i][k] && !name[k])
            return kws[i];
    }
    size_t len = strlen(name);
    size_t limit = (len > 3 ? len : 3) / 3;
    const char *best = NULL;
    for (int i = 0; i < nkws; i++) {
        size_t dist = edit_distance(name, kws[i]);
        if (dist == 0)
            return kws[i];
        if (dist <= limit) {
            best = kws[i];
            limit = dist - 1;
        }
    }
    return best;
}

/* rustc's check_for_misspelled_kw: the found identifier may be a keyword
 * the parser wanted, or the identifier before it any keyword (`a b` for
 * `a as b`). */
static void misspelled_keyword(Parser *p, Diag *d, const int *syms, int n) {
    static const char *const used[] = {
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
        "use", "where", "while", "async", "await", "dyn",
    };
    if (d->children.len > 0)
        return;  /* rustc only when no other suggestion was made */
    const char *kws[64];
    int nkws = 0;
    bool op = after_expr(syms, n);
    for (int i = 0; i < n && nkws < 64; i++) {
        if (op && syms[i] == YYTRANSLATE(KW_AS))
            continue;  /* rustc lists `as` as "an operator", not a keyword */
        const char *name = yysymbol_name((yysymbol_kind_t)syms[i]);
        if (name[0] == '"')
            name++;
        for (size_t k = 0; k < sizeof used / sizeof used[0]; k++)
            if (strncmp(name, used[k], strlen(used[k])) == 0 &&
                !isalnum((unsigned char)name[strlen(used[k])]) && name[strlen(used[k])] != '_')
                kws[nkws++] = used[k];
    }
    const Tok *t = &p->cur;
    const char *kw = NULL;
    Span at = t->span;
    if (t->kind != IDENT && !is_keyword(t->kind))
        return;  /* rustc looks only when an identifier was found */
    if (t->kind == IDENT && nkws > 0)
        kw = similar_keyword(sym_str(t->val.IDENT), kws, nkws);
    if (!kw && !(t->kind == IDENT && nkws > 0 && kw) && p->prev.kind == IDENT) {
        kw = similar_keyword(sym_str(p->prev.val.IDENT), used, (int)(sizeof used / sizeof used[0]));
        at = p->prev.span;
    }
    if (kw)
        diag_set_suggestion_style(
            diag_suggest(d, at, kw, "there is a keyword `%s` with a similar name", kw), SUGG_VERBOSE);
}

/* "expected one of A, B, or C, found X" (or "expected A, found X") with
 * rustc's placement of the labels: on the token when it is on the line of
 * the previous one, else after the previous token plus "unexpected token". */
static Diag *expected_one_of(Parser *p, const int *syms, int n, const Tok *t) {
    int count;
    expect_ctx_bang = p->prev.kind == '!' && p->older[0].kind == IDENT &&
                      strcmp(sym_str(p->older[0].val.IDENT), "macro_rules") != 0;
    const char *list = expected_list(syms, n, &count);
    const char *found = tok_descr(p, t);
    const char *label = count > 6 ? arena_printf(compiler_arena, "expected one of %d possible tokens", count)
                        : count > 1 ? arena_printf(compiler_arena, "expected one of %s", list)
                                    : arena_printf(compiler_arena, "expected %s", list);
    const char *msg = count > 1 ? arena_printf(compiler_arena, "expected one of %s, found %s", list, found)
                      : count == 1 ? arena_printf(compiler_arena, "expected %s, found %s", list, found)
                                   : arena_printf(compiler_arena, "unexpected token: %s", found);
    Diag *d;
    if (t->kind == 0) {
        d = diag_new(DIAG_ERROR, NULL, p->prev.span, label, "%s", msg);
    } else if (count == 0) {
        d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "%s", msg);
    } else if (text_newline(p->file, p->prev.span.lo, t->span.lo)) {
        d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "%s", msg);
        diag_label(d, span_at(p->prev.span.hi, p->prev.span.hi), "%s", label);
        diag_primary_label(d, t->span, "unexpected token");
    } else {
        d = diag_new(DIAG_ERROR, NULL, t->span, label, "%s", msg);
    }
    misspelled_keyword(p, d, syms, n);
    if (d->children.len == 0 && t->kind == IDENT && has_sym(syms, n, '.') &&
        (p->prev.kind == IDENT || p->prev.kind == ')' || p->prev.kind == ']') &&
        (p->prev.span.hi == t->span.lo || next_kind(p) == '.'))
        diag_set_suggestion_style(diag_suggest(d, span_at(p->prev.span.hi, t->span.lo), ".",
                                               "you might have meant to write a field access"),
                                  SUGG_VERBOSE);
    return d;
}

/* The token feed's repairs: rustc's "expected `;`" before a new line, and
 * its "missing `,`" between the elements of a parenthesised list. */
static void report_missing(Parser *p, const yy_state_t *ss, Tok t, int sep) {
    Span at = span_at(p->cur.span.hi, p->cur.span.hi);
    p->closed_by = UINT32_MAX;  /* the error is at t, after any group `cur` closed */
    if (sep == ';') {
        Diag *d = diag_new(DIAG_ERROR, NULL, at, NULL, "expected `;`, found %s", tok_descr(p, &t));
        diag_set_suggestion_style(diag_suggest_inline(d, at, ";", "add `;` here"), SUGG_INLINE_MSG);
        diag_label(d, t.span, "unexpected token");
        emit(p, d);
        return;
    }
    int syms[YYNTOKENS];
    int n = expected_syms(ss, syms);
    Tok saved = p->prev;
    p->prev = p->cur;
    Diag *d = expected_one_of(p, syms, n, &t);
    p->prev = saved;
    diag_set_suggestion_style(diag_suggest_inline(d, at, ",", "missing `,`"), SUGG_INLINE_MSG);
    flush_pending_comma(p);
    p->pending_comma = d;
    p->pending_depth = p->delims.len;
    p->pending_at = at.lo;
}

static void flush_pending_comma(Parser *p) {
    if (p->pending_comma)
        emit(p, p->pending_comma);
    p->pending_comma = NULL;
}

static bool is_format_macro(Symbol name) {
    static const char *const names[] = {
        "print", "println", "eprint", "eprintln", "format", "panic", "write", "writeln",
        "unreachable", "todo", "unimplemented", "assert", "debug_assert", "format_args",
    };
    const char *s = sym_str(name);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i]) == 0)
            return true;
    return false;
}

/* Errors inside a macro call's arguments, worded as the macro's own parser
 * words them: format_args! and assert! want a `,` after each argument;
 * macro_rules! macros (vec!, assert_eq!) say "no rules expected". */
static Diag *macro_arg_error(Parser *p, const Delim *g, const int *syms, int n, const char *found) {
    const Tok *t = &p->cur;
    bool comma = has_sym(syms, n, ',');
    if (is_format_macro(g->macro)) {
        if (!comma)
            return NULL;
        if (p->prev.kind == LIT_STR && p->older[0].span.lo == g->lo)
            return diag_new(DIAG_ERROR, NULL, t->span, "expected `,`", "expected `,`, found %s",
                            found);
        /* the list without the group's closer: the macro's parser stops
         * at the end of its arguments */
        int *rest = ALLOC_N(int, n);
        int m = 0;
        int closer = YYTRANSLATE(closer_of(g->kind));
        for (int i = 0; i < n; i++)
            if (syms[i] != closer)
                rest[m++] = syms[i];
        return expected_one_of(p, rest, m, t);
    }
    Diag *d = diag_new(DIAG_ERROR, NULL, t->span, "no rules expected this token in macro call",
                       "no rules expected %s", found);
    if (comma && after_expr(syms, n)) {
        Span at = span_at(p->prev.span.hi, p->prev.span.hi);
        diag_set_suggestion_style(diag_suggest_inline(d, at, ",", "missing comma here"),
                                  SUGG_INLINE_MSG);
        /* vec!'s repetition; its other notes point into std's sources */
        if (strcmp(sym_str(g->macro), "vec") == 0 && g->commas > 0)
            diag_note(d, "while trying to match sequence start");
    }
    return d;
}

/* C's `x++`, `++x` and `~x`, which rustc explains. */
static Diag *c_operator_error(Parser *p, const int *syms, int n) {
    const Tok *t = &p->cur;
    const char *src = p->file->text;
    bool expr_start = has_sym(syms, n, KW_IF) && has_sym(syms, n, LIT_INT);
    if (t->kind == '+' && p->prev.kind == '+' && p->prev.span.hi == t->span.lo && expr_start) {
        Span pp = span_join(p->prev.span, t->span);
        Diag *d = diag_new(DIAG_ERROR, NULL, pp, "not a valid postfix operator",
                           "Rust has no postfix increment operator");
        diag_set_suggestion_style(diag_suggest(d, pp, " += 1", "use `+= 1` instead"), SUGG_VERBOSE);
        return d;
    }
    if (t->kind == '+' && t->span.hi < p->file->len && src[t->span.hi] == '+' && expr_start) {
        Span pp = span_at(t->span.lo, t->span.hi + 1);
        uint32_t i = pp.hi;
        while (i < p->file->len && (src[i] == ' ' || src[i] == '\t'))
            i++;
        uint32_t j = i;
        while (j < p->file->len && (src[j] == '_' || (src[j] >= 'a' && src[j] <= 'z') ||
                                    (src[j] >= 'A' && src[j] <= 'Z') || (src[j] >= '0' && src[j] <= '9')))
            j++;
        Diag *d = diag_new(DIAG_ERROR, NULL, pp, "not a valid prefix operator",
                           "Rust has no prefix increment operator");
        if (j > i) {
            Diag *h = diag_suggest(d, span_at(pp.lo, i), "", "use `+= 1` instead");
            diag_suggest_part(h, span_at(j, j), " += 1");
            diag_set_suggestion_style(h, SUGG_VERBOSE);
        }
        return d;
    }
    return NULL;
}

static uint32_t first_nonspace(Parser *p, uint32_t at) {
    const char *s = p->file->text;
    while (at < p->file->len && (s[at] == ' ' || s[at] == '\t' || s[at] == '\n' || s[at] == '\r'))
        at++;
    return at;
}

/* IDENT and the keywords that stand for a path segment (and `<` of a
 * qualified path): rustc says "expected identifier". */
static bool only_path_segments(const int *syms, int n) {
    for (int i = 0; i < n; i++) {
        int s = syms[i];
        if (s != YYTRANSLATE(IDENT) && s != YYTRANSLATE(KW_SELF) && s != YYTRANSLATE(KW_SELF_TYPE) &&
            s != YYTRANSLATE(KW_SUPER) && s != YYTRANSLATE(KW_CRATE) && s != YYTRANSLATE('<') &&
            s != YYTRANSLATE(KW_MUT))
            return false;
    }
    return true;
}

/* rustc offers `r#kw` only if the token after the keyword could follow a
 * name there. */
static bool raw_ident_fits(Parser *p) {
    Tok next = next_token(p);
    push_back(p, next);
    switch (next.kind) {
    case '=': case ':': case ',': case ';': case COLONCOLON: case '{': case '(': case '}': case ')':
        return true;
    default:
        return false;
    }
}

/* "while parsing the type for `x`" when `let x: ` has no type. */
static void let_type_label(Parser *p, Diag *d) {
    if (p->prev.kind != ':' || p->older[0].kind != IDENT)
        return;
    if (p->older[1].kind == KW_LET)
        diag_label(d, p->prev.span, "while parsing the type for `%s`", sym_str(p->older[0].val.IDENT));
    else if (p->older[1].kind == KW_MUT)
        diag_label(d, p->prev.span, "while parsing the type for the binding");
}

static void report_syntax_error(Parser *p, const int *syms, int n) {
    const Tok *t = &p->cur;
    Tok eof;
    int depth = p->delims.len + (is_closer(t->kind) ? 1 : 0);  /* before t */
    const Head *head = p->nheads > 0 && p->heads[p->nheads - 1].depth == depth
                           ? &p->heads[p->nheads - 1] : NULL;
    const Delim *g = macro_group(p);
    bool end_of_args = g && is_closer(t->kind) && g == &p->closed;
    const char *found = tok_descr(p, t);
    if (end_of_args && !(has_sym(syms, n, KW_IF) && has_sym(syms, n, LIT_INT))) {
        /* the macro's own parser sees the end of its input */
        eof = *t;
        eof.kind = 0;
        eof.span = p->prev.span;
        t = &eof;
        found = "`<eof>`";
    }
    bool op = after_expr(syms, n);
    bool expr_start = has_sym(syms, n, KW_IF) && has_sym(syms, n, LIT_INT);
    bool pat_start = has_sym(syms, n, KW_REF);
    bool type_start = has_sym(syms, n, KW_DYN);
    bool item_start = has_sym(syms, n, KW_FN) && has_sym(syms, n, KW_STRUCT) && !expr_start;
    bool ident = has_sym(syms, n, IDENT);
    Diag *d = c_operator_error(p, syms, n);

    if (d) {
        /* reported below */
    } else if (end_of_args && expr_start) {
        Span at = span_at(p->prev.span.hi, p->prev.span.hi);
        d = diag_new(DIAG_ERROR, NULL, at, "expected expression",
                     "expected expression, found end of macro arguments");
    } else if (g && !end_of_args && p->delims.len > 0 && g == &p->delims.data[p->delims.len - 1] &&
               (d = macro_arg_error(p, g, syms, n, found)) != NULL) {
        /* reported below */
    } else if (t->kind == '(' && p->prev.kind == IDENT && n == 2 && has_sym(syms, n, '!') &&
               has_sym(syms, n, COLONCOLON) && p->delims.len == 1) {
        /* `main() {` among the items */
        const char *name = sym_str(p->prev.val.IDENT);
        d = diag_new(DIAG_ERROR, NULL, p->prev.span, NULL, "missing `fn` for function definition");
        diag_set_suggestion_style(diag_suggest(d, span_at(p->prev.span.lo, p->prev.span.lo), "fn ",
                                               "add `fn` here to parse `%s` as a function", name),
                                  SUGG_VERBOSE);
    } else if (p->prev.kind == '.' && !op && ident && n <= 4) {
        d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "unexpected token: %s", found);
    } else if (head && head->kind == KW_IF && has_sym(syms, n, '{') &&
               !has_sym(syms, n, ';') && p->file->text[first_nonspace(p, head->span.hi)] == '{') {
        /* `if {` : the block was taken for the condition */
        uint32_t brace = first_nonspace(p, head->span.hi);
        Span at = span_at(head->span.hi, head->span.hi);
        d = diag_new(DIAG_ERROR, NULL, at, "expected condition here",
                     "missing condition for `if` expression");
        diag_label(d, span_at(brace, brace + 1), "if this block is the condition of the `if` "
                                                 "expression, then it must be followed by another "
                                                 "block");
    } else if (head && op && has_sym(syms, n, '{') && !has_sym(syms, n, ';') &&
               !has_sym(syms, n, ',') && t->kind != 0) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected `{`", "expected `{`, found %s", found);
        Span cond = span_at(head->span.hi, p->prev.span.hi);
        while (cond.lo < cond.hi && (p->file->text[cond.lo] == ' ' || p->file->text[cond.lo] == '\n' ||
                                     p->file->text[cond.lo] == '\t'))
            cond.lo++;
        if (head->kind == KW_IF) {
            diag_child(d, DIAG_NOTE, cond, NULL,
                       "the `if` expression is missing a block after this condition");
        } else if (head->kind == KW_WHILE) {
            diag_label(d, head->span, "while parsing the body of this `while` expression");
            diag_label(d, cond, "this `while` condition successfully parsed");
        }
    } else if (op) {
        d = expected_one_of(p, syms, n, t);
    } else if (innermost(p) && innermost(p)->params &&
               p->prev.kind == IDENT && (t->kind == ')' || t->kind == ',') && has_sym(syms, n, ':')) {
        /* `fn f(x)` */
        d = expected_one_of(p, syms, n, t);
        diag_set_suggestion_style(diag_suggest(d, span_at(p->prev.span.hi, p->prev.span.hi),
                                               ": TypeName",
                                               "if this is a parameter name, give it a type"),
                                  SUGG_VERBOSE);
        diag_set_suggestion_style(diag_suggest(d, span_at(p->prev.span.lo, p->prev.span.lo), "_: ",
                                               "if this is a type, explicitly ignore the parameter "
                                               "name"),
                                  SUGG_VERBOSE);
    } else if (p->delims.len > 0 && p->delims.data[p->delims.len - 1].params &&
               p->prev.kind == IDENT && t->kind == IDENT && has_sym(syms, n, '@') &&
               has_sym(syms, n, ':') && next_kind(p) != ':') {
        /* `fn f(x i32)` */
        d = expected_one_of(p, syms, n, t);
        diag_suggest_inline(d, span_join(p->prev.span, t->span), "<identifier>: <type>",
                            "declare the type after the parameter binding");
    } else if (t->kind == KW_LET && p->prev.kind == KW_LET) {
        d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "expected pattern, found `let`");
        Tok next = next_token(p);
        push_back(p, next);
        diag_set_suggestion_style(diag_suggest(d, span_at(t->span.lo, next.span.lo), "",
                                               "remove the unnecessary `let` keyword"),
                                  SUGG_VERBOSE);
    } else if (pat_start && p->delims.len > 0 && p->delims.data[p->delims.len - 1].params &&
               !is_keyword(t->kind)) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected parameter name",
                     "expected parameter name, found %s", found);
    } else if (is_keyword(t->kind) && t->kind != KW_IN && ident && !expr_start && !item_start) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected identifier, found keyword",
                     "expected identifier, found %s", found);
        const char *kw = arena_strndup(compiler_arena, p->file->text + t->span.lo,
                                       t->span.hi - t->span.lo);
        if (raw_ident_fits(p))
            diag_suggest(d, span_at(t->span.lo, t->span.lo), "r#",
                         "escape `%s` to use it as an identifier", kw);
    } else if (expr_start) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected expression",
                     "expected expression, found %s", found);
    } else if (pat_start) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected pattern", "expected pattern, found %s",
                     found);
    } else if (type_start) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected type", "expected type, found %s", found);
        let_type_label(p, d);
    } else if (item_start) {
        if (t->kind == KW_LET) {
            d = diag_new(DIAG_ERROR, NULL, t->span, "`let` cannot be used for global variables",
                         "expected item, found %s", found);
            diag_set_suggestion_style(
                diag_suggest_inline(d, t->span, "static",
                                    "consider using `static` or `const` instead of `let`"),
                SUGG_INLINE_MSG);
        } else {
            d = diag_new(DIAG_ERROR, NULL, t->span, "expected item", "expected item, found %s",
                         found);
        }
        diag_note(d, "for a full list of items that can appear in modules, see "
                     "<https://doc.rust-lang.org/reference/items.html>");
    } else if (ident && only_path_segments(syms, n)) {
        d = diag_new(DIAG_ERROR, NULL, t->span, "expected identifier",
                     "expected identifier, found %s", found);
    } else {
        d = expected_one_of(p, syms, n, t);
    }
    emit(p, d);
    flush_pending_comma(p);
}

/* Bison calls this only when its stacks would outgrow YYMAXDEPTH. */
static void yyerror(Span *loc, Parser *p, const char *msg) {
    (void)msg;
    error_at(*loc, NULL, NULL, "this program is nested too deeply for owl");
    p->skip_eof = true;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p) {
    yysymbol_kind_t expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, expected, YYNTOKENS);
    int syms[YYNTOKENS];
    for (int i = 0; i < n; i++)
        syms[i] = expected[i];
    if (n < 0)
        n = 0;
    report_syntax_error(p, syms, n);
    return 0;
}

/* ==== the first pass: lexical errors and delimiters ======================================= */

typedef struct Open {
    int kind;
    Span span;
} Open;

typedef struct Unmatched {
    int found;           /* the closing delimiter */
    Span found_span;
    Span unclosed;       /* the opener it does not close */
    bool has_unclosed;
    Span candidate;      /* an opener it may have been meant for */
    bool has_candidate;
    bool reported;       /* as a missing opener, in "unexpected closing delimiter" */
} Unmatched;

typedef struct DelimCheck {
    SourceFile *file;
    VEC(Open) open;
    VEC(Span) pair_open;  /* matched `{` `}` pairs */
    VEC(Span) pair_close;
    VEC(Span) empty;      /* `{}` on one line */
    VEC(Unmatched) unmatched;
    Span last_unclosed_found;
    bool has_last;
} DelimCheck;

static int closer_of(int k) {
    return k == '(' ? ')' : k == '[' ? ']' : '}';
}

/* The indentation of the line holding offset `at`, in characters. */
static uint32_t margin(SourceFile *f, uint32_t at) {
    uint32_t line = src_linecol(f, at).line;
    uint32_t len;
    const char *s = src_line_text(f, line, &len);
    uint32_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

static bool same_indent(SourceFile *f, Span a, Span b) {
    return margin(f, a.lo) == margin(f, b.lo);
}

static Span *sort_spans;  /* qsort's comparison needs the spans */

static int cmp_by_lo(const void *a, const void *b) {
    uint32_t x = sort_spans[*(const int *)a].lo, y = sort_spans[*(const int *)b].lo;
    return x < y ? -1 : x > y;
}

/* rustc's report_suspicious_mismatch_block: point at the innermost brace
 * pair whose indentation disagrees (unless a well-indented pair encloses
 * it), or else at the last pair closed. Brace pairs nest, so one walk in
 * order of their starts, with the enclosing pairs on a stack, does it. */
static void suspicious_block(DelimCheck *c, Diag *d) {
    int n = c->pair_open.len;
    if (n == 0)
        return;
    Span *spans = ALLOC_N(Span, n);
    bool *odd = ALLOC_N(bool, n);   /* indentation differs, no good pair around */
    int *order = ALLOC_N(int, n);
    int *stack = ALLOC_N(int, n);
    for (int i = 0; i < n; i++) {
        spans[i] = span_at(c->pair_open.data[i].lo, c->pair_close.data[i].lo);
        order[i] = i;
    }
    sort_spans = spans;
    qsort(order, (size_t)n, sizeof *order, cmp_by_lo);
    int depth = 0;
    int last_odd = -1;
    for (int k = 0; k < n; k++) {
        int i = order[k];
        while (depth > 0 && spans[stack[depth - 1]].hi < spans[i].hi)
            depth--;
        bool covered = depth > 0 && !odd[stack[depth - 1]];
        odd[i] = !covered && !same_indent(c->file, c->pair_open.data[i], c->pair_close.data[i]);
        if (odd[i])
            last_odd = i;
        stack[depth++] = i;
    }
    if (last_odd >= 0) {
        Span b = spans[last_odd];
        diag_label(d, span_at(b.lo, b.lo), "this delimiter might not be properly closed...");
        diag_label(d, span_at(b.hi, b.hi), "...as it matches this but it has different indentation");
        for (int k = 0; k < c->empty.len; k++) {
            Span e = c->empty.data[k];
            if (b.lo <= e.lo && e.hi <= b.hi) {
                diag_label(d, e, "block is empty, you might have not meant to close it");
                break;
            }
        }
        return;
    }
    Span po = c->pair_open.data[n - 1], pc = c->pair_close.data[n - 1];
    bool empty = false;
    for (int k = 0; k < c->empty.len; k++)
        if (c->empty.data[k].lo == po.lo && c->empty.data[k].hi == pc.hi)
            empty = true;
    if (c->open.len == 0 && !empty) {
        diag_label(d, po, "this opening brace...");
        diag_label(d, pc, "...matches this closing brace");
    }
}

static const char *delim_text(int k) {
    switch (k) {
    case ')': return ")";
    case ']': return "]";
    default: return "}";
    }
}

/* Lexes the whole file, reporting lexical errors, then checks that the
 * delimiters balance (rustc's token trees). False if parsing must not
 * start. */
static bool check_tokens(SourceFile *file, uint32_t shift, DiagVec *deferred) {
    LexState lx = {0};
    lx.file = file;
    lx.mode = LEX_CHECK;
    lx.report = true;
    lx.shift = shift;
    void *scanner;
    lex_open(&lx, &scanner);
    DelimCheck c = {0};
    c.file = file;
    Diag *fatal = NULL;
    for (;;) {
        YYSTYPE val;
        Span sp;
        int k = owl_yylex(&val, &sp, scanner);
        if (lx.fatal)
            break;
        if (k == 0) {
            if (c.open.len > 0) {
                Span eof = span_at(file->len, file->len);
                fatal = diag_new(DIAG_ERROR, NULL, eof, NULL,
                                 "this file contains an unclosed delimiter");
                enum { SHOW = 5 };  /* rustc labels the first five */
                for (int i = 0; i < c.open.len && i < SHOW; i++)
                    diag_label(fatal, c.open.data[i].span, "unclosed delimiter");
                if (c.open.len >= SHOW + 2)
                    diag_label(fatal, c.open.data[SHOW].span,
                               "another %d unclosed delimiters begin from here", c.open.len - SHOW);
                suspicious_block(&c, fatal);
            }
            break;
        }
        if (is_opener(k)) {
            Open o = {k, sp};
            vec_push(c.open, o);
            continue;
        }
        if (!is_closer(k))
            continue;
        for (;;) {  /* a closer may be looked at twice: see below */
            if (c.open.len == 0) {
                fatal = diag_new(DIAG_ERROR, NULL, sp, NULL, "unexpected closing delimiter: `%s`",
                                 delim_text(k));
                /* A `)` or `]` that closed nothing on the way here is the
                 * likelier culprit: rustc points at it instead. */
                bool missing_open = false;
                for (int i = 0; i < c.unmatched.len; i++) {
                    Unmatched *u = &c.unmatched.data[i];
                    if (u->found == '}' || u->reported)
                        continue;
                    if (u->has_unclosed)
                        diag_label(fatal, u->unclosed, "the nearest open delimiter");
                    diag_label(fatal, span_at(u->found_span.lo, u->found_span.lo),
                               "missing open `%s` for this delimiter", u->found == ')' ? "(" : "[");
                    u->reported = true;
                    missing_open = true;
                }
                if (!missing_open)
                    suspicious_block(&c, fatal);
                diag_primary_label(fatal, sp, "unexpected closing delimiter");
                break;
            }
            Open top = c.open.data[c.open.len - 1];
            if (closer_of(top.kind) == k) {
                c.open.len--;
                if (k == '}') {
                    vec_push(c.pair_open, top.span);
                    vec_push(c.pair_close, sp);
                    if (top.span.hi == sp.lo && !text_newline(file, top.span.lo, sp.hi))
                        vec_push(c.empty, span_join(top.span, sp));
                }
                break;
            }
            Unmatched u = {0};
            u.found = k;
            u.found_span = sp;
            if (!c.has_last || c.last_unclosed_found.lo != sp.lo) {
                c.has_last = true;
                c.last_unclosed_found = sp;
                u.unclosed = top.span;
                u.has_unclosed = true;
                for (int i = 0; i < c.open.len; i++) {
                    if (closer_of(c.open.data[i].kind) == k && same_indent(file, sp, c.open.data[i].span)) {
                        u.candidate = c.open.data[i].span;
                        u.has_candidate = true;
                    }
                }
                vec_push(c.unmatched, u);
            }
            c.open.len--;
            /* A closer that matches an earlier opener closes that one. */
            bool earlier = false;
            for (int i = 0; i < c.open.len; i++)
                if (closer_of(c.open.data[i].kind) == k)
                    earlier = true;
            if (!earlier)
                break;
        }
        if (fatal)
            break;
    }
    lex_close(scanner);
    for (int i = 0; i < c.unmatched.len; i++) {
        Unmatched *u = &c.unmatched.data[i];
        Diag *d;
        if (u->reported)
            continue;
        if (u->has_unclosed) {
            d = diag_new(DIAG_ERROR, NULL, u->unclosed, "unclosed delimiter",
                         "mismatched closing delimiter: `%s`", delim_text(u->found));
            diag_primary_label(d, u->found_span, "mismatched closing delimiter");
        } else {
            d = diag_new(DIAG_ERROR, NULL, u->found_span, "mismatched closing delimiter",
                         "mismatched closing delimiter: `%s`", delim_text(u->found));
        }
        if (u->has_candidate)
            diag_label(d, u->candidate, "closing delimiter possibly meant for this");
        diag_emit(d);
    }
    if (fatal)
        diag_emit(fatal);
    *deferred = lx.deferred;
    return !lx.fatal && !fatal && c.unmatched.len == 0;  /* reported or not, no parse */
}

/* A first line `#!...` that is not an inner attribute `#![` is skipped. */
static uint32_t shebang_len(SourceFile *f) {
    const char *s = f->text;
    if (f->len < 2 || s[0] != '#' || s[1] != '!')
        return 0;
    uint32_t i = 2;
    while (i < f->len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    if (i < f->len && s[i] == '[')
        return 0;
    i = 0;
    while (i < f->len && s[i] != '\n')
        i++;
    return i;
}

Crate *parse_crate(SourceFile *file) {
    Crate *crate = ALLOC(Crate);
    crate->file = file;
    uint32_t shift = shebang_len(file);
    DiagVec deferred = {0};
    if (!check_tokens(file, shift, &deferred))
        return crate;

    Parser p = {0};
    p.file = file;
    p.crate = crate;
    p.lx.file = file;
    p.lx.shift = shift;
    p.lx.mode = LEX_PARSE;
    p.cur.span = span_at(shift, shift);
    p.prev.span = p.cur.span;
    lex_open(&p.lx, &p.scanner);
    yyparse(&p);
    lex_close(p.scanner);
    flush_pending_comma(&p);
    VEC_MOVE(crate->attrs, p.crate_attrs);
    for (int i = 0; i < deferred.len; i++)
        diag_emit(deferred.data[i]);
    for (int i = 0; i < p.macro_errors.len; i++)
        diag_emit(p.macro_errors.data[i]);
    for (int i = 0; i < p.late_errors.len; i++)
        diag_emit(p.late_errors.data[i]);
    return crate;
}

/* ==== --dump-tokens ======================================================================== */

static const char *u128_text(u128 v) {
    char buf[48];
    int i = (int)sizeof buf - 1;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    return arena_strdup(compiler_arena, buf + i);
}

static void dump_escaped(CharVec *out, const char *s, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\n': str_appendf(out, "\\n"); break;
        case '\r': str_appendf(out, "\\r"); break;
        case '\t': str_appendf(out, "\\t"); break;
        case '\\': str_appendf(out, "\\\\"); break;
        case '"': str_appendf(out, "\\\""); break;
        default:
            if (c < 0x20 || c == 0x7f)
                str_appendf(out, "\\u{%x}", c);
            else
                str_append(out, (const char *)&c, 1);
        }
    }
}

static const char *tok_kind_name(int k) {
    switch (k) {
    case IDENT: return "IDENT";
    case LIFETIME: return "LIFETIME";
    case RESERVED: return "RESERVED";
    case LIT_INT: return "INT";
    case LIT_FLOAT: return "FLOAT";
    case LIT_STR: return "STR";
    case LIT_CHAR: return "CHAR";
    case '_': return "UNDERSCORE";
    default: return is_keyword(k) ? "KEYWORD" : "PUNCT";
    }
}

void lex_dump(SourceFile *file, CharVec *out) {
    LexState lx = {0};
    lx.file = file;
    lx.mode = LEX_DUMP;
    lx.report = true;
    lx.shift = shebang_len(file);
    void *scanner;
    lex_open(&lx, &scanner);
    for (;;) {
        YYSTYPE v;
        Span sp;
        int k = owl_yylex(&v, &sp, scanner);
        if (k == 0 || lx.fatal)
            break;
        LineCol lc = src_linecol(file, sp.lo);
        str_appendf(out, "%u:%u %s `", lc.line, lc.col, tok_kind_name(k));
        /* one line per token, even for a string over several lines */
        for (uint32_t i = sp.lo; i < sp.hi; i++) {
            char c = file->text[i];
            if (c == '\n')
                str_appendf(out, "\\n");
            else if (c == '\t')
                str_appendf(out, "\\t");
            else
                str_append(out, &c, 1);
        }
        str_appendf(out, "`");
        switch (k) {
        case LIT_INT:
            str_appendf(out, " value=%s", u128_text(v.LIT_INT.int_value));
            if (v.LIT_INT.suffix)
                str_appendf(out, " suffix=%s", ty_to_string(v.LIT_INT.suffix));
            break;
        case LIT_FLOAT:
            str_appendf(out, " value=%s", v.LIT_FLOAT.text ? v.LIT_FLOAT.text : "?");
            if (v.LIT_FLOAT.suffix)
                str_appendf(out, " suffix=%s", ty_to_string(v.LIT_FLOAT.suffix));
            break;
        case LIT_STR:
            str_appendf(out, " value=\"");
            dump_escaped(out, v.LIT_STR.text, v.LIT_STR.len);
            str_appendf(out, "\"");
            break;
        case LIT_CHAR:
            str_appendf(out, " value=U+%04X", (unsigned)v.LIT_CHAR.int_value);
            break;
        }
        str_appendf(out, "\n");
    }
    lex_close(scanner);
    for (int i = 0; i < lx.deferred.len; i++)
        diag_emit(lx.deferred.data[i]);
}
