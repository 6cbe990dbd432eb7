/* codegen.c: MIR to LLVM IR to an object file.
 *
 * Takes a MIR program whose bodies have frame layouts (layout_program) and
 * gives an object file, textual IR or assembly. Each body becomes one LLVM
 * function `void f(i8* ret, i8* arg1, ...)`: the caller passes the address
 * of its destination and of every argument value; the callee copies each
 * argument into its frame on entry and copies _0 out through `ret` when it
 * returns. All locals live in one `alloca [frame_size x i8]` at the offsets
 * layout_frame() chose, which is what lets the layout report state real
 * offsets. Scalars (bool, char, integers, floats, thin pointers) travel as
 * SSA values between a load and a store; everything else moves with memcpy.
 * bool is i1 as a value and i8 in memory, as in rustc.
 *
 * Rust's semantics that LLVM does not give for free are spelled out here:
 * saturating float-to-int casts (llvm.fpto[su]i.sat), masked shift amounts,
 * overflow flags for RV_CHECKED_BINARY (llvm.*.with.overflow), lexicographic
 * comparison of tuples, arrays and strings, and drop glue.
 *
 * This file: module setup and emission, functions, statements, terminators.
 * cg_const.c makes constant data; cg_builtin.c lowers builtin calls.
 */
#include "cg_internal.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- hash map ------------------------------------------------------------------ */

static uint32_t hash_bytes(const void *p, size_t len) {
    const unsigned char *s = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ s[i]) * 16777619u;
    return h;
}

static CgMapSlot *map_slot(CgMap *m, const void *key, size_t len, uint32_t h) {
    uint32_t j = h & (m->cap - 1);
    while (m->slots[j].key) {
        CgMapSlot *s = &m->slots[j];
        if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
            return s;
        j = (j + 1) & (m->cap - 1);
    }
    return &m->slots[j];
}

void *cg_map_get(CgMap *m, const void *key, size_t len) {
    if (!m->cap)
        return NULL;
    CgMapSlot *s = map_slot(m, key, len, hash_bytes(key, len));
    return s->key ? s->value : NULL;
}

void cg_map_put(CgMap *m, const void *key, size_t len, void *value) {
    if ((m->count + 1) * 2 > m->cap) {
        uint32_t ncap = m->cap ? m->cap * 2 : 64;
        CgMapSlot *old = m->slots;
        uint32_t ocap = m->cap;
        m->slots = ALLOC_N(CgMapSlot, ncap);
        m->cap = ncap;
        for (uint32_t i = 0; i < ocap; i++)
            if (old[i].key)
                *map_slot(m, old[i].key, old[i].len, old[i].hash) = old[i];
    }
    uint32_t h = hash_bytes(key, len);
    CgMapSlot *s = map_slot(m, key, len, h);
    if (!s->key) {
        void *copy = arena_alloc(compiler_arena, len ? len : 1);
        memcpy(copy, key, len);
        s->key = copy;
        s->len = len;
        s->hash = h;
        m->count++;
    }
    s->value = value;
}

/* ---- memory -------------------------------------------------------------------------- */

LLVMValueRef cg_const_u64(Cg *cg, uint64_t v) { return LLVMConstInt(cg->t_i64, v, 0); }

/* i8* -> T* right before an access: a no-op cast with opaque pointers. */
static LLVMValueRef typed_ptr(Cg *cg, LLVMValueRef p, LLVMTypeRef ty) {
    return LLVMBuildPointerCast(cg->b, p, LLVMPointerType(ty, 0), "");
}

LLVMValueRef cg_gep(Cg *cg, LLVMValueRef base, uint64_t offset) {
    if (offset == 0)
        return base;
    LLVMValueRef idx = cg_const_u64(cg, offset);
    return LLVMBuildInBoundsGEP2(cg->b, cg->t_i8, base, &idx, 1, "");
}

static LLVMValueRef gep_dyn(Cg *cg, LLVMValueRef base, LLVMValueRef offset) {
    return LLVMBuildInBoundsGEP2(cg->b, cg->t_i8, base, &offset, 1, "");
}

LLVMValueRef cg_load(Cg *cg, LLVMTypeRef ty, LLVMValueRef addr, uint64_t align) {
    LLVMValueRef v = LLVMBuildLoad2(cg->b, ty, typed_ptr(cg, addr, ty), "");
    LLVMSetAlignment(v, (unsigned)align);
    return v;
}

void cg_store(Cg *cg, LLVMValueRef v, LLVMValueRef addr, uint64_t align) {
    LLVMValueRef s = LLVMBuildStore(cg->b, v, typed_ptr(cg, addr, LLVMTypeOf(v)));
    LLVMSetAlignment(s, (unsigned)align);
}

void cg_memcpy(Cg *cg, LLVMValueRef dst, LLVMValueRef src, uint64_t size, uint64_t align) {
    if (size == 0 || dst == src)
        return;
    LLVMBuildMemCpy(cg->b, dst, (unsigned)align, src, (unsigned)align, cg_const_u64(cg, size));
}

/* A stack temporary outside the frame (constants passed by address, stack
 * format specs); its alloca goes to the entry block. */
LLVMValueRef cg_scratch(Cg *cg, uint64_t size, uint64_t align) {
    LLVMValueRef a = LLVMBuildAlloca(cg->ab, LLVMArrayType(cg->t_i8, (unsigned)size), "tmp");
    LLVMSetAlignment(a, (unsigned)align);
    return LLVMBuildPointerCast(cg->ab, a, cg->t_ptr, "");
}

/* ---- scalars --------------------------------------------------------------------------- */

static Type *resolved(Type *t) { return ty_resolve(t); }

static bool is_fat_ref(Type *t) {
    t = resolved(t);
    if (t->kind != TY_REF && t->kind != TY_BOX)
        return false;
    Type *inner = resolved(t->kind == TY_REF ? t->as.ref.inner : t->as.slice.elem);
    return inner->kind == TY_STR || inner->kind == TY_SLICE;
}

bool cg_is_scalar(Type *t) {
    t = resolved(t);
    switch (t->kind) {
    case TY_BOOL:
    case TY_CHAR:
    case TY_INT:
    case TY_FLOAT:
    case TY_PTR:
        return true;
    case TY_REF:
    case TY_BOX:
        return !is_fat_ref(t);
    default:
        return false;
    }
}

static bool is_signed(Type *t) {
    t = resolved(t);
    return t->kind == TY_INT && int_kind_signed(t->as.int_kind);
}

static unsigned int_bits(Type *t) {
    t = resolved(t);
    switch (t->kind) {
    case TY_INT:
        return (unsigned)int_kind_bits(t->as.int_kind);
    case TY_CHAR:
        return 32;
    case TY_BOOL:
        return 1;
    default:
        return 64;
    }
}

LLVMTypeRef cg_mem_type(Cg *cg, Type *t) {
    t = resolved(t);
    switch (t->kind) {
    case TY_BOOL:
        return cg->t_i8;
    case TY_CHAR:
        return cg->t_i32;
    case TY_INT:
        return LLVMIntTypeInContext(cg->ctx, (unsigned)int_kind_bits(t->as.int_kind));
    case TY_FLOAT:
        return t->as.float_kind == FLOAT_F32 ? cg->t_f32 : cg->t_f64;
    default:
        return cg->t_ptr;
    }
}

LLVMValueRef cg_load_scalar(Cg *cg, Type *t, LLVMValueRef addr) {
    LLVMValueRef v = cg_load(cg, cg_mem_type(cg, t), addr, layout_of(t)->align);
    if (resolved(t)->kind == TY_BOOL)
        v = LLVMBuildTrunc(cg->b, v, cg->t_i1, "");
    return v;
}

void cg_store_scalar(Cg *cg, Type *t, LLVMValueRef v, LLVMValueRef addr) {
    if (resolved(t)->kind == TY_BOOL)
        v = LLVMBuildZExt(cg->b, v, cg->t_i8, "");
    cg_store(cg, v, addr, layout_of(t)->align);
}

/* ---- places and operands ------------------------------------------------------------------ */

Type *cg_place_type(Cg *cg, Place p) {
    if (p.nproj)
        return resolved(p.proj[p.nproj - 1].ty);
    return resolved(cg->body->locals.data[p.local].ty);
}

/* The address of a place; `upto` projections applied. */
static LLVMValueRef place_addr_n(Cg *cg, Place p, int upto) {
    LLVMValueRef a = cg->local_addr[p.local];
    Type *t = resolved(cg->body->locals.data[p.local].ty);
    for (int i = 0; i < upto; i++) {
        const Proj *pr = &p.proj[i];
        switch (pr->kind) {
        case PROJ_DEREF:
            /* for a fat pointer this is its data pointer (word 0) */
            a = cg_load(cg, cg->t_ptr, a, 8);
            break;
        case PROJ_FIELD:
            a = cg_gep(cg, a, layout_of(t)->offsets[pr->index]);
            break;
        case PROJ_INDEX: {
            Type *usize = cg->body->locals.data[pr->local].ty;
            LLVMValueRef idx = cg_load_scalar(cg, usize, cg->local_addr[pr->local]);
            uint64_t stride = layout_of(pr->ty)->size;
            if (stride != 1)
                idx = LLVMBuildNUWMul(cg->b, idx, cg_const_u64(cg, stride), "");
            a = gep_dyn(cg, a, idx);
            break;
        }
        case PROJ_CONST_INDEX:
            a = cg_gep(cg, a, (uint64_t)pr->index * layout_of(pr->ty)->size);
            break;
        }
        t = resolved(pr->ty);
    }
    return a;
}

LLVMValueRef cg_place_addr(Cg *cg, Place p) { return place_addr_n(cg, p, p.nproj); }

Type *cg_operand_type(Cg *cg, const Operand *op) {
    if (op->kind == OPERAND_CONST)
        return resolved(op->as.konst->ty);
    return cg_place_type(cg, op->as.place);
}

LLVMValueRef cg_operand(Cg *cg, const Operand *op) {
    Type *t = cg_operand_type(cg, op);
    if (!cg_is_scalar(t))
        ICE("codegen: %s used as a scalar operand", ty_to_string(t));
    if (op->kind == OPERAND_CONST)
        return cg_scalar_const(cg, op->as.konst, t);
    return cg_load_scalar(cg, t, cg_place_addr(cg, op->as.place));
}

LLVMValueRef cg_operand_addr(Cg *cg, const Operand *op) {
    if (op->kind != OPERAND_CONST)
        return cg_place_addr(cg, op->as.place);
    Type *t = cg_operand_type(cg, op);
    const Layout *l = layout_of(t);
    LLVMValueRef tmp = cg_scratch(cg, l->size, l->align);
    cg_const_store(cg, op->as.konst, t, tmp);
    return tmp;
}

void cg_operand_to(Cg *cg, const Operand *op, LLVMValueRef dst) {
    Type *t = cg_operand_type(cg, op);
    const Layout *l = layout_of(t);
    if (l->size == 0)
        return;
    if (op->kind == OPERAND_CONST) {
        cg_const_store(cg, op->as.konst, t, dst);
    } else if (cg_is_scalar(t)) {
        LLVMValueRef v = cg_load(cg, cg_mem_type(cg, t), cg_place_addr(cg, op->as.place), l->align);
        cg_store(cg, v, dst, l->align);
    } else {
        cg_memcpy(cg, dst, cg_place_addr(cg, op->as.place), l->size, l->align);
    }
}

/* ---- calls ------------------------------------------------------------------------------------ */

LLVMValueRef cg_call_rt(Cg *cg, CgRuntimeFn f, LLVMValueRef *args, int nargs) {
    CgFunc *fn = cg_runtime_fn(cg, f);
    LLVMTypeRef *ptys = ALLOC_N(LLVMTypeRef, nargs > 0 ? nargs : 1);
    LLVMGetParamTypes(fn->ty, ptys);
    for (int i = 0; i < nargs; i++)
        if (LLVMGetTypeKind(ptys[i]) == LLVMPointerTypeKind)
            args[i] = LLVMBuildPointerCast(cg->b, args[i], ptys[i], "");
    return LLVMBuildCall2(cg->b, fn->ty, fn->fn, args, (unsigned)nargs, "");
}

LLVMValueRef cg_call_intrinsic(Cg *cg, const char *name, LLVMTypeRef *types, int ntypes,
                               LLVMValueRef *args, int nargs) {
    /* memoised per (name, overload types) */
    char key[160];
    size_t klen = strlen(name);
    memcpy(key, name, klen);
    memcpy(key + klen, types, sizeof(LLVMTypeRef) * (size_t)ntypes);
    klen += sizeof(LLVMTypeRef) * (size_t)ntypes;
    CgFunc *f = cg_map_get(&cg->intrinsics, key, klen);
    if (!f) {
        unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
        if (!id)
            ICE("codegen: no LLVM intrinsic %s", name);
        f = ALLOC(CgFunc);
        f->fn = LLVMGetIntrinsicDeclaration(cg->mod, id, types, (size_t)ntypes);
        f->ty = LLVMIntrinsicGetType(cg->ctx, id, types, (size_t)ntypes);
        cg_map_put(&cg->intrinsics, key, klen, f);
    }
    return LLVMBuildCall2(cg->b, f->ty, f->fn, args, (unsigned)nargs, "");
}

/* ---- loops over array elements -------------------------------------------------------------- */

typedef void ElemFn(Cg *cg, LLVMValueRef elem, void *ctx);

/* Calls fn for elements start..count of an array at base, unrolled when
 * short, otherwise as an IR loop. */
static void for_each_elem(Cg *cg, LLVMValueRef base, uint64_t start, uint64_t count,
                          uint64_t stride, ElemFn *fn, void *ctx) {
    if (count <= start)
        return;
    if (count - start <= 4) {
        for (uint64_t i = start; i < count; i++)
            fn(cg, cg_gep(cg, base, i * stride), ctx);
        return;
    }
    LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef head = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "elem.head");
    LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "elem.body");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "elem.done");
    LLVMBuildBr(cg->b, head);
    LLVMPositionBuilderAtEnd(cg->b, head);
    LLVMValueRef i = LLVMBuildPhi(cg->b, cg->t_i64, "i");
    LLVMValueRef more = LLVMBuildICmp(cg->b, LLVMIntULT, i, cg_const_u64(cg, count), "");
    LLVMBuildCondBr(cg->b, more, body, done);
    LLVMPositionBuilderAtEnd(cg->b, body);
    fn(cg, gep_dyn(cg, base, LLVMBuildNUWMul(cg->b, i, cg_const_u64(cg, stride), "")), ctx);
    LLVMValueRef next = LLVMBuildNUWAdd(cg->b, i, cg_const_u64(cg, 1), "");
    LLVMBasicBlockRef latch = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, head);
    LLVMValueRef in_vals[2] = {cg_const_u64(cg, start), next};
    LLVMBasicBlockRef in_bbs[2] = {pre, latch};
    LLVMAddIncoming(i, in_vals, in_bbs, 2);
    LLVMPositionBuilderAtEnd(cg->b, done);
}

/* ---- drop glue --------------------------------------------------------------------------------- */

static void drop_elem(Cg *cg, LLVMValueRef elem, void *ctx) { cg_drop(cg, ctx, elem); }

/* Runs the destructor of a value of type t at addr: String frees its
 * buffer; tuples drop their fields in source order and arrays their
 * elements in index order, as rustc's drop glue does. */
void cg_drop(Cg *cg, Type *t, LLVMValueRef addr) {
    t = resolved(t);
    if (!ty_needs_drop(t))
        return;
    switch (t->kind) {
    case TY_STRING: {
        LLVMValueRef a[1] = {addr};
        cg_call_rt(cg, RT_STRING_DROP, a, 1);
        return;
    }
    case TY_TUPLE: {
        const Layout *l = layout_of(t);
        for (int i = 0; i < t->as.tuple.len; i++)
            cg_drop(cg, t->as.tuple.elems[i], cg_gep(cg, addr, l->offsets[i]));
        return;
    }
    case TY_ARRAY: {
        Type *e = resolved(t->as.array.elem);
        for_each_elem(cg, addr, 0, t->as.array.len, layout_of(e)->size, drop_elem, e);
        return;
    }
    default:
        ICE("codegen: no drop glue for %s", ty_to_string(t));
    }
}

/* ---- arithmetic ----------------------------------------------------------------------------------- */

static bool is_float(Type *t) { return resolved(t)->kind == TY_FLOAT; }

static LLVMIntPredicate int_pred(BinOp op, bool sign) {
    switch (op) {
    case BIN_EQ: return LLVMIntEQ;
    case BIN_NE: return LLVMIntNE;
    case BIN_LT: return sign ? LLVMIntSLT : LLVMIntULT;
    case BIN_LE: return sign ? LLVMIntSLE : LLVMIntULE;
    case BIN_GT: return sign ? LLVMIntSGT : LLVMIntUGT;
    default: return sign ? LLVMIntSGE : LLVMIntUGE;
    }
}

static LLVMRealPredicate float_pred(BinOp op) {
    switch (op) {
    case BIN_EQ: return LLVMRealOEQ;
    case BIN_NE: return LLVMRealUNE; /* NaN != NaN */
    case BIN_LT: return LLVMRealOLT;
    case BIN_LE: return LLVMRealOLE;
    case BIN_GT: return LLVMRealOGT;
    default: return LLVMRealOGE;
    }
}

static bool is_comparison(BinOp op) { return op >= BIN_EQ && op <= BIN_GE; }

/* The shift amount converted to the shifted type's width and masked to
 * bits-1: what `-O` does, and the wrapped result of a checked shift. */
static LLVMValueRef shift_amount(Cg *cg, LLVMValueRef amt, Type *lhs_t, Type *rhs_t) {
    LLVMTypeRef lty = cg_mem_type(cg, lhs_t);
    unsigned lb = int_bits(lhs_t), rb = int_bits(rhs_t);
    if (rb > lb)
        amt = LLVMBuildTrunc(cg->b, amt, lty, "");
    else if (rb < lb)
        amt = LLVMBuildZExt(cg->b, amt, lty, "");
    return LLVMBuildAnd(cg->b, amt, LLVMConstInt(lty, lb - 1, 0), "");
}

static LLVMValueRef scalar_binop(Cg *cg, BinOp op, Type *t, Type *rt, LLVMValueRef l,
                                 LLVMValueRef r) {
    LLVMBuilderRef b = cg->b;
    if (is_float(t)) {
        switch (op) {
        case BIN_ADD: return LLVMBuildFAdd(b, l, r, "");
        case BIN_SUB: return LLVMBuildFSub(b, l, r, "");
        case BIN_MUL: return LLVMBuildFMul(b, l, r, "");
        case BIN_DIV: return LLVMBuildFDiv(b, l, r, "");
        case BIN_REM: return LLVMBuildFRem(b, l, r, "");
        default:
            if (is_comparison(op))
                return LLVMBuildFCmp(b, float_pred(op), l, r, "");
            ICE("codegen: float operator %s", binop_text(op));
        }
    }
    if (resolved(t)->kind == TY_PTR || resolved(t)->kind == TY_REF) {
        if (!is_comparison(op))
            ICE("codegen: pointer operator %s", binop_text(op));
        l = LLVMBuildPtrToInt(b, l, cg->t_i64, "");
        r = LLVMBuildPtrToInt(b, r, cg->t_i64, "");
    }
    bool sign = is_signed(t);
    switch (op) {
    case BIN_ADD: return LLVMBuildAdd(b, l, r, "");
    case BIN_SUB: return LLVMBuildSub(b, l, r, "");
    case BIN_MUL: return LLVMBuildMul(b, l, r, "");
    case BIN_DIV: return sign ? LLVMBuildSDiv(b, l, r, "") : LLVMBuildUDiv(b, l, r, "");
    case BIN_REM: return sign ? LLVMBuildSRem(b, l, r, "") : LLVMBuildURem(b, l, r, "");
    case BIN_AND:
    case BIN_LAND: return LLVMBuildAnd(b, l, r, "");
    case BIN_OR:
    case BIN_LOR: return LLVMBuildOr(b, l, r, "");
    case BIN_XOR: return LLVMBuildXor(b, l, r, "");
    case BIN_SHL: return LLVMBuildShl(b, l, shift_amount(cg, r, t, rt), "");
    case BIN_SHR:
        r = shift_amount(cg, r, t, rt);
        return sign ? LLVMBuildAShr(b, l, r, "") : LLVMBuildLShr(b, l, r, "");
    default:
        return LLVMBuildICmp(b, int_pred(op, sign), l, r, "");
    }
}

/* ---- comparison of any type -------------------------------------------------------------------------
 * Rust's PartialOrd, spelled out: partial_cmp gives an i8 (-1 Less,
 * 0 Equal, 1 Greater, 2 unordered); tuples compare lexicographically with
 * the operator itself applied to the last element (core's lexical_ord!);
 * arrays go through slice partial_cmp; references compare their targets;
 * strings compare bytes. */

static LLVMValueRef i8c(Cg *cg, int v) { return LLVMConstInt(cg->t_i8, (unsigned long long)(long long)v, 1); }

static void str_parts(Cg *cg, Type *t, LLVMValueRef addr, LLVMValueRef *p, LLVMValueRef *len) {
    /* &str is {ptr, len}; String is {cap, ptr, len} */
    uint64_t poff = resolved(t)->kind == TY_STRING ? 8 : 0;
    *p = cg_load(cg, cg->t_ptr, cg_gep(cg, addr, poff), 8);
    *len = cg_load(cg, cg->t_i64, cg_gep(cg, addr, poff + 8), 8);
}

static bool is_stringish(Type *t) {
    t = resolved(t);
    return t->kind == TY_STRING || (t->kind == TY_REF && resolved(t->as.ref.inner)->kind == TY_STR);
}

static LLVMValueRef str_cmp(Cg *cg, Type *t, LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef args[4];
    str_parts(cg, t, a, &args[0], &args[1]);
    str_parts(cg, t, b, &args[2], &args[3]);
    return cg_call_rt(cg, RT_STR_CMP, args, 4);
}

static LLVMValueRef sign_of(Cg *cg, LLVMValueRef lt, LLVMValueRef gt) {
    return LLVMBuildSelect(cg->b, lt, i8c(cg, -1), LLVMBuildSelect(cg->b, gt, i8c(cg, 1), i8c(cg, 0), ""), "");
}

static LLVMValueRef partial_cmp(Cg *cg, Type *t, LLVMValueRef a, LLVMValueRef b);

typedef struct ArrCmp {
    Type *elem;
    LLVMValueRef a, b;
} ArrCmp;

static LLVMValueRef partial_cmp(Cg *cg, Type *t, LLVMValueRef a, LLVMValueRef b) {
    t = resolved(t);
    if (is_stringish(t)) {
        LLVMValueRef c = str_cmp(cg, t, a, b);
        LLVMValueRef zero = LLVMConstInt(cg->t_i32, 0, 0);
        return sign_of(cg, LLVMBuildICmp(cg->b, LLVMIntSLT, c, zero, ""),
                       LLVMBuildICmp(cg->b, LLVMIntSGT, c, zero, ""));
    }
    switch (t->kind) {
    case TY_REF:
        return partial_cmp(cg, t->as.ref.inner, cg_load(cg, cg->t_ptr, a, 8),
                           cg_load(cg, cg->t_ptr, b, 8));
    case TY_TUPLE: {
        const Layout *l = layout_of(t);
        LLVMValueRef res = i8c(cg, 0);
        for (int i = t->as.tuple.len - 1; i >= 0; i--) {
            LLVMValueRef c = partial_cmp(cg, t->as.tuple.elems[i], cg_gep(cg, a, l->offsets[i]),
                                         cg_gep(cg, b, l->offsets[i]));
            if (i == t->as.tuple.len - 1)
                res = c;
            else
                res = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, c, i8c(cg, 0), ""), c,
                                      res, "");
        }
        return res;
    }
    case TY_ARRAY: {
        /* the first element that is not Equal decides */
        Type *e = resolved(t->as.array.elem);
        uint64_t n = t->as.array.len, stride = layout_of(e)->size;
        if (n <= 4) {
            LLVMValueRef res = i8c(cg, 0);
            for (uint64_t i = n; i-- > 0;) {
                LLVMValueRef c = partial_cmp(cg, e, cg_gep(cg, a, i * stride), cg_gep(cg, b, i * stride));
                res = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, c, i8c(cg, 0), ""), c,
                                      res, "");
            }
            return res;
        }
        LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
        LLVMBasicBlockRef head = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "cmp.head");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "cmp.body");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "cmp.done");
        LLVMBuildBr(cg->b, head);
        LLVMPositionBuilderAtEnd(cg->b, head);
        LLVMValueRef i = LLVMBuildPhi(cg->b, cg->t_i64, "i");
        LLVMValueRef more = LLVMBuildICmp(cg->b, LLVMIntULT, i, cg_const_u64(cg, n), "");
        LLVMBuildCondBr(cg->b, more, body, done);
        LLVMPositionBuilderAtEnd(cg->b, body);
        LLVMValueRef off = LLVMBuildNUWMul(cg->b, i, cg_const_u64(cg, stride), "");
        LLVMValueRef c = partial_cmp(cg, e, gep_dyn(cg, a, off), gep_dyn(cg, b, off));
        LLVMValueRef next = LLVMBuildNUWAdd(cg->b, i, cg_const_u64(cg, 1), "");
        LLVMBasicBlockRef latch = LLVMGetInsertBlock(cg->b);
        LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, 0), ""), head, done);
        LLVMValueRef hv[2] = {cg_const_u64(cg, 0), next};
        LLVMBasicBlockRef hb[2] = {pre, latch};
        LLVMAddIncoming(i, hv, hb, 2);
        LLVMPositionBuilderAtEnd(cg->b, done);
        LLVMValueRef r = LLVMBuildPhi(cg->b, cg->t_i8, "ord");
        LLVMValueRef rv[2] = {i8c(cg, 0), c};
        LLVMBasicBlockRef rb[2] = {head, latch};
        LLVMAddIncoming(r, rv, rb, 2);
        return r;
    }
    default:
        break;
    }
    if (!cg_is_scalar(t)) {
        if (layout_of(t)->size == 0)
            return i8c(cg, 0);
        ICE("codegen: cannot compare values of type %s", ty_to_string(t));
    }
    LLVMValueRef x = cg_load_scalar(cg, t, a), y = cg_load_scalar(cg, t, b);
    if (is_float(t)) {
        LLVMValueRef r = sign_of(cg, LLVMBuildFCmp(cg->b, LLVMRealOLT, x, y, ""),
                                 LLVMBuildFCmp(cg->b, LLVMRealOGT, x, y, ""));
        return LLVMBuildSelect(cg->b, LLVMBuildFCmp(cg->b, LLVMRealUNO, x, y, ""), i8c(cg, 2), r, "");
    }
    if (t->kind == TY_PTR) {
        x = LLVMBuildPtrToInt(cg->b, x, cg->t_i64, "");
        y = LLVMBuildPtrToInt(cg->b, y, cg->t_i64, "");
    }
    bool sign = is_signed(t);
    return sign_of(cg, LLVMBuildICmp(cg->b, sign ? LLVMIntSLT : LLVMIntULT, x, y, ""),
                   LLVMBuildICmp(cg->b, sign ? LLVMIntSGT : LLVMIntUGT, x, y, ""));
}

/* a op b for values of any comparable type at addresses a and b. */
static LLVMValueRef compare_mem(Cg *cg, BinOp op, Type *t, LLVMValueRef a, LLVMValueRef b) {
    t = resolved(t);
    if (cg_is_scalar(t) && t->kind != TY_REF)
        return scalar_binop(cg, op, t, t, cg_load_scalar(cg, t, a), cg_load_scalar(cg, t, b));
    if (t->kind == TY_REF && !is_stringish(t))
        return compare_mem(cg, op, t->as.ref.inner, cg_load(cg, cg->t_ptr, a, 8),
                           cg_load(cg, cg->t_ptr, b, 8));
    if (op == BIN_NE)
        return LLVMBuildNot(cg->b, compare_mem(cg, BIN_EQ, t, a, b), "");
    if (t->kind == TY_TUPLE && t->as.tuple.len > 0) {
        const Layout *l = layout_of(t);
        int n = t->as.tuple.len;
        if (op == BIN_EQ) {
            LLVMValueRef res = LLVMConstInt(cg->t_i1, 1, 0);
            for (int i = 0; i < n; i++)
                res = LLVMBuildAnd(cg->b, res,
                                   compare_mem(cg, BIN_EQ, t->as.tuple.elems[i],
                                               cg_gep(cg, a, l->offsets[i]),
                                               cg_gep(cg, b, l->offsets[i])), "");
            return res;
        }
        int ne_rel = (op == BIN_LT || op == BIN_LE) ? -1 : 1;
        LLVMValueRef res = compare_mem(cg, op, t->as.tuple.elems[n - 1],
                                       cg_gep(cg, a, l->offsets[n - 1]),
                                       cg_gep(cg, b, l->offsets[n - 1]));
        for (int i = n - 2; i >= 0; i--) {
            LLVMValueRef c = partial_cmp(cg, t->as.tuple.elems[i], cg_gep(cg, a, l->offsets[i]),
                                         cg_gep(cg, b, l->offsets[i]));
            LLVMValueRef decided = LLVMBuildICmp(cg->b, LLVMIntNE, c, i8c(cg, 0), "");
            LLVMValueRef verdict = LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, ne_rel), "");
            res = LLVMBuildSelect(cg->b, decided, verdict, res, "");
        }
        return res;
    }
    /* arrays, strings, (): through partial_cmp */
    LLVMValueRef c = partial_cmp(cg, t, a, b);
    switch (op) {
    case BIN_EQ: return LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, 0), "");
    case BIN_LT: return LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, -1), "");
    case BIN_GT: return LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, 1), "");
    case BIN_LE: return LLVMBuildOr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, -1), ""),
                                    LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, 0), ""), "");
    default: return LLVMBuildOr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, 1), ""),
                                LLVMBuildICmp(cg->b, LLVMIntEQ, c, i8c(cg, 0), ""), "");
    }
}

/* ---- rvalues ------------------------------------------------------------------------------------------ */

static LLVMValueRef binary_value(Cg *cg, BinOp op, const Operand *lhs, const Operand *rhs) {
    Type *lt = cg_operand_type(cg, lhs), *rt = cg_operand_type(cg, rhs);
    bool scalar = cg_is_scalar(lt) && !(resolved(lt)->kind == TY_REF && is_comparison(op));
    if (!scalar) {
        if (!is_comparison(op))
            ICE("codegen: operator %s on %s", binop_text(op), ty_to_string(lt));
        return compare_mem(cg, op, lt, cg_operand_addr(cg, lhs), cg_operand_addr(cg, rhs));
    }
    return scalar_binop(cg, op, lt, rt, cg_operand(cg, lhs), cg_operand(cg, rhs));
}

/* (result, overflowed) of add/sub/mul/shl/shr, stored as the (T, bool)
 * tuple the MIR asks for. */
static void checked_binary(Cg *cg, const Rvalue *rv, LLVMValueRef dst) {
    BinOp op = rv->as.binary.op;
    Type *lt = cg_operand_type(cg, &rv->as.binary.lhs), *rt = cg_operand_type(cg, &rv->as.binary.rhs);
    LLVMValueRef l = cg_operand(cg, &rv->as.binary.lhs), r = cg_operand(cg, &rv->as.binary.rhs);
    LLVMValueRef res, ovf;
    if (op == BIN_SHL || op == BIN_SHR) {
        /* the amount, read as unsigned, must be below the bit width */
        ovf = LLVMBuildICmp(cg->b, LLVMIntUGE, r, LLVMConstInt(cg_mem_type(cg, rt), int_bits(lt), 0), "");
        res = scalar_binop(cg, op, lt, rt, l, r);
    } else {
        const char *name;
        bool sign = is_signed(lt);
        switch (op) {
        case BIN_ADD: name = sign ? "llvm.sadd.with.overflow" : "llvm.uadd.with.overflow"; break;
        case BIN_SUB: name = sign ? "llvm.ssub.with.overflow" : "llvm.usub.with.overflow"; break;
        case BIN_MUL: name = sign ? "llvm.smul.with.overflow" : "llvm.umul.with.overflow"; break;
        default: ICE("codegen: checked %s", binop_text(op));
        }
        LLVMTypeRef ty = cg_mem_type(cg, lt);
        LLVMValueRef args[2] = {l, r};
        LLVMValueRef pair = cg_call_intrinsic(cg, name, &ty, 1, args, 2);
        res = LLVMBuildExtractValue(cg->b, pair, 0, "");
        ovf = LLVMBuildExtractValue(cg->b, pair, 1, "");
    }
    const Layout *tl = layout_of(rv->ty);
    cg_store_scalar(cg, lt, res, cg_gep(cg, dst, tl->offsets[0]));
    cg_store_scalar(cg, ty_bool(), ovf, cg_gep(cg, dst, tl->offsets[1]));
}

static LLVMValueRef cast_value(Cg *cg, LLVMValueRef v, Type *from, Type *to) {
    from = resolved(from);
    to = resolved(to);
    if (from == to)
        return v;
    LLVMBuilderRef b = cg->b;
    LLVMTypeRef tt = cg_mem_type(cg, to);
    if (to->kind == TY_BOOL)
        tt = cg->t_i1;
    if (from->kind == TY_FLOAT) {
        if (to->kind == TY_FLOAT)
            return to->as.float_kind == FLOAT_F32 ? LLVMBuildFPTrunc(b, v, tt, "")
                                                  : LLVMBuildFPExt(b, v, tt, "");
        /* Rust's float -> int saturates and sends NaN to 0 */
        LLVMTypeRef tys[2] = {tt, LLVMTypeOf(v)};
        return cg_call_intrinsic(cg, is_signed(to) ? "llvm.fptosi.sat" : "llvm.fptoui.sat", tys, 2,
                                 &v, 1);
    }
    if (to->kind == TY_FLOAT)
        return is_signed(from) ? LLVMBuildSIToFP(b, v, tt, "") : LLVMBuildUIToFP(b, v, tt, "");
    if (from->kind == TY_PTR || from->kind == TY_REF) {
        if (to->kind == TY_PTR || to->kind == TY_REF)
            return v;
        v = LLVMBuildPtrToInt(b, v, cg->t_i64, "");
        from = ty_int(INT_USIZE);
    }
    if (to->kind == TY_PTR)
        return LLVMBuildIntToPtr(b, v, cg->t_ptr, "");
    unsigned fb = int_bits(from), tb = int_bits(to);
    if (fb == tb)
        return v;
    if (fb > tb)
        return LLVMBuildTrunc(b, v, tt, "");
    return is_signed(from) ? LLVMBuildSExt(b, v, tt, "") : LLVMBuildZExt(b, v, tt, "");
}

/* &place. A reference to `str` (reborrowing `&*s`) copies the fat pointer
 * it came from; &String used as &str (deref coercion) reads the String's
 * pointer and length. */
static void ref_to(Cg *cg, const Rvalue *rv, LLVMValueRef dst) {
    Place pl = rv->as.ref.place;
    Type *pt = cg_place_type(cg, pl);
    Type *rt = resolved(rv->ty);
    if (pt->kind == TY_STR || pt->kind == TY_SLICE) {
        if (pl.nproj == 0 || pl.proj[pl.nproj - 1].kind != PROJ_DEREF)
            ICE("codegen: reference to an unsized place that is not a deref");
        cg_memcpy(cg, dst, place_addr_n(cg, pl, pl.nproj - 1), 16, 8);
        return;
    }
    LLVMValueRef a = cg_place_addr(cg, pl);
    if (is_fat_ref(rt) && pt->kind == TY_STRING) {
        LLVMValueRef p, len;
        str_parts(cg, pt, a, &p, &len);
        cg_store(cg, p, dst, 8);
        cg_store(cg, len, cg_gep(cg, dst, 8), 8);
        return;
    }
    cg_store(cg, a, dst, 8);
}

typedef struct RepeatCtx {
    const Operand *op;
    LLVMValueRef value; /* a scalar's value, computed once */
    Type *t;
} RepeatCtx;

static void repeat_elem(Cg *cg, LLVMValueRef elem, void *ctx) {
    RepeatCtx *r = ctx;
    if (r->value)
        cg_store(cg, r->value, elem, layout_of(r->t)->align);
    else
        cg_operand_to(cg, r->op, elem);
}

typedef struct CopyCtx {
    LLVMValueRef src;
    uint64_t size, align;
} CopyCtx;

static void copy_elem(Cg *cg, LLVMValueRef elem, void *ctx) {
    CopyCtx *c = ctx;
    cg_memcpy(cg, elem, c->src, c->size, c->align);
}

static bool const_is_zero(const ConstValue *c) {
    switch (c->kind) {
    case CONST_INT:
    case CONST_BOOL:
    case CONST_CHAR:
        return c->bits == 0;
    case CONST_FLOAT:
        return c->f == 0 && !__builtin_signbit(c->f);
    case CONST_UNIT:
        return true;
    case CONST_AGGREGATE:
        for (int i = 0; i < c->nelems; i++)
            if (!const_is_zero(c->elems[i]))
                return false;
        return true;
    default:
        return false;
    }
}

static void repeat_to(Cg *cg, const Rvalue *rv, LLVMValueRef dst) {
    Type *e = resolved(resolved(rv->ty)->as.array.elem);
    const Layout *el = layout_of(e);
    uint64_t n = rv->as.repeat.count;
    const Operand *op = &rv->as.repeat.operand;
    if (n == 0 || el->size == 0)
        return;
    if (op->kind == OPERAND_CONST && const_is_zero(op->as.konst)) {
        LLVMBuildMemSet(cg->b, dst, LLVMConstInt(cg->t_i8, 0, 0), cg_const_u64(cg, el->size * n),
                        (unsigned)el->align);
        return;
    }
    RepeatCtx r = {op, NULL, e};
    if (cg_is_scalar(e)) {
        r.value = op->kind == OPERAND_CONST
                      ? cg_scalar_const(cg, op->as.konst, e)
                      : cg_load(cg, cg_mem_type(cg, e), cg_place_addr(cg, op->as.place), el->align);
        if (resolved(e)->kind == TY_BOOL && op->kind == OPERAND_CONST)
            r.value = LLVMBuildZExt(cg->b, r.value, cg->t_i8, "");
        if (el->size == 1) {
            LLVMBuildMemSet(cg->b, dst, r.value, cg_const_u64(cg, n), 1);
            return;
        }
        for_each_elem(cg, dst, 0, n, el->size, repeat_elem, &r);
        return;
    }
    /* an aggregate: write the first element, copy it to the others */
    cg_operand_to(cg, op, dst);
    CopyCtx c = {dst, el->size, el->align};
    for_each_elem(cg, dst, 1, n, el->size, copy_elem, &c);
}

static bool operand_uses_local(const Operand *op, LocalId l) {
    if (op->kind == OPERAND_CONST)
        return false;
    if (op->as.place.local == l)
        return true;
    for (int i = 0; i < op->as.place.nproj; i++)
        if (op->as.place.proj[i].kind == PROJ_DEREF)
            return true; /* could point anywhere: be safe */
    return false;
}

static void aggregate_to(Cg *cg, const Rvalue *rv, LLVMValueRef dst) {
    Type *t = resolved(rv->ty);
    const Layout *l = layout_of(t);
    for (int i = 0; i < rv->as.aggregate.nops; i++) {
        uint64_t off = rv->as.aggregate.kind == AGG_TUPLE
                           ? l->offsets[i]
                           : (uint64_t)i * layout_of(t->as.array.elem)->size;
        cg_operand_to(cg, &rv->as.aggregate.ops[i], cg_gep(cg, dst, off));
    }
}

static void assign(Cg *cg, const MirStmt *s) {
    Place p = s->as.assign.place;
    const Rvalue *rv = &s->as.assign.rvalue;
    Type *t = cg_place_type(cg, p);
    switch (rv->kind) {
    case RV_USE:
        cg_operand_to(cg, &rv->as.use, cg_place_addr(cg, p));
        return;
    case RV_BINARY: {
        LLVMValueRef v = binary_value(cg, rv->as.binary.op, &rv->as.binary.lhs, &rv->as.binary.rhs);
        cg_store_scalar(cg, t, v, cg_place_addr(cg, p));
        return;
    }
    case RV_CHECKED_BINARY:
        checked_binary(cg, rv, cg_place_addr(cg, p));
        return;
    case RV_UNARY: {
        Type *ot = cg_operand_type(cg, &rv->as.unary.operand);
        LLVMValueRef v = cg_operand(cg, &rv->as.unary.operand);
        if (rv->as.unary.op == UN_NEG)
            v = is_float(ot) ? LLVMBuildFNeg(cg->b, v, "") : LLVMBuildNeg(cg->b, v, "");
        else if (rv->as.unary.op == UN_NOT)
            v = LLVMBuildNot(cg->b, v, "");
        else
            ICE("codegen: unary deref in MIR");
        cg_store_scalar(cg, t, v, cg_place_addr(cg, p));
        return;
    }
    case RV_REF:
        ref_to(cg, rv, cg_place_addr(cg, p));
        return;
    case RV_CAST: {
        const Operand *op = &rv->as.cast.operand;
        Type *from = cg_operand_type(cg, op);
        if (is_fat_ref(rv->ty) && !is_fat_ref(from)) {
            /* &String as &str */
            LLVMValueRef s_addr = cg_operand(cg, op), ptr, len;
            LLVMValueRef dst = cg_place_addr(cg, p);
            str_parts(cg, resolved(from)->as.ref.inner, s_addr, &ptr, &len);
            cg_store(cg, ptr, dst, 8);
            cg_store(cg, len, cg_gep(cg, dst, 8), 8);
            return;
        }
        if (!cg_is_scalar(from)) {
            cg_operand_to(cg, op, cg_place_addr(cg, p));
            return;
        }
        LLVMValueRef v = cast_value(cg, cg_operand(cg, op), from, rv->ty);
        cg_store_scalar(cg, t, v, cg_place_addr(cg, p));
        return;
    }
    case RV_AGGREGATE: {
        bool alias = false;
        for (int i = 0; i < rv->as.aggregate.nops; i++)
            alias |= operand_uses_local(&rv->as.aggregate.ops[i], p.local);
        const Layout *l = layout_of(t);
        if (alias) {
            LLVMValueRef tmp = cg_scratch(cg, l->size, l->align);
            aggregate_to(cg, rv, tmp);
            cg_memcpy(cg, cg_place_addr(cg, p), tmp, l->size, l->align);
        } else {
            aggregate_to(cg, rv, cg_place_addr(cg, p));
        }
        return;
    }
    case RV_REPEAT:
        repeat_to(cg, rv, cg_place_addr(cg, p));
        return;
    }
    ICE("codegen: bad rvalue kind %d", (int)rv->kind);
}

/* ---- terminators ------------------------------------------------------------------------------------------ */

static LLVMBasicBlockRef block_of(Cg *cg, BlockId id) {
    if (id < 0 || id >= cg->body->blocks.len)
        ICE("codegen: jump to missing block %d", id);
    return cg->blocks[id];
}

static void panic_str(Cg *cg, const char *msg, Span span) {
    LLVMValueRef args[3] = {cg_str_ptr(cg, msg, strlen(msg)), cg_const_u64(cg, strlen(msg)),
                            cg_loc(cg, span)};
    cg_call_rt(cg, RT_PANIC_STR, args, 3);
    LLVMBuildUnreachable(cg->b);
}

static void assert_term(Cg *cg, const MirTerm *t) {
    LLVMValueRef cond = cg_operand(cg, &t->as.assert.cond);
    LLVMBasicBlockRef ok = block_of(cg, t->as.assert.target);
    LLVMBasicBlockRef fail = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "panic");
    if (t->as.assert.expected)
        LLVMBuildCondBr(cg->b, cond, ok, fail);
    else
        LLVMBuildCondBr(cg->b, cond, fail, ok);
    LLVMPositionBuilderAtEnd(cg->b, fail);
    if (t->as.assert.kind == ASSERT_BOUNDS) {
        LLVMValueRef len = cg_operand(cg, &t->as.assert.a);
        LLVMValueRef idx = cg_operand(cg, &t->as.assert.b);
        LLVMValueRef args[3] = {idx, len, cg_loc(cg, t->span)};
        cg_call_rt(cg, RT_PANIC_BOUNDS, args, 3);
        LLVMBuildUnreachable(cg->b);
        return;
    }
    panic_str(cg, assert_message(t->as.assert.kind, t->as.assert.op), t->span);
}

static void call_fn(Cg *cg, const MirTerm *t) {
    Item *item = t->as.call.callee.fn;
    CgFunc *f = cg_map_get(&cg->fns, &item, sizeof item);
    if (!f)
        ICE("codegen: call of a function without a body");
    int n = t->as.call.nargs;
    LLVMValueRef *args = ALLOC_N(LLVMValueRef, n + 1);
    /* a diverging call has no destination (local -1) */
    Place dest = t->as.call.dest;
    bool has_dest = dest.local >= 0 && layout_of(cg_place_type(cg, dest))->size > 0;
    args[0] = has_dest ? cg_place_addr(cg, dest) : cg->frame;
    for (int i = 0; i < n; i++)
        args[i + 1] = cg_operand_addr(cg, &t->as.call.args[i]);
    LLVMBuildCall2(cg->b, f->ty, f->fn, args, (unsigned)n + 1, "");
}

static void switch_term(Cg *cg, const MirTerm *t) {
    LLVMValueRef v = cg_operand(cg, &t->as.switch_.discr);
    LLVMTypeRef ty = LLVMTypeOf(v);
    if (t->as.switch_.nvalues == 1) {
        /* an `if`: a conditional branch, which the -O0 instruction
         * selector (FastISel) handles itself; a switch would send the
         * block to the slower SelectionDAG path */
        LLVMBasicBlockRef hit = block_of(cg, t->as.switch_.targets[0]);
        LLVMBasicBlockRef miss = block_of(cg, t->as.switch_.otherwise);
        u128 val = t->as.switch_.values[0];
        if (ty == cg->t_i1 && val <= 1) {
            LLVMBuildCondBr(cg->b, v, val ? hit : miss, val ? miss : hit);
            return;
        }
        LLVMValueRef eq = LLVMBuildICmp(cg->b, LLVMIntEQ, v, cg_int_const(cg, ty, val), "");
        LLVMBuildCondBr(cg->b, eq, hit, miss);
        return;
    }
    LLVMValueRef sw = LLVMBuildSwitch(cg->b, v, block_of(cg, t->as.switch_.otherwise),
                                      (unsigned)t->as.switch_.nvalues);
    for (int i = 0; i < t->as.switch_.nvalues; i++)
        LLVMAddCase(sw, cg_int_const(cg, ty, t->as.switch_.values[i]),
                    block_of(cg, t->as.switch_.targets[i]));
}

static void terminator(Cg *cg, const MirTerm *t) {
    switch (t->kind) {
    case TERM_GOTO:
        LLVMBuildBr(cg->b, block_of(cg, t->as.goto_));
        return;
    case TERM_SWITCH_INT:
        switch_term(cg, t);
        return;
    case TERM_RETURN: {
        cg_trace_term(cg, t, false);
        const Layout *l = layout_of(cg->body->locals.data[MIR_RETURN_LOCAL].ty);
        cg_memcpy(cg, cg->ret_param, cg->local_addr[MIR_RETURN_LOCAL], l->size, l->align);
        LLVMBuildRetVoid(cg->b);
        return;
    }
    case TERM_UNREACHABLE:
        LLVMBuildUnreachable(cg->b);
        return;
    case TERM_ASSERT:
        assert_term(cg, t);
        return;
    case TERM_DROP:
        cg_drop(cg, cg_place_type(cg, t->as.drop.place), cg_place_addr(cg, t->as.drop.place));
        cg_trace_term(cg, t, true);
        LLVMBuildBr(cg->b, block_of(cg, t->as.drop.target));
        return;
    case TERM_CALL:
        cg_trace_term(cg, t, false);
        if (t->as.call.callee.kind == CALLEE_FN)
            call_fn(cg, t);
        else
            cg_builtin_call(cg, t);
        /* a builtin that panics has already ended its block */
        if (LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(cg->b)))
            return;
        cg_trace_term(cg, t, true);
        if (t->as.call.target == NO_BLOCK)
            LLVMBuildUnreachable(cg->b);
        else
            LLVMBuildBr(cg->b, block_of(cg, t->as.call.target));
        return;
    }
    ICE("codegen: bad terminator kind %d", (int)t->kind);
}

/* ---- functions ---------------------------------------------------------------------------------------------- */

static void add_fn_attr(Cg *cg, LLVMValueRef fn, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

static void declare_body(Cg *cg, MirBody *body) {
    int n = body->arg_count + 1;
    LLVMTypeRef *params = ALLOC_N(LLVMTypeRef, n);
    for (int i = 0; i < n; i++)
        params[i] = cg->t_ptr;
    CgFunc *f = ALLOC(CgFunc);
    f->ty = LLVMFunctionType(cg->t_void, params, (unsigned)n, 0);
    f->fn = LLVMAddFunction(cg->mod, body->symbol, f->ty);
    LLVMSetLinkage(f->fn, LLVMInternalLinkage);
    add_fn_attr(cg, f->fn, "nounwind");
    /* Touch every stack page in order, as rustc does, so that a frame larger
     * than the guard gap still faults inside it and the runtime reports
     * "has overflowed its stack" (rt_init.c) instead of a stray SIGSEGV. */
    LLVMAddAttributeAtIndex(f->fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg->ctx, "probe-stack", 11, "inline-asm", 10));
    cg_map_put(&cg->fns, &body->item, sizeof body->item, f);
}

static void gen_body(Cg *cg, MirBody *body) {
    CgFunc *f = cg_map_get(&cg->fns, &body->item, sizeof body->item);
    cg->body = body;
    cg->fn = f->fn;
    cg->fmt_buf = NULL;
    cg->ret_param = LLVMGetParam(f->fn, 0);
    cg_debug_clear(cg);
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(cg->ctx, f->fn, "start");
    LLVMPositionBuilderAtEnd(cg->b, entry);

    LLVMValueRef frame = LLVMBuildAlloca(cg->b, LLVMArrayType(cg->t_i8, (unsigned)body->frame_size),
                                         "frame");
    LLVMSetAlignment(frame, (unsigned)body->frame_align);
    cg->frame = LLVMBuildPointerCast(cg->b, frame, cg->t_ptr, "");
    int nloc = body->locals.len;
    cg->local_addr = ALLOC_N(LLVMValueRef, nloc > 0 ? nloc : 1);
    for (int i = 0; i < nloc; i++) {
        if (!cg->opts->optimize) {
            cg->local_addr[i] = cg_gep(cg, cg->frame, body->locals.data[i].offset);
            continue;
        }
        /* -O: one alloca per local. LLVM's SROA gives up on an alloca as
         * soon as any part of it escapes (a reference passed to a call),
         * so one shared frame object would keep every local in memory.
         * The optimiser rearranges the stack anyway; the frame layout
         * describes debug builds. */
        const Layout *l = layout_of(body->locals.data[i].ty);
        char name[32];
        snprintf(name, sizeof name, "b%d.l%d_", cg->body_index, i); /* read by cg_homes.c */
        LLVMValueRef a = LLVMBuildAlloca(cg->b, LLVMArrayType(cg->t_i8, (unsigned)l->size), name);
        LLVMSetAlignment(a, (unsigned)l->align);
        cg->local_addr[i] = LLVMBuildPointerCast(cg->b, a, cg->t_ptr, "");
    }
    for (int i = 1; i <= body->arg_count; i++) {
        const Layout *l = layout_of(body->locals.data[i].ty);
        cg_memcpy(cg, cg->local_addr[i], LLVMGetParam(f->fn, (unsigned)i), l->size, l->align);
    }
    cg_trace_enter(cg);
    int nblocks = body->blocks.len;
    cg->blocks = ALLOC_N(LLVMBasicBlockRef, nblocks > 0 ? nblocks : 1);
    for (int i = 0; i < nblocks; i++) {
        char name[24];
        snprintf(name, sizeof name, "bb%d", i);
        cg->blocks[i] = LLVMAppendBasicBlockInContext(cg->ctx, f->fn, name);
    }
    LLVMValueRef br = nblocks ? LLVMBuildBr(cg->b, cg->blocks[0]) : LLVMBuildUnreachable(cg->b);
    cg->ab = LLVMCreateBuilderInContext(cg->ctx);
    LLVMPositionBuilderBefore(cg->ab, br);
    cg_debug_fn(cg, body, entry);

    for (int i = 0; i < nblocks; i++) {
        MirBlock *blk = body->blocks.data[i];
        LLVMPositionBuilderAtEnd(cg->b, cg->blocks[i]);
        for (int j = 0; j < blk->stmts.len; j++) {
            if (blk->stmts.data[j].kind == MIR_ASSIGN) {
                cg_debug_loc(cg, blk->stmts.data[j].span);
                assign(cg, &blk->stmts.data[j]);
            }
            cg_trace_stmt(cg, &blk->stmts.data[j]);
        }
        if (!blk->has_term)
            ICE("codegen: block bb%d of %s has no terminator", i, body->symbol);
        cg_debug_loc(cg, blk->term.span);
        terminator(cg, &blk->term);
    }
    LLVMDisposeBuilder(cg->ab);
    cg->ab = NULL;
}

/* int main(int argc, char **argv): start the runtime, run the user's main,
 * return the runtime's exit status. */
static void gen_c_main(Cg *cg) {
    LLVMTypeRef params[2] = {cg->t_i32, LLVMPointerType(cg->t_ptr, 0)};
    LLVMTypeRef ty = LLVMFunctionType(cg->t_i32, params, 2, 0);
    LLVMValueRef fn = LLVMAddFunction(cg->mod, "main", ty);
    add_fn_attr(cg, fn, "nounwind");
    LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, fn, "start"));
    LLVMValueRef args[2] = {LLVMGetParam(fn, 0), LLVMGetParam(fn, 1)};
    cg_trace_main(cg);
    cg_call_rt(cg, RT_INIT, args, 2);
    if (cg->prog->main) {
        CgFunc *m = cg_map_get(&cg->fns, &cg->prog->main->item, sizeof cg->prog->main->item);
        /* Inlined here, main's stack probes would run before owl_rt_init
         * installs the stack overflow handler. */
        add_fn_attr(cg, m->fn, "noinline");
        LLVMValueRef slot = LLVMBuildAlloca(cg->b, cg->t_i8, "unit");
        LLVMBuildCall2(cg->b, m->ty, m->fn, &slot, 1, "");
    }
    LLVMBuildRet(cg->b, cg_call_rt(cg, RT_EXIT, NULL, 0));
}

/* ---- the module ---------------------------------------------------------------------------------------------- */

static bool report_error(const char *what, const char *path, char *msg) {
    diag_emit(diag_new_nospan(DIAG_ERROR, NULL, "%s `%s`: %s", what, path, msg ? msg : "unknown error"));
    if (msg)
        LLVMDisposeMessage(msg);
    return false;
}

static bool write_stdout(LLVMMemoryBufferRef buf) {
    fwrite(LLVMGetBufferStart(buf), 1, LLVMGetBufferSize(buf), stdout);
    LLVMDisposeMemoryBuffer(buf);
    return true;
}

static bool emit_machine(Cg *cg, const char *path, LLVMCodeGenFileType kind) {
    char *err = NULL;
    if (!strcmp(path, "-")) {
        LLVMMemoryBufferRef buf;
        if (LLVMTargetMachineEmitToMemoryBuffer(cg->tm, cg->mod, kind, &err, &buf))
            return report_error("cannot emit", path, err);
        return write_stdout(buf);
    }
    if (LLVMTargetMachineEmitToFile(cg->tm, cg->mod, (char *)path, kind, &err))
        return report_error("cannot write", path, err);
    return true;
}

static void init_llvm(void) {
    static bool done;
    if (done)
        return;
    done = true;
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
}

static void optimize(Cg *cg) {
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef err = LLVMRunPasses(cg->mod, "default<O2>", cg->tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (err) {
        char *msg = LLVMGetErrorMessage(err);
        ICE("codegen: LLVM's optimiser failed: %s", msg);
    }
}

bool cg_emit(MirProgram *p, const CgOptions *opts) {
    init_llvm();
    Cg cgs;
    memset(&cgs, 0, sizeof cgs);
    Cg *cg = &cgs;
    cg->opts = opts;
    cg->file = opts->file;
    cg->prog = p;
    cg->ctx = LLVMContextCreate();
    const char *name = opts->file ? opts->file->path : "main.rs";
    cg->mod = LLVMModuleCreateWithNameInContext(name, cg->ctx);
    LLVMSetSourceFileName(cg->mod, name, strlen(name));
    cg->b = LLVMCreateBuilderInContext(cg->ctx);

    char *triple = LLVMGetDefaultTargetTriple();
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err))
        ICE("codegen: no LLVM target for %s: %s", triple, err);
    cg->tm = LLVMCreateTargetMachine(target, triple, "generic", "",
                                     opts->optimize ? LLVMCodeGenLevelDefault : LLVMCodeGenLevelNone,
                                     LLVMRelocPIC, LLVMCodeModelDefault);
    LLVMSetTarget(cg->mod, triple);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(cg->tm);
    LLVMSetModuleDataLayout(cg->mod, td);
    LLVMDisposeTargetData(td);
    LLVMDisposeMessage(triple);

    cg->t_void = LLVMVoidTypeInContext(cg->ctx);
    cg->t_i1 = LLVMInt1TypeInContext(cg->ctx);
    cg->t_i8 = LLVMInt8TypeInContext(cg->ctx);
    cg->t_i16 = LLVMInt16TypeInContext(cg->ctx);
    cg->t_i32 = LLVMInt32TypeInContext(cg->ctx);
    cg->t_i64 = LLVMInt64TypeInContext(cg->ctx);
    cg->t_i128 = LLVMIntTypeInContext(cg->ctx, 128);
    cg->t_f32 = LLVMFloatTypeInContext(cg->ctx);
    cg->t_f64 = LLVMDoubleTypeInContext(cg->ctx);
    cg->t_ptr = LLVMPointerType(cg->t_i8, 0);
    cg_const_init_module(cg);
    cg_debug_init(cg);

    for (int i = 0; i < p->bodies.len; i++)
        declare_body(cg, p->bodies.data[i]);
    cg_declare_statics(cg);
    for (int i = 0; i < p->bodies.len; i++) {
        cg->body_index = i;
        gen_body(cg, p->bodies.data[i]);
    }
    cg_define_statics(cg);
    cg_debug_clear(cg);
    gen_c_main(cg);
    cg_debug_finish(cg);

    char *msg = NULL;
    if (LLVMVerifyModule(cg->mod, LLVMReturnStatusAction, &msg)) {
        if (getenv("OWL_CG_DUMP"))
            LLVMDumpModule(cg->mod);
        ICE("codegen: LLVM rejected the module: %s", msg);
    }
    LLVMDisposeMessage(msg);
    if (opts->optimize) {
        optimize(cg);
        cg_find_homes(cg);
    } else {
        cg_forget_homes();
    }

    bool ok = true;
    if (opts->ir_path) {
        if (!strcmp(opts->ir_path, "-")) {
            char *s = LLVMPrintModuleToString(cg->mod);
            fputs(s, stdout);
            LLVMDisposeMessage(s);
        } else if (LLVMPrintModuleToFile(cg->mod, opts->ir_path, &err)) {
            ok = report_error("cannot write", opts->ir_path, err);
        }
    }
    if (ok && opts->asm_path)
        ok = emit_machine(cg, opts->asm_path, LLVMAssemblyFile);
    if (ok && opts->obj_path)
        ok = emit_machine(cg, opts->obj_path, LLVMObjectFile);

    LLVMDisposeBuilder(cg->b);
    LLVMDisposeModule(cg->mod);
    LLVMDisposeTargetMachine(cg->tm);
    LLVMContextDispose(cg->ctx);
    return ok;
}
