/* rt_alloc.c: the heap, used the way Rust's System allocator uses glibc.
 *
 * malloc/realloc/free for alignments up to 16 (what glibc guarantees on
 * x86-64), posix_memalign above that, and for a larger-aligned realloc a
 * fresh block plus a copy, as Rust's realloc_fallback does. Zero-sized
 * requests never reach malloc: like Rust's NonNull::dangling they get the
 * alignment itself as the address (so an empty String's ptr is 1), and
 * freeing a zero-sized block does nothing. Running out of memory prints
 * Rust's "memory allocation of N bytes failed" and aborts.
 *
 * Built with -DOWL_TRACE (libowlrt_trace.a), each block that reaches the C
 * allocator is reported to rt_trace.c, one event per malloc, realloc or
 * free, so the trace counts what valgrind counts.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* glibc's malloc alignment on x86-64, Rust's MIN_ALIGN there. */
#define MIN_ALIGN 16

void *owl_alloc(size_t size, size_t align)
{
    void *p;
    if (size == 0)
        return (void *)(uintptr_t)align;
    if (align <= MIN_ALIGN) {
        p = malloc(size);
    } else if (posix_memalign(&p, align, size) != 0) {
        p = NULL;
    }
    if (!p)
        owlrt_alloc_error(size);
#ifdef OWL_TRACE
    owlrt_trace_alloc((uintptr_t)p, size);
#endif
    return p;
}

void *owl_realloc(void *p, size_t old_size, size_t align, size_t new_size)
{
    void *q;
    if (old_size == 0)
        return owl_alloc(new_size, align);
    if (new_size == 0) {
        owl_free(p, old_size, align);
        return (void *)(uintptr_t)align;
    }
    if (align <= MIN_ALIGN) {
#ifdef OWL_TRACE
        uintptr_t old = (uintptr_t)p;
#endif
        q = realloc(p, new_size);
        if (!q)
            owlrt_alloc_error(new_size);
#ifdef OWL_TRACE
        owlrt_trace_realloc(old, old_size, (uintptr_t)q, new_size);
#endif
        return q;
    }
    q = owl_alloc(new_size, align);
    memcpy(q, p, old_size < new_size ? old_size : new_size);
#ifdef OWL_TRACE
    owlrt_trace_free((uintptr_t)p, old_size);
#endif
    free(p);
    return q;
}

void owl_free(void *p, size_t size, size_t align)
{
    (void)align;
    if (size != 0) {
#ifdef OWL_TRACE
        owlrt_trace_free((uintptr_t)p, size);
#endif
        free(p);
    }
}
