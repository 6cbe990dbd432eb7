/* layout.h: where bytes go, decided once and shared by codegen and the
 * layout report.
 *
 * layout_of() gives rustc's size, alignment and field offsets for a type
 * (repr(Rust) reordering with niches, tuples keeping their last element in
 * place; see rust-facts §1). Codegen declares LLVM structs in memory order
 * with explicit padding, packed, so LLVM's own layout rules (which differ
 * from rustc's, e.g. i128 alignment on LLVM 14) never apply.
 *
 * layout_frame() gives each MIR local of a body an offset inside one frame
 * object per function, so the report's offsets are the program's offsets.
 */
#ifndef OWL_LAYOUT_H
#define OWL_LAYOUT_H

#include "mir.h"

typedef struct Layout {
    uint64_t size;
    uint64_t align;
    int nfields;          /* tuple elements (source order); 0 for scalars */
    uint64_t *offsets;    /* offsets[i] of source field i */
    int *mem_order;       /* mem_order[k] = source index of the k-th field in memory */
    /* The largest niche, used when this type is a field of another. */
    u128 niche_count;     /* invalid bit patterns available (0: none) */
    uint64_t niche_offset;
} Layout;

const Layout *layout_of(Type *t);

/* Assigns every local's frame offset; sets frame_size and frame_align. */
void layout_frame(MirBody *body);
void layout_program(MirProgram *p);

#endif
