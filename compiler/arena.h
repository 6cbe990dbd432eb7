/* arena.h: the compiler's memory: bump arenas, growable arrays, interned
 * symbols, and the one funnel every allocation goes through.
 *
 * Everything a compilation builds (tokens, AST, types, MIR, strings) lives in
 * one arena and is freed at once when the compilation ends; nothing is freed
 * piecemeal, so pointers between phases never dangle. Allocation failure is
 * fatal (exit 2 with a message) rather than something each caller checks.
 */
#ifndef OWL_ARENA_H
#define OWL_ARENA_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- the allocation funnel --------------------------------------------- */

void *xmalloc(size_t size);                  /* never returns NULL */
void *xrealloc(void *p, size_t size);        /* never returns NULL */
void xfree(void *p);

/* ---- arenas --------------------------------------------------------------- */

typedef struct Arena Arena;

Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size);    /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t len);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *arena_vprintf(Arena *a, const char *fmt, va_list ap);
size_t arena_bytes_used(const Arena *a);

/* The arena of the current compilation. Phases allocate from it with
 * ALLOC(T) / ALLOC_N(T, n); the driver creates and frees it. */
extern Arena *compiler_arena;
#define ALLOC(T) ((T *)arena_alloc(compiler_arena, sizeof(T)))
#define ALLOC_N(T, n) ((T *)arena_alloc(compiler_arena, sizeof(T) * (size_t)(n)))

/* ---- growable arrays in the compiler arena ---------------------------------
 * Declare a type with `typedef VEC(Expr *) ExprVec;`, push with
 * vec_push(v, x), read v.data[i] for i < v.len. Old storage is left in the
 * arena when an array grows: cheap, and freed with everything else. */
#define VEC(T) struct { T *data; int len; int cap; }
void vec_grow_(void **data, int *cap, int need, size_t elem_size);
#define vec_push(v, x)                                                     \
    (vec_grow_((void **)&(v).data, &(v).cap, (v).len + 1, sizeof(*(v).data)), \
     (v).data[(v).len++] = (x))

typedef VEC(char) CharVec;
/* Append to a growable string (kept NUL-terminated). */
void str_append(CharVec *s, const char *text, size_t len);
void str_appendf(CharVec *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- interned identifiers ---------------------------------------------------
 * A Symbol is a small integer; equal names have equal symbols, so name
 * comparison is integer comparison. Symbol 0 is "no name". */
typedef uint32_t Symbol;
Symbol intern(const char *s, size_t len);
Symbol intern_cstr(const char *s);
const char *sym_str(Symbol sym);
void intern_reset(void);  /* forget all symbols (end of compilation) */

/* ---- internal compiler errors ------------------------------------------------
 * An invariant broken inside owl: never a user error. Prints the file and
 * line and asks for a bug report, then exits with status 3... no: 101 would
 * be confused with a panicking program, so owl uses 70 (EX_SOFTWARE). */
_Noreturn void ice_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define ICE(...) ice_at(__FILE__, __LINE__, __VA_ARGS__)

#endif
