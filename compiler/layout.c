/* layout.c: sizes, alignments and field offsets as rustc 1.95 chooses them
 * on x86-64, and the placement of MIR locals in a function's frame.
 *
 * Takes resolved types and MIR bodies; gives Layouts (cached per type for
 * the whole compilation) and a frame offset for every local. Aggregates use
 * rustc's univariant algorithm (rustc_abi/src/layout.rs, rust-facts §1.3):
 * fields are grouped by an "effective alignment" derived from size and
 * alignment, sorted by descending group, niches first within a group, and
 * placed greedily; structs retry with the niche biased towards the end when
 * it landed in the middle. Tuples sort every field but the last and never
 * retry. Codegen and the layout report read only these numbers, so what the
 * report prints is what the binary does.
 */
#include "layout.h"

#include <string.h>

/* ---- the cache ---------------------------------------------------------------
 * Keyed by the hash-consed Type pointer. The table lives in the compiler
 * arena; a new arena (a new compilation) starts a new table. */

typedef struct CacheSlot {
    Type *key;
    Layout *value;
} CacheSlot;

static CacheSlot *cache;
static uint32_t cache_cap, cache_count;
static Arena *cache_arena;

static uint32_t ptr_hash(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

static void cache_grow(void) {
    uint32_t ncap = cache_cap ? cache_cap * 2 : 256;
    CacheSlot *slots = ALLOC_N(CacheSlot, ncap);
    for (uint32_t i = 0; i < cache_cap; i++) {
        if (!cache[i].key)
            continue;
        uint32_t j = ptr_hash(cache[i].key) & (ncap - 1);
        while (slots[j].key)
            j = (j + 1) & (ncap - 1);
        slots[j] = cache[i];
    }
    cache = slots;
    cache_cap = ncap;
}

static CacheSlot *cache_find(Type *t) {
    if (cache_arena != compiler_arena) {
        cache = NULL;
        cache_cap = cache_count = 0;
        cache_arena = compiler_arena;
    }
    if ((cache_count + 1) * 2 > cache_cap)
        cache_grow();
    uint32_t j = ptr_hash(t) & (cache_cap - 1);
    while (cache[j].key && cache[j].key != t)
        j = (j + 1) & (cache_cap - 1);
    return &cache[j];
}

/* ---- the univariant rule ---------------------------------------------------------- */

static uint64_t align_to(uint64_t off, uint64_t align) {
    return (off + align - 1) & ~(align - 1);
}

/* Sizes stop growing at 2^62: far past what any object may have (see
 * layout_check_sizes), yet a few of them still add up without wrapping. */
#define SIZE_CAP ((uint64_t)1 << 62)

static uint64_t add_size(uint64_t a, uint64_t b) {
    return a >= SIZE_CAP || b >= SIZE_CAP || a + b >= SIZE_CAP ? SIZE_CAP : a + b;
}

static uint64_t mul_size(uint64_t a, u128 n) {
    return a && n > (u128)(SIZE_CAP / a) ? SIZE_CAP : (uint64_t)(a * n);
}

static int ctz64(uint64_t x) {
    return x ? __builtin_ctzll(x) : 64;
}

typedef enum NicheBias { BIAS_START, BIAS_END } NicheBias;

typedef struct SortKey {
    int group;       /* sorted descending */
    u128 niche_key;  /* ascending */
    u128 inner_key;  /* ascending */
} SortKey;

static int key_cmp(const SortKey *a, const SortKey *b) {
    if (a->group != b->group)
        return a->group > b->group ? -1 : 1;
    if (a->niche_key != b->niche_key)
        return a->niche_key < b->niche_key ? -1 : 1;
    if (a->inner_key != b->inner_key)
        return a->inner_key < b->inner_key ? -1 : 1;
    return 0;
}

/* rustc's univariant_biased(): one placement with the given niche bias. */
static Layout *univariant_biased(const LayoutField *f, int n, bool tuple, NicheBias bias) {
    Layout *l = ALLOC(Layout);
    l->nfields = n;
    l->offsets = ALLOC_N(uint64_t, n > 0 ? n : 1);
    l->mem_order = ALLOC_N(int, n > 0 ? n : 1);
    for (int i = 0; i < n; i++)
        l->mem_order[i] = i;

    /* A tuple's last field might be unsized in Rust's type system, so rustc
     * leaves it in place and only reorders the ones before it. */
    int end = (tuple && n > 0) ? n - 1 : n;
    uint64_t max_field_align = 1;
    u128 largest_niche = 0;
    for (int i = 0; i < end; i++) {
        if (f[i].align > max_field_align)
            max_field_align = f[i].align;
        if (f[i].niche_count > largest_niche)
            largest_niche = f[i].niche_count;
    }

    if (n > 1) {
        SortKey *keys = ALLOC_N(SortKey, n);
        for (int i = 0; i < end; i++) {
            /* Effective alignment group: [u8; 4] groups with align-4 fields. */
            uint64_t sz_al = f[i].align > f[i].size ? f[i].align : f[i].size;
            int group = ctz64(sz_al);
            if (largest_niche > 0) {
                if (bias == BIAS_START) {
                    int cap = ctz64(max_field_align);
                    if (cap < group)
                        group = cap;
                } else if (f[i].niche_count == largest_niche) {
                    group = ctz64(f[i].align);
                }
            }
            keys[i].group = group;
            if (bias == BIAS_START) {
                keys[i].niche_key = ~f[i].niche_count; /* larger niches first */
                keys[i].inner_key = f[i].niche_count ? f[i].niche_offset : 0;
            } else {
                keys[i].niche_key = f[i].niche_count;  /* larger niches last */
                /* niches nearer the end of their field last (rustc's
                 * u64 `!(size - niche_end)`) */
                uint64_t trailing =
                    f[i].size - (f[i].niche_offset + f[i].niche_scalar_size);
                keys[i].inner_key = f[i].niche_count ? (u128)(uint64_t)~trailing : 0;
            }
        }
        /* Stable insertion sort of mem_order[0..end] (Rust's sort_by_key is
         * stable; field counts are small). */
        for (int i = 1; i < end; i++) {
            int x = l->mem_order[i];
            int j = i - 1;
            while (j >= 0 && key_cmp(&keys[l->mem_order[j]], &keys[x]) > 0) {
                l->mem_order[j + 1] = l->mem_order[j];
                j--;
            }
            l->mem_order[j + 1] = x;
        }
    }

    uint64_t offset = 0, align = 1;
    u128 best_niche = 0;
    for (int k = 0; k < n; k++) {
        int i = l->mem_order[k];
        offset = align_to(offset, f[i].align);
        if (f[i].align > align)
            align = f[i].align;
        l->offsets[i] = offset;
        if (f[i].niche_count) {
            bool prefer = bias == BIAS_START ? f[i].niche_count > best_niche
                                             : f[i].niche_count >= best_niche;
            if (prefer) {
                best_niche = f[i].niche_count;
                l->niche_count = f[i].niche_count;
                l->niche_offset = offset + f[i].niche_offset;
                l->niche_scalar_size = f[i].niche_scalar_size;
            }
        }
        offset = add_size(offset, f[i].size);
    }
    l->size = align_to(offset, align);
    l->align = align;
    return l;
}

Layout *layout_univariant(const LayoutField *f, int n, bool tuple) {
    Layout *l = univariant_biased(f, n, tuple, BIAS_START);
    if (tuple || !l->niche_count || n <= 1)
        return l;
    /* A niche in the middle is useless to an enclosing enum's layout; try
     * pushing it to the end and keep that if it is better placed. */
    uint64_t head = l->niche_offset;
    uint64_t tail = l->size - head - l->niche_scalar_size;
    if (head == 0 || tail == 0)
        return l;
    Layout *alt = univariant_biased(f, n, tuple, BIAS_END);
    uint64_t alt_head = alt->niche_offset;
    if (alt_head > head && alt_head > tail)
        return alt;
    return l;
}

/* ---- types ---------------------------------------------------------------------------- */

static Layout *scalar(uint64_t size, uint64_t align) {
    Layout *l = ALLOC(Layout);
    l->size = size;
    l->align = align;
    return l;
}

static Layout *with_niche(Layout *l, u128 count, uint64_t off, uint64_t scalar_size) {
    l->niche_count = count;
    l->niche_offset = off;
    l->niche_scalar_size = scalar_size;
    return l;
}

/* Fixed word layouts (String = {cap, ptr, len}; &str = {ptr, len}): the
 * fields are listed for the report, in memory order. */
static Layout *words(int n) {
    Layout *l = scalar(8 * (uint64_t)n, 8);
    l->nfields = n;
    l->offsets = ALLOC_N(uint64_t, n);
    l->mem_order = ALLOC_N(int, n);
    for (int i = 0; i < n; i++) {
        l->offsets[i] = 8 * (uint64_t)i;
        l->mem_order[i] = i;
    }
    return l;
}

static LayoutField field_of(const Layout *l) {
    LayoutField f = {l->size, l->align, l->niche_count, l->niche_offset,
                     l->niche_scalar_size};
    return f;
}

static bool is_unsized(Type *t) {
    return t->kind == TY_STR || t->kind == TY_SLICE;
}

static Layout *compute(Type *t) {
    switch (t->kind) {
    case TY_BOOL:
        return with_niche(scalar(1, 1), 254, 0, 1);
    case TY_CHAR:
        return with_niche(scalar(4, 4), ((u128)1 << 32) - 0x110000, 0, 4);
    case TY_INT: {
        uint64_t bytes = (uint64_t)int_kind_bits(t->as.int_kind) / 8;
        return scalar(bytes, bytes); /* i128 is 16-aligned in rustc */
    }
    case TY_FLOAT:
        return t->as.float_kind == FLOAT_F32 ? scalar(4, 4) : scalar(8, 8);
    case TY_REF:
    case TY_BOX: {
        Type *inner = ty_resolve(t->kind == TY_REF ? t->as.ref.inner : t->as.slice.elem);
        if (is_unsized(inner)) /* a fat pointer: data pointer, then length */
            return with_niche(words(2), 1, 0, 8);
        return with_niche(scalar(8, 8), 1, 0, 8);
    }
    case TY_PTR:
        return scalar(8, 8); /* raw pointers may be null: no niche */
    case TY_STRING:
    case TY_VEC:
        /* capacity <= isize::MAX: the top half of its range is a niche */
        return with_niche(words(3), (u128)1 << 63, 0, 8);
    case TY_TUPLE: {
        int n = t->as.tuple.len;
        LayoutField *fs = ALLOC_N(LayoutField, n > 0 ? n : 1);
        for (int i = 0; i < n; i++)
            fs[i] = field_of(layout_of(t->as.tuple.elems[i]));
        return layout_univariant(fs, n, n > 0);
    }
    case TY_ARRAY: {
        const Layout *e = layout_of(t->as.array.elem);
        Layout *l = scalar(mul_size(e->size, t->as.array.len), e->align);
        if (t->as.array.len > 0 && e->niche_count)
            with_niche(l, e->niche_count, e->niche_offset, e->niche_scalar_size);
        return l;
    }
    case TY_NEVER:
    case TY_ERROR:
        return scalar(0, 1);
    case TY_STR:
    case TY_SLICE:
        ICE("layout_of an unsized type %s", ty_to_string(t));
    case TY_INFER:
        ICE("layout_of an unresolved type %s", ty_to_string(t));
    case TY_ADT:
        ICE("layout_of a struct or enum: not implemented yet");
    }
    ICE("layout_of: bad type kind %d", (int)t->kind);
}

const Layout *layout_of(Type *t) {
    t = ty_resolve(t);
    CacheSlot *slot = cache_find(t);
    if (slot->key)
        return slot->value;
    Layout *l = compute(t);
    /* compute() may have grown the table: look the slot up again */
    slot = cache_find(t);
    slot->key = t;
    slot->value = l;
    cache_count++;
    return l;
}

/* ---- frames ------------------------------------------------------------------------------
 * One object per function holds every local. Sorting by alignment (largest
 * first) packs the slots with no padding between alignment classes; ties
 * keep local order so the report reads naturally. Zero-sized locals share
 * offset 0: they occupy no bytes. */

void layout_frame(MirBody *body) {
    int n = body->locals.len;
    int *order = ALLOC_N(int, n > 0 ? n : 1);
    int m = 0;
    uint64_t frame_align = 16;
    for (int i = 0; i < n; i++) {
        const Layout *l = layout_of(body->locals.data[i].ty);
        if (l->align > frame_align)
            frame_align = l->align;
        if (l->size == 0) {
            body->locals.data[i].offset = 0;
            continue;
        }
        order[m++] = i;
    }
    /* a stable sort by alignment, largest first: one pass per alignment
     * class (powers of two), so a function of 100,000 locals of mixed
     * alignments is not quadratic as an insertion sort would be */
    int *sorted = ALLOC_N(int, m > 0 ? m : 1), ns = 0;
    for (uint64_t a = frame_align; a > 0 && ns < m; a /= 2)
        for (int k = 0; k < m; k++)
            if (layout_of(body->locals.data[order[k]].ty)->align == a)
                sorted[ns++] = order[k];
    if (ns != m)
        ICE("layout_frame: an alignment that is not a power of two");
    order = sorted;
    uint64_t off = 0;
    for (int k = 0; k < m; k++) {
        MirLocal *loc = &body->locals.data[order[k]];
        const Layout *l = layout_of(loc->ty);
        off = align_to(off, l->align);
        loc->offset = off;
        off = add_size(off, l->size);
    }
    body->frame_align = frame_align;
    body->frame_size = align_to(off, frame_align);
}

void layout_program(MirProgram *p) {
    for (int i = 0; i < p->bodies.len; i++)
        layout_frame(p->bodies.data[i]);
}
