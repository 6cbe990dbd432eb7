/* rt_panic.c: panics, with exactly the text a rustc 1.95 debug build prints.
 *
 * stderr receives, in one write:
 *     \nthread 'main' (TID) panicked at FILE:LINE:COL:\nMESSAGE\n
 * followed on the first panic of the process only by
 *     note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n
 * Owl programs have one thread, and the main thread's id is the process id.
 * The note is printed whatever RUST_BACKTRACE says: Owl cannot produce a
 * backtrace, and rustc's output with the variable unset is the reference.
 * Then stdout's partial line is flushed (rustc flushes it when the process
 * exits, after the message, so the message comes first) and the process exits
 * with status 101. No unwinding happens: drop glue does not run.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

static const char note[] =
    "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

static int note_printed;

int owlrt_first_note(void)
{
    if (note_printed)
        return 0;
    note_printed = 1;
    return 1;
}

static void append(OwlFmt *f, const char *s)
{
    owl_fmt_lit(f, (const uint8_t *)s, strlen(s));
}

_Noreturn void owlrt_panic(const uint8_t *msg, size_t len, const OwlLoc *loc)
{
    OwlFmt f;
    char head[64];

#ifdef OWL_TRACE
    owlrt_trace_panic(loc);
#endif
    owl_fmt_init(&f, 0);
    snprintf(head, sizeof head, "\nthread 'main' (%ld) panicked at ", (long)getpid());
    append(&f, head);
    append(&f, loc && loc->file ? loc->file : "<unknown>");
    snprintf(head, sizeof head, ":%" PRIu32 ":%" PRIu32 ":\n", loc ? loc->line : 0,
             loc ? loc->col : 0);
    append(&f, head);
    owl_fmt_lit(&f, msg, len);
    append(&f, "\n");
    if (owlrt_first_note())
        append(&f, note);
    (void)owlrt_write_all(2, f.buf, f.len);
    owl_free(f.buf, f.cap, 1);
    owlrt_stdout_flush_quiet();
    exit(101);
}

_Noreturn void owl_panic_str(const uint8_t *msg, size_t len, const OwlLoc *loc)
{
    owlrt_panic(msg, len, loc);
}

_Noreturn void owl_panic_fmt(OwlFmt *f, const OwlLoc *loc)
{
    owlrt_panic(f->buf, f->len, loc);
}

_Noreturn void owl_panic_bounds(uint64_t index, uint64_t len, const OwlLoc *loc)
{
    char msg[128];
    snprintf(msg, sizeof msg,
             "index out of bounds: the len is %" PRIu64 " but the index is %" PRIu64,
             len, index);
    owlrt_panic((const uint8_t *)msg, strlen(msg), loc);
}

_Noreturn void owl_panic_assert(int is_ne, const void *left, const void *right,
                                const OwlTypeDesc *td, OwlFmt *msg,
                                const OwlLoc *loc)
{
    static const OwlFmtSpec debug = { ' ', OWL_ALIGN_NONE, 0, OWL_FMT_DEBUG, 0, -1, -1 };
    OwlFmt f;

    /* core::panicking::assert_failed_inner's two formats. */
    owl_fmt_init(&f, 0);
    append(&f, is_ne ? "assertion `left != right` failed" : "assertion `left == right` failed");
    if (msg) {
        append(&f, ": ");
        owl_fmt_lit(&f, msg->buf, msg->len);
    }
    append(&f, "\n  left: ");
    owl_fmt_arg(&f, left, td, &debug);
    append(&f, "\n right: ");
    owl_fmt_arg(&f, right, td, &debug);
    owlrt_panic(f.buf, f.len, loc);
}

_Noreturn void owlrt_capacity_overflow(void)
{
    static const OwlLoc loc = { OWLRT_RUSTC_LIB "alloc/src/raw_vec/mod.rs", 28, 5 };
    static const char msg[] = "capacity overflow";
    owlrt_panic((const uint8_t *)msg, sizeof msg - 1, &loc);
}

_Noreturn void owlrt_alloc_error(size_t size)
{
    char msg[96];
    snprintf(msg, sizeof msg, "memory allocation of %zu bytes failed\n", size);
    (void)owlrt_write_all(2, (const uint8_t *)msg, strlen(msg));
    if (owlrt_first_note())
        (void)owlrt_write_all(2, (const uint8_t *)note, sizeof note - 1);
    /* Rust aborts here without flushing stdout. */
    abort();
}
