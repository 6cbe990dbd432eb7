/* cg_debug.c: DWARF debug information for `owl build -g`.
 *
 * A compile unit (language Rust), a subprogram per MIR body, a line/column
 * location on every statement and terminator, and a variable for every
 * named local pointing at its slot in the frame object, with types that
 * match layout_of(): so gdb shows `x`, `s.len` or `t.__1` at the addresses
 * the layout report prints. Column numbers are character columns, as
 * rustc's diagnostics count them.
 *
 * The only LLVM 14/19 difference is how a variable's declaration is
 * inserted (intrinsic call vs debug record); see cg_debug_fn.
 */
#include "cg_internal.h"

#include <llvm-c/DebugInfo.h>
#include <llvm/Config/llvm-config.h>
#include <string.h>

typedef struct CgDebug {
    LLVMDIBuilderRef di;
    LLVMMetadataRef file, cu;
    LLVMMetadataRef scope; /* the current subprogram, or NULL */
    CgMap types;           /* Type * -> LLVMMetadataRef */
} CgDebug;

static CgDebug dbg;

void cg_debug_init(Cg *cg) {
    memset(&dbg, 0, sizeof dbg);
    if (!cg->opts->debug_info)
        return;
    const char *path = cg->file ? cg->file->path : "main.rs";
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    const char *dir = slash ? arena_strndup(compiler_arena, path, (size_t)(slash - path)) : ".";
    dbg.di = LLVMCreateDIBuilder(cg->mod);
    dbg.file = LLVMDIBuilderCreateFile(dbg.di, name, strlen(name), dir, strlen(dir));
    const char *producer = "owl";
    dbg.cu = LLVMDIBuilderCreateCompileUnit(dbg.di, LLVMDWARFSourceLanguageRust, dbg.file,
                                            producer, strlen(producer), cg->opts->optimize, "", 0,
                                            0, "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
    LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                      LLVMValueAsMetadata(LLVMConstInt(cg->t_i32, LLVMDebugMetadataVersion(), 0)));
    LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                      LLVMValueAsMetadata(LLVMConstInt(cg->t_i32, 4, 0)));
}

void cg_debug_finish(Cg *cg) {
    (void)cg;
    if (!dbg.di)
        return;
    LLVMDIBuilderFinalize(dbg.di);
    LLVMDisposeDIBuilder(dbg.di);
    dbg.di = NULL;
}

/* ---- types ------------------------------------------------------------------------- */

enum { DW_ATE_boolean = 0x02, DW_ATE_float = 0x04, DW_ATE_signed = 0x05,
       DW_ATE_unsigned = 0x08, DW_ATE_UTF = 0x10 };

static LLVMMetadataRef basic(const char *name, uint64_t bytes, unsigned enc) {
    return LLVMDIBuilderCreateBasicType(dbg.di, name, strlen(name), bytes * 8, enc, LLVMDIFlagZero);
}

static LLVMMetadataRef member(const char *name, uint64_t off, LLVMMetadataRef ty, uint64_t size,
                              uint64_t align) {
    return LLVMDIBuilderCreateMemberType(dbg.di, dbg.file, name, strlen(name), dbg.file, 0,
                                         size * 8, (uint32_t)align * 8, off * 8, LLVMDIFlagZero, ty);
}

static LLVMMetadataRef structure(const char *name, uint64_t size, uint64_t align,
                                 LLVMMetadataRef *members, unsigned n) {
    return LLVMDIBuilderCreateStructType(dbg.di, dbg.file, name, strlen(name), dbg.file, 0, size * 8,
                                         (uint32_t)align * 8, LLVMDIFlagZero, NULL, members, n, 0,
                                         NULL, name, strlen(name));
}

static LLVMMetadataRef di_type(Type *t) {
    t = ty_resolve(t);
    LLVMMetadataRef m = cg_map_get(&dbg.types, &t, sizeof t);
    if (m)
        return m;
    const char *name = ty_to_string(t);
    const Layout *l = t->kind == TY_STR ? NULL : layout_of(t);
    LLVMMetadataRef usize = basic("usize", 8, DW_ATE_unsigned);
    switch (t->kind) {
    case TY_BOOL: m = basic("bool", 1, DW_ATE_boolean); break;
    case TY_CHAR: m = basic("char", 4, DW_ATE_UTF); break;
    case TY_INT:
        m = basic(name, l->size, int_kind_signed(t->as.int_kind) ? DW_ATE_signed : DW_ATE_unsigned);
        break;
    case TY_FLOAT: m = basic(name, l->size, DW_ATE_float); break;
    case TY_STR: m = basic("u8", 1, DW_ATE_unsigned); break;
    case TY_REF:
    case TY_PTR:
    case TY_BOX: {
        Type *inner = ty_resolve(t->kind == TY_BOX ? t->as.slice.elem : t->as.ref.inner);
        LLVMMetadataRef pointee = di_type(inner);
        LLVMMetadataRef ptr = LLVMDIBuilderCreatePointerType(dbg.di, pointee, 64, 64, 0, name,
                                                             strlen(name));
        if (l->size == 16) { /* &str: {data_ptr, length} as rustc describes it */
            LLVMMetadataRef ms[2] = {member("data_ptr", 0, ptr, 8, 8),
                                     member("length", 8, usize, 8, 8)};
            m = structure(name, 16, 8, ms, 2);
        } else {
            m = ptr;
        }
        break;
    }
    case TY_STRING:
    case TY_VEC: {
        LLVMMetadataRef u8p = LLVMDIBuilderCreatePointerType(
            dbg.di, basic("u8", 1, DW_ATE_unsigned), 64, 64, 0, "*mut u8", 7);
        LLVMMetadataRef ms[3] = {member("cap", 0, usize, 8, 8), member("ptr", 8, u8p, 8, 8),
                                 member("len", 16, usize, 8, 8)};
        m = structure(name, 24, 8, ms, 3);
        break;
    }
    case TY_TUPLE: {
        int n = t->as.tuple.len;
        LLVMMetadataRef *ms = ALLOC_N(LLVMMetadataRef, n > 0 ? n : 1);
        for (int i = 0; i < n; i++) {
            const Layout *fl = layout_of(t->as.tuple.elems[i]);
            ms[i] = member(arena_printf(compiler_arena, "__%d", i), l->offsets[i],
                           di_type(t->as.tuple.elems[i]), fl->size, fl->align);
        }
        m = structure(name, l->size, l->align, ms, (unsigned)n);
        break;
    }
    case TY_ARRAY: {
        LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(dbg.di, 0, (int64_t)t->as.array.len);
        m = LLVMDIBuilderCreateArrayType(dbg.di, l->size * 8, (uint32_t)l->align * 8,
                                         di_type(t->as.array.elem), &sub, 1);
        break;
    }
    default:
        m = structure(name, l ? l->size : 0, l ? l->align : 1, NULL, 0);
        break;
    }
    cg_map_put(&dbg.types, &t, sizeof t, m);
    return m;
}

/* ---- functions and locations ------------------------------------------------------------ */

static LLVMMetadataRef location(Cg *cg, Span span) {
    LineCol lc = {0, 0};
    if (cg->file)
        lc = src_linecol(cg->file, span.lo);
    return LLVMDIBuilderCreateDebugLocation(cg->ctx, lc.line, lc.col, dbg.scope, NULL);
}

/* Starts the function of body: its subprogram and its named locals, whose
 * declarations go at the end of the entry block (before its branch). */
void cg_debug_fn(Cg *cg, MirBody *body, LLVMBasicBlockRef entry) {
    dbg.scope = NULL;
    if (!dbg.di)
        return;
    unsigned line = cg->file ? src_linecol(cg->file, body->span.lo).line : 0;
    const char *name = body->name ? sym_str(body->name) : body->symbol;
    LLVMMetadataRef fty = LLVMDIBuilderCreateSubroutineType(dbg.di, dbg.file, NULL, 0, LLVMDIFlagZero);
    dbg.scope = LLVMDIBuilderCreateFunction(dbg.di, dbg.file, name, strlen(name), body->symbol,
                                            strlen(body->symbol), dbg.file, line, fty, 1, 1, line,
                                            LLVMDIFlagZero, cg->opts->optimize);
    LLVMSetSubprogram(cg->fn, dbg.scope);
    LLVMMetadataRef expr = LLVMDIBuilderCreateExpression(dbg.di, NULL, 0);
    for (int i = 1; i < body->locals.len; i++) {
        MirLocal *loc = &body->locals.data[i];
        if (!loc->name || (loc->kind != LOCAL_VAR && loc->kind != LOCAL_ARG))
            continue;
        const char *vn = sym_str(loc->name);
        unsigned vline = cg->file ? src_linecol(cg->file, loc->span.lo).line : 0;
        LLVMMetadataRef var =
            loc->kind == LOCAL_ARG
                ? LLVMDIBuilderCreateParameterVariable(dbg.di, dbg.scope, vn, strlen(vn),
                                                       (unsigned)i, dbg.file, vline,
                                                       di_type(loc->ty), 1, LLVMDIFlagZero)
                : LLVMDIBuilderCreateAutoVariable(dbg.di, dbg.scope, vn, strlen(vn), dbg.file,
                                                  vline, di_type(loc->ty), 1, LLVMDIFlagZero,
                                                  (uint32_t)layout_of(loc->ty)->align * 8);
        LLVMMetadataRef dl = location(cg, loc->span);
#if LLVM_VERSION_MAJOR >= 19
        LLVMDIBuilderInsertDeclareRecordAtEnd(dbg.di, cg->local_addr[i], var, expr, dl, entry);
#else
        LLVMDIBuilderInsertDeclareAtEnd(dbg.di, cg->local_addr[i], var, expr, dl, entry);
#endif
    }
}

/* Every instruction built from now on carries span's line and column. */
void cg_debug_loc(Cg *cg, Span span) {
    if (!dbg.scope)
        return;
    LLVMSetCurrentDebugLocation2(cg->b, location(cg, span));
}

void cg_debug_clear(Cg *cg) {
    dbg.scope = NULL;
    LLVMSetCurrentDebugLocation2(cg->b, NULL);
}
