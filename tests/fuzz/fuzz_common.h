/* fuzz_common.h: what both libFuzzer targets share.
 *
 * owl is written for one compilation per process: the arena, the symbol
 * table, the type table and the diagnostics counters are globals. A fuzz
 * target compiles millions of inputs in one process, so every input starts
 * from a fresh arena and fresh tables, exactly as the driver's main() sets
 * them up, and ends by freeing them. Diagnostics are rendered (the renderer
 * is fuzzed too) into /dev/null.
 *
 * The input reaches the compiler through src_load() on a memfd, so the
 * loader's checks (UTF-8, NUL bytes, BOM, CRLF) run as they do on a file.
 * Any crash, sanitizer report, ICE() (which exits with 70: libFuzzer reports
 * "fuzz target exited") or out-of-memory exit is a finding.
 *
 * owl compiles on a thread with a 64 MiB stack (driver.c, main), because
 * programs nested up to limits.h's depth need more than the usual 8 MiB
 * under AddressSanitizer. fuzz_run() gives each input the same stack, so
 * that a stack overflow here is one owl would have too.
 */
#ifndef OWL_FUZZ_COMMON_H
#define OWL_FUZZ_COMMON_H

/* _GNU_SOURCE (memfd_create) is defined by each target before any include. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"
#include "types.h"

/* Inputs larger than this are cut: big inputs only slow the search down,
 * and the bad-input catalogue covers size on its own. */
enum { FUZZ_MAX_INPUT = 64 * 1024 };

/* Diagnostics rendered per input; the rest are counted, not rendered.
 * Rendering costs time proportional to the line's length, and an input of
 * stray bytes gets one error per byte: rendering them all took two thirds
 * of the fuzzers' time (perf) for no new paths. */
enum { FUZZ_RENDERED_DIAGNOSTICS = 4 };

static int fuzz_fd = -1;
static char fuzz_path[64];
static FILE *fuzz_devnull;

static void fuzz_setup(void) {
    if (fuzz_fd >= 0)
        return;
    fuzz_fd = memfd_create("owl-fuzz.rs", 0);
    if (fuzz_fd < 0) {
        perror("memfd_create");
        abort();
    }
    snprintf(fuzz_path, sizeof fuzz_path, "/proc/self/fd/%d", fuzz_fd);
    fuzz_devnull = fopen("/dev/null", "w");
    if (!fuzz_devnull)
        abort();
}

/* A fresh compilation for data[0..size): returns the loaded file, or NULL
 * when the loader refused it (bad UTF-8, NUL: reported, as owl would). */
static SourceFile *fuzz_begin(const uint8_t *data, size_t size) {
    fuzz_setup();
    if (size > FUZZ_MAX_INPUT)
        size = FUZZ_MAX_INPUT;
    if (ftruncate(fuzz_fd, 0) != 0 || pwrite(fuzz_fd, data, size, 0) != (ssize_t)size)
        abort();
    /* The new arena is made before the old one is freed, so that it can
     * never reuse the old one's address: layout.c keys its cache on the
     * arena pointer. */
    Arena *old = compiler_arena;
    compiler_arena = arena_new();
    if (old)
        arena_free(old);
    types_init();
    diag_set_output(fuzz_devnull);
    diag_set_render_limit(FUZZ_RENDERED_DIAGNOSTICS);
    diag_init(NULL, DIAG_HUMAN, COLOR_NEVER);
    bool io_error = false;
    SourceFile *file = src_load(fuzz_path, &io_error);
    if (io_error)
        abort(); /* our own memfd: never */
    if (file)
        diag_init(file, DIAG_HUMAN, COLOR_NEVER);
    return file;
}

static void fuzz_end(void) {
    diag_finish();
    intern_reset();
}

/* The driver's compiler stack (driver.c). */
enum { FUZZ_STACK_BYTES = 64 << 20 };

typedef struct FuzzCall {
    void (*fn)(const uint8_t *data, size_t size);
    const uint8_t *data;
    size_t size;
} FuzzCall;

static void *fuzz_thread(void *arg) {
    FuzzCall *call = arg;
    call->fn(call->data, call->size);
    return NULL;
}

/* Runs fn(data, size) on a thread with the driver's stack size. */
static void fuzz_run(void (*fn)(const uint8_t *, size_t), const uint8_t *data, size_t size) {
    FuzzCall call = {fn, data, size};
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, FUZZ_STACK_BYTES) != 0 ||
        pthread_create(&thread, &attr, fuzz_thread, &call) != 0)
        abort();
    pthread_attr_destroy(&attr);
    pthread_join(thread, NULL);
}

#endif
