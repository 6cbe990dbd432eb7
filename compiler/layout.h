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
    int nfields;          /* tuple elements (source order); String's 3 words
                             (cap, ptr, len) and &str's 2 (ptr, len); 0 for
                             scalars and arrays (elements are size apart) */
    uint64_t *offsets;    /* offsets[i] of source field i */
    int *mem_order;       /* mem_order[k] = source index of the k-th field in memory */
    /* The largest niche, used when this type is a field of another. */
    u128 niche_count;     /* invalid bit patterns available (0: none) */
    uint64_t niche_offset;
    uint64_t niche_scalar_size; /* bytes of the scalar holding the niche
                                   (bool 1, char 4, pointer/capacity 8) */
} Layout;

const Layout *layout_of(Type *t);

/* Assigns every local's frame offset; sets frame_size and frame_align. */
void layout_frame(MirBody *body);
void layout_program(MirProgram *p);
/* Sizes saturate at 2^62, never wrap: check_sizes() (check.h) rejects
 * such types before code generation. */

/* The layout rule itself, for any list of fields (exposed for unit tests
 * and, later, for structs). `tuple` selects rustc's StructKind::MaybeUnsized
 * treatment: the last field stays last and no end-biased retry. */
typedef struct LayoutField {
    uint64_t size, align;
    u128 niche_count;
    uint64_t niche_offset, niche_scalar_size;
} LayoutField;
Layout *layout_univariant(const LayoutField *fields, int n, bool tuple);

#endif
