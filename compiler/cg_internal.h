/* cg_internal.h: what the code generator's files share (codegen.c for
 * functions, statements and terminators; cg_const.c for constant data:
 * string literals, statics, type descriptors, format specs, locations and
 * runtime declarations; cg_builtin.c for the builtin functions and macros;
 * cg_debug.c for DWARF debug information; cg_trace.c for --trace).
 * Private to those files: only they include llvm-c/.
 *
 * Pointer discipline: every pointer value is `i8*` (LLVMPointerType(i8, 0)),
 * which is `ptr` from LLVM 15 on. Memory is addressed as bytes plus layout
 * offsets; a load or store casts its `i8*` to the accessed type's pointer
 * right before the access (a no-op with opaque pointers), so the IR reads as
 * if pointers were opaque and builds unchanged against LLVM 14 and 19.
 */
#ifndef OWL_CG_INTERNAL_H
#define OWL_CG_INTERNAL_H

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

#include "codegen.h"
#include "layout.h"

/* ---- a small hash map from byte strings to pointers ------------------------ */

typedef struct CgMapSlot {
    const void *key;  /* arena copy of the key bytes; NULL = empty slot */
    size_t len;
    uint32_t hash;
    void *value;
} CgMapSlot;

typedef struct CgMap {
    CgMapSlot *slots;
    uint32_t cap, count;
} CgMap;

void *cg_map_get(CgMap *m, const void *key, size_t len);
void cg_map_put(CgMap *m, const void *key, size_t len, void *value);

/* ---- runtime functions (runtime/owl_rt.h) ------------------------------------
 * Signature letters: v void, i i32, z i64 (size_t / uint64_t), p i8*,
 * P i8** (argv). The first letter is the result. */
#define CG_RUNTIME(X)                                          \
    X(RT_INIT, "owl_rt_init", "viP", false)                    \
    X(RT_EXIT, "owl_rt_exit", "i", false)                      \
    X(RT_STRING_WITH_CAPACITY, "owl_string_with_capacity", "vpz", false) \
    X(RT_STRING_FROM, "owl_string_from", "vppz", false)        \
    X(RT_STRING_PUSH_STR, "owl_string_push_str", "vppz", false) \
    X(RT_STRING_PUSH, "owl_string_push", "vpi", false)         \
    X(RT_STRING_CLONE, "owl_string_clone", "vpp", false)       \
    X(RT_STRING_DROP, "owl_string_drop", "vp", false)          \
    X(RT_STR_EQ, "owl_str_eq", "ipzpz", false)                 \
    X(RT_STR_CMP, "owl_str_cmp", "ipzpz", false)               \
    X(RT_FMT_INIT, "owl_fmt_init", "vpz", false)               \
    X(RT_FMT_LIT, "owl_fmt_lit", "vppz", false)                \
    X(RT_FMT_ARG, "owl_fmt_arg", "vpppp", false)               \
    X(RT_FMT_PRINT, "owl_fmt_print", "vpi", false)             \
    X(RT_FMT_INTO_STRING, "owl_fmt_into_string", "vpp", false) \
    X(RT_PANIC_STR, "owl_panic_str", "vpzp", true)             \
    X(RT_PANIC_FMT, "owl_panic_fmt", "vpp", true)              \
    X(RT_PANIC_BOUNDS, "owl_panic_bounds", "vzzp", true)       \
    X(RT_PANIC_ASSERT, "owl_panic_assert", "vippppp", true)   \
    X(RT_TRACE_INIT, "owl_trace_init", "vp", false)            \
    X(RT_TRACE_ENTER, "owl_trace_enter", "vpp", false)         \
    X(RT_TRACE_STEP, "owl_trace_step", "vpp", false)           \
    X(RT_TRACE_QUIET, "owl_trace_quiet", "vi", false)          \
    X(RT_TRACE_ADOPT, "owl_trace_adopt", "vp", false)

typedef enum CgRuntimeFn {
#define X(id, name, sig, noreturn) id,
    CG_RUNTIME(X)
#undef X
    RT_COUNT
} CgRuntimeFn;

/* ---- the code generator's state ----------------------------------------------- */

typedef struct CgFunc {
    LLVMValueRef fn;
    LLVMTypeRef ty;
} CgFunc;

typedef struct Cg {
    const CgOptions *opts;
    const SourceFile *file;
    MirProgram *prog;
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMTargetMachineRef tm;

    LLVMTypeRef t_void, t_i1, t_i8, t_i16, t_i32, t_i64, t_i128, t_f32, t_f64;
    LLVMTypeRef t_ptr;   /* i8*: the one pointer type */
    LLVMTypeRef t_td;    /* OwlTypeDesc */
    LLVMTypeRef t_spec;  /* OwlFmtSpec */
    LLVMTypeRef t_loc;   /* OwlLoc */

    /* the function being generated */
    MirBody *body;
    int body_index;            /* in prog->bodies: names its -O allocas */
    LLVMValueRef fn;
    LLVMValueRef frame;        /* the one frame object (i8*) */
    LLVMValueRef *local_addr;  /* i8* address of each local in the frame */
    LLVMBasicBlockRef *blocks; /* one per MIR block */
    LLVMBuilderRef ab;         /* inserts allocas at the end of the entry block */
    LLVMValueRef ret_param;    /* where the caller wants the result */
    LLVMValueRef fmt_buf;      /* OWL_FMT_SIZE bytes, made on first use */

    CgFunc runtime[RT_COUNT];
    CgMap fns;        /* Item * -> CgFunc * */
    CgMap statics;    /* Item * -> LLVMValueRef global */
    CgMap strs;       /* bytes -> LLVMValueRef (i8* constant) */
    CgMap tds;        /* Type * -> LLVMValueRef (i8* constant) */
    CgMap specs;      /* OwlFmtSpec bytes -> LLVMValueRef */
    CgMap locs;       /* (line, col) -> LLVMValueRef */
    CgMap intrinsics; /* name + types -> CgFunc * */
    int nstr, ntd, nspec, nloc, nconst;
    LLVMValueRef file_name; /* i8* to the NUL-terminated source path */
    struct CgTrace *trace;  /* --trace: cg_trace.c's state, else NULL */
} Cg;

/* ---- codegen.c: memory and values ---------------------------------------------- */

LLVMValueRef cg_gep(Cg *cg, LLVMValueRef base, uint64_t offset);
LLVMValueRef cg_load(Cg *cg, LLVMTypeRef ty, LLVMValueRef addr, uint64_t align);
void cg_store(Cg *cg, LLVMValueRef v, LLVMValueRef addr, uint64_t align);
void cg_memcpy(Cg *cg, LLVMValueRef dst, LLVMValueRef src, uint64_t size, uint64_t align);
LLVMValueRef cg_scratch(Cg *cg, uint64_t size, uint64_t align);
LLVMValueRef cg_const_u64(Cg *cg, uint64_t v);

bool cg_is_scalar(Type *t);
LLVMTypeRef cg_mem_type(Cg *cg, Type *t);   /* scalars: their memory type */
LLVMValueRef cg_load_scalar(Cg *cg, Type *t, LLVMValueRef addr);
void cg_store_scalar(Cg *cg, Type *t, LLVMValueRef v, LLVMValueRef addr);

Type *cg_place_type(Cg *cg, Place p);
LLVMValueRef cg_place_addr(Cg *cg, Place p);
Type *cg_operand_type(Cg *cg, const Operand *op);
LLVMValueRef cg_operand(Cg *cg, const Operand *op);        /* scalar value */
LLVMValueRef cg_operand_addr(Cg *cg, const Operand *op);   /* any type */
void cg_operand_to(Cg *cg, const Operand *op, LLVMValueRef dst);
void cg_drop(Cg *cg, Type *t, LLVMValueRef addr);

LLVMValueRef cg_call_rt(Cg *cg, CgRuntimeFn f, LLVMValueRef *args, int nargs);
LLVMValueRef cg_call_intrinsic(Cg *cg, const char *name, LLVMTypeRef *types, int ntypes,
                               LLVMValueRef *args, int nargs);

/* ---- cg_const.c: constant data ---------------------------------------------------- */

void cg_const_init_module(Cg *cg);
LLVMValueRef cg_ptr_const(Cg *cg, LLVMValueRef global);   /* i8* to a global */
LLVMValueRef cg_str_ptr(Cg *cg, const char *bytes, size_t len); /* i8* constant */
LLVMValueRef cg_int_const(Cg *cg, LLVMTypeRef ty, u128 bits);
LLVMValueRef cg_scalar_const(Cg *cg, const ConstValue *c, Type *t);
void cg_const_store(Cg *cg, const ConstValue *c, Type *t, LLVMValueRef dst);
LLVMValueRef cg_type_desc(Cg *cg, Type *t);
LLVMValueRef cg_fmt_spec(Cg *cg, const FmtPiece *p);
LLVMValueRef cg_loc(Cg *cg, Span span);
void cg_declare_statics(Cg *cg);
void cg_define_statics(Cg *cg);
LLVMValueRef cg_static_addr(Cg *cg, Item *item);
CgFunc *cg_runtime_fn(Cg *cg, CgRuntimeFn f);

/* ---- cg_debug.c: -g (all no-ops without it) ---------------------------------------- */

void cg_debug_init(Cg *cg);
void cg_debug_fn(Cg *cg, MirBody *body, LLVMBasicBlockRef entry);
void cg_debug_loc(Cg *cg, Span span);
void cg_debug_clear(Cg *cg);
void cg_debug_finish(Cg *cg);

/* ---- cg_homes.c: -O, what became of each local's alloca ---------------------------- */

void cg_find_homes(Cg *cg);   /* after the optimiser */
void cg_forget_homes(void);   /* debug builds: nothing to say */

/* ---- cg_trace.c: --trace (all no-ops without it) ------------------------------------ */

typedef struct CgTrace CgTrace;
void cg_trace_main(Cg *cg);                     /* in C main, before owl_rt_init */
void cg_trace_enter(Cg *cg);                    /* once the arguments are in the frame */
void cg_trace_stmt(Cg *cg, const MirStmt *st);  /* after each statement */
/* Before (after == false) and after a terminator's own code, before its branch. */
void cg_trace_term(Cg *cg, const MirTerm *t, bool after);

/* ---- cg_builtin.c ------------------------------------------------------------------- */

/* Lowers a Call of a builtin; the caller branches to the target after. */
void cg_builtin_call(Cg *cg, const MirTerm *t);

#endif
