/* rt_io.c: the program's stdout and stderr, buffered the way Rust's are.
 *
 * Rust's stdout is a LineWriter over a 1024-byte BufWriter, whether or not it
 * is a terminal: each write sends everything up to its last '\n' at once and
 * keeps the partial line after it, so output interleaves with stderr (which
 * is unbuffered) exactly as in a rustc-built program, also when both go to
 * one pipe. The partial line is flushed at exit, also after a panic.
 *
 * Invariants: out_buf holds at most one partial line plus whatever a failed
 * flush dropped; nothing else in the runtime writes to fd 1. A closed
 * descriptor (EBADF) is not an error, as in Rust; other write errors make
 * print! panic with Rust's message.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

static uint8_t out_buf[1024];
static size_t out_len;

int owlrt_write_all(int fd, const uint8_t *p, size_t n)
{
    while (n > 0) {
        /* Linux writes at most 0x7ffff000 bytes per call. */
        size_t chunk = n > 0x7ffff000u ? 0x7ffff000u : n;
        ssize_t k = write(fd, p, chunk);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (k == 0)
            return EIO;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

static int flush_buf(void)
{
    int err = owlrt_write_all(1, out_buf, out_len);
    out_len = 0;
    return err;
}

/* BufWriter::write_all: make room by flushing; too big to buffer goes out
 * directly. */
static int buffer_write(const uint8_t *p, size_t n)
{
    if (n > sizeof out_buf - out_len) {
        int err = flush_buf();
        if (err)
            return err;
    }
    if (n >= sizeof out_buf)
        return owlrt_write_all(1, p, n);
    memcpy(out_buf + out_len, p, n);
    out_len += n;
    return 0;
}

/* LineWriterShim::write_all. */
static int line_write(const uint8_t *p, size_t n)
{
    size_t lines = n;
    int err;

    while (lines > 0 && p[lines - 1] != '\n')
        lines--;
    if (lines == 0) {
        /* No newline: a completed line still waiting goes out first. */
        if (out_len > 0 && out_buf[out_len - 1] == '\n') {
            err = flush_buf();
            if (err)
                return err;
        }
        return buffer_write(p, n);
    }
    if (out_len == 0) {
        err = owlrt_write_all(1, p, lines);
    } else {
        err = buffer_write(p, lines);
        if (!err)
            err = flush_buf();
    }
    if (err)
        return err;
    return buffer_write(p + lines, n - lines);
}

int owlrt_stdout_write(const uint8_t *p, size_t n)
{
    int err = line_write(p, n);
    if (err == EBADF) {
        out_len = 0;
        err = 0;
    }
    return err;
}

void owlrt_stdout_flush_quiet(void)
{
    (void)flush_buf();
}

void owlrt_print(int fd, const uint8_t *p, size_t n)
{
    static const OwlLoc loc = { OWLRT_RUSTC_LIB "std/src/io/stdio.rs", 1165, 9 };
    char msg[256];
    int err;

    if (n == 0)
        return;
    if (fd == 1) {
        err = owlrt_stdout_write(p, n);
    } else {
        err = owlrt_write_all(fd, p, n);
        if (err == EBADF)
            err = 0;
    }
    if (err == 0)
        return;
    /* std's io::Error Display: "<strerror> (os error N)". */
    snprintf(msg, sizeof msg, "failed printing to %s: %s (os error %d)",
             fd == 1 ? "stdout" : "stderr", strerror(err), err);
    owlrt_panic((const uint8_t *)msg, strlen(msg), &loc);
}
