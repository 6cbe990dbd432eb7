/* limits.h: owl's implementation limits, checked once after parsing.
 *
 * Every later phase (resolution, type checking, MIR building, the AST dump)
 * walks the syntax tree recursively, one C stack frame or more per level of
 * nesting. Rather than bound the recursion in each of them, the tree is
 * measured once, right after parsing, and a program nested deeper than
 * LIMIT_AST_DEPTH gets a located error instead of a stack overflow. rustc
 * itself crashes (SIGSEGV) on about 5,000 nested parentheses; owl accepts
 * far more than any real program needs and rejects the rest cleanly.
 */
#ifndef OWL_LIMITS_H
#define OWL_LIMITS_H

#include "ast.h"

/* Levels of nested expressions, blocks, patterns and types (a chain
 * `a + b + c` counts one level per operator; statements of one block are
 * siblings, not levels). The driver compiles on a thread with a 64 MiB
 * stack: the deepest tree needs well under 8 MiB in a normal build, but
 * 8-16 MiB under AddressSanitizer, whose frames are several times larger. */
enum { LIMIT_AST_DEPTH = 2000 };

/* Statements in one function body, nested blocks included (a block's tail
 * expression counts as one). Every phase is linear in a function's size
 * (the ownership check and drop elaboration answer their dataflow
 * questions on demand), so the cap bounds memory, not time: `owl check`
 * needs about 3 KB a statement, a 200,000-statement main about 0.7 GB and
 * 1 s; LLVM needs several times more to compile it. */
enum { LIMIT_FN_STATEMENTS = 250000 };

/* The whole program: its functions' statements, each function counting
 * LIMIT_FN_COST more (a function costs about as much memory as three
 * statements of a long one). Checking needs about 3 KB per unit, so the
 * cap keeps owl under 1 GB: 99,000 small functions, or one of 250,000
 * statements and a few others. (Parsing has run by then: a 50 MB file of
 * code has already cost a few GB; the 64 MiB source limit bounds that.) */
enum { LIMIT_PROGRAM_SIZE = 300000, LIMIT_FN_COST = 2 };

/* Reports "this program is nested too deeply for owl" at the first node
 * beyond the limit (one error per item), a function past
 * LIMIT_FN_STATEMENTS, and a program past LIMIT_PROGRAM_SIZE. False if
 * anything was reported. */
bool limits_check_crate(const Crate *crate);

#endif
