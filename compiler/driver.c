/* driver.c: the command line and the pipeline.
 *
 * The only place that knows the order of the phases (compile() below, one
 * phase per line, stopping between phases when errors were reported). It
 * parses arguments, runs the phases, writes the requested outputs, links,
 * and for `owl run` executes the program and returns its status.
 *
 * Exit statuses: 0 ok; 1 the program has errors; 2 bad usage or I/O error;
 * 70 internal compiler error (see ICE); `owl run` returns the program's own
 * status (101 after a panic), or 128+N when the program is killed by signal N.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "borrowck.h"
#include "check.h"
#include "codegen.h"
#include "diag.h"
#include "layout.h"
#include "limits.h"
#include "link.h"
#include "mir_build.h"
#include "parse.h"
#include "report.h"
#include "typeck.h"

#ifndef OWL_VERSION
#define OWL_VERSION "0.0.0"
#endif
#ifndef OWL_LLVM_VERSION
#define OWL_LLVM_VERSION "unknown"
#endif

typedef enum Command { CMD_BUILD, CMD_RUN, CMD_CHECK, CMD_LAYOUT, CMD_EXPLAIN } Command;

/* What --emit asked for. */
enum { EMIT_EXE = 1, EMIT_OBJ = 2, EMIT_IR = 4, EMIT_ASM = 8, EMIT_LAYOUT = 16,
       EMIT_LAYOUT_JSON = 32 };

typedef struct Options {
    Command command;
    const char *input;
    const char *output;       /* -o */
    bool optimize;            /* -O */
    bool debug_info;          /* -g */
    unsigned emit;            /* EMIT_* bits */
    bool dump_tokens, dump_ast, dump_mir;
    ReportFormat report_format; /* owl layout --format= */
    DiagFormat error_format;
    DiagColor color;
    bool trace;               /* --trace[=FILE] */
    const char *trace_path;   /* --trace=FILE; NULL: stderr */
    bool trace_json;          /* --trace-format=json */
    bool trace_format_given;
    char **program_args;      /* owl run FILE -- args */
    int program_argc;
    const char *argv0;
} Options;

static const char usage_text[] =
    "Usage: owl <command> [options]\n"
    "\n"
    "Commands:\n"
    "  build FILE.rs [-o OUT] [-O] [-g] [--emit=exe,obj,llvm-ir,asm,layout,layout-json]\n"
    "                [--trace[=FILE]] [--trace-format=text|json]\n"
    "                                  compile to an executable (default FILE)\n"
    "  run FILE.rs [-O] [--trace[=FILE]] [--trace-format=text|json] [-- ARGS]\n"
    "                                  compile to a temporary file and run it\n"
    "  check FILE.rs                   front end and ownership check only\n"
    "  layout FILE.rs [-O] [-o OUT] [--format=text|markdown|json]\n"
    "                                  the memory layout listing\n"
    "  explain EXXXX                   the long explanation of an error code\n"
    "\n"
    "Options:\n"
    "  -o OUT                 output path (- for stdout with one textual --emit)\n"
    "  -O                     optimise (wrapping arithmetic, as rustc -O)\n"
    "  -g                     emit debug information\n"
    "  --emit=LIST            exe, obj, llvm-ir, asm, layout (FILE.layout.txt),\n"
    "                         layout-json (FILE.layout.json); comma-separated\n"
    "  --format=FMT           owl layout: text (default), markdown or json\n"
    "  --trace[=FILE]         build/run: the program prints its memory (frames,\n"
    "                         heap blocks, real addresses) after each statement\n"
    "                         that changes it, to stderr or FILE (docs/trace.md);\n"
    "                         not with -O\n"
    "  --trace-format=FMT     text (default) or json (one object per line)\n"
    "  --dump-tokens          print the tokens and stop\n"
    "  --dump-ast             print the typed syntax tree\n"
    "  --dump-mir             print the MIR after drop elaboration\n"
    "  --error-format=FMT     human (default), json or short\n"
    "  --color=WHEN           auto (default), always or never\n"
    "  --no-memory-notes      leave out the note on where the bytes of a value\n"
    "                         live that follows each ownership error\n"
    "  --version              print the version\n"
    "  --help                 print this help\n"
    "\n"
    "Exit status: 0 ok; 1 the program has errors; 2 bad usage or I/O error;\n"
    "owl run returns the program's own status (101 after a panic).\n";

static _Noreturn void usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\nRun `owl --help` for usage.\n");
    exit(2);
}

static bool parse_emit(const char *list, unsigned *emit) {
    char *copy = arena_strdup(compiler_arena, list);
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        if (!strcmp(tok, "exe") || !strcmp(tok, "link"))
            *emit |= EMIT_EXE;
        else if (!strcmp(tok, "obj"))
            *emit |= EMIT_OBJ;
        else if (!strcmp(tok, "llvm-ir"))
            *emit |= EMIT_IR;
        else if (!strcmp(tok, "asm"))
            *emit |= EMIT_ASM;
        else if (!strcmp(tok, "layout"))
            *emit |= EMIT_LAYOUT;
        else if (!strcmp(tok, "layout-json"))
            *emit |= EMIT_LAYOUT_JSON;
        else
            return false;
    }
    return true;
}

static Command parse_command(const char *word) {
    static const struct { const char *name; Command cmd; } commands[] = {
        {"build", CMD_BUILD}, {"run", CMD_RUN}, {"check", CMD_CHECK},
        {"layout", CMD_LAYOUT}, {"explain", CMD_EXPLAIN},
    };
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(word, commands[i].name))
            return commands[i].cmd;
    usage_error("unknown command `%s`", word);
}

/* --trace instruments the debug build's frame objects (docs/trace.md): an
 * optimised build keeps no such frame, so -O is refused, not ignored. */
static void check_trace_options(const Options *o, const char *command) {
    if (o->trace_format_given && !o->trace)
        usage_error("%s needs --trace", "--trace-format");
    if (!o->trace)
        return;
    if (o->command != CMD_BUILD && o->command != CMD_RUN)
        usage_error("--trace is an option of `owl build` and `owl run`, not `owl %s`", command);
    if (o->optimize)
        usage_error("%s", "--trace needs a debug build: it shows each function's frame as the "
                          "debug build lays it out, which -O does not keep; drop -O");
}

static void parse_args(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    o->argv0 = argv[0];
    if (argc < 2) {
        fputs(usage_text, stderr);
        exit(2);
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage_text, stdout);
        exit(0);
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
        printf("owl %s (LLVM %s)\n", OWL_VERSION, OWL_LLVM_VERSION);
        exit(0);
    }
    o->command = parse_command(argv[1]);
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            o->program_args = argv + i + 1;
            o->program_argc = argc - i - 1;
            break;
        } else if (!strcmp(a, "-o")) {
            if (++i >= argc)
                usage_error("%s needs a path", "-o");
            o->output = argv[i];
        } else if (!strcmp(a, "-O")) {
            o->optimize = true;
        } else if (!strcmp(a, "-g")) {
            o->debug_info = true;
        } else if (!strncmp(a, "--emit=", 7)) {
            if (!parse_emit(a + 7, &o->emit))
                usage_error("unknown --emit kind in `%s`", a);
        } else if (!strncmp(a, "--format=", 9)) {
            if (!report_parse_format(a + 9, &o->report_format))
                usage_error("unknown --format `%s` (text, markdown or json)", a + 9);
        } else if (!strcmp(a, "--trace") || !strncmp(a, "--trace=", 8)) {
            o->trace = true;
            o->trace_path = a[7] == '=' ? a + 8 : NULL;
            if (o->trace_path && !*o->trace_path)
                usage_error("%s needs a file name", "--trace=");
        } else if (!strncmp(a, "--trace-format=", 15)) {
            o->trace_format_given = true;
            if (!strcmp(a + 15, "json"))
                o->trace_json = true;
            else if (strcmp(a + 15, "text"))
                usage_error("unknown --trace-format `%s` (text or json)", a + 15);
        } else if (!strcmp(a, "--dump-tokens")) {
            o->dump_tokens = true;
        } else if (!strcmp(a, "--dump-ast")) {
            o->dump_ast = true;
        } else if (!strcmp(a, "--dump-mir")) {
            o->dump_mir = true;
        } else if (!strcmp(a, "--no-memory-notes")) {
            bck_set_memory_notes(false);
        } else if (!strncmp(a, "--error-format=", 15)) {
            const char *f = a + 15;
            if (!strcmp(f, "human"))
                o->error_format = DIAG_HUMAN;
            else if (!strcmp(f, "json"))
                o->error_format = DIAG_JSON;
            else if (!strcmp(f, "short"))
                o->error_format = DIAG_SHORT;
            else
                usage_error("unknown error format `%s`", f);
        } else if (!strncmp(a, "--color=", 8)) {
            const char *c = a + 8;
            if (!strcmp(c, "auto"))
                o->color = COLOR_AUTO;
            else if (!strcmp(c, "always"))
                o->color = COLOR_ALWAYS;
            else if (!strcmp(c, "never"))
                o->color = COLOR_NEVER;
            else
                usage_error("unknown --color value `%s`", c);
        } else if (a[0] == '-' && a[1] != '\0') {
            usage_error("unknown option `%s`", a);
        } else if (!o->input) {
            o->input = a;
        } else {
            usage_error("unexpected argument `%s`", a);
        }
    }
    if (!o->input)
        usage_error("%s: no input file given", argv[1]);
    check_trace_options(o, argv[1]);
    if (!o->emit)
        o->emit = EMIT_EXE;
}

/* The default output name: the input's file stem, in the current directory,
 * with an extension for non-executable outputs (as rustc does). */
static const char *default_output(const char *input, const char *ext) {
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    size_t len = strlen(base);
    if (len > 3 && !strcmp(base + len - 3, ".rs"))
        len -= 3;
    return arena_printf(compiler_arena, "%.*s%s", (int)len, base, ext);
}

/* Where each requested output goes. -o names the output when exactly one
 * kind is requested; otherwise each output gets its default name. */
static const char *output_for(const Options *o, unsigned kind, const char *ext) {
    unsigned kinds = o->emit & (EMIT_EXE | EMIT_OBJ | EMIT_IR | EMIT_ASM);
    bool single = (kinds & (kinds - 1)) == 0;
    if (o->output && single)
        return o->output;
    (void)kind;
    return default_output(o->input, ext);
}

static char *make_temp_dir(void) {
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    char *dir = arena_printf(compiler_arena, "%s/owl-XXXXXX", tmp);
    if (!mkdtemp(dir)) {
        fprintf(stderr, "error: cannot create a temporary directory in %s: %s\n", tmp,
                strerror(errno));
        exit(2);
    }
    return dir;
}

static void remove_temp(const char *dir, const char *obj, const char *exe) {
    if (obj)
        unlink(obj);
    if (exe)
        unlink(exe);
    if (dir)
        rmdir(dir);
}

/* Front end through MIR; returns NULL after errors. */
static MirProgram *compile_to_mir(const Options *o, SourceFile *file) {
    if (o->dump_tokens) {
        CharVec out = {0};
        lex_dump(file, &out);
        fwrite(out.data, 1, (size_t)out.len, stdout);
        return NULL;
    }
    Crate *crate = parse_crate(file);
    if (diag_error_count() || !limits_check_crate(crate))
        return NULL;
    /* late lints wait for the ownership check (check_program) */
    typeck_defer_lints = true;
    bool typed = typeck_crate(crate);
    if (o->dump_ast) {
        CharVec out = {0};
        ast_dump(crate, &out);
        fwrite(out.data, 1, (size_t)out.len, stdout);
    }
    if (!typed || diag_error_count()) {
        typeck_warn_unused(crate);
        return NULL;
    }
    MirProgram *mir = mir_build(crate, !o->optimize);
    if (diag_error_count())
        return NULL;
    mir_verify(mir);
    if (!check_program(mir, !o->optimize))
        return NULL;
    mir_verify(mir);
    layout_program(mir);
    if (o->dump_mir) {
        CharVec out = {0};
        mir_dump(mir, &out);
        fwrite(out.data, 1, (size_t)out.len, stdout);
    }
    return mir;
}

/* Runs an executable, passing our stdio; returns its status as a shell would. */
static int run_program(const char *exe, const Options *o) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "error: cannot start `%s`: %s\n", exe, strerror(errno));
        return 2;
    }
    if (pid == 0) {
        char **argv = xmalloc(sizeof(char *) * (size_t)(o->program_argc + 2));
        argv[0] = (char *)o->input;
        for (int i = 0; i < o->program_argc; i++)
            argv[i + 1] = o->program_args[i];
        argv[o->program_argc + 1] = NULL;
        execv(exe, argv);
        fprintf(stderr, "error: cannot run `%s`: %s\n", exe, strerror(errno));
        _exit(2);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return 2;
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 2;
}

/* owl layout: stdout (or -o); --emit=layout / layout-json: beside the
 * executable, or at -o when it is the only output asked for. */
static const char *layout_path(const Options *o, const char *exe, unsigned kind) {
    if (o->command == CMD_LAYOUT)
        return o->output ? o->output : "-";
    const char *ext = kind == EMIT_LAYOUT ? ".layout.txt" : ".layout.json";
    unsigned others = o->emit & (EMIT_EXE | EMIT_OBJ | EMIT_IR | EMIT_ASM);
    unsigned layouts = o->emit & (EMIT_LAYOUT | EMIT_LAYOUT_JSON);
    if (o->output && !others && (layouts & (layouts - 1)) == 0)
        return o->output;
    if (exe)
        return arena_printf(compiler_arena, "%s%s", exe, ext);
    return default_output(o->input, ext);
}

static bool write_layout(const Report *r, ReportFormat format, bool color, const char *path) {
    CharVec out = {0};
    report_render(r, format, color, &out);
    bool to_stdout = !strcmp(path, "-");
    FILE *f = to_stdout ? stdout : fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "error: cannot write `%s`: %s\n", path, strerror(errno));
        return false;
    }
    bool ok = fwrite(out.data, 1, (size_t)out.len, f) == (size_t)out.len;
    ok &= to_stdout ? fflush(f) == 0 : fclose(f) == 0;
    if (!ok)
        fprintf(stderr, "error: cannot write `%s`\n", path);
    return ok;
}

static bool write_layouts(const Options *o, MirProgram *mir, SourceFile *file, const char *obj,
                          const char *exe) {
    Report *r = report_build(mir, file, obj, o->optimize);
    if (!r) {
        diag_finish();
        return false;
    }
    if (o->command == CMD_LAYOUT) {
        const char *path = layout_path(o, exe, EMIT_LAYOUT);
        bool color = o->color == COLOR_ALWAYS ||
                     (o->color == COLOR_AUTO && !strcmp(path, "-") && isatty(STDOUT_FILENO));
        return write_layout(r, o->report_format, color && o->report_format == REPORT_TEXT, path);
    }
    if ((o->emit & EMIT_LAYOUT) &&
        !write_layout(r, REPORT_TEXT, false, layout_path(o, exe, EMIT_LAYOUT)))
        return false;
    if ((o->emit & EMIT_LAYOUT_JSON) &&
        !write_layout(r, REPORT_JSON, false, layout_path(o, exe, EMIT_LAYOUT_JSON)))
        return false;
    return true;
}

static int compile(const Options *o) {
    bool io_error = false;
    diag_init(NULL, o->error_format, o->color);
    SourceFile *file = src_load(o->input, &io_error);
    if (!file) {
        diag_finish();
        return io_error ? 2 : 1;
    }
    diag_init(file, o->error_format, o->color);

    MirProgram *mir = compile_to_mir(o, file);
    /* rustc finds a value too big for the target when it generates code */
    if (mir && !diag_error_count() && o->command != CMD_CHECK && !o->dump_ast && !o->dump_mir)
        check_sizes(mir);
    if (diag_error_count()) {
        diag_finish();
        return 1;
    }
    diag_finish(); /* "warning: N warnings emitted", if any */
    /* The dump flags are for looking inside the compiler: they stop there. */
    if (!mir || o->command == CMD_CHECK || o->dump_ast || o->dump_mir)
        return 0;

    CgOptions cg = {.optimize = o->optimize, .debug_info = o->debug_info, .file = file,
                    .trace = o->trace, .trace_json = o->trace_json,
                    .trace_path = o->trace_path};
    char *tmpdir = NULL;
    const char *obj = NULL, *exe = NULL;
    bool want_exe = o->command == CMD_RUN || (o->command == CMD_BUILD && (o->emit & EMIT_EXE));
    bool want_layout = o->command == CMD_LAYOUT || (o->emit & (EMIT_LAYOUT | EMIT_LAYOUT_JSON));
    if (o->emit & EMIT_IR)
        cg.ir_path = output_for(o, EMIT_IR, ".ll");
    if (o->emit & EMIT_ASM)
        cg.asm_path = output_for(o, EMIT_ASM, ".s");
    if (o->emit & EMIT_OBJ)
        obj = output_for(o, EMIT_OBJ, ".o");
    if (want_exe || (want_layout && !obj)) {
        tmpdir = make_temp_dir();
        if (!obj)
            obj = arena_printf(compiler_arena, "%s/main.o", tmpdir);
    }
    if (want_exe)
        exe = o->command == CMD_RUN ? arena_printf(compiler_arena, "%s/main", tmpdir)
                                    : output_for(o, EMIT_EXE, "");
    cg.obj_path = obj;
    if (!cg_emit(mir, &cg)) {
        remove_temp(tmpdir, (o->emit & EMIT_OBJ) ? NULL : obj, NULL);
        diag_finish();
        return 2; /* codegen fails only when it cannot write an output */
    }
    /* The layout report reads the object just written (its code sizes and
     * sections), so it comes after codegen and needs no link. */
    if (want_layout && !write_layouts(o, mir, file, obj, exe)) {
        remove_temp(tmpdir, (o->emit & EMIT_OBJ) ? NULL : obj, NULL);
        return 2;
    }
    int status = 0;
    if (want_exe) {
        const char *rt = o->trace ? link_find_trace_runtime(o->argv0)
                                  : link_find_runtime(o->argv0);
        if (!rt || !link_executable(obj, rt, exe)) {
            remove_temp(tmpdir, (o->emit & EMIT_OBJ) ? NULL : obj, NULL);
            return 2;
        }
        if (o->command == CMD_RUN)
            status = run_program(exe, o);
    }
    remove_temp(tmpdir, (o->emit & EMIT_OBJ) ? NULL : obj,
                o->command == CMD_RUN ? exe : NULL);
    return status;
}

/* `owl explain E0382`: prints docs/errors/E0382.md. */
static int explain(const Options *o) {
    const char *code = o->input;
    bool ok = strlen(code) == 5 && code[0] == 'E';
    for (int i = 1; ok && i < 5; i++)
        ok = code[i] >= '0' && code[i] <= '9';
    if (!ok) {
        fprintf(stderr, "error: `%s` is not an error code (expected something like E0382)\n",
                code);
        return 2;
    }
    const char *dirs[] = {OWL_SOURCE_DIR "/docs/errors", "docs/errors"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        char *path = arena_printf(compiler_arena, "%s/%s.md", dirs[i], code);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0)
            fwrite(buf, 1, n, stdout);
        fclose(f);
        return 0;
    }
    fprintf(stderr, "error: no extended information for %s\n", code);
    return 1;
}

static int owl_main(int argc, char **argv) {
    compiler_arena = arena_new();
    types_init();
    Options o;
    parse_args(argc, argv, &o);
    int status;
    switch (o.command) {
    case CMD_EXPLAIN:
        status = explain(&o);
        break;
    default:
        status = compile(&o);
        break;
    }
    fflush(stdout);
    intern_reset();
    arena_free(compiler_arena);
#ifdef OWL_QUICK_EXIT
    /* All exit() would still do is run LLVM's static destructors (thousands
     * of command-line option objects): ~0.2 ms of every small compile.
     * Sanitizer builds return normally, so that leak checking runs. */
    fflush(stderr);
    _exit(status);
#endif
    return status;
}

/* Every phase recurses once or more per level of nesting, and limits.h lets
 * programs through up to LIMIT_AST_DEPTH levels. How much stack that takes
 * depends on the build (AddressSanitizer's frames are several times larger:
 * 2,000 levels of `+` need more than 8 MiB there), and the process's own
 * stack depends on `ulimit -s`. So the compiler runs on a thread whose stack
 * is large enough in every build: the memory is only reserved, and pages are
 * touched only as deep as the program goes. */
enum { COMPILER_STACK_BYTES = 64 << 20 };

typedef struct MainCall {
    int argc;
    char **argv;
    int status;
} MainCall;

static void *compiler_thread(void *arg) {
    MainCall *call = arg;
    call->status = owl_main(call->argc, call->argv);
    return NULL;
}

int main(int argc, char **argv) {
    MainCall call = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) != 0)
        return owl_main(argc, argv);
    bool started = pthread_attr_setstacksize(&attr, COMPILER_STACK_BYTES) == 0 &&
                   pthread_create(&thread, &attr, compiler_thread, &call) == 0;
    pthread_attr_destroy(&attr);
    if (!started) /* no room for the thread: the process's own stack */
        return owl_main(argc, argv);
    pthread_join(thread, NULL);
    return call.status;
}
