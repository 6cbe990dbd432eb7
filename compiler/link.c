/* link.c: object file + runtime library -> executable.
 *
 * The obvious way is `cc -o out obj libowlrt.a -lm`, but the compiler
 * driver costs ~40 ms on its own (it runs collect2, which runs ld), more than
 * all of owl's other work on a small program. So owl first calls the system
 * linker directly with the same inputs cc would give it: the C runtime start
 * files (Scrt1.o, crti.o, crtbeginS.o ... crtendS.o, crtn.o), libgcc.a for
 * 128-bit arithmetic helpers, libm and libc, found by probing the standard
 * glibc x86-64 locations. gold is preferred (fastest here), then GNU ld.
 * If anything is missing or that link fails, owl falls back to `cc`, whose
 * messages are the ones reported. OWL_LINKER=cc forces the fallback.
 * Processes are started with posix_spawn (no shell).
 */
#include "link.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"

extern char **environ;

#ifndef OWL_RUNTIME_BUILD_DIR
#define OWL_RUNTIME_BUILD_DIR "runtime"
#endif

static bool file_exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The directory holding the running owl executable. */
static const char *exe_dir(const char *argv0) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    const char *path;
    if (n > 0) {
        buf[n] = '\0';
        path = buf;
    } else if (argv0 && strchr(argv0, '/')) {
        path = argv0;
    } else {
        return NULL;
    }
    const char *slash = strrchr(path, '/');
    if (!slash)
        return ".";
    return arena_strndup(compiler_arena, path, (size_t)(slash - path));
}

/* The runtime archive `name` (libowlrt.a, or libowlrt_trace.a for traced
 * builds): in OWL_RUNTIME_DIR, next to owl, or in the build tree. */
static const char *find_runtime(const char *argv0, const char *name) {
    const char *candidates[6];
    int n = 0;
    const char *env = getenv("OWL_RUNTIME_DIR");
    if (env && *env)
        candidates[n++] = arena_printf(compiler_arena, "%s/%s", env, name);
    const char *dir = exe_dir(argv0);
    if (dir) {
        /* build tree: build/compiler/owl next to build/runtime/libowlrt.a */
        candidates[n++] = arena_printf(compiler_arena, "%s/../runtime/%s", dir, name);
        /* installed: PREFIX/bin/owl and PREFIX/lib/owl/libowlrt.a */
        candidates[n++] = arena_printf(compiler_arena, "%s/../lib/owl/%s", dir, name);
        candidates[n++] = arena_printf(compiler_arena, "%s/%s", dir, name);
    }
    candidates[n++] = arena_printf(compiler_arena, "%s/%s", OWL_RUNTIME_BUILD_DIR, name);
    for (int i = 0; i < n; i++)
        if (file_exists(candidates[i]))
            return candidates[i];
    Diag *d = diag_new_nospan(DIAG_ERROR, NULL, "cannot find the owl runtime library `%s`", name);
    for (int i = 0; i < n; i++)
        diag_note(d, "looked for `%s`", candidates[i]);
    diag_help(d, "set OWL_RUNTIME_DIR to the directory that contains it");
    diag_emit(d);
    return NULL;
}

const char *link_find_runtime(const char *argv0) { return find_runtime(argv0, "libowlrt.a"); }

const char *link_find_trace_runtime(const char *argv0) {
    return find_runtime(argv0, "libowlrt_trace.a");
}

/* ---- running a program ------------------------------------------------------- */

/* Runs argv[0] (searched in PATH) and waits. Returns its exit status, or
 * -1 with errno set if it could not be started; 128+N after signal N. */
static int run(char **argv, bool quiet) {
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (quiet) {
        posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    }
    pid_t pid;
    int err = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (err) {
        errno = err;
        return -1;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

/* ---- the direct link --------------------------------------------------------------- */

typedef struct Toolchain {
    const char *linker;        /* ld.gold or ld */
    const char *crt1, *crti, *crtbegin, *crtend, *crtn;
    const char *libgcc, *libc, *libc_nonshared, *libm;
    const char *dynamic_linker;
} Toolchain;

static const char *find_in(const char *const *dirs, const char *name) {
    for (int i = 0; dirs[i]; i++) {
        char *p = arena_printf(compiler_arena, "%s/%s", dirs[i], name);
        if (file_exists(p))
            return p;
    }
    return NULL;
}

/* The newest /usr/lib/gcc/TRIPLE/VERSION directory with crtbeginS.o. */
static const char *gcc_lib_dir(void) {
    static const char *const roots[] = {"/usr/lib/gcc/x86_64-linux-gnu",
                                        "/usr/lib/gcc/x86_64-pc-linux-gnu",
                                        "/usr/lib/gcc/x86_64-redhat-linux",
                                        "/usr/lib64/gcc/x86_64-suse-linux", NULL};
    for (int r = 0; roots[r]; r++) {
        DIR *d = opendir(roots[r]);
        if (!d)
            continue;
        const char *best = NULL;
        long best_ver = -1;
        struct dirent *e;
        while ((e = readdir(d))) {
            if (e->d_name[0] < '0' || e->d_name[0] > '9')
                continue;
            long ver = strtol(e->d_name, NULL, 10);
            char *dir = arena_printf(compiler_arena, "%s/%s", roots[r], e->d_name);
            char *probe = arena_printf(compiler_arena, "%s/crtbeginS.o", dir);
            if (ver > best_ver && file_exists(probe)) {
                best = dir;
                best_ver = ver;
            }
        }
        closedir(d);
        if (best)
            return best;
    }
    return NULL;
}

static const char *find_program(const char *name) {
    static const char *const dirs[] = {"/usr/bin", "/bin", "/usr/local/bin", NULL};
    for (int i = 0; dirs[i]; i++) {
        char *p = arena_printf(compiler_arena, "%s/%s", dirs[i], name);
        if (access(p, X_OK) == 0)
            return p;
    }
    return NULL;
}

static bool find_toolchain(Toolchain *tc) {
    static const char *const libdirs[] = {"/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
                                          "/usr/lib64", "/lib64", "/usr/lib", NULL};
    memset(tc, 0, sizeof *tc);
    tc->linker = find_program("ld.gold");
    if (!tc->linker)
        tc->linker = find_program("ld");
    const char *gcc = gcc_lib_dir();
    if (!tc->linker || !gcc)
        return false;
    const char *const gccdirs[] = {gcc, NULL};
    tc->crt1 = find_in(libdirs, "Scrt1.o");
    tc->crti = find_in(libdirs, "crti.o");
    tc->crtn = find_in(libdirs, "crtn.o");
    tc->crtbegin = find_in(gccdirs, "crtbeginS.o");
    tc->crtend = find_in(gccdirs, "crtendS.o");
    tc->libgcc = find_in(gccdirs, "libgcc.a");
    tc->libc = find_in(libdirs, "libc.so.6");
    tc->libc_nonshared = find_in(libdirs, "libc_nonshared.a");
    tc->libm = find_in(libdirs, "libm.so.6");
    tc->dynamic_linker = "/lib64/ld-linux-x86-64.so.2";
    return tc->crt1 && tc->crti && tc->crtn && tc->crtbegin && tc->crtend && tc->libgcc &&
           tc->libc && tc->libc_nonshared && tc->libm && file_exists(tc->dynamic_linker);
}

/* Whether the object file refers to libm. The runtime does not, and the
 * only libm function LLVM calls for owl's IR is fmod/fmodf (float `%`);
 * reading libm costs the linker time, so it is left out when unused. A
 * miss is harmless: the link fails and the cc fallback adds -lm. */
static bool needs_libm(const char *obj) {
    FILE *f = fopen(obj, "rb");
    if (!f)
        return true;
    bool found = false;
    char buf[65536 + 8];
    size_t keep = 0, n;
    while (!found && (n = fread(buf + keep, 1, sizeof buf - 8 - keep, f)) > 0) {
        n += keep;
        for (size_t i = 0; i + 4 <= n && !found; i++)
            found = buf[i] == 'f' && !memcmp(buf + i, "fmod", 4);
        keep = n < 3 ? n : 3; /* a name split across two reads */
        memmove(buf, buf + n - keep, keep);
    }
    fclose(f);
    return found;
}

static bool link_direct(const char *obj, const char *runtime, const char *out) {
    Toolchain tc;
    if (!find_toolchain(&tc))
        return false;
    const char *argv[32] = {tc.linker, "-m", "elf_x86_64", "--hash-style=gnu", "--eh-frame-hdr",
                            "-pie", "-z", "relro", "-dynamic-linker", tc.dynamic_linker,
                            "-o", out, tc.crt1, tc.crti, tc.crtbegin, obj, runtime};
    int n = 17;
    if (needs_libm(obj)) {
        argv[n++] = "--as-needed";
        argv[n++] = tc.libm;
        argv[n++] = "--no-as-needed";
    }
    const char *tail[] = {tc.libgcc, tc.libc, tc.libc_nonshared, tc.libgcc, tc.crtend, tc.crtn};
    for (size_t i = 0; i < sizeof tail / sizeof tail[0]; i++)
        argv[n++] = tail[i];
    argv[n] = NULL;
    return run((char **)argv, true) == 0;
}

/* ---- the cc fallback ------------------------------------------------------------------ */

static bool link_cc(const char *obj, const char *runtime, const char *out) {
    const char *cc = getenv("CC");
    if (!cc || !*cc || strchr(cc, ' '))
        cc = "cc";
    const char *argv[] = {cc, "-o", out, obj, runtime, "-lm", NULL};
    int status = run((char **)argv, false);
    if (status == 0)
        return true;
    if (status < 0) {
        Diag *d = diag_new_nospan(DIAG_ERROR, NULL, "linker `%s` not found", cc);
        diag_note(d, "%s", strerror(errno));
        diag_help(d, "owl links through the system C compiler; install one (e.g. gcc), "
                     "or set CC");
        diag_emit(d);
        return false;
    }
    Diag *d = diag_new_nospan(DIAG_ERROR, NULL, "linking with `%s` failed: exit status: %d", cc,
                              status);
    diag_note(d, "\"%s\" \"-o\" \"%s\" \"%s\" \"%s\" \"-lm\"", cc, out, obj, runtime);
    diag_emit(d);
    return false;
}

bool link_executable(const char *obj_path, const char *runtime_lib, const char *out_path) {
    const char *how = getenv("OWL_LINKER");
    if (!(how && !strcmp(how, "cc")) && link_direct(obj_path, runtime_lib, out_path))
        return true;
    return link_cc(obj_path, runtime_lib, out_path);
}
