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
 */
#ifndef OWL_TYPECK_H
#define OWL_TYPECK_H

#include "ast.h"

/* Returns false if errors were reported. */
bool typeck_crate(Crate *crate);

#endif
