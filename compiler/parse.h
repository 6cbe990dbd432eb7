/* parse.h: source text to AST.
 *
 * A reentrant flex lexer (lexer.l) feeds a pure bison parser (parser.y) with
 * locations; syntax errors are reported through diag in rustc's words and
 * the parser recovers at statement and item level, so one run reports many
 * errors. Constructs outside Owl's subset that Rust accepts get
 * "... is not supported by owl" at their span.
 */
#ifndef OWL_PARSE_H
#define OWL_PARSE_H

#include "ast.h"

/* Never returns NULL; check diag_error_count() for syntax errors. */
Crate *parse_crate(SourceFile *file);

/* --dump-tokens: one token per line, "line:col KIND `text`". */
void lex_dump(SourceFile *file, CharVec *out);

#endif
