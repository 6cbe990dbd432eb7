/* cg_builtin.c: calls of builtins (builtins.h) as runtime calls or inline
 * code: String and str methods, std::mem functions, and the formatting and
 * panicking macros.
 *
 * Conventions with MIR (mir.h, Callee): arguments are operands in the
 * builtin's parameter order, the receiver first; the destination is the
 * call's dest place. A format macro's arguments are `&T` operands in
 * template order; for assert_eq!/assert_ne! the first two arguments are
 * &left and &right and the message's arguments follow them (template index
 * i is argument 2 + i). The comparison of assert!/assert_eq! is MIR's job:
 * the macro's Call is its failure path and always panics.
 *
 * A formatted value reaches the runtime as (address of the value, type
 * descriptor, spec): the address is the `&T` argument itself, except when T
 * is `str`, whose `&str` operand is the value the STR descriptor describes.
 */
#include "cg_internal.h"

#include <string.h>

#include "owl_rt.h"

static Type *arg_type(Cg *cg, const MirTerm *t, int i) {
    return ty_resolve(cg_operand_type(cg, &t->as.call.args[i]));
}

/* (ptr, len) of a &str operand, or of a &String operand. */
static void str_arg(Cg *cg, const MirTerm *t, int i, LLVMValueRef *p, LLVMValueRef *len) {
    Type *ty = arg_type(cg, t, i);
    const Operand *op = &t->as.call.args[i];
    if (op->kind == OPERAND_CONST && op->as.konst->kind == CONST_STR) {
        *p = cg_str_ptr(cg, op->as.konst->bytes, op->as.konst->len);
        *len = cg_const_u64(cg, op->as.konst->len);
        return;
    }
    LLVMValueRef addr;
    uint64_t off = 0;
    if (ty->kind == TY_REF && ty_resolve(ty->as.ref.inner)->kind == TY_STRING) {
        addr = cg_operand(cg, &t->as.call.args[i]);
        off = 8;
    } else {
        addr = cg_operand_addr(cg, &t->as.call.args[i]);
    }
    *p = cg_load(cg, cg->t_ptr, cg_gep(cg, addr, off), 8);
    *len = cg_load(cg, cg->t_i64, cg_gep(cg, addr, off + 8), 8);
}

static LLVMValueRef dest_addr(Cg *cg, const MirTerm *t) {
    return cg_place_addr(cg, t->as.call.dest);
}

static void store_dest(Cg *cg, const MirTerm *t, LLVMValueRef v) {
    Type *dt = cg_place_type(cg, t->as.call.dest);
    cg_store_scalar(cg, dt, v, dest_addr(cg, t));
}

/* ---- formatting ---------------------------------------------------------------------- */

static LLVMValueRef fmt_buf(Cg *cg) {
    if (!cg->fmt_buf)
        cg->fmt_buf = cg_scratch(cg, OWL_FMT_SIZE, 8);
    return cg->fmt_buf;
}

static void fmt_lit(Cg *cg, LLVMValueRef f, const char *text, size_t len) {
    if (len == 0)
        return;
    LLVMValueRef a[3] = {f, cg_str_ptr(cg, text, len), cg_const_u64(cg, len)};
    cg_call_rt(cg, RT_FMT_LIT, a, 3);
}

/* The address and type of the value behind a `&T` format argument. */
static LLVMValueRef fmt_value(Cg *cg, const Operand *op, Type **elem) {
    Type *rt = ty_resolve(cg_operand_type(cg, op));
    if (rt->kind != TY_REF)
        ICE("codegen: format argument of type %s is not a reference", ty_to_string(rt));
    *elem = ty_resolve(rt->as.ref.inner);
    if ((*elem)->kind == TY_STR)
        return cg_operand_addr(cg, op); /* the &str itself is the value */
    return cg_operand(cg, op);
}

static LLVMValueRef count_arg(Cg *cg, const Operand *args, int base, int64_t index) {
    LLVMValueRef ref = cg_operand(cg, &args[base + index]);
    return cg_load(cg, cg->t_i64, ref, 8);
}

/* Appends every piece of a template to the formatter f. */
static void fmt_pieces(Cg *cg, LLVMValueRef f, const FmtTemplate *tpl, const Operand *args,
                       int nargs, int base) {
    for (int i = 0; i < tpl->pieces.len; i++) {
        const FmtPiece *p = &tpl->pieces.data[i];
        if (!p->is_arg) {
            fmt_lit(cg, f, p->text, p->text_len);
            continue;
        }
        if (base + p->arg >= nargs)
            ICE("codegen: format piece refers to argument %d of %d", p->arg, nargs - base);
        Type *elem;
        LLVMValueRef value = fmt_value(cg, &args[base + p->arg], &elem);
        /* Debug of a raw pointer is its Pointer formatting (the address),
         * which the runtime's REF descriptor would not give */
        FmtPiece raw;
        if (elem->kind == TY_PTR && p->trait == OWL_FMT_DEBUG) {
            raw = *p;
            raw.trait = OWL_FMT_POINTER;
            p = &raw;
        }
        LLVMValueRef spec = cg_fmt_spec(cg, p);
        if (p->width_kind == FMT_COUNT_ARG || p->prec_kind == FMT_COUNT_ARG) {
            /* a spec with a runtime width or precision, built on the stack */
            LLVMValueRef s = cg_scratch(cg, sizeof(OwlFmtSpec), 8);
            cg_memcpy(cg, s, spec, sizeof(OwlFmtSpec), 8);
            if (p->width_kind == FMT_COUNT_ARG)
                cg_store(cg, count_arg(cg, args, base, p->width), cg_gep(cg, s, 8), 8);
            if (p->prec_kind == FMT_COUNT_ARG)
                cg_store(cg, count_arg(cg, args, base, p->precision), cg_gep(cg, s, 16), 8);
            spec = s;
        }
        LLVMValueRef a[4] = {f, value, cg_type_desc(cg, elem), spec};
        cg_call_rt(cg, RT_FMT_ARG, a, 4);
    }
}

/* rustc's Arguments::estimated_capacity() for format!. */
static uint64_t format_capacity(const FmtTemplate *tpl) {
    uint64_t lits = tpl->literal_len;
    bool has_args = false;
    for (int i = 0; i < tpl->pieces.len; i++)
        has_args |= tpl->pieces.data[i].is_arg;
    if (!has_args)
        return lits;
    const FmtPiece *first = tpl->pieces.len ? &tpl->pieces.data[0] : NULL;
    bool starts_with_arg = first && (first->is_arg || first->text_len == 0);
    if (starts_with_arg && lits < 16)
        return 0;
    return lits * 2;
}

static LLVMValueRef fmt_start(Cg *cg, uint64_t cap) {
    LLVMValueRef f = fmt_buf(cg);
    LLVMValueRef a[2] = {f, cg_const_u64(cg, cap)};
    cg_call_rt(cg, RT_FMT_INIT, a, 2);
    return f;
}

static void print_macro(Cg *cg, const MirTerm *t, int fd, bool newline) {
    const FmtTemplate *tpl = t->as.call.callee.fmt;
    LLVMValueRef f = fmt_start(cg, 0);
    if (tpl)
        fmt_pieces(cg, f, tpl, t->as.call.args, t->as.call.nargs, 0);
    if (newline)
        fmt_lit(cg, f, "\n", 1);
    LLVMValueRef a[2] = {f, LLVMConstInt(cg->t_i32, (unsigned)fd, 0)};
    cg_call_rt(cg, RT_FMT_PRINT, a, 2);
}

static void panic_with_str(Cg *cg, const char *msg, Span span) {
    LLVMValueRef a[3] = {cg_str_ptr(cg, msg, strlen(msg)), cg_const_u64(cg, strlen(msg)),
                         cg_loc(cg, span)};
    cg_call_rt(cg, RT_PANIC_STR, a, 3);
    LLVMBuildUnreachable(cg->b);
}

/* panic!, and assert!/unreachable!/todo! with a message: prefix + the
 * formatted template. */
static void panic_macro(Cg *cg, const MirTerm *t, const char *prefix, const char *fallback) {
    const FmtTemplate *tpl = t->as.call.callee.fmt;
    if (!tpl) {
        panic_with_str(cg, fallback, t->span);
        return;
    }
    LLVMValueRef f = fmt_start(cg, 0);
    if (prefix)
        fmt_lit(cg, f, prefix, strlen(prefix));
    fmt_pieces(cg, f, tpl, t->as.call.args, t->as.call.nargs, 0);
    LLVMValueRef a[2] = {f, cg_loc(cg, t->span)};
    cg_call_rt(cg, RT_PANIC_FMT, a, 2);
    LLVMBuildUnreachable(cg->b);
}

static void assert_eq_macro(Cg *cg, const MirTerm *t, bool is_ne) {
    if (t->as.call.nargs < 2)
        ICE("codegen: assert_eq! without its two operands");
    Type *lt, *rt;
    LLVMValueRef l = fmt_value(cg, &t->as.call.args[0], &lt);
    LLVMValueRef r = fmt_value(cg, &t->as.call.args[1], &rt);
    LLVMValueRef msg = LLVMConstNull(cg->t_ptr);
    if (t->as.call.callee.fmt) {
        msg = fmt_start(cg, 0);
        fmt_pieces(cg, msg, t->as.call.callee.fmt, t->as.call.args, t->as.call.nargs, 2);
    }
    LLVMValueRef a[6] = {LLVMConstInt(cg->t_i32, is_ne, 0), l, r, cg_type_desc(cg, lt), msg,
                         cg_loc(cg, t->span)};
    cg_call_rt(cg, RT_PANIC_ASSERT, a, 6);
    LLVMBuildUnreachable(cg->b);
}

/* ---- the builtins ------------------------------------------------------------------------ */

void cg_builtin_call(Cg *cg, const MirTerm *t) {
    const Callee *c = &t->as.call.callee;
    const Operand *args = t->as.call.args;
    LLVMValueRef p, len;
    switch (c->builtin) {
    case BUILTIN_STRING_NEW: {
        /* {cap 0, ptr 1 (dangling), len 0}: no call needed */
        LLVMValueRef d = dest_addr(cg, t);
        cg_store(cg, cg_const_u64(cg, 0), d, 8);
        cg_store(cg, LLVMConstIntToPtr(cg_const_u64(cg, 1), cg->t_ptr), cg_gep(cg, d, 8), 8);
        cg_store(cg, cg_const_u64(cg, 0), cg_gep(cg, d, 16), 8);
        return;
    }
    case BUILTIN_STRING_FROM:
    case BUILTIN_STR_TO_STRING: {
        str_arg(cg, t, 0, &p, &len);
        LLVMValueRef a[3] = {dest_addr(cg, t), p, len};
        cg_call_rt(cg, RT_STRING_FROM, a, 3);
        return;
    }
    case BUILTIN_STRING_WITH_CAPACITY: {
        LLVMValueRef a[2] = {dest_addr(cg, t), cg_operand(cg, &args[0])};
        cg_call_rt(cg, RT_STRING_WITH_CAPACITY, a, 2);
        return;
    }
    case BUILTIN_MEM_SIZE_OF:
        store_dest(cg, t, cg_const_u64(cg, layout_of(c->generic)->size));
        return;
    case BUILTIN_MEM_ALIGN_OF:
        store_dest(cg, t, cg_const_u64(cg, layout_of(c->generic)->align));
        return;
    case BUILTIN_MEM_DROP:
        if (args[0].kind != OPERAND_CONST)
            cg_drop(cg, arg_type(cg, t, 0), cg_place_addr(cg, args[0].as.place));
        return;
    case BUILTIN_STR_LEN:
    case BUILTIN_STR_IS_EMPTY:
    case BUILTIN_STR_AS_PTR:
        str_arg(cg, t, 0, &p, &len);
        if (c->builtin == BUILTIN_STR_LEN)
            store_dest(cg, t, len);
        else if (c->builtin == BUILTIN_STR_IS_EMPTY)
            store_dest(cg, t, LLVMBuildICmp(cg->b, LLVMIntEQ, len, cg_const_u64(cg, 0), ""));
        else
            store_dest(cg, t, p);
        return;
    case BUILTIN_STRING_CAPACITY: {
        LLVMValueRef s = cg_operand(cg, &args[0]);
        store_dest(cg, t, cg_load(cg, cg->t_i64, s, 8));
        return;
    }
    case BUILTIN_STRING_PUSH_STR:
    case BUILTIN_STRING_ADD_ASSIGN: {
        LLVMValueRef s = cg_operand(cg, &args[0]);
        str_arg(cg, t, 1, &p, &len);
        LLVMValueRef a[3] = {s, p, len};
        cg_call_rt(cg, RT_STRING_PUSH_STR, a, 3);
        return;
    }
    case BUILTIN_STRING_PUSH: {
        LLVMValueRef a[2] = {cg_operand(cg, &args[0]), cg_operand(cg, &args[1])};
        cg_call_rt(cg, RT_STRING_PUSH, a, 2);
        return;
    }
    case BUILTIN_STRING_CLONE: {
        LLVMValueRef a[2] = {dest_addr(cg, t), cg_operand(cg, &args[0])};
        cg_call_rt(cg, RT_STRING_CLONE, a, 2);
        return;
    }
    case BUILTIN_STRING_ADD: {
        /* s + t: the String moves into the result, then t is appended */
        LLVMValueRef d = dest_addr(cg, t);
        str_arg(cg, t, 1, &p, &len); /* read before the move could clobber it */
        cg_operand_to(cg, &args[0], d);
        LLVMValueRef a[3] = {d, p, len};
        cg_call_rt(cg, RT_STRING_PUSH_STR, a, 3);
        return;
    }
    case BUILTIN_STR_EQ:
    case BUILTIN_STR_CMP: {
        LLVMValueRef a[4];
        str_arg(cg, t, 0, &a[0], &a[1]);
        str_arg(cg, t, 1, &a[2], &a[3]);
        LLVMValueRef r = cg_call_rt(cg, c->builtin == BUILTIN_STR_EQ ? RT_STR_EQ : RT_STR_CMP, a, 4);
        if (c->builtin == BUILTIN_STR_EQ)
            r = LLVMBuildICmp(cg->b, LLVMIntNE, r, LLVMConstInt(cg->t_i32, 0, 0), "");
        store_dest(cg, t, r);
        return;
    }
    case BUILTIN_MAC_PRINT:
        print_macro(cg, t, 1, false);
        return;
    case BUILTIN_MAC_PRINTLN:
        print_macro(cg, t, 1, true);
        return;
    case BUILTIN_MAC_EPRINT:
        print_macro(cg, t, 2, false);
        return;
    case BUILTIN_MAC_EPRINTLN:
        print_macro(cg, t, 2, true);
        return;
    case BUILTIN_MAC_FORMAT: {
        const FmtTemplate *tpl = c->fmt;
        LLVMValueRef f = fmt_start(cg, tpl ? format_capacity(tpl) : 0);
        if (tpl)
            fmt_pieces(cg, f, tpl, args, t->as.call.nargs, 0);
        LLVMValueRef a[2] = {f, dest_addr(cg, t)};
        cg_call_rt(cg, RT_FMT_INTO_STRING, a, 2);
        return;
    }
    case BUILTIN_MAC_PANIC:
        panic_macro(cg, t, NULL, "explicit panic");
        return;
    case BUILTIN_MAC_ASSERT:
        panic_macro(cg, t, NULL, c->text ? c->text : "assertion failed");
        return;
    case BUILTIN_MAC_ASSERT_EQ:
    case BUILTIN_MAC_ASSERT_NE:
        assert_eq_macro(cg, t, c->builtin == BUILTIN_MAC_ASSERT_NE);
        return;
    case BUILTIN_MAC_UNREACHABLE:
        panic_macro(cg, t, "internal error: entered unreachable code: ",
                    "internal error: entered unreachable code");
        return;
    case BUILTIN_MAC_TODO:
        panic_macro(cg, t, "not yet implemented: ", "not yet implemented");
        return;
    case BUILTIN_NONE:
    case BUILTIN_COUNT:
        break;
    }
    ICE("codegen: builtin %s has no lowering", builtin_name(c->builtin));
}
