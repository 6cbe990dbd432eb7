/* codegen.h: MIR to machine code through LLVM-C.
 *
 * The only part of owl that includes llvm-c/ (codegen.c, cg_const.c,
 * cg_builtin.c, cg_debug.c; their shared state is in cg_internal.h). Each
 * MIR body becomes one LLVM function whose locals live in a single frame
 * object laid out by layout_frame() (debug builds; with -O each local gets
 * its own alloca so that LLVM can promote them to registers); every user
 * function takes pointers (return slot first, then one pointer per
 * argument) and copies arguments into its own frame. Debug builds keep
 * rustc's overflow checks; -O runs the new pass manager's default<O2>; -g
 * adds DWARF. Emits an object file (PIC), LLVM IR or assembly; builds
 * unchanged against LLVM 14 and 19.
 */
#ifndef OWL_CODEGEN_H
#define OWL_CODEGEN_H

#include "mir.h"

typedef struct CgOptions {
    bool optimize;          /* -O */
    bool debug_info;        /* -g */
    const char *obj_path;   /* write an object file here, or NULL */
    const char *ir_path;    /* write textual LLVM IR here ("-" = stdout), or NULL */
    const char *asm_path;   /* write assembly here, or NULL */
    const SourceFile *file;
    bool trace;             /* --trace: calls into the runtime's memory trace */
    bool trace_json;        /* --trace-format=json */
    const char *trace_path; /* --trace=FILE, or NULL for stderr */
} CgOptions;

/* Returns false after reporting an error (e.g. an unwritable output). */
bool cg_emit(MirProgram *p, const CgOptions *opts);

/* A string literal as the last cg_emit() emitted it, for the layout report:
 * its bytes, its private symbol ("owl.str.N"; ".Lowl.str.N" in the object
 * when it is kept in the symbol table at all) and its alignment. */
typedef struct CgLiteral {
    const char *bytes;    /* arena copy */
    uint32_t len;
    const char *symbol;
    uint64_t align;
} CgLiteral;

/* The literals of the last cg_emit(), in creation order; valid until the
 * compiler arena is freed. */
int cg_literals(const CgLiteral **out);

/* Where the optimiser left a local in the last cg_emit() with -O (read from
 * the optimised IR: see cg_homes.c); CG_HOME_UNKNOWN for debug builds. */
typedef enum CgHome {
    CG_HOME_UNKNOWN,
    CG_HOME_STACK,      /* still in a stack slot of its own (its address is used) */
    CG_HOME_SPLIT,      /* broken into parts; some are still on the stack */
    CG_HOME_REGISTERS,  /* no stack slot left: in registers, or optimised away */
    CG_HOME_INLINED,    /* the function was inlined into every caller */
} CgHome;
CgHome cg_local_home(const MirBody *body, LocalId local);

#endif
