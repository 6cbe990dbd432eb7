/* typeck.h: name resolution and type checking.
 *
 * Takes the parsed crate; resolves every path (locals with shadowing and
 * block scopes, items, `use`d std paths, builtins), infers types with rustc's
 * rules for literals (unsuffixed integers default to i32, floats to f64,
 * inference from later use), checks every expression, evaluates constants,
 * parses format strings into FmtTemplates, and makes implicit coercions
 * explicit. Reports rustc's E0308, E0425, E0599, E0277, E0061, E0369, literal
 * range errors, and "not supported" for constructs outside the subset.
 * Afterwards, every Expr has a resolved type (TY_ERROR after an error).
 *
 * Shapes later phases rely on (see typeck_macro.c and typeck_expr.c):
 * println!/eprintln! templates have no trailing newline; mac.fmt is NULL for
 * a macro without a format string; assert_eq!'s operands are args[0..2],
 * coerced to one type; `a.len()` on an array becomes a usize literal,
 * `x.clone()` of a Copy value a copy, `n.to_string()` of a number, bool or
 * char a format!; the callee path of a call has type (); EXPR_RANGE (only
 * as a `for` iterable) has its element type; `.as_ptr()` gives TY_PTR.
 */
#ifndef OWL_TYPECK_H
#define OWL_TYPECK_H

#include "ast.h"

/* Returns false if errors were reported. */
bool typeck_crate(Crate *crate);

/* rustc runs its late lints (overflowing_literals: "literal out of range")
 * after borrow checking, and only if nothing failed. With this set (by the
 * driver, before typeck_crate), typeck keeps those diagnostics until
 * typeck_emit_lints(), which returns false if any was an error (they are
 * deny-by-default). Unset, typeck_crate reports them itself. */
extern bool typeck_defer_lints;
bool typeck_emit_lints(void);

/* rustc's unused_variables warnings ("unused variable: `x`", "variable `x`
 * is assigned to, but never used"), for the functions typeck accepted.
 * rustc emits them body by body right after each body's borrow check
 * (typeck_warn_unused_fn: one function, not those nested in it), or, when
 * type checking failed, for the whole crate after the type errors
 * (typeck_warn_unused). */
void typeck_warn_unused_fn(Item *fn);
void typeck_warn_unused(Crate *crate);

#endif
