/* cg_homes.c: where the optimiser left each local (-O builds).
 *
 * With -O every local starts in an alloca of its own named "b<B>.l<L>_"
 * (body B of the program, local L; see gen_body). After the optimisation
 * pipeline the allocas that survive in a function's own LLVM function say
 * what happened: SROA and mem2reg delete an alloca whose value can live in
 * SSA registers, split one whose parts are used separately into smaller
 * allocas (named after it: "b<B>.l<L>_.sroa.N", or with a number appended
 * when LLVM makes a name unique), and leave alone one whose address
 * escapes (say, a reference passed to a runtime call). The trailing `_`
 * keeps those appended numbers apart from the local's. Values inlined from
 * another body get ".i" appended and are not this body's. A body whose
 * function no longer exists was inlined into every caller. The layout
 * report prints the answer in place of the frame offsets, which do not
 * apply to -O.
 *
 * This reads LLVM IR, before instruction selection: a value promoted to a
 * register may still be spilled to the stack by the register allocator.
 */
#include "cg_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static MirProgram *homes_prog;   /* the program of the last cg_emit() */
static CgHome **homes;           /* [body index][local] */

/* Whether a name ends a ".i" segment somewhere: a value the inliner cloned. */
static bool inlined_copy(const char *rest) {
    for (const char *p = strstr(rest, ".i"); p; p = strstr(p + 1, ".i"))
        if (p[2] == '\0' || p[2] == '.' || isdigit((unsigned char)p[2]))
            return true;
    return false;
}

/* The body index and local named by an alloca, or false for other names
 * (owl's scratch slots, allocas inlined from other bodies). */
static bool parse_name(const char *name, int *body, int *local) {
    int n = 0;
    if (sscanf(name, "b%d.l%d_%n", body, local, &n) != 2 || n == 0)
        return false;
    return !inlined_copy(name + n);
}

static void scan_function(Cg *cg, LLVMValueRef fn, int bi, CgHome *out) {
    LLVMTargetDataRef td = LLVMGetModuleDataLayout(cg->mod);
    const MirBody *body = homes_prog->bodies.data[bi];
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
        for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in)) {
            if (LLVMGetInstructionOpcode(in) != LLVMAlloca)
                continue;
            size_t len;
            const char *name = LLVMGetValueName2(in, &len);
            int b, l;
            if (!parse_name(name, &b, &l) || b != bi || l < 0 || l >= body->locals.len)
                continue;
            uint64_t size = LLVMABISizeOfType(td, LLVMGetAllocatedType(in));
            if (size >= layout_of(body->locals.data[l].ty)->size)
                out[l] = CG_HOME_STACK;
            else if (out[l] != CG_HOME_STACK)
                out[l] = CG_HOME_SPLIT;
        }
}

void cg_find_homes(Cg *cg) {
    homes_prog = cg->prog;
    int nb = cg->prog->bodies.len;
    homes = ALLOC_N(CgHome *, nb > 0 ? nb : 1);
    for (int bi = 0; bi < nb; bi++) {
        MirBody *body = cg->prog->bodies.data[bi];
        int nl = body->locals.len;
        homes[bi] = ALLOC_N(CgHome, nl > 0 ? nl : 1);
        LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, body->symbol);
        bool gone = !fn || LLVMCountBasicBlocks(fn) == 0;
        for (int l = 0; l < nl; l++)
            homes[bi][l] = gone ? CG_HOME_INLINED : CG_HOME_REGISTERS;
        if (!gone)
            scan_function(cg, fn, bi, homes[bi]);
    }
}

void cg_forget_homes(void) {
    homes_prog = NULL;
    homes = NULL;
}

CgHome cg_local_home(const MirBody *body, LocalId local) {
    if (!homes_prog)
        return CG_HOME_UNKNOWN;
    for (int bi = 0; bi < homes_prog->bodies.len; bi++)
        if (homes_prog->bodies.data[bi] == body)
            return local >= 0 && local < body->locals.len ? homes[bi][local] : CG_HOME_UNKNOWN;
    return CG_HOME_UNKNOWN;
}
