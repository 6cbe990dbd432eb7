/* cg_const.c: the constant data a program carries: string literals,
 * statics, the type descriptors and format specs the runtime's formatter
 * reads, panic locations, and declarations of the runtime's functions.
 *
 * Every piece is memoised so that each distinct literal, descriptor, spec
 * and location exists once ("owl.str.N", "owl.td.N", ...). Constants are
 * computed in C and emitted as LLVMConstInt/ConstReal/ConstString and packed
 * structs laid out by layout_of(), never with LLVM constant expressions
 * beyond pointer casts (most of those are gone in LLVM 17+).
 */
#include "cg_internal.h"

#include <string.h>

#include "owl_rt.h"

/* ---- basics ------------------------------------------------------------------------ */

/* The string literals emitted so far (see cg_literals below). */
static VEC(CgLiteral) emitted_literals;

LLVMValueRef cg_ptr_const(Cg *cg, LLVMValueRef global) {
    return LLVMConstPointerCast(global, cg->t_ptr);
}

static LLVMValueRef packed(Cg *cg, LLVMValueRef *vals, unsigned n) {
    return LLVMConstStructInContext(cg->ctx, vals, n, 1);
}

static LLVMValueRef private_const(Cg *cg, LLVMValueRef init, const char *name, uint64_t align) {
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(g, (unsigned)align);
    return g;
}

static LLVMValueRef zero_bytes(Cg *cg, uint64_t n) {
    return LLVMConstNull(LLVMArrayType(cg->t_i8, (unsigned)n));
}

LLVMValueRef cg_int_const(Cg *cg, LLVMTypeRef ty, u128 bits) {
    (void)cg;
    if (LLVMGetIntTypeWidth(ty) <= 64)
        return LLVMConstInt(ty, (unsigned long long)(uint64_t)bits, 0);
    uint64_t words[2] = {(uint64_t)bits, (uint64_t)(bits >> 64)};
    return LLVMConstIntOfArbitraryPrecision(ty, 2, words);
}

void cg_const_init_module(Cg *cg) {
    /* OwlTypeDesc: kind, size, count, stride, elem, fields, offsets, name, field_names */
    LLVMTypeRef td[9] = {cg->t_i64, cg->t_i64, cg->t_i64, cg->t_i64, cg->t_ptr,
                         cg->t_ptr, cg->t_ptr, cg->t_ptr, cg->t_ptr};
    cg->t_td = LLVMStructTypeInContext(cg->ctx, td, 9, 1);
    /* OwlFmtSpec: fill, align, flags, trait, reserved, width, precision */
    LLVMTypeRef spec[7] = {cg->t_i32, cg->t_i8, cg->t_i8, cg->t_i8, cg->t_i8, cg->t_i64, cg->t_i64};
    cg->t_spec = LLVMStructTypeInContext(cg->ctx, spec, 7, 1);
    /* OwlLoc: file, line, col */
    LLVMTypeRef loc[3] = {cg->t_ptr, cg->t_i32, cg->t_i32};
    cg->t_loc = LLVMStructTypeInContext(cg->ctx, loc, 3, 1);
    const char *path = cg->file ? cg->file->path : "main.rs";
    LLVMValueRef s = LLVMConstStringInContext(cg->ctx, path, (unsigned)strlen(path), 0);
    cg->file_name = cg_ptr_const(cg, private_const(cg, s, "owl.file", 1));
    memset(&emitted_literals, 0, sizeof emitted_literals);
}

/* ---- string literals ------------------------------------------------------------------
 * One private constant per distinct byte string. An empty str points at
 * address 1, Rust's dangling pointer for align 1 (`"".as_ptr()` is 0x1).
 * Each one is also recorded for the layout report (cg_literals), which
 * cannot recover the bytes-to-symbol mapping from the object: private
 * symbols in mergeable sections are not in its symbol table. */

int cg_literals(const CgLiteral **out) {
    *out = emitted_literals.data;
    return emitted_literals.len;
}

LLVMValueRef cg_str_ptr(Cg *cg, const char *bytes, size_t len) {
    if (len == 0)
        return LLVMConstIntToPtr(LLVMConstInt(cg->t_i64, 1, 0), cg->t_ptr);
    LLVMValueRef p = cg_map_get(&cg->strs, bytes, len);
    if (p)
        return p;
    char name[32];
    snprintf(name, sizeof name, "owl.str.%d", cg->nstr++);
    LLVMValueRef init = LLVMConstStringInContext(cg->ctx, bytes, (unsigned)len, 1);
    p = cg_ptr_const(cg, private_const(cg, init, name, 1));
    cg_map_put(&cg->strs, bytes, len, p);
    CgLiteral lit = {arena_strndup(compiler_arena, bytes, len), (uint32_t)len,
                     arena_strdup(compiler_arena, name), 1};
    vec_push(emitted_literals, lit);
    return p;
}

/* ---- values ------------------------------------------------------------------------------ */

LLVMValueRef cg_scalar_const(Cg *cg, const ConstValue *c, Type *t) {
    t = ty_resolve(t);
    switch (c->kind) {
    case CONST_BOOL:
        return LLVMConstInt(cg->t_i1, c->bits != 0, 0);
    case CONST_CHAR:
    case CONST_INT:
        if (t->kind == TY_PTR || t->kind == TY_REF)
            return LLVMConstIntToPtr(LLVMConstInt(cg->t_i64, (uint64_t)c->bits, 0), cg->t_ptr);
        if (t->kind == TY_FLOAT)
            ICE("codegen: integer constant of float type");
        return cg_int_const(cg, cg_mem_type(cg, t), c->bits);
    case CONST_FLOAT:
        return LLVMConstReal(cg_mem_type(cg, t), c->f);
    case CONST_STATIC_REF:
        return cg_static_addr(cg, c->item);
    default:
        ICE("codegen: constant kind %d used as a scalar of type %s", (int)c->kind,
            ty_to_string(t));
    }
}

/* Number of scalar stores a constant takes; big ones are copied from a
 * global instead. */
static int const_leaves(const ConstValue *c) {
    if (c->kind != CONST_AGGREGATE)
        return 1;
    int n = 0;
    for (int i = 0; i < c->nelems && n <= 64; i++)
        n += const_leaves(c->elems[i]);
    return n;
}

static LLVMValueRef const_init(Cg *cg, const ConstValue *c, Type *t);

void cg_const_store(Cg *cg, const ConstValue *c, Type *t, LLVMValueRef dst) {
    t = ty_resolve(t);
    const Layout *l = layout_of(t);
    if (l->size == 0)
        return;
    if (cg_is_scalar(t)) {
        cg_store_scalar(cg, t, cg_scalar_const(cg, c, t), dst);
        return;
    }
    switch (c->kind) {
    case CONST_STR:
        cg_store(cg, cg_str_ptr(cg, c->bytes, c->len), dst, 8);
        cg_store(cg, cg_const_u64(cg, c->len), cg_gep(cg, dst, 8), 8);
        return;
    case CONST_AGGREGATE:
        if (const_leaves(c) > 16) {
            char name[32];
            snprintf(name, sizeof name, "owl.const.%d", cg->nconst++);
            LLVMValueRef g = private_const(cg, const_init(cg, c, t), name, l->align);
            cg_memcpy(cg, dst, cg_ptr_const(cg, g), l->size, l->align);
            return;
        }
        if (t->kind == TY_TUPLE) {
            for (int i = 0; i < c->nelems; i++)
                cg_const_store(cg, c->elems[i], t->as.tuple.elems[i], cg_gep(cg, dst, l->offsets[i]));
            return;
        }
        if (t->kind == TY_ARRAY) {
            uint64_t stride = layout_of(t->as.array.elem)->size;
            for (int i = 0; i < c->nelems; i++)
                cg_const_store(cg, c->elems[i], t->as.array.elem, cg_gep(cg, dst, (uint64_t)i * stride));
            return;
        }
        break;
    default:
        break;
    }
    ICE("codegen: constant kind %d of type %s", (int)c->kind, ty_to_string(t));
}

/* A constant initializer with exactly the bytes of the value: a packed
 * struct of the fields in memory order with explicit zero padding. */
static LLVMValueRef const_init(Cg *cg, const ConstValue *c, Type *t) {
    t = ty_resolve(t);
    const Layout *l = layout_of(t);
    if (l->size == 0)
        return packed(cg, NULL, 0);
    if (cg_is_scalar(t)) {
        LLVMValueRef v = cg_scalar_const(cg, c, t);
        if (t->kind == TY_BOOL)
            v = LLVMConstInt(cg->t_i8, c->bits != 0, 0);
        return v;
    }
    if (c->kind == CONST_STR) {
        LLVMValueRef f[2] = {cg_str_ptr(cg, c->bytes, c->len), cg_const_u64(cg, c->len)};
        return packed(cg, f, 2);
    }
    if (c->kind != CONST_AGGREGATE)
        ICE("codegen: constant kind %d of type %s", (int)c->kind, ty_to_string(t));
    if (t->kind == TY_ARRAY) {
        int n = c->nelems;
        LLVMValueRef *vals = ALLOC_N(LLVMValueRef, n > 0 ? n : 1);
        bool same = true;
        for (int i = 0; i < n; i++) {
            vals[i] = const_init(cg, c->elems[i], t->as.array.elem);
            same &= LLVMTypeOf(vals[i]) == LLVMTypeOf(vals[0]);
        }
        if (same && n > 0)
            return LLVMConstArray(LLVMTypeOf(vals[0]), vals, (unsigned)n);
        return packed(cg, vals, (unsigned)n);
    }
    /* a tuple: fields in memory order, padding made explicit */
    int n = c->nelems;
    LLVMValueRef *vals = ALLOC_N(LLVMValueRef, 2 * n + 1);
    unsigned k = 0;
    uint64_t off = 0;
    for (int m = 0; m < n; m++) {
        int i = l->mem_order[m];
        Type *ft = t->as.tuple.elems[i];
        if (layout_of(ft)->size == 0)
            continue;
        if (l->offsets[i] > off)
            vals[k++] = zero_bytes(cg, l->offsets[i] - off);
        vals[k++] = const_init(cg, c->elems[i], ft);
        off = l->offsets[i] + layout_of(ft)->size;
    }
    if (l->size > off)
        vals[k++] = zero_bytes(cg, l->size - off);
    return packed(cg, vals, k);
}

/* ---- statics ------------------------------------------------------------------------------
 * Defined on first use, so that one static's initializer may take another's
 * address; `static mut` goes to .data, the others to .rodata. */

typedef struct StaticInfo {
    MirStatic *st;
    LLVMValueRef global;  /* i8* to it, once defined */
    bool defining;
} StaticInfo;

void cg_declare_statics(Cg *cg) {
    for (int i = 0; i < cg->prog->statics.len; i++) {
        MirStatic *st = &cg->prog->statics.data[i];
        StaticInfo *info = ALLOC(StaticInfo);
        info->st = st;
        cg_map_put(&cg->statics, &st->item, sizeof st->item, info);
    }
}

LLVMValueRef cg_static_addr(Cg *cg, Item *item) {
    StaticInfo *info = cg_map_get(&cg->statics, &item, sizeof item);
    if (!info)
        ICE("codegen: reference to an unknown static");
    if (info->global)
        return info->global;
    if (info->defining)
        ICE("codegen: statics whose initializers refer to each other in a cycle");
    info->defining = true;
    MirStatic *st = info->st;
    Type *t = item->as.global.ty ? item->as.global.ty : st->value->ty;
    LLVMValueRef init = const_init(cg, st->value, t);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), st->symbol);
    LLVMSetInitializer(g, init);
    LLVMSetLinkage(g, LLVMInternalLinkage);
    LLVMSetGlobalConstant(g, !item->as.global.mut);
    LLVMSetAlignment(g, (unsigned)layout_of(t)->align);
    info->global = cg_ptr_const(cg, g);
    info->defining = false;
    return info->global;
}

void cg_define_statics(Cg *cg) {
    /* the unused ones too: they are part of the program's image */
    for (int i = 0; i < cg->prog->statics.len; i++)
        cg_static_addr(cg, cg->prog->statics.data[i].item);
}

/* ---- type descriptors ---------------------------------------------------------------------- */

static LLVMValueRef null_ptr(Cg *cg) { return LLVMConstNull(cg->t_ptr); }

static LLVMValueRef td_global(Cg *cg, uint64_t kind, uint64_t size, uint64_t count,
                              uint64_t stride, LLVMValueRef elem, LLVMValueRef fields,
                              LLVMValueRef offsets) {
    LLVMValueRef f[9] = {cg_const_u64(cg, kind), cg_const_u64(cg, size), cg_const_u64(cg, count),
                         cg_const_u64(cg, stride), elem ? elem : null_ptr(cg),
                         fields ? fields : null_ptr(cg), offsets ? offsets : null_ptr(cg),
                         null_ptr(cg), null_ptr(cg)};
    char name[32];
    snprintf(name, sizeof name, "owl.td.%d", cg->ntd++);
    return cg_ptr_const(cg, private_const(cg, LLVMConstNamedStruct(cg->t_td, f, 9), name, 8));
}

LLVMValueRef cg_type_desc(Cg *cg, Type *t) {
    t = ty_resolve(t);
    LLVMValueRef d = cg_map_get(&cg->tds, &t, sizeof t);
    if (d)
        return d;
    const Layout *l = layout_of(t->kind == TY_STR ? ty_ref(t, false) : t);
    switch (t->kind) {
    case TY_INT:
        d = td_global(cg, int_kind_signed(t->as.int_kind) ? OWL_TD_INT : OWL_TD_UINT, l->size, 0, 0,
                      NULL, NULL, NULL);
        break;
    case TY_FLOAT:
        d = td_global(cg, OWL_TD_FLOAT, l->size, 0, 0, NULL, NULL, NULL);
        break;
    case TY_BOOL:
        d = td_global(cg, OWL_TD_BOOL, 1, 0, 0, NULL, NULL, NULL);
        break;
    case TY_CHAR:
        d = td_global(cg, OWL_TD_CHAR, 4, 0, 0, NULL, NULL, NULL);
        break;
    case TY_STRING:
        d = td_global(cg, OWL_TD_STRING, 24, 0, 0, NULL, NULL, NULL);
        break;
    case TY_STR: /* formatting a str: the value handed over is its &str */
        d = td_global(cg, OWL_TD_STR, 16, 0, 0, NULL, NULL, NULL);
        break;
    case TY_NEVER:
        d = td_global(cg, OWL_TD_UNIT, 0, 0, 0, NULL, NULL, NULL);
        break;
    case TY_REF:
    case TY_PTR: {
        Type *inner = ty_resolve(t->as.ref.inner);
        if (inner->kind == TY_STR && t->kind == TY_REF)
            d = td_global(cg, OWL_TD_STR, 16, 0, 0, NULL, NULL, NULL);
        else
            d = td_global(cg, OWL_TD_REF, 8, 0, 0, cg_type_desc(cg, inner), NULL, NULL);
        break;
    }
    case TY_TUPLE: {
        int n = t->as.tuple.len;
        if (n == 0) {
            d = td_global(cg, OWL_TD_UNIT, 0, 0, 0, NULL, NULL, NULL);
            break;
        }
        LLVMValueRef *fs = ALLOC_N(LLVMValueRef, n), *offs = ALLOC_N(LLVMValueRef, n);
        for (int i = 0; i < n; i++) {
            fs[i] = cg_type_desc(cg, t->as.tuple.elems[i]);
            offs[i] = cg_const_u64(cg, l->offsets[i]);
        }
        char name[32];
        snprintf(name, sizeof name, "owl.tdf.%d", cg->ntd);
        LLVMValueRef fa = private_const(cg, LLVMConstArray(cg->t_ptr, fs, (unsigned)n), name, 8);
        snprintf(name, sizeof name, "owl.tdo.%d", cg->ntd);
        LLVMValueRef oa = private_const(cg, LLVMConstArray(cg->t_i64, offs, (unsigned)n), name, 8);
        d = td_global(cg, OWL_TD_TUPLE, l->size, (uint64_t)n, 0, NULL, cg_ptr_const(cg, fa),
                      cg_ptr_const(cg, oa));
        break;
    }
    case TY_ARRAY: {
        Type *e = t->as.array.elem;
        d = td_global(cg, OWL_TD_ARRAY, l->size, t->as.array.len, layout_of(e)->size,
                      cg_type_desc(cg, e), NULL, NULL);
        break;
    }
    default:
        ICE("codegen: no type descriptor for %s", ty_to_string(t));
    }
    cg_map_put(&cg->tds, &t, sizeof t, d);
    return d;
}

/* ---- format specs and locations ---------------------------------------------------------- */

LLVMValueRef cg_fmt_spec(Cg *cg, const FmtPiece *p) {
    OwlFmtSpec s;
    memset(&s, 0, sizeof s);
    s.fill = p->fill ? p->fill : ' ';
    s.align = p->align;
    s.flags = p->flags;
    s.trait = p->trait;
    s.width = p->width_kind == FMT_COUNT_LIT ? p->width : -1;
    s.precision = p->prec_kind == FMT_COUNT_LIT ? p->precision : -1;
    LLVMValueRef g = cg_map_get(&cg->specs, &s, sizeof s);
    if (g)
        return g;
    LLVMValueRef f[7] = {LLVMConstInt(cg->t_i32, s.fill, 0), LLVMConstInt(cg->t_i8, s.align, 0),
                         LLVMConstInt(cg->t_i8, s.flags, 0), LLVMConstInt(cg->t_i8, s.trait, 0),
                         LLVMConstInt(cg->t_i8, 0, 0),
                         LLVMConstInt(cg->t_i64, (unsigned long long)s.width, 1),
                         LLVMConstInt(cg->t_i64, (unsigned long long)s.precision, 1)};
    char name[32];
    snprintf(name, sizeof name, "owl.spec.%d", cg->nspec++);
    g = cg_ptr_const(cg, private_const(cg, LLVMConstNamedStruct(cg->t_spec, f, 7), name, 8));
    cg_map_put(&cg->specs, &s, sizeof s, g);
    return g;
}

/* The OwlLoc of a span's start: line, and the column as rustc's panic
 * messages count it (display width). */
LLVMValueRef cg_loc(Cg *cg, Span span) {
    uint32_t key[2] = {0, 0};
    if (cg->file) {
        key[0] = src_linecol(cg->file, span.lo).line;
        key[1] = src_display_col(cg->file, span.lo);
    }
    LLVMValueRef g = cg_map_get(&cg->locs, key, sizeof key);
    if (g)
        return g;
    LLVMValueRef f[3] = {cg->file_name, LLVMConstInt(cg->t_i32, key[0], 0),
                         LLVMConstInt(cg->t_i32, key[1], 0)};
    char name[32];
    snprintf(name, sizeof name, "owl.loc.%d", cg->nloc++);
    g = cg_ptr_const(cg, private_const(cg, LLVMConstNamedStruct(cg->t_loc, f, 3), name, 8));
    cg_map_put(&cg->locs, key, sizeof key, g);
    return g;
}

/* ---- runtime declarations ------------------------------------------------------------------ */

static const struct {
    const char *name, *sig;
    bool noreturn;
} runtime_fns[] = {
#define X(id, name, sig, noreturn) {name, sig, noreturn},
    CG_RUNTIME(X)
#undef X
};

static LLVMTypeRef sig_type(Cg *cg, char c) {
    switch (c) {
    case 'v': return cg->t_void;
    case 'i': return cg->t_i32;
    case 'z': return cg->t_i64;
    case 'p': return cg->t_ptr;
    case 'P': return LLVMPointerType(cg->t_ptr, 0);
    default: ICE("codegen: bad runtime signature letter %c", c);
    }
}

static void add_attr(Cg *cg, LLVMValueRef fn, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

CgFunc *cg_runtime_fn(Cg *cg, CgRuntimeFn f) {
    CgFunc *r = &cg->runtime[f];
    if (r->fn)
        return r;
    const char *sig = runtime_fns[f].sig;
    unsigned n = (unsigned)strlen(sig) - 1;
    LLVMTypeRef params[8];
    for (unsigned i = 0; i < n; i++)
        params[i] = sig_type(cg, sig[i + 1]);
    r->ty = LLVMFunctionType(sig_type(cg, sig[0]), params, n, 0);
    r->fn = LLVMAddFunction(cg->mod, runtime_fns[f].name, r->ty);
    add_attr(cg, r->fn, "nounwind");
    if (runtime_fns[f].noreturn) {
        add_attr(cg, r->fn, "noreturn");
        add_attr(cg, r->fn, "cold");
    }
    return r;
}
