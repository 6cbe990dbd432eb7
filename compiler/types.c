/* types.c: construction, hash-consing and printing of semantic types.
 *
 * Primitive types are singletons; composite types (references, pointers,
 * tuples, arrays) are interned in one open-addressing table keyed on their
 * kind and component pointers, so structural equality is pointer equality
 * once the components are themselves canonical. A composite built over an
 * unsolved inference variable is interned on that variable's pointer: it is
 * a distinct node until ty_zonk() rebuilds it over the solution. Inference
 * variables are never interned; each ty_infer() is fresh. Everything lives
 * in the compiler arena; types_init() starts a new table for a compilation.
 */
#include "types.h"

#include <string.h>

/* ---- singletons --------------------------------------------------------- */

static Type *t_bool, *t_char, *t_str, *t_string, *t_unit, *t_never, *t_error;
static Type *t_ints[INT_KIND_COUNT];
static Type *t_floats[2];
static uint32_t next_id;

static Type *new_type(TypeKind kind) {
    Type *t = ALLOC(Type);
    t->kind = kind;
    t->id = ++next_id;
    return t;
}

/* ---- the intern table ---------------------------------------------------------- */

static Type **table;       /* open addressing; NULL = empty slot */
static uint32_t table_cap;
static uint32_t table_count;

static uint32_t mix(uint32_t h, uint64_t v) {
    h ^= (uint32_t)v + 0x9e3779b9u + (h << 6) + (h >> 2);
    h ^= (uint32_t)(v >> 32) + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

static uint32_t hash_type(const Type *t) {
    uint32_t h = mix(0, (uint64_t)t->kind);
    switch (t->kind) {
    case TY_REF:
    case TY_PTR:
        h = mix(h, t->as.ref.inner->id);
        h = mix(h, t->as.ref.mut);
        break;
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            h = mix(h, t->as.tuple.elems[i]->id);
        h = mix(h, (uint64_t)t->as.tuple.len);
        break;
    case TY_ARRAY:
        h = mix(h, t->as.array.elem->id);
        h = mix(h, t->as.array.len);
        break;
    default:
        ICE("hash_type: kind %d is not interned", (int)t->kind);
    }
    return h;
}

static bool same_shape(const Type *a, const Type *b) {
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TY_REF:
    case TY_PTR:
        return a->as.ref.inner == b->as.ref.inner && a->as.ref.mut == b->as.ref.mut;
    case TY_TUPLE:
        if (a->as.tuple.len != b->as.tuple.len)
            return false;
        for (int i = 0; i < a->as.tuple.len; i++)
            if (a->as.tuple.elems[i] != b->as.tuple.elems[i])
                return false;
        return true;
    case TY_ARRAY:
        return a->as.array.elem == b->as.array.elem && a->as.array.len == b->as.array.len;
    default:
        return false;
    }
}

static void table_grow(void) {
    uint32_t ncap = table_cap ? table_cap * 2 : 256;
    /* The old table is left in the arena; it is small and freed with it. */
    Type **nt = ALLOC_N(Type *, ncap);
    for (uint32_t i = 0; i < table_cap; i++) {
        Type *t = table[i];
        if (!t)
            continue;
        uint32_t j = hash_type(t) & (ncap - 1);
        while (nt[j])
            j = (j + 1) & (ncap - 1);
        nt[j] = t;
    }
    table = nt;
    table_cap = ncap;
}

/* Returns the canonical node equal to *proto, allocating one if needed. */
static Type *intern_type(const Type *proto) {
    if ((table_count + 1) * 2 > table_cap)
        table_grow();
    uint32_t j = hash_type(proto) & (table_cap - 1);
    while (table[j]) {
        if (same_shape(table[j], proto))
            return table[j];
        j = (j + 1) & (table_cap - 1);
    }
    Type *t = new_type(proto->kind);
    uint32_t id = t->id;
    *t = *proto;
    t->id = id;
    if (t->kind == TY_TUPLE && t->as.tuple.len > 0) {
        Type **elems = ALLOC_N(Type *, t->as.tuple.len);
        memcpy(elems, proto->as.tuple.elems, sizeof(Type *) * (size_t)t->as.tuple.len);
        t->as.tuple.elems = elems;
    }
    table[j] = t;
    table_count++;
    return t;
}

void types_init(void) {
    next_id = 0;
    table = NULL;
    table_cap = table_count = 0;
    t_bool = new_type(TY_BOOL);
    t_char = new_type(TY_CHAR);
    t_str = new_type(TY_STR);
    t_string = new_type(TY_STRING);
    t_never = new_type(TY_NEVER);
    t_error = new_type(TY_ERROR);
    for (int k = 0; k < INT_KIND_COUNT; k++) {
        t_ints[k] = new_type(TY_INT);
        t_ints[k]->as.int_kind = (IntKind)k;
    }
    for (int k = 0; k < 2; k++) {
        t_floats[k] = new_type(TY_FLOAT);
        t_floats[k]->as.float_kind = (FloatKind)k;
    }
    t_unit = ty_tuple(NULL, 0);
}

/* Callers may use types before the driver calls types_init() (unit tests). */
static void ensure_init(void) {
    if (!t_bool)
        types_init();
}

Type *ty_bool(void) { ensure_init(); return t_bool; }
Type *ty_char(void) { ensure_init(); return t_char; }
Type *ty_str(void) { ensure_init(); return t_str; }
Type *ty_string(void) { ensure_init(); return t_string; }
Type *ty_unit(void) { ensure_init(); return t_unit; }
Type *ty_never(void) { ensure_init(); return t_never; }
Type *ty_error(void) { ensure_init(); return t_error; }

Type *ty_int(IntKind k) {
    ensure_init();
    if ((unsigned)k >= INT_KIND_COUNT)
        ICE("ty_int: bad kind %d", (int)k);
    return t_ints[k];
}

Type *ty_float(FloatKind k) {
    ensure_init();
    return t_floats[k == FLOAT_F32 ? 0 : 1];
}

Type *ty_ref(Type *inner, bool mut) {
    ensure_init();
    Type proto = {.kind = TY_REF};
    proto.as.ref.inner = inner;
    proto.as.ref.mut = mut;
    return intern_type(&proto);
}

Type *ty_ptr(Type *inner, bool mut) {
    ensure_init();
    Type proto = {.kind = TY_PTR};
    proto.as.ref.inner = inner;
    proto.as.ref.mut = mut;
    return intern_type(&proto);
}

Type *ty_tuple(Type **elems, int len) {
    ensure_init();
    Type proto = {.kind = TY_TUPLE};
    proto.as.tuple.elems = elems;
    proto.as.tuple.len = len;
    return intern_type(&proto);
}

Type *ty_array(Type *elem, uint64_t len) {
    ensure_init();
    Type proto = {.kind = TY_ARRAY};
    proto.as.array.elem = elem;
    proto.as.array.len = len;
    return intern_type(&proto);
}

Type *ty_infer(InferKind kind) {
    ensure_init();
    Type *t = new_type(TY_INFER);
    t->as.infer.kind = kind;
    t->as.infer.link = NULL;
    return t;
}

/* ---- inference variables ----------------------------------------------------- */

Type *ty_resolve(Type *t) {
    if (!t)
        return t;
    Type *r = t;
    while (r->kind == TY_INFER && r->as.infer.link)
        r = r->as.infer.link;
    /* Path compression keeps long chains of unified variables cheap. */
    while (t->kind == TY_INFER && t->as.infer.link && t->as.infer.link != r) {
        Type *next = t->as.infer.link;
        t->as.infer.link = r;
        t = next;
    }
    return r;
}

Type *ty_zonk(Type *t) {
    if (!t)
        return t;
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_INFER:
        /* Defaulting links the variable, so every other use of it agrees. */
        if (t->as.infer.kind == INFER_INT) {
            t->as.infer.link = ty_int(INT_I32);
            return t->as.infer.link;
        }
        if (t->as.infer.kind == INFER_FLOAT) {
            t->as.infer.link = ty_float(FLOAT_F64);
            return t->as.infer.link;
        }
        return t;
    case TY_REF:
    case TY_PTR: {
        Type *inner = ty_zonk(t->as.ref.inner);
        if (inner == t->as.ref.inner)
            return t;
        return t->kind == TY_REF ? ty_ref(inner, t->as.ref.mut) : ty_ptr(inner, t->as.ref.mut);
    }
    case TY_TUPLE: {
        int n = t->as.tuple.len;
        if (n == 0)
            return t;
        Type **elems = ALLOC_N(Type *, n);
        bool changed = false;
        for (int i = 0; i < n; i++) {
            elems[i] = ty_zonk(t->as.tuple.elems[i]);
            changed |= elems[i] != t->as.tuple.elems[i];
        }
        return changed ? ty_tuple(elems, n) : t;
    }
    case TY_ARRAY: {
        Type *elem = ty_zonk(t->as.array.elem);
        return elem == t->as.array.elem ? t : ty_array(elem, t->as.array.len);
    }
    default:
        return t;
    }
}

/* ---- predicates ------------------------------------------------------------------- */

bool ty_is_unit(Type *t) {
    t = ty_resolve(t);
    return t && t->kind == TY_TUPLE && t->as.tuple.len == 0;
}

bool ty_is_integer(Type *t) {
    t = ty_resolve(t);
    return t && (t->kind == TY_INT || (t->kind == TY_INFER && t->as.infer.kind == INFER_INT));
}

bool ty_is_float(Type *t) {
    t = ty_resolve(t);
    return t && (t->kind == TY_FLOAT || (t->kind == TY_INFER && t->as.infer.kind == INFER_FLOAT));
}

bool ty_is_numeric(Type *t) { return ty_is_integer(t) || ty_is_float(t); }

bool ty_is_copy(Type *t) {
    t = ty_resolve(t);
    if (!t)
        return false;
    switch (t->kind) {
    case TY_BOOL:
    case TY_CHAR:
    case TY_INT:
    case TY_FLOAT:
    case TY_NEVER:
    case TY_PTR:
    case TY_ERROR: /* quiet: an error type never causes a second error */
        return true;
    case TY_REF:
        return !t->as.ref.mut;
    case TY_INFER:
        return t->as.infer.kind != INFER_ANY;
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (!ty_is_copy(t->as.tuple.elems[i]))
                return false;
        return true;
    case TY_ARRAY:
        return ty_is_copy(t->as.array.elem);
    default:
        /* str, String, slices, Vec, Box; ADTs until Tier 2 says otherwise */
        return false;
    }
}

bool ty_needs_drop(Type *t) {
    t = ty_resolve(t);
    if (!t)
        return false;
    switch (t->kind) {
    case TY_STRING:
    case TY_VEC:
    case TY_BOX:
        return true;
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (ty_needs_drop(t->as.tuple.elems[i]))
                return true;
        return false;
    case TY_ARRAY:
        /* [String; 0] owns nothing, as in rustc (needs_drop is still true
         * there, but no element is ever dropped). */
        return ty_needs_drop(t->as.array.elem);
    default:
        /* TY_ADT is not produced yet; Tier 2 decides from the fields. */
        return false;
    }
}

bool ty_is_str_ref(Type *t) {
    t = ty_resolve(t);
    return t && t->kind == TY_REF && ty_resolve(t->as.ref.inner)->kind == TY_STR;
}

/* ---- integer kinds ---------------------------------------------------------------- */

static const struct {
    const char *name;
    int bits;
    bool sig;
} int_info[INT_KIND_COUNT] = {
#define X(k, name, bits, sig) {name, bits, sig},
    INT_KINDS(X)
#undef X
};

int int_kind_bits(IntKind k) { return int_info[k].bits; }
bool int_kind_signed(IntKind k) { return int_info[k].sig; }
const char *int_kind_name(IntKind k) { return int_info[k].name; }

const char *u128_to_dec(u128 v) {
    char buf[40];
    int n = 0;
    do {
        buf[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    char *s = ALLOC_N(char, n + 1);
    for (int i = 0; i < n; i++)
        s[i] = buf[n - 1 - i];
    return s;
}

u128 int_kind_max(IntKind k) {
    int bits = int_info[k].bits;
    if (int_info[k].sig)
        bits--;
    return bits == 128 ? ~(u128)0 : (((u128)1 << bits) - 1);
}

i128 int_kind_min(IntKind k) {
    if (!int_info[k].sig)
        return 0;
    int bits = int_info[k].bits;
    /* -(2^(bits-1)), written so that the 128-bit case does not overflow */
    return -(i128)(((u128)1 << (bits - 1)) - 1) - 1;
}

/* ---- printing ---------------------------------------------------------------------- */

static void print_type(CharVec *out, Type *t) {
    t = ty_resolve(t);
    if (!t) {
        str_appendf(out, "<null>");
        return;
    }
    switch (t->kind) {
    case TY_BOOL: str_appendf(out, "bool"); break;
    case TY_CHAR: str_appendf(out, "char"); break;
    case TY_INT: str_appendf(out, "%s", int_kind_name(t->as.int_kind)); break;
    case TY_FLOAT: str_appendf(out, "%s", t->as.float_kind == FLOAT_F32 ? "f32" : "f64"); break;
    case TY_STR: str_appendf(out, "str"); break;
    case TY_STRING: str_appendf(out, "String"); break;
    case TY_NEVER: str_appendf(out, "!"); break;
    case TY_ERROR: str_appendf(out, "{type error}"); break;
    case TY_REF:
        str_appendf(out, t->as.ref.mut ? "&mut " : "&");
        print_type(out, t->as.ref.inner);
        break;
    case TY_PTR:
        str_appendf(out, t->as.ref.mut ? "*mut " : "*const ");
        print_type(out, t->as.ref.inner);
        break;
    case TY_TUPLE:
        str_appendf(out, "(");
        for (int i = 0; i < t->as.tuple.len; i++) {
            if (i)
                str_appendf(out, ", ");
            print_type(out, t->as.tuple.elems[i]);
        }
        str_appendf(out, t->as.tuple.len == 1 ? ",)" : ")");
        break;
    case TY_ARRAY:
        str_appendf(out, "[");
        print_type(out, t->as.array.elem);
        str_appendf(out, "; %llu]", (unsigned long long)t->as.array.len);
        break;
    case TY_SLICE:
        str_appendf(out, "[");
        print_type(out, t->as.slice.elem);
        str_appendf(out, "]");
        break;
    case TY_VEC:
        str_appendf(out, "Vec<");
        print_type(out, t->as.slice.elem);
        str_appendf(out, ">");
        break;
    case TY_BOX:
        str_appendf(out, "Box<");
        print_type(out, t->as.slice.elem);
        str_appendf(out, ">");
        break;
    case TY_ADT:
        str_appendf(out, "<adt>");
        break;
    case TY_INFER:
        switch (t->as.infer.kind) {
        case INFER_INT: str_appendf(out, "{integer}"); break;
        case INFER_FLOAT: str_appendf(out, "{float}"); break;
        case INFER_ANY: str_appendf(out, "_"); break;
        }
        break;
    }
}

const char *ty_to_string(Type *t) {
    CharVec out = {0};
    print_type(&out, t);
    return out.data ? out.data : "";
}

/* Whether t is a `kind` type or holds one: in a tuple or array, and with
 * through_refs behind references and pointers too. */
static bool holds_kind(Type *t, TypeKind kind, bool through_refs) {
    t = ty_resolve(t);
    if (!t)
        return false;
    if (t->kind == kind)
        return true;
    switch (t->kind) {
    case TY_REF:
    case TY_PTR: return through_refs && holds_kind(t->as.ref.inner, kind, through_refs);
    case TY_ARRAY: return holds_kind(t->as.array.elem, kind, through_refs);
    case TY_TUPLE:
        for (int i = 0; i < t->as.tuple.len; i++)
            if (holds_kind(t->as.tuple.elems[i], kind, through_refs))
                return true;
        return false;
    default: return false;
    }
}

bool ty_unsized_by_value(Type *t) { return holds_kind(t, TY_STR, false); }
bool ty_has_infer(Type *t) { return holds_kind(t, TY_INFER, true); }
