/* ast_walk.h: the children of a syntax-tree node, for the phases that walk
 * the tree.
 *
 * A walker treats a few kinds of node specially and only passes through
 * the others. ast_walk_expr() does the passing through: it calls the
 * walker back on each direct child, so a walker is a switch over the kinds
 * it cares about with `default: ast_walk_expr(w, e)`, and a kind of node
 * added to the language needs one new case here, not one per walker.
 *
 * Children come in evaluation order, and only non-NULL ones are passed:
 * - a macro's arguments, then (once type checking has filled fmt_args) the
 *   format string's implicit captures: each expression once;
 * - a `for` loop's iterator, pattern, body; a `let`'s initialiser, then its
 *   pattern; a block's statements, then its tail;
 * - a pattern's sub-patterns and literal.
 * Type expressions are not children. Items nested in a block go to the
 * walker's item callback, or nowhere if it has none.
 *
 * The walker's own state goes in a struct whose first member is the
 * AstWalker; the callbacks cast back to it. A walker that only looks for
 * nested items passes ast_walk_expr itself as its expr callback.
 */
#ifndef OWL_AST_WALK_H
#define OWL_AST_WALK_H

#include "ast.h"

typedef struct AstWalker AstWalker;
struct AstWalker {
    void (*expr)(AstWalker *w, Expr *e);   /* required */
    void (*block)(AstWalker *w, Block *b); /* NULL: ast_walk_block */
    void (*pat)(AstWalker *w, Pat *p);     /* NULL: ast_walk_pat */
    void (*item)(AstWalker *w, Item *it);  /* NULL: items are skipped */
};

/* Calls w back on each child of e, b or p (nothing for NULL). */
void ast_walk_expr(AstWalker *w, Expr *e);
void ast_walk_block(AstWalker *w, Block *b);
void ast_walk_pat(AstWalker *w, Pat *p);

#endif
