/* rt_init.c: what Rust's runtime does around main, for Owl programs.
 *
 * owl_rt_init runs first in the generated C main: SIGPIPE is ignored (so a
 * closed pipe becomes an EPIPE error and print! panics, as in Rust), and a
 * SIGSEGV/SIGBUS handler on an alternate signal stack recognises stack
 * overflow. A fault just below the main thread's stack (in the guard gap the
 * kernel keeps under it) prints rustc's
 *     \nthread 'main' (PID) has overflowed its stack\n
 *     fatal runtime error: stack overflow, aborting\n
 * and aborts (SIGABRT, shell status 134) without flushing stdout, like rustc.
 * Any other fault is handed back to the default action, so a genuine
 * segfault still dumps core as SIGSEGV. owl_rt_exit flushes stdout's partial
 * line when main returns. stdout's line buffering itself lives in rt_io.c.
 *
 * The overflow test needs the generated code to touch its stack pages in
 * order (LLVM's "probe-stack"="inline-asm", as rustc emits); a frame larger
 * than the 1 MiB window below the stack could land elsewhere.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "rt_internal.h"

/* Faults this far below the lowest stack address count as overflow: the
 * kernel's stack guard gap is 1 MiB (256 pages) by default. */
#define GUARD_WINDOW ((uintptr_t)1 << 20)

static uintptr_t stack_low;  /* lowest address the main stack may reach */
static uintptr_t page_size;
/* Handler stack: large enough for the handler's few frames and write(2). */
static _Alignas(16) unsigned char alt_stack[64 * 1024];

static void find_stack_low(void)
{
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &size) == 0)
            stack_low = (uintptr_t)addr;
        pthread_attr_destroy(&attr);
    }
    if (stack_low == 0) {
        /* Fallback: a local of this frame minus the stack limit. */
        struct rlimit rl;
        uintptr_t here = (uintptr_t)&rl;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
            && rl.rlim_cur < here)
            stack_low = here - (uintptr_t)rl.rlim_cur;
    }
}

/* Async-signal-safe decimal. */
static size_t fmt_pid(char *out, long v)
{
    char tmp[24];
    size_t n = 0, i;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    for (i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

static void on_fault(int sig, siginfo_t *info, void *ctx)
{
    uintptr_t addr = (uintptr_t)info->si_addr;
    (void)ctx;
    if (stack_low != 0 && addr < stack_low + page_size
        && addr + GUARD_WINDOW >= stack_low) {
        char msg[160];
        size_t n = 0;
        static const char a[] = "\nthread 'main' (";
        static const char b[] = ") has overflowed its stack\n"
                                "fatal runtime error: stack overflow, aborting\n";
        memcpy(msg + n, a, sizeof a - 1);
        n += sizeof a - 1;
        n += fmt_pid(msg + n, (long)getpid());
        memcpy(msg + n, b, sizeof b - 1);
        n += sizeof b - 1;
        (void)owlrt_write_all(2, (const uint8_t *)msg, n);
        abort();
    }
    /* Not ours: restore the default action; the faulting instruction runs
     * again and the process dies of the original signal. */
    signal(sig, SIG_DFL);
}

static void install_overflow_handler(void)
{
    stack_t ss;
    struct sigaction sa;

    page_size = (uintptr_t)sysconf(_SC_PAGESIZE);
    find_stack_low();
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = alt_stack;
    ss.ss_size = sizeof alt_stack;
    if (sigaltstack(&ss, NULL) != 0)
        return;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

void owl_rt_init(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    signal(SIGPIPE, SIG_IGN);
    install_overflow_handler();
}

int owl_rt_exit(void)
{
    owlrt_stdout_flush_quiet();
    return 0;
}
