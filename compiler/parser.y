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
 * check that delimiters balance (as rustc's token trees do; parse.c);
 * parsing starts only if they do. Syntax errors are worded as rustc words
 * them (parse_diag.c). Recovery mirrors rustc's: a syntax error inside a
 * block abandons the rest of that block (the token feed skips to its `}`),
 * one inside a macro's arguments the macro call, one in a parameter list the
 * list, one at item level the file. Before that, the token feed repairs the
 * slips rustc repairs: a missing `;` before a new line, a missing `,`
 * between arguments, a missing `in` or `()` and a few more are reported and
 * fixed in the token stream, and parsing goes on undisturbed.
 *
 * Files: parser.y (grammar, token feed, parse_crate), parse.c (AST
 * builders, the first pass, --dump-tokens), parse_diag.c (error wording);
 * the generated parser.h is their private interface.
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
/* ---- private to parser.y, parse.c and parse_diag.c ---- */

/* A VEC typedef'd here into one of ast.h's anonymous VEC fields. */
#define VEC_MOVE(dst, src) ((dst).data = (src).data, (dst).len = (src).len, (dst).cap = (src).cap)

int owl_yylex(YYSTYPE *yylval_param, Span *yylloc_param, void *yyscanner);

/* The AST's vectors mostly hold one or two elements: they start with room
 * for one rather than vec_push()'s eight (a 50 MB file's AST is 5x
 * smaller for it). */
#define vec_push_small(v, x)                                                       \
    ((v).cap == 0 ? ((v).data = arena_alloc(compiler_arena, sizeof(*(v).data)), (v).cap = 1) \
                  : 0,                                                            \
     vec_push(v, x))

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

/* parse.c: the AST builders, the grammar actions' vocabulary. */
Expr *parse_lit_expr(ExprKind k, Span sp, Literal lit);
Expr *parse_bool_expr(Span sp, bool v);
Expr *parse_path_expr_new(Path *path);
Expr *parse_unary(UnOp op, Expr *e, Span sp);
Expr *parse_ref_expr(bool mut, Expr *e, Span sp);
Expr *parse_binary(Parser *p, BinOp op, Expr *l, Expr *r, Span op_span, Span sp);
Expr *parse_assign(Expr *l, Expr *r, Span op, Span sp);
Expr *parse_compound(BinOp op, Expr *l, Expr *r, Span op_span, Span sp);
Expr *parse_cast(Expr *e, TypeExpr *t, Span sp);
Expr *parse_call(Expr *callee, ExprVec args, Span sp);
Expr *parse_index_expr(Expr *b, Expr *i, Span sp);
Expr *parse_field_suffix(Symbol name, Span name_span, Span sp);
Expr *parse_method_suffix(Symbol name, Span name_span, TypeExprVec generics, ExprVec args,
                           Span sp);
Expr *parse_tuple_field_suffix(Literal lit, Span index_span, Span sp);
Expr *parse_float_field_suffix(Parser *p, Literal lit, Span index_span, Span sp);
Expr *parse_apply_suffix(Expr *base, Expr *suffix, Span sp);
Expr *parse_range(Expr *lo, Expr *hi, bool inclusive, Span sp);
Expr *parse_paren(Expr *e, Span sp);
Expr *parse_list_expr(ExprKind k, ExprVec v, Span sp);
Expr *parse_repeat(Expr *v, Expr *n, Span sp);
Expr *parse_jump(ExprKind k, Symbol label, Span label_span, Expr *value, Span sp);
Expr *parse_block_expr(Block *b);
Expr *parse_if_expr(Expr *cond, Block *then, Expr *els, Span sp);
Expr *parse_loop_expr(ExprKind k, Expr *cond, Pat *pat, Expr *iter, Block *body, Span sp);
Expr *parse_labeled(Symbol label, Span label_span, Expr *loop, Span sp);
Expr *parse_macro(Path *path, MacroKind form, ExprVec args, Span sp);
Expr *parse_unsupported_expr(Span sp, const char *what);
Expr *parse_try_expr(Expr *e, Span q);
ExprVec parse_expr_vec1(Expr *e);
ExprVec parse_expr_vec_push(ExprVec v, Expr *e);

Path *parse_path_new(Span sp);
Path *parse_path_push(Path *p, Symbol name, Span sp);
Path *parse_path_generics(Path *p, TypeExprVec g, Span sp);

TypeExpr *parse_type_new(TypeExprKind k, Span sp);
TypeExpr *parse_type_path(Path *p);
TypeExpr *parse_type_ref(TypeExpr *inner, bool mut, Symbol lifetime, Span sp);
TypeExpr *parse_type_tuple(TypeExprVec v, Span sp);
TypeExpr *parse_type_array(TypeExpr *elem, Expr *len, Span sp);
TypeExpr *parse_type_slice(TypeExpr *elem, Span sp);
TypeExpr *parse_unsupported_type(Span sp, const char *what);
TypeExprVec parse_type_vec1(TypeExpr *t);
TypeExprVec parse_type_vec_push(TypeExprVec v, TypeExpr *t);

Pat *parse_pat_bind(Symbol name, bool mut, bool by_ref, Span mut_span, Span sp);
Pat *parse_pat_new(PatKind k, Span sp);
Pat *parse_pat_tuple(PatVec v, Span sp);
Pat *parse_pat_lit(Expr *e);
Pat *parse_unsupported_pat(Parser *p, Span sp, const char *what);
void parse_flush_pat_errors(Parser *p);
void parse_drop_pat_errors(Parser *p);
PatVec parse_pat_vec1(Pat *q);
PatVec parse_pat_vec_push(PatVec v, Pat *q);

Stmt *parse_stmt_new(StmtKind k, Span sp);
Stmt *parse_expr_stmt(Expr *e, bool semi, Span sp);
Stmt *parse_let_stmt(Pat *pat, TypeExpr *t, Expr *init, Span sp);
Stmt *parse_item_stmt(Item *it, Span sp);
StmtVec parse_stmts_push(StmtVec v, Stmt *s);
Block *parse_block_new(StmtVec stmts, Expr *tail, Span sp);

Item *parse_fn_item(Parser *p, Symbol name, Span name_span, Generics g, ParamVec params,
                     TypeExpr *ret, Block *body, Span sig, Span sp);
Item *parse_global_item(ItemKind k, bool mut, Symbol name, Span name_span, TypeExpr *t,
                         Expr *init, Span sp);
Item *parse_use_item(UseTreeVec trees, Span sp);
Item *parse_unsupported_item(Parser *p, Span sp, const char *what, const char *descr);
Item *parse_bodyless_fn(Parser *p, Span sig, Span semi);
void parse_stray_semicolon(Parser *p, Span semi);
Item *parse_with_attrs(Item *it, AttrVec attrs);
Param parse_param(Pat *pat, TypeExpr *t, Span sp);
ParamVec parse_params1(Param q);
ParamVec parse_params_push(ParamVec v, Param q);
Generics parse_generics_lifetime(Generics g, Symbol lt);
Generics parse_generics_other(Generics g, Span sp);

UseTreeVec parse_use_simple(Path *path, Symbol alias, bool glob, Span sp);
UseTreeVec parse_use_prefix(Path *prefix, UseTreeVec inner);
UseTreeVec parse_use_concat(UseTreeVec a, UseTreeVec b);

Attr parse_attr(Parser *p, Span sp, bool inner);
AttrVec parse_attrs1(Attr a);
AttrVec parse_attrs_push(AttrVec v, Attr a);

void parse_add_item(Parser *p, Item *it);
void parse_add_crate_attr(Parser *p, Attr a);

/* parse.c: helpers shared by the three files. */
bool parse_is_opener(int k);
bool parse_is_closer(int k);
bool parse_is_keyword(int k);
int parse_closer_of(int k);
bool parse_text_newline(const SourceFile *f, uint32_t lo, uint32_t hi);
const Delim *parse_innermost(Parser *p);
const Delim *parse_macro_group(Parser *p);
void parse_emit(Parser *p, Diag *d);
/* parse.c: the first pass over the file (lexical errors, delimiters). */
bool parse_check_tokens(SourceFile *file, uint32_t shift, DiagVec *deferred);
uint32_t parse_shebang_len(SourceFile *f);

/* parser.y: the token feed and the parse tables. `ss` is the top of bison's
 * state stack, as the feed sees it. */
enum { PARSE_MAX_EXPECTED = 512 };
Tok parse_next_token(Parser *p);
void parse_push_back(Parser *p, Tok t);
bool parse_accepts(const void *ss, int code);
int parse_expected(const void *ss, int *codes);
const char *parse_token_name(int code);

/* parse_diag.c: syntax errors in rustc's words. */
void parse_report_syntax_error(Parser *p, const int *codes, int n);
void parse_report_missing(Parser *p, const void *ss, Tok t, int sep);
void parse_flush_pending_comma(Parser *p);
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



static int yylex(YYSTYPE *lval, Span *lloc, Parser *p, const void *yyssp);
static void yyerror(Span *loc, Parser *p, const char *msg);

static void skip_block(Parser *p, Span open);
static void skip_to_eof(Parser *p);
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
    | items item                        { parse_add_item(p, $2); }
    | items inner_attr                  { parse_add_crate_attr(p, $2); }
    | items ';'                         { parse_stray_semicolon(p, @2); }
    | items error                       { skip_to_eof(p); }
    ;

/* ---- items ---------------------------------------------------------------- */

item
    : item_full                         { $$ = $1; }
    | outer_attrs item_full             { $$ = parse_with_attrs($2, $1); }
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
        { $$ = parse_global_item(ITEM_STATIC, false, $2, @2, $4, $6, @$); }
    | KW_STATIC KW_MUT IDENT ':' type '=' expr ';'
        { $$ = parse_global_item(ITEM_STATIC, true, $3, @3, $5, $7, @$); }
    | KW_CONST IDENT ':' type '=' expr ';'
        { $$ = parse_global_item(ITEM_CONST, false, $2, @2, $4, $6, @$); }
    | KW_CONST '_' ':' type '=' expr ';'
        { $$ = parse_global_item(ITEM_CONST, false, intern_cstr("_"), @2, $4, $6, @$); }
    | KW_USE use_tree ';'               { $$ = parse_use_item($2, @$); }
    | KW_STRUCT IDENT generics where_clause '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "a `struct` definition", "braced struct"); }
    | KW_STRUCT IDENT generics '(' tts ')' where_clause ';'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "a `struct` definition", "struct"); }
    | KW_STRUCT IDENT generics where_clause ';'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "a `struct` definition", "struct"); }
    | KW_ENUM IDENT generics where_clause '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "an `enum` definition", "enum"); }
    | KW_IMPL tts_head '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "an `impl` block", "implementation"); }
    | KW_UNSAFE KW_IMPL tts_head '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @3), "an `impl` block", "implementation"); }
    | KW_TRAIT tts_head '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "a `trait` definition", "trait"); }
    | KW_UNSAFE KW_TRAIT tts_head '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @3), "a `trait` definition", "trait"); }
    | KW_MOD IDENT ';'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "a `mod` item", "module"); }
    | KW_MOD IDENT '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "a `mod` item", "module"); }
    | KW_TYPE IDENT generics '=' type ';'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "a `type` alias", "type alias"); }
    | KW_EXTERN KW_CRATE IDENT ';'
        { $$ = parse_unsupported_item(p, @$, "`extern crate`", "extern crate"); }
    | KW_EXTERN KW_CRATE IDENT KW_AS IDENT ';'
        { $$ = parse_unsupported_item(p, @$, "`extern crate`", "extern crate"); }
    | KW_EXTERN '{' tts '}'
        { $$ = parse_unsupported_item(p, @1, "an `extern` block", "extern block"); }
    | KW_EXTERN LIT_STR '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @2), "an `extern` block", "extern block"); }
    | path_expr '!' IDENT '{' tts '}'
        { $$ = parse_unsupported_item(p, span_join(@1, @3), "a macro definition", "macro definition"); }
    | path_expr '!' IDENT '(' tts ')' ';'
        { $$ = parse_unsupported_item(p, span_join(@1, @3), "a macro definition", "macro definition"); }
    ;

fn_item
    : KW_FN IDENT generics fn_params ret_type where_clause block
        { $$ = parse_fn_item(p, $2, @2, $3, $4, $5, $7, span_join(@1, @5), @$); }
    | KW_FN IDENT generics fn_params ret_type where_clause ';'
        { $$ = parse_bodyless_fn(p, span_join(@1, @5), @7); }
    | fn_quals KW_FN IDENT generics fn_params ret_type where_clause block
        { $$ = parse_unsupported_item(p, span_join(@1, @3), "a `const`, `unsafe`, `async` or `extern` function", "function"); }
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
    : fn_param                          { $$ = parse_params1($1); }
    | param_list ',' fn_param           { $$ = parse_params_push($1, $3); }
    ;

fn_param
    : pat ':' type                      { parse_flush_pat_errors(p); $$ = parse_param($1, $3, @$); }
    | outer_attrs pat ':' type          { parse_flush_pat_errors(p); $$ = parse_param($2, $4, @$); }
    | KW_SELF                           { $$ = parse_param(parse_unsupported_pat(p, @1, "a `self` parameter"), NULL, @$); }
    | KW_MUT KW_SELF                    { $$ = parse_param(parse_unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | '&' KW_SELF                       { $$ = parse_param(parse_unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | '&' KW_MUT KW_SELF                { $$ = parse_param(parse_unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | '&' LIFETIME KW_SELF              { $$ = parse_param(parse_unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | '&' LIFETIME KW_MUT KW_SELF       { $$ = parse_param(parse_unsupported_pat(p, @$, "a `self` parameter"), NULL, @$); }
    | KW_SELF ':' type                  { $$ = parse_param(parse_unsupported_pat(p, @1, "a `self` parameter"), NULL, @$); }
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
    : generic_param1                    { $$ = parse_generics_other((Generics){0}, @1); }
    | LIFETIME lifetime_bounds          { $$ = parse_generics_lifetime((Generics){0}, $1); }
    | generic_params ',' LIFETIME lifetime_bounds
                                        { $$ = parse_generics_lifetime($1, $3); }
    | generic_params ',' generic_param1 { $$ = parse_generics_other($1, @3); }
    ;

/* A type or const parameter; parse_fn_item() refuses them. */
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
    : type_path %prec OPEN              { $$ = parse_type_path($1); }
    | '?' type_path %prec OPEN          { $$ = parse_type_path($2); }
    | LIFETIME                          { $$ = NULL; }
    | '(' type_path ')'                 { $$ = parse_type_path($2); }
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
    : use_path                          { $$ = parse_use_simple($1, 0, false, @$); }
    | use_path KW_AS IDENT              { $$ = parse_use_simple($1, $3, false, @$); }
    | use_path KW_AS '_'                { $$ = parse_use_simple($1, intern_cstr("_"), false, @$); }
    | use_path "::" '*'                 { $$ = parse_use_simple($1, 0, true, @$); }
    | '*'                               { $$ = parse_use_simple(parse_path_new(@1), 0, true, @$); }
    | "::" '*'                          { $$ = parse_use_simple(parse_path_new(@1), 0, true, @$); }
    | use_path "::" '{' '}'             { $$ = (UseTreeVec){0}; }
    | use_path "::" '{' use_list '}'    { $$ = parse_use_prefix($1, $4); }
    | use_path "::" '{' use_list ',' '}'
                                        { $$ = parse_use_prefix($1, $4); }
    | '{' '}'                           { $$ = (UseTreeVec){0}; }
    | '{' use_list '}'                  { $$ = $2; }
    | '{' use_list ',' '}'              { $$ = $2; }
    | "::" '{' use_list '}'             { $$ = $3; }
    ;

use_list
    : use_tree                          { $$ = $1; }
    | use_list ',' use_tree             { $$ = parse_use_concat($1, $3); }
    ;

use_path
    : use_seg                           { $$ = parse_path_push(parse_path_new(@1), $1, @1); }
    | "::" use_seg                      { $$ = parse_path_push(parse_path_new(@$), $2, @2); }
    | use_path "::" use_seg             { $$ = parse_path_push($1, $3, @3); }
    ;

use_seg
    : IDENT                             { $$ = $1; }
    | KW_SELF                           { $$ = intern_cstr("self"); }
    | KW_SUPER                          { $$ = intern_cstr("super"); }
    | KW_CRATE                          { $$ = intern_cstr("crate"); }
    ;

/* ---- attributes and token soup ---------------------------------------------------- */

outer_attrs
    : outer_attr                        { $$ = parse_attrs1($1); }
    | outer_attrs outer_attr            { $$ = parse_attrs_push($1, $2); }
    ;

outer_attr
    : '#' '[' tts ']'                   { $$ = parse_attr(p, @$, false); }
    ;

inner_attr
    : '#' '!' '[' tts ']'               { $$ = parse_attr(p, @$, true); }
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
    | type_path '+' bounds              { $$ = parse_unsupported_type(@$, "a trait object type"); }
    ;

type_noplus
    : type_path %prec OPEN              { $$ = parse_type_path($1); }
    | type_path '(' ')' ret_type        { $$ = parse_unsupported_type(@$, "an `Fn` trait type"); }
    | type_path '(' type_list ')' ret_type
                                        { $$ = parse_unsupported_type(@$, "an `Fn` trait type"); }
    | '&' type                          { $$ = parse_type_ref($2, false, 0, @$); }
    | '&' KW_MUT type                   { $$ = parse_type_ref($3, true, 0, @$); }
    | '&' LIFETIME type                 { $$ = parse_type_ref($3, false, $2, @$); }
    | '&' LIFETIME KW_MUT type          { $$ = parse_type_ref($4, true, $2, @$); }
    | '(' ')'                           { $$ = parse_type_tuple((TypeExprVec){0}, @$); }
    | '(' type ')'                      { $$ = $2; $$->span = @$; }
    | '(' type ',' ')'                  { $$ = parse_type_tuple(parse_type_vec1($2), @$); }
    | '(' type ',' type_list ')'        { TypeExprVec v = parse_type_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = parse_type_tuple(v, @$); }
    | '(' type ',' type_list ',' ')'    { TypeExprVec v = parse_type_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = parse_type_tuple(v, @$); }
    | '[' type ';' expr ']'             { $$ = parse_type_array($2, $4, @$); }
    | '[' type ']'                      { $$ = parse_type_slice($2, @$); }
    | '!'                               { $$ = parse_type_new(TE_NEVER, @$); }
    | '_'                               { $$ = parse_type_new(TE_INFER, @$); }
    | '*' KW_CONST type                 { $$ = parse_unsupported_type(@$, "a raw pointer type"); }
    | '*' KW_MUT type                   { $$ = parse_unsupported_type(@$, "a raw pointer type"); }
    | KW_DYN bounds %prec OPEN          { $$ = parse_unsupported_type(@$, "a `dyn` trait object type"); }
    | KW_IMPL bounds %prec OPEN         { $$ = parse_unsupported_type(@$, "an `impl Trait` type"); }
    | KW_FN '(' ')' ret_type            { $$ = parse_unsupported_type(@$, "a function pointer type"); }
    | KW_FN '(' type_list ')' ret_type  { $$ = parse_unsupported_type(@$, "a function pointer type"); }
    | type_path '!' '(' tts ')'         { $$ = parse_unsupported_type(@$, "a macro in type position"); }
    ;

type_list
    : type                              { $$ = parse_type_vec1($1); }
    | type_list ',' type                { $$ = parse_type_vec_push($1, $3); }
    ;

type_path
    : path_seg                          { $$ = parse_path_push(parse_path_new(@1), $1, @1); }
    | "::" path_seg                     { $$ = parse_path_push(parse_path_new(@$), $2, @2); }
    | type_path "::" path_seg           { $$ = parse_path_push($1, $3, @3); }
    | type_path '<' generic_args '>'    { $$ = parse_path_generics($1, $3, @$); }
    | type_path "::" '<' generic_args '>'
                                        { $$ = parse_path_generics($1, $4, @$); }
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
    : IDENT                             { $$ = parse_pat_bind($1, false, false, @1, @$); }
    | KW_MUT IDENT                      { $$ = parse_pat_bind($2, true, false, @1, @$); }
    | KW_REF IDENT                      { $$ = parse_pat_bind($2, false, true, @1, @$); }
    | KW_REF KW_MUT IDENT               { $$ = parse_pat_bind($3, true, true, @2, @$); }
    | IDENT '@' pat                     { $$ = parse_unsupported_pat(p, @$, "an `@` binding"); }
    | KW_MUT IDENT '@' pat              { $$ = parse_unsupported_pat(p, @$, "an `@` binding"); }
    | KW_REF IDENT '@' pat              { $$ = parse_unsupported_pat(p, @$, "an `@` binding"); }
    | KW_REF KW_MUT IDENT '@' pat       { $$ = parse_unsupported_pat(p, @$, "an `@` binding"); }
    | '_'                               { $$ = parse_pat_new(PAT_WILD, @$); }
    | ".."                              { $$ = parse_pat_new(PAT_REST, @$); }
    | '(' ')'                           { $$ = parse_pat_tuple((PatVec){0}, @$); }
    | '(' pat ')'                       { $$ = $2; $$->span = @$; }
    | '(' pat ',' ')'                   { $$ = parse_pat_tuple(parse_pat_vec1($2), @$); }
    | '(' pat ',' pat_list ')'          { PatVec v = parse_pat_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = parse_pat_tuple(v, @$); }
    | '(' pat ',' pat_list ',' ')'      { PatVec v = parse_pat_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = parse_pat_tuple(v, @$); }
    | lit_expr                          { $$ = parse_pat_lit($1); }
    | '-' LIT_INT                       { $$ = parse_pat_lit(parse_unary(UN_NEG, parse_lit_expr(EXPR_INT, @2, $2), @$)); }
    | '-' LIT_FLOAT                     { $$ = parse_pat_lit(parse_unary(UN_NEG, parse_lit_expr(EXPR_FLOAT, @2, $2), @$)); }
    | '&' pat                           { $$ = parse_unsupported_pat(p, @$, "a reference pattern"); }
    | '[' ']'                           { $$ = parse_unsupported_pat(p, @$, "a slice pattern"); }
    | '[' pat_list ']'                  { $$ = parse_unsupported_pat(p, @$, "a slice pattern"); }
    | IDENT '(' ')'                     { $$ = parse_unsupported_pat(p, @$, "a tuple struct pattern"); }
    | IDENT '(' pat_list ')'            { $$ = parse_unsupported_pat(p, @$, "a tuple struct pattern"); }
    | pat_path %prec OPEN               { $$ = parse_unsupported_pat(p, @$, "a path pattern"); }
    | pat_path '(' ')'                  { $$ = parse_unsupported_pat(p, @$, "a tuple struct pattern"); }
    | pat_path '(' pat_list ')'         { $$ = parse_unsupported_pat(p, @$, "a tuple struct pattern"); }
    ;

pat_path
    : IDENT "::" path_seg
    | pat_path "::" path_seg
    ;

pat_list
    : pat                               { $$ = parse_pat_vec1($1); }
    | pat_list ',' pat                  { $$ = parse_pat_vec_push($1, $3); }
    ;

/* ---- statements and blocks ------------------------------------------------------------ */

block
    : '{' stmts '}'                     { $$ = parse_block_new($2, NULL, @$); }
    | '{' stmts nb_expr '}'             { $$ = parse_block_new($2, $3, @$); }
    | '{' stmts error { skip_block(p, @1); } '}'
                                        { yyerrok; $$ = parse_block_new($2, NULL, @$); }
    ;

stmts
    : %empty                            { $$ = (StmtVec){0}; }
    | stmts stmt                        { $$ = parse_stmts_push($1, $2); }
    ;

stmt
    : ';'                               { $$ = parse_stmt_new(STMT_EMPTY, @$); }
    | inner_attr                        { $$ = NULL; }
    | stmt_inner                        { $$ = $1; }
    | outer_attrs stmt_inner            { $$ = $2;
                                          if ($$ && $$->kind == STMT_ITEM)
                                              parse_with_attrs($$->as.item, $1); }
    ;

stmt_inner
    : let_stmt                          { $$ = $1; }
    | item_full                         { $$ = parse_item_stmt($1, @$); }
    | nb_expr ';'                       { $$ = parse_expr_stmt($1, true, @$); }
    | block_like %prec BLOCK_STMT       { $$ = parse_expr_stmt($1, false, @$); }
    | block_like ';'                    { $$ = parse_expr_stmt($1, true, @$); }
    ;

let_stmt
    : let_pat ';'                       { $$ = parse_let_stmt($1, NULL, NULL, @$); }
    | let_pat ':' type ';'              { $$ = parse_let_stmt($1, $3, NULL, @$); }
    | let_pat '=' expr ';'              { $$ = parse_let_stmt($1, NULL, $3, @$); }
    | let_pat ':' type '=' expr ';'     { $$ = parse_let_stmt($1, $3, $5, @$); }
    | let_pat '=' expr KW_ELSE block ';'
        { $$ = parse_let_stmt($1, NULL, parse_unsupported_expr(span_join(@4, @5), "`let`-`else`"), @$); }
    | let_pat ':' type '=' expr KW_ELSE block ';'
        { $$ = parse_let_stmt($1, $3, parse_unsupported_expr(span_join(@6, @7), "`let`-`else`"), @$); }
    ;

let_pat
    : KW_LET pat                        { parse_flush_pat_errors(p); $$ = $2; }
    ;

/* `if let` and `while let`: the construct is refused as a whole. */
let_cond
    : KW_LET pat                        { parse_drop_pat_errors(p); }
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
    | expr dot_suffix                   { $$ = parse_apply_suffix($1, $2, @$); }
    | expr '(' call_args ')'            { $$ = parse_call($1, $3, @$); }
    | expr '[' expr ']'                 { $$ = parse_index_expr($1, $3, @$); }
    | expr '?'                          { $$ = parse_try_expr($1, @2); }
    | '-' expr %prec UNARY              { $$ = parse_unary(UN_NEG, $2, @$); }
    | '!' expr %prec UNARY              { $$ = parse_unary(UN_NOT, $2, @$); }
    | '*' expr %prec UNARY              { $$ = parse_unary(UN_DEREF, $2, @$); }
    | '&' expr %prec UNARY              { $$ = parse_ref_expr(false, $2, @$); }
    | '&' KW_MUT expr %prec UNARY       { $$ = parse_ref_expr(true, $3, @$); }
    | expr KW_AS type_noplus            { $$ = parse_cast($1, $3, @$); }
    | expr '*' expr                     { $$ = parse_binary(p, BIN_MUL, $1, $3, @2, @$); }
    | expr '/' expr                     { $$ = parse_binary(p, BIN_DIV, $1, $3, @2, @$); }
    | expr '%' expr                     { $$ = parse_binary(p, BIN_REM, $1, $3, @2, @$); }
    | expr '+' expr                     { $$ = parse_binary(p, BIN_ADD, $1, $3, @2, @$); }
    | expr '-' expr                     { $$ = parse_binary(p, BIN_SUB, $1, $3, @2, @$); }
    | expr "<<" expr                    { $$ = parse_binary(p, BIN_SHL, $1, $3, @2, @$); }
    | expr ">>" expr                    { $$ = parse_binary(p, BIN_SHR, $1, $3, @2, @$); }
    | expr '&' expr                     { $$ = parse_binary(p, BIN_AND, $1, $3, @2, @$); }
    | expr '^' expr                     { $$ = parse_binary(p, BIN_XOR, $1, $3, @2, @$); }
    | expr '|' expr                     { $$ = parse_binary(p, BIN_OR, $1, $3, @2, @$); }
    | expr "==" expr                    { $$ = parse_binary(p, BIN_EQ, $1, $3, @2, @$); }
    | expr "!=" expr                    { $$ = parse_binary(p, BIN_NE, $1, $3, @2, @$); }
    | expr '<' expr                     { $$ = parse_binary(p, BIN_LT, $1, $3, @2, @$); }
    | expr "<=" expr                    { $$ = parse_binary(p, BIN_LE, $1, $3, @2, @$); }
    | expr '>' expr                     { $$ = parse_binary(p, BIN_GT, $1, $3, @2, @$); }
    | expr ">=" expr                    { $$ = parse_binary(p, BIN_GE, $1, $3, @2, @$); }
    | expr "&&" expr                    { $$ = parse_binary(p, BIN_LAND, $1, $3, @2, @$); }
    | expr "||" expr                    { $$ = parse_binary(p, BIN_LOR, $1, $3, @2, @$); }
    | expr ".." expr                    { $$ = parse_range($1, $3, false, @$); }
    | expr "..=" expr                   { $$ = parse_range($1, $3, true, @$); }
    | expr ".." %prec OPEN              { $$ = parse_range($1, NULL, false, @$); }
    | ".." expr                         { $$ = parse_range(NULL, $2, false, @$); }
    | "..=" expr                        { $$ = parse_range(NULL, $2, true, @$); }
    | ".." %prec OPEN                   { $$ = parse_range(NULL, NULL, false, @$); }
    | expr '=' expr                     { $$ = parse_assign($1, $3, @2, @$); }
    | expr "+=" expr                    { $$ = parse_compound(BIN_ADD, $1, $3, @2, @$); }
    | expr "-=" expr                    { $$ = parse_compound(BIN_SUB, $1, $3, @2, @$); }
    | expr "*=" expr                    { $$ = parse_compound(BIN_MUL, $1, $3, @2, @$); }
    | expr "/=" expr                    { $$ = parse_compound(BIN_DIV, $1, $3, @2, @$); }
    | expr "%=" expr                    { $$ = parse_compound(BIN_REM, $1, $3, @2, @$); }
    | expr "^=" expr                    { $$ = parse_compound(BIN_XOR, $1, $3, @2, @$); }
    | expr "&=" expr                    { $$ = parse_compound(BIN_AND, $1, $3, @2, @$); }
    | expr "|=" expr                    { $$ = parse_compound(BIN_OR, $1, $3, @2, @$); }
    | expr "<<=" expr                   { $$ = parse_compound(BIN_SHL, $1, $3, @2, @$); }
    | expr ">>=" expr                   { $$ = parse_compound(BIN_SHR, $1, $3, @2, @$); }
    | KW_RETURN %prec OPEN              { $$ = parse_jump(EXPR_RETURN, 0, @1, NULL, @$); }
    | KW_RETURN expr %prec OPEN         { $$ = parse_jump(EXPR_RETURN, 0, @1, $2, @$); }
    | KW_BREAK %prec OPEN               { $$ = parse_jump(EXPR_BREAK, 0, @1, NULL, @$); }
    | KW_BREAK LIFETIME %prec OPEN      { $$ = parse_jump(EXPR_BREAK, $2, @2, NULL, @$); }
    | KW_BREAK expr %prec OPEN          { $$ = parse_jump(EXPR_BREAK, 0, @1, $2, @$); }
    | KW_BREAK LIFETIME expr %prec OPEN { $$ = parse_jump(EXPR_BREAK, $2, @2, $3, @$); }
    ;

nb_expr
    : atom                              { $$ = $1; }
    | struct_lit                        { $$ = $1; }
    | closure                           { $$ = $1; }
    | block_like dot_suffix             { $$ = parse_apply_suffix($1, $2, @$); }
    | block_like '?'                    { $$ = parse_try_expr($1, @2); }
    | nb_expr dot_suffix                { $$ = parse_apply_suffix($1, $2, @$); }
    | nb_expr '(' call_args ')'         { $$ = parse_call($1, $3, @$); }
    | nb_expr '[' expr ']'              { $$ = parse_index_expr($1, $3, @$); }
    | nb_expr '?'                       { $$ = parse_try_expr($1, @2); }
    | '-' expr %prec UNARY              { $$ = parse_unary(UN_NEG, $2, @$); }
    | '!' expr %prec UNARY              { $$ = parse_unary(UN_NOT, $2, @$); }
    | '*' expr %prec UNARY              { $$ = parse_unary(UN_DEREF, $2, @$); }
    | '&' expr %prec UNARY              { $$ = parse_ref_expr(false, $2, @$); }
    | '&' KW_MUT expr %prec UNARY       { $$ = parse_ref_expr(true, $3, @$); }
    | nb_expr KW_AS type_noplus         { $$ = parse_cast($1, $3, @$); }
    | nb_expr '*' expr                  { $$ = parse_binary(p, BIN_MUL, $1, $3, @2, @$); }
    | nb_expr '/' expr                  { $$ = parse_binary(p, BIN_DIV, $1, $3, @2, @$); }
    | nb_expr '%' expr                  { $$ = parse_binary(p, BIN_REM, $1, $3, @2, @$); }
    | nb_expr '+' expr                  { $$ = parse_binary(p, BIN_ADD, $1, $3, @2, @$); }
    | nb_expr '-' expr                  { $$ = parse_binary(p, BIN_SUB, $1, $3, @2, @$); }
    | nb_expr "<<" expr                 { $$ = parse_binary(p, BIN_SHL, $1, $3, @2, @$); }
    | nb_expr ">>" expr                 { $$ = parse_binary(p, BIN_SHR, $1, $3, @2, @$); }
    | nb_expr '&' expr                  { $$ = parse_binary(p, BIN_AND, $1, $3, @2, @$); }
    | nb_expr '^' expr                  { $$ = parse_binary(p, BIN_XOR, $1, $3, @2, @$); }
    | nb_expr '|' expr                  { $$ = parse_binary(p, BIN_OR, $1, $3, @2, @$); }
    | nb_expr "==" expr                 { $$ = parse_binary(p, BIN_EQ, $1, $3, @2, @$); }
    | nb_expr "!=" expr                 { $$ = parse_binary(p, BIN_NE, $1, $3, @2, @$); }
    | nb_expr '<' expr                  { $$ = parse_binary(p, BIN_LT, $1, $3, @2, @$); }
    | nb_expr "<=" expr                 { $$ = parse_binary(p, BIN_LE, $1, $3, @2, @$); }
    | nb_expr '>' expr                  { $$ = parse_binary(p, BIN_GT, $1, $3, @2, @$); }
    | nb_expr ">=" expr                 { $$ = parse_binary(p, BIN_GE, $1, $3, @2, @$); }
    | nb_expr "&&" expr                 { $$ = parse_binary(p, BIN_LAND, $1, $3, @2, @$); }
    | nb_expr "||" expr                 { $$ = parse_binary(p, BIN_LOR, $1, $3, @2, @$); }
    | nb_expr ".." expr                 { $$ = parse_range($1, $3, false, @$); }
    | nb_expr "..=" expr                { $$ = parse_range($1, $3, true, @$); }
    | nb_expr ".." %prec OPEN           { $$ = parse_range($1, NULL, false, @$); }
    | ".." expr                         { $$ = parse_range(NULL, $2, false, @$); }
    | "..=" expr                        { $$ = parse_range(NULL, $2, true, @$); }
    | ".." %prec OPEN                   { $$ = parse_range(NULL, NULL, false, @$); }
    | nb_expr '=' expr                  { $$ = parse_assign($1, $3, @2, @$); }
    | nb_expr "+=" expr                 { $$ = parse_compound(BIN_ADD, $1, $3, @2, @$); }
    | nb_expr "-=" expr                 { $$ = parse_compound(BIN_SUB, $1, $3, @2, @$); }
    | nb_expr "*=" expr                 { $$ = parse_compound(BIN_MUL, $1, $3, @2, @$); }
    | nb_expr "/=" expr                 { $$ = parse_compound(BIN_DIV, $1, $3, @2, @$); }
    | nb_expr "%=" expr                 { $$ = parse_compound(BIN_REM, $1, $3, @2, @$); }
    | nb_expr "^=" expr                 { $$ = parse_compound(BIN_XOR, $1, $3, @2, @$); }
    | nb_expr "&=" expr                 { $$ = parse_compound(BIN_AND, $1, $3, @2, @$); }
    | nb_expr "|=" expr                 { $$ = parse_compound(BIN_OR, $1, $3, @2, @$); }
    | nb_expr "<<=" expr                { $$ = parse_compound(BIN_SHL, $1, $3, @2, @$); }
    | nb_expr ">>=" expr                { $$ = parse_compound(BIN_SHR, $1, $3, @2, @$); }
    | KW_RETURN %prec OPEN              { $$ = parse_jump(EXPR_RETURN, 0, @1, NULL, @$); }
    | KW_RETURN expr %prec OPEN         { $$ = parse_jump(EXPR_RETURN, 0, @1, $2, @$); }
    | KW_BREAK %prec OPEN               { $$ = parse_jump(EXPR_BREAK, 0, @1, NULL, @$); }
    | KW_BREAK LIFETIME %prec OPEN      { $$ = parse_jump(EXPR_BREAK, $2, @2, NULL, @$); }
    | KW_BREAK expr %prec OPEN          { $$ = parse_jump(EXPR_BREAK, 0, @1, $2, @$); }
    | KW_BREAK LIFETIME expr %prec OPEN { $$ = parse_jump(EXPR_BREAK, $2, @2, $3, @$); }
    ;

ns_expr
    : atom                              { $$ = $1; }
    | block_like                        { $$ = $1; }
    | ns_expr dot_suffix                { $$ = parse_apply_suffix($1, $2, @$); }
    | ns_expr '(' call_args ')'         { $$ = parse_call($1, $3, @$); }
    | ns_expr '[' expr ']'              { $$ = parse_index_expr($1, $3, @$); }
    | ns_expr '?'                       { $$ = parse_try_expr($1, @2); }
    | '-' ns_expr %prec UNARY           { $$ = parse_unary(UN_NEG, $2, @$); }
    | '!' ns_expr %prec UNARY           { $$ = parse_unary(UN_NOT, $2, @$); }
    | '*' ns_expr %prec UNARY           { $$ = parse_unary(UN_DEREF, $2, @$); }
    | '&' ns_expr %prec UNARY           { $$ = parse_ref_expr(false, $2, @$); }
    | '&' KW_MUT ns_expr %prec UNARY    { $$ = parse_ref_expr(true, $3, @$); }
    | ns_expr KW_AS type_noplus         { $$ = parse_cast($1, $3, @$); }
    | ns_expr '*' ns_expr               { $$ = parse_binary(p, BIN_MUL, $1, $3, @2, @$); }
    | ns_expr '/' ns_expr               { $$ = parse_binary(p, BIN_DIV, $1, $3, @2, @$); }
    | ns_expr '%' ns_expr               { $$ = parse_binary(p, BIN_REM, $1, $3, @2, @$); }
    | ns_expr '+' ns_expr               { $$ = parse_binary(p, BIN_ADD, $1, $3, @2, @$); }
    | ns_expr '-' ns_expr               { $$ = parse_binary(p, BIN_SUB, $1, $3, @2, @$); }
    | ns_expr "<<" ns_expr              { $$ = parse_binary(p, BIN_SHL, $1, $3, @2, @$); }
    | ns_expr ">>" ns_expr              { $$ = parse_binary(p, BIN_SHR, $1, $3, @2, @$); }
    | ns_expr '&' ns_expr               { $$ = parse_binary(p, BIN_AND, $1, $3, @2, @$); }
    | ns_expr '^' ns_expr               { $$ = parse_binary(p, BIN_XOR, $1, $3, @2, @$); }
    | ns_expr '|' ns_expr               { $$ = parse_binary(p, BIN_OR, $1, $3, @2, @$); }
    | ns_expr "==" ns_expr              { $$ = parse_binary(p, BIN_EQ, $1, $3, @2, @$); }
    | ns_expr "!=" ns_expr              { $$ = parse_binary(p, BIN_NE, $1, $3, @2, @$); }
    | ns_expr '<' ns_expr               { $$ = parse_binary(p, BIN_LT, $1, $3, @2, @$); }
    | ns_expr "<=" ns_expr              { $$ = parse_binary(p, BIN_LE, $1, $3, @2, @$); }
    | ns_expr '>' ns_expr               { $$ = parse_binary(p, BIN_GT, $1, $3, @2, @$); }
    | ns_expr ">=" ns_expr              { $$ = parse_binary(p, BIN_GE, $1, $3, @2, @$); }
    | ns_expr "&&" ns_expr              { $$ = parse_binary(p, BIN_LAND, $1, $3, @2, @$); }
    | ns_expr "||" ns_expr              { $$ = parse_binary(p, BIN_LOR, $1, $3, @2, @$); }
    | ns_expr ".." ns_expr              { $$ = parse_range($1, $3, false, @$); }
    | ns_expr "..=" ns_expr             { $$ = parse_range($1, $3, true, @$); }
    | ns_expr ".." %prec NS_OPEN        { $$ = parse_range($1, NULL, false, @$); }
    | ".." ns_expr                      { $$ = parse_range(NULL, $2, false, @$); }
    | "..=" ns_expr                     { $$ = parse_range(NULL, $2, true, @$); }
    | ".." %prec NS_OPEN                { $$ = parse_range(NULL, NULL, false, @$); }
    | ns_expr '=' ns_expr               { $$ = parse_assign($1, $3, @2, @$); }
    | ns_expr "+=" ns_expr              { $$ = parse_compound(BIN_ADD, $1, $3, @2, @$); }
    | ns_expr "-=" ns_expr              { $$ = parse_compound(BIN_SUB, $1, $3, @2, @$); }
    | ns_expr "*=" ns_expr              { $$ = parse_compound(BIN_MUL, $1, $3, @2, @$); }
    | ns_expr "/=" ns_expr              { $$ = parse_compound(BIN_DIV, $1, $3, @2, @$); }
    | ns_expr "%=" ns_expr              { $$ = parse_compound(BIN_REM, $1, $3, @2, @$); }
    | ns_expr "^=" ns_expr              { $$ = parse_compound(BIN_XOR, $1, $3, @2, @$); }
    | ns_expr "&=" ns_expr              { $$ = parse_compound(BIN_AND, $1, $3, @2, @$); }
    | ns_expr "|=" ns_expr              { $$ = parse_compound(BIN_OR, $1, $3, @2, @$); }
    | ns_expr "<<=" ns_expr             { $$ = parse_compound(BIN_SHL, $1, $3, @2, @$); }
    | ns_expr ">>=" ns_expr             { $$ = parse_compound(BIN_SHR, $1, $3, @2, @$); }
    | KW_RETURN %prec NS_OPEN           { $$ = parse_jump(EXPR_RETURN, 0, @1, NULL, @$); }
    | KW_RETURN ns_expr %prec OPEN      { $$ = parse_jump(EXPR_RETURN, 0, @1, $2, @$); }
    | KW_BREAK %prec NS_OPEN            { $$ = parse_jump(EXPR_BREAK, 0, @1, NULL, @$); }
    | KW_BREAK LIFETIME %prec NS_OPEN   { $$ = parse_jump(EXPR_BREAK, $2, @2, NULL, @$); }
    | KW_BREAK ns_expr %prec OPEN       { $$ = parse_jump(EXPR_BREAK, 0, @1, $2, @$); }
    | KW_BREAK LIFETIME ns_expr %prec OPEN
                                        { $$ = parse_jump(EXPR_BREAK, $2, @2, $3, @$); }
    ;

atom
    : lit_expr                          { $$ = $1; }
    | path_expr %prec OPEN              { $$ = parse_path_expr_new($1); }
    | '(' ')'                           { $$ = parse_list_expr(EXPR_TUPLE, (ExprVec){0}, @$); }
    | '(' expr ')'                      { $$ = parse_paren($2, @$); }
    | '(' expr ',' ')'                  { $$ = parse_list_expr(EXPR_TUPLE, parse_expr_vec1($2), @$); }
    | '(' expr ',' expr_list ')'        { ExprVec v = parse_expr_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = parse_list_expr(EXPR_TUPLE, v, @$); }
    | '(' expr ',' expr_list ',' ')'    { ExprVec v = parse_expr_vec1($2);
                                          for (int i = 0; i < $4.len; i++)
                                              vec_push_small(v, $4.data[i]);
                                          $$ = parse_list_expr(EXPR_TUPLE, v, @$); }
    | '[' ']'                           { $$ = parse_list_expr(EXPR_ARRAY, (ExprVec){0}, @$); }
    | '[' expr_list ']'                 { $$ = parse_list_expr(EXPR_ARRAY, $2, @$); }
    | '[' expr_list ',' ']'             { $$ = parse_list_expr(EXPR_ARRAY, $2, @$); }
    | '[' expr ';' expr ']'             { $$ = parse_repeat($2, $4, @$); }
    | macro_call                        { $$ = $1; }
    | KW_CONTINUE                       { $$ = parse_jump(EXPR_CONTINUE, 0, @1, NULL, @$); }
    | KW_CONTINUE LIFETIME              { $$ = parse_jump(EXPR_CONTINUE, $2, @2, NULL, @$); }
    ;

lit_expr
    : LIT_INT                           { $$ = parse_lit_expr(EXPR_INT, @$, $1); }
    | LIT_FLOAT                         { $$ = parse_lit_expr(EXPR_FLOAT, @$, $1); }
    | LIT_STR                           { $$ = parse_lit_expr(EXPR_STR, @$, $1); }
    | LIT_CHAR                          { $$ = parse_lit_expr(EXPR_CHAR, @$, $1); }
    | KW_TRUE                           { $$ = parse_bool_expr(@$, true); }
    | KW_FALSE                          { $$ = parse_bool_expr(@$, false); }
    ;

path_expr
    : path_seg                          { $$ = parse_path_push(parse_path_new(@1), $1, @1); }
    | "::" path_seg                     { $$ = parse_path_push(parse_path_new(@$), $2, @2); }
    | path_expr "::" path_seg           { $$ = parse_path_push($1, $3, @3); }
    | path_expr turbofish               { $$ = parse_path_generics($1, $2, @$); }
    ;

turbofish
    : "::" '<' generic_args '>'         { $$ = $3; }
    ;

dot_suffix
    : '.' IDENT %prec OPEN              { $$ = parse_field_suffix($2, @2, @$); }
    | '.' IDENT '(' call_args ')'       { $$ = parse_method_suffix($2, @2, (TypeExprVec){0}, $4, @$); }
    | '.' IDENT turbofish '(' call_args ')'
                                        { $$ = parse_method_suffix($2, @2, $3, $5, @$); }
    | '.' LIT_INT                       { $$ = parse_tuple_field_suffix($2, @2, @$); }
    | '.' LIT_FLOAT                     { $$ = parse_float_field_suffix(p, $2, @2, @$); }
    | '.' KW_AWAIT                      { $$ = parse_unsupported_expr(@2, "`.await`"); }
    ;

expr_list
    : expr                              { $$ = parse_expr_vec1($1); }
    | expr_list ',' expr                { $$ = parse_expr_vec_push($1, $3); }
    ;

call_args
    : %empty                            { $$ = (ExprVec){0}; }
    | expr_list                         { $$ = $1; }
    | expr_list ','                     { $$ = $1; }
    ;

/* A syntax error in a macro's arguments abandons the call only: rustc
 * parses them when it expands the macro. */
macro_call
    : path_expr '!' '(' macro_args ')'  { $$ = parse_macro($1, MACRO_CALL, $4, @$); }
    | path_expr '!' '(' error { skip_block(p, @3); } ')'
                                        { yyerrok; $$ = ast_expr(EXPR_TUPLE, @$); }
    | path_expr '!' '[' macro_args ']'  { $$ = parse_macro($1, MACRO_CALL, $4, @$); }
    | path_expr '!' '[' error { skip_block(p, @3); } ']'
                                        { yyerrok; $$ = ast_expr(EXPR_TUPLE, @$); }
    | path_expr '!' '[' expr ';' expr ']'
                                        { $$ = parse_macro($1, MACRO_REPEAT,
                                                     parse_expr_vec_push(parse_expr_vec1($4), $6), @$); }
    ;

macro_brace
    : path_expr '!' '{' macro_args '}'  { $$ = parse_macro($1, MACRO_CALL, $4, @$); }
    | path_expr '!' '{' error { skip_block(p, @3); } '}'
                                        { yyerrok; $$ = ast_expr(EXPR_TUPLE, @$); }
    ;

macro_args
    : %empty                            { $$ = (ExprVec){0}; }
    | expr_list                         { $$ = $1; }
    | expr_list ','                     { $$ = $1; }
    ;

struct_lit
    : path_expr '{' tts '}'             { $$ = parse_unsupported_expr(@$, "a struct literal"); }
    ;

closure
    : '|' closure_params '|' expr %prec OPEN
                                        { $$ = parse_unsupported_expr(@$, "a closure"); }
    | '|' closure_params '|' "->" type block
                                        { $$ = parse_unsupported_expr(@$, "a closure"); }
    | "||" expr %prec OPEN              { $$ = parse_unsupported_expr(@$, "a closure"); }
    | KW_MOVE '|' closure_params '|' expr %prec OPEN
                                        { $$ = parse_unsupported_expr(@$, "a closure"); }
    | KW_MOVE "||" expr %prec OPEN      { $$ = parse_unsupported_expr(@$, "a closure"); }
    ;

closure_params
    : %empty                            { $$ = (ParamVec){0}; }
    | closure_param                     { $$ = (ParamVec){0}; }
    | closure_params ',' closure_param  { $$ = (ParamVec){0}; }
    ;

closure_param
    : pat                               { parse_drop_pat_errors(p); $$ = $1; }
    | pat ':' type                      { parse_drop_pat_errors(p); $$ = $1; }
    ;

/* Expressions that end in a block: as statements they need no `;`. */
block_like
    : block                             { $$ = parse_block_expr($1); }
    | KW_UNSAFE block                   { $$ = parse_unsupported_expr(@1, "an `unsafe` block"); }
    | KW_ASYNC block                    { $$ = parse_unsupported_expr(@1, "an `async` block"); }
    | KW_ASYNC KW_MOVE block            { $$ = parse_unsupported_expr(span_join(@1, @2), "an `async` block"); }
    | KW_CONST block                    { $$ = parse_unsupported_expr(@1, "an inline `const` block"); }
    | if_expr                           { $$ = $1; }
    | loop_like                         { $$ = $1; }
    | LIFETIME ':' loop_like            { $$ = parse_labeled($1, @1, $3, @$); }
    | LIFETIME ':' block                { $$ = parse_unsupported_expr(span_join(@1, @2), "a labeled block"); }
    | KW_MATCH ns_expr '{' tts '}'      { $$ = parse_unsupported_expr(@1, "a `match` expression"); }
    | macro_brace                       { $$ = $1; }
    ;

if_expr
    : KW_IF ns_expr block %prec IF_NO_ELSE
                                        { $$ = parse_if_expr($2, $3, NULL, @$); }
    | KW_IF ns_expr block KW_ELSE block { $$ = parse_if_expr($2, $3, parse_block_expr($5), @$); }
    | KW_IF ns_expr block KW_ELSE if_expr
                                        { $$ = parse_if_expr($2, $3, $5, @$); }
    | KW_IF let_cond '=' ns_expr block %prec IF_NO_ELSE
                                        { $$ = parse_unsupported_expr(span_join(@1, @2), "`if let`"); }
    | KW_IF let_cond '=' ns_expr block KW_ELSE block
                                        { $$ = parse_unsupported_expr(span_join(@1, @2), "`if let`"); }
    | KW_IF let_cond '=' ns_expr block KW_ELSE if_expr
                                        { $$ = parse_unsupported_expr(span_join(@1, @2), "`if let`"); }
    ;

loop_like
    : KW_LOOP block                     { $$ = parse_loop_expr(EXPR_LOOP, NULL, NULL, NULL, $2, @$); }
    | KW_WHILE ns_expr block            { $$ = parse_loop_expr(EXPR_WHILE, $2, NULL, NULL, $3, @$); }
    | KW_WHILE let_cond '=' ns_expr block
                                        { $$ = parse_unsupported_expr(span_join(@1, @2), "`while let`"); }
    | KW_FOR for_pat KW_IN ns_expr block
                                        { $$ = parse_loop_expr(EXPR_FOR, NULL, $2, $4, $5, @$); }
    ;

for_pat
    : pat                               { parse_flush_pat_errors(p); $$ = $1; }
    ;

%%

/* ==== the token feed ============================================================== */

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

Tok parse_next_token(Parser *p) {
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

void parse_push_back(Parser *p, Tok t) {
    if (p->nahead == (int)(sizeof p->ahead / sizeof p->ahead[0]))
        ICE("token feed overflow");
    p->ahead[p->nahead++] = t;
}

static void track(Parser *p, const Tok *t) {
    if (parse_is_opener(t->kind)) {
        Delim d = {t->kind, t->span.lo, t->kind == '(' && p->cur.kind == IDENT && p->prev.kind == KW_FN,
                   p->cur.kind == '!' && p->prev.kind == IDENT ? p->prev.val.IDENT : 0, 0};
        vec_push(p->delims, d);
    } else if (parse_is_closer(t->kind) && p->delims.len > 0) {
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
        return parse_is_keyword(k);
    }
}


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
    parse_push_back(p, b);
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
    Tok next = parse_next_token(p);
    parse_push_back(p, next);
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
    bool newline = parse_text_newline(p->file, p->cur.span.hi, t->span.lo);
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
        parse_report_missing(p, ss, *t, ';');
        t->repaired = true;
        parse_push_back(p, *t);
        *t = synthetic(';', after);
    } else if (open_paren && can_begin_stmt(t->kind) && !parse_is_keyword(t->kind) && t->kind != '{' &&
               tok_accepted(ss, ',') &&
               (tok_accepted(ss, '%') || p->delims.data[p->delims.len - 1].params)) {
        parse_report_missing(p, ss, *t, ',');
        t->repaired = true;
        parse_push_back(p, *t);
        *t = synthetic(',', after);
    } else if (tok_accepted(ss, KW_IN)) {
        /* `for x 0..3`, `for x of xs` */
        bool of = t->kind == IDENT && strcmp(sym_str(t->val.IDENT), "of") == 0;
        Span at = of ? t->span : span_at(p->cur.span.hi, t->span.lo);
        Diag *d = diag_new(DIAG_ERROR, NULL, at, NULL, "missing `in` in `for` loop");
        Diag *h = of ? diag_suggest(d, at, "in", "try using `in` here instead")
                     : diag_suggest(d, at, " in ", "try adding `in` here");
        diag_set_suggestion_style(h, SUGG_VERBOSE);
        parse_emit(p, d);
        t->repaired = true;
        if (!of)
            parse_push_back(p, *t);
        *t = synthetic(KW_IN, at);
    } else if (p->cur.kind == IDENT && p->prev.kind == KW_FN && tok_accepted(ss, '(') &&
               tok_accepted(ss, '<')) {
        /* `fn name {` */
        Diag *d = diag_new(DIAG_ERROR, NULL, after, NULL,
                           "missing parameters for function definition");
        diag_set_suggestion_style(diag_suggest(d, after, "()", "add a parameter list"), SUGG_VERBOSE);
        parse_emit(p, d);
        t->repaired = true;
        parse_push_back(p, *t);
        parse_push_back(p, synthetic(')', after));
        *t = synthetic('(', after);
    } else if (t->kind == '+' && expr_start_accepted(ss) && src[t->span.hi] != '+' &&
               !(p->cur.kind == '+' && p->cur.span.hi == t->span.lo) && next_is_number(p)) {
        Diag *d = diag_new(DIAG_ERROR, NULL, t->span, "unexpected `+`",
                           "leading `+` is not supported");
        diag_set_suggestion_style(diag_suggest(d, t->span, "", "try removing the `+`"), SUGG_VERBOSE);
        parse_emit(p, d);
        return false;
    } else if (t->kind == KW_MUT && p->cur.kind == KW_MUT && !expr_start_accepted(ss)) {
        /* `let mut mut x` */
        Tok next = parse_next_token(p);
        parse_push_back(p, next);
        Diag *d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "`mut` on a binding may not be repeated");
        diag_set_suggestion_style(diag_suggest(d, span_at(t->span.lo, next.span.lo), "",
                                               "remove the additional `mut`s"), SUGG_VERBOSE);
        parse_emit(p, d);
        return false;
    } else if (t->kind == '~' && expr_start_accepted(ss)) {
        Diag *d = diag_new(DIAG_ERROR, NULL, t->span, NULL, "`~` cannot be used as a unary operator");
        diag_set_suggestion_style(diag_suggest(d, t->span, "!", "use `!` to perform bitwise not"),
                                  SUGG_VERBOSE);
        parse_emit(p, d);
        t->kind = '!';
    }
    return true;
}

/* The token feed: bison's yylex. */
static int yylex(YYSTYPE *lval, Span *lloc, Parser *p, const void *yyssp) {
    const yy_state_t *ss = yyssp;
    Tok t;
    for (;;) {
        t = parse_next_token(p);
        if (p->skip_eof) {
            while (t.kind != 0)
                t = parse_next_token(p);
        }
        while (p->skipping && t.kind != 0) {
            if (parse_is_closer(t.kind) && p->delims.len > 0 &&
                p->delims.data[p->delims.len - 1].lo == p->skip_lo) {
                p->skipping = false;
                break;
            }
            track(p, &t);
            t = parse_next_token(p);
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
         (parse_is_closer(t.kind) && p->delims.len < p->pending_depth)))
        parse_flush_pending_comma(p);  /* the element after it parsed */
    if (t.diag) {
        if (t.diag_now)
            parse_emit(p, t.diag);
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

/* ==== the parse tables, for parse_diag.c ======================================= */

/* The token code of each symbol (bison numbers tokens its own way). */
static int sym_code[YYNTOKENS];

static void init_sym_codes(void) {
    for (int c = 0; c <= YYMAXUTOK; c++) {
        if (c > 255 && c < YYerror)
            continue;
        int s = YYTRANSLATE(c);
        if (s != YYSYMBOL_YYUNDEF || c == YYUNDEF)
            sym_code[s] = c;
    }
}

bool parse_accepts(const void *ss, int code) {
    return accepts(ss, YYTRANSLATE(code));
}

int parse_expected(const void *ss, int *codes) {
    int n = 0;
    for (int s = 0; s < YYNTOKENS; s++) {
        if (s == YYSYMBOL_YYerror || s == YYSYMBOL_YYUNDEF)
            continue;
        if (accepts(ss, s))
            codes[n++] = sym_code[s];
    }
    return n;
}

const char *parse_token_name(int code) {
    return yysymbol_name(YYTRANSLATE(code));
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
    int codes[YYNTOKENS];
    for (int i = 0; i < n; i++)
        codes[i] = sym_code[expected[i]];
    parse_report_syntax_error(p, codes, n < 0 ? 0 : n);
    return 0;
}

Crate *parse_crate(SourceFile *file) {
    if (!sym_code[YYTRANSLATE('+')])
        init_sym_codes();
    Crate *crate = ALLOC(Crate);
    crate->file = file;
    uint32_t shift = parse_shebang_len(file);
    DiagVec deferred = {0};
    if (!parse_check_tokens(file, shift, &deferred))
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
    parse_flush_pending_comma(&p);
    VEC_MOVE(crate->attrs, p.crate_attrs);
    for (int i = 0; i < deferred.len; i++)
        diag_emit(deferred.data[i]);
    for (int i = 0; i < p.macro_errors.len; i++)
        diag_emit(p.macro_errors.data[i]);
    for (int i = 0; i < p.late_errors.len; i++)
        diag_emit(p.late_errors.data[i]);
    return crate;
}

