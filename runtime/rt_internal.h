/* rt_internal.h: what the runtime's source files share with each other and
 * with nobody else (generated code sees only owl_rt.h).
 *
 * Names here are global symbols of libowlrt.a, so they carry the owlrt_ prefix
 * to stay clear of both the public owl_ API and of user programs' symbols.
 */
#ifndef OWL_RT_INTERNAL_H
#define OWL_RT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "owl_rt.h"

/* Where rustc 1.95's own panics point: the standard library as it was built
 * (rustc prints these paths verbatim, with its commit hash). */
#define OWLRT_RUSTC_LIB "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/"

/* Largest allocation Rust allows (isize::MAX); a larger request is a
 * "capacity overflow" panic, not an allocation failure. */
#define OWLRT_ISIZE_MAX ((size_t)INT64_MAX)

/* ---- rt_unicode.c (generated) ----------------------------------------- */
int owlrt_is_printable(uint32_t c);
int owlrt_is_grapheme_extend(uint32_t c);

/* ---- rt_string.c: UTF-8 ------------------------------------------------- */
/* Encodes scalar value c into out; returns its length (1-4). */
size_t owlrt_utf8_encode(uint32_t c, uint8_t out[4]);
/* Decodes the char starting at p (valid UTF-8, n > 0 bytes left); stores its
 * length in *size. */
uint32_t owlrt_utf8_decode(const uint8_t *p, size_t n, size_t *size);

/* ---- rt_io.c ------------------------------------------------------------ */
/* Writes all of p to fd, retrying short writes and EINTR. 0 or an errno. */
int owlrt_write_all(int fd, const uint8_t *p, size_t n);
/* stdout as Rust's LineWriter: complete lines go out at once, a partial last
 * line waits in a 1024-byte buffer. Returns 0 or an errno (EBADF is treated
 * as success, as Rust does for a closed stdout). */
int owlrt_stdout_write(const uint8_t *p, size_t n);
/* print! / eprint!: writes p to fd 1 (through the LineWriter) or 2; on an
 * error other than EBADF panics as Rust does ("failed printing to stdout:
 * Broken pipe (os error 32)"). */
void owlrt_print(int fd, const uint8_t *p, size_t n);
/* Flushes the partial line, ignoring errors (used at exit and on panics). */
void owlrt_stdout_flush_quiet(void);

/* ---- rt_panic.c ------------------------------------------------------------ */
/* Prints rustc's panic text for msg at loc, flushes stdout, exits 101. */
_Noreturn void owlrt_panic(const uint8_t *msg, size_t len, const OwlLoc *loc);
/* "capacity overflow", located in alloc's raw_vec as rustc reports it. */
_Noreturn void owlrt_capacity_overflow(void);
/* "memory allocation of N bytes failed" and SIGABRT, as Rust's default
 * allocation error hook. */
_Noreturn void owlrt_alloc_error(size_t size);
/* The RUST_BACKTRACE note is printed once per process; returns 1 the first
 * time it is asked for. */
int owlrt_first_note(void);

/* ---- rt_float.c ------------------------------------------------------------ */
/* A number rendered as core::num::fmt::Formatted: a sign and up to six parts.
 * Keeping Rust's part boundaries makes every write the same size as Rust's,
 * which matters for the capacity that format! ends up with. */
enum {
    OWLRT_PART_COPY = 1, /* n bytes at s */
    OWLRT_PART_ZERO,     /* n '0' characters */
};

typedef struct OwlrtPart {
    int kind;      /* OWLRT_PART_* */
    const char *s; /* COPY: the bytes */
    size_t n;      /* COPY: byte count; ZERO: how many zeros */
} OwlrtPart;

typedef struct OwlrtFormatted {
    const char *sign;    /* "", "-" or "+" */
    OwlrtPart parts[6];  /* in output order */
    int nparts;
} OwlrtFormatted;

/* Scratch space the parts point into: 309 integer digits of f64::MAX plus the
 * 1100 fraction digits past which every double's expansion is zeros. */
typedef struct OwlrtFloatBuf {
    char digits[1536];
    char exp[16];
} OwlrtFloatBuf;

/* Renders x (an f32 widened to double when is_f32) for trait
 * OWL_FMT_DISPLAY / DEBUG / LOWER_EXP / UPPER_EXP, with precision (-1: none)
 * and the + flag, exactly as core::fmt::float does before padding. */
void owlrt_float_format(double x, int is_f32, int trait, int64_t precision,
                        int sign_plus, OwlrtFloatBuf *buf, OwlrtFormatted *out);
/* Total byte length of a Formatted (sign included). */
size_t owlrt_formatted_len(const OwlrtFormatted *f);

/* ---- rt_trace.c (libowlrt_trace.a, built with -DOWL_TRACE) ------------------
 * rt_alloc.c reports every block that reaches the C allocator. */
#ifdef OWL_TRACE
/* Addresses as integers: the old block may already be freed. */
void owlrt_trace_alloc(uintptr_t p, size_t size);
void owlrt_trace_free(uintptr_t p, size_t size);
void owlrt_trace_realloc(uintptr_t old, size_t old_size, uintptr_t p, size_t size);
/* A panic starts (rt_panic.c): the trace notes where, and the blocks the
 * panic message needs are the runtime's own. */
void owlrt_trace_panic(const OwlLoc *loc);
#endif

#endif
