/* resolve.c: names to what they denote.
 *
 * One stack of bindings serves every scope: the crate's items and `use`
 * imports at the bottom, then for each block its items (visible in the whole
 * block, so declared on entry) and its `let` variables as they are declared.
 * A lookup finds the topmost binding of a name, so a later `let x` shadows
 * an earlier one and an inner block shadows an outer one, as in Rust. The
 * bindings of one name are chained (each points at the one it shadows) from
 * a table indexed by symbol, so a lookup costs the shadowed bindings of that
 * name, not the whole stack: a file of 100,000 items resolves in linear time. A nested `fn` pushes
 * a boundary: the locals below it belong to another function and are
 * invisible (using one is rustc's E0434).
 *
 * The standard library is a table of the paths Owl knows (std::mem::size_of,
 * std::f64::consts::PI, ...); `use` binds a name to a table entry, and a path
 * through an imported module (`mem::drop`) is looked up by its full name.
 * Associated items of primitive types (i32::MAX, f64::NAN) and String's
 * constructors are resolved here too.
 */
#include "typeck_int.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* ---- the std table ------------------------------------------------------------ */

typedef enum StdKind {
    STD_MODULE,   /* std::mem */
    STD_FN,       /* builtin: std::mem::size_of */
    STD_FCONST,   /* a float constant: std::f64::consts::PI */
    STD_TYPE,     /* std::string::String */
} StdKind;

typedef struct StdEntry {
    const char *path;   /* with `core::` spelled `std::` */
    StdKind kind;
    Builtin builtin;    /* STD_FN */
    double value;       /* STD_FCONST */
    bool f32;           /* STD_FCONST: an f32 constant */
} StdEntry;

#define FC(name, v) \
    {"std::f64::consts::" name, STD_FCONST, BUILTIN_NONE, v, false}, \
    {"std::f32::consts::" name, STD_FCONST, BUILTIN_NONE, v, true}

static const StdEntry std_table[] = {
    {"std", STD_MODULE, BUILTIN_NONE, 0, false},
    {"std::mem", STD_MODULE, BUILTIN_NONE, 0, false},
    {"std::mem::size_of", STD_FN, BUILTIN_MEM_SIZE_OF, 0, false},
    {"std::mem::align_of", STD_FN, BUILTIN_MEM_ALIGN_OF, 0, false},
    {"std::mem::drop", STD_FN, BUILTIN_MEM_DROP, 0, false},
    {"std::string", STD_MODULE, BUILTIN_NONE, 0, false},
    {"std::string::String", STD_TYPE, BUILTIN_NONE, 0, false},
    {"std::f64", STD_MODULE, BUILTIN_NONE, 0, false},
    {"std::f32", STD_MODULE, BUILTIN_NONE, 0, false},
    {"std::f64::consts", STD_MODULE, BUILTIN_NONE, 0, false},
    {"std::f32::consts", STD_MODULE, BUILTIN_NONE, 0, false},
    FC("PI", 3.14159265358979323846264338327950288),
    FC("TAU", 6.28318530717958647692528676655900577),
    FC("E", 2.71828182845904523536028747135266250),
    FC("SQRT_2", 1.41421356237309504880168872420969808),
    FC("FRAC_1_SQRT_2", 0.707106781186547524400844362104849039),
    FC("LN_2", 0.693147180559945309417232121458176568),
    FC("LN_10", 2.30258509299404568401799145468436421),
    FC("LOG2_E", 1.44269504088896340735992468100189214),
    FC("LOG10_E", 0.434294481903251827651128918916605082),
    FC("LOG2_10", 3.32192809488736234787031942948939018),
    FC("LOG10_2", 0.301029995663981195213738894724493027),
    FC("FRAC_PI_2", 1.57079632679489661923132169163975144),
    FC("FRAC_PI_3", 1.04719755119659774615421446109316763),
    FC("FRAC_PI_4", 0.785398163397448309615660845819875721),
    FC("FRAC_PI_6", 0.52359877559829887307710723054658381),
    FC("FRAC_PI_8", 0.39269908169872415480783042290993786),
    FC("FRAC_1_PI", 0.318309886183790671537767526745028724),
    FC("FRAC_2_PI", 0.636619772367581343075535053490057448),
    FC("FRAC_2_SQRT_PI", 1.12837916709551257389615890312154517),
};

static const StdEntry *std_lookup(const char *path) {
    for (size_t i = 0; i < sizeof std_table / sizeof std_table[0]; i++)
        if (strcmp(std_table[i].path, path) == 0)
            return &std_table[i];
    return NULL;
}

/* Joins segments [from, to) of p onto prefix with `::`, spelling core as std. */
static char *join_path(const char *prefix, Path *p, int from, int to) {
    CharVec s = {0};
    if (prefix)
        str_appendf(&s, "%s", prefix);
    for (int i = from; i < to; i++) {
        const char *name = sym_str(p->segs.data[i].name);
        if (i == 0 && !prefix && strcmp(name, "core") == 0)
            name = "std";
        str_appendf(&s, "%s%s", s.len ? "::" : "", name);
    }
    return s.data ? s.data : arena_strdup(compiler_arena, "");
}

/* ---- bindings ------------------------------------------------------------------------ */

typedef enum BindKind {
    BIND_VAR,       /* a local */
    BIND_ITEM,      /* fn / const / static */
    BIND_STD,       /* `use std::...` */
    BIND_BOUNDARY,  /* start of a nested fn's scopes */
} BindKind;

typedef struct Binding {
    BindKind kind;
    Symbol name;
    Var *var;
    Item *item;
    const StdEntry *std;
    int shadowed;   /* the binding of the same name below this one, or -1 */
} Binding;

static VEC(Binding) binds;
static VEC(int) marks;   /* binds.len at each rs_push / rs_push_fn */
static VEC(int) top_of;  /* per symbol: its topmost binding, or -1 */
static VEC(int) boundaries; /* indexes of the BIND_BOUNDARY bindings */
/* Every variable of the functions being checked, in scope or not, and
 * where each function's start (for rustc's "available in a different
 * scope" help). */
static VEC(Var *) fn_vars;
static VEC(int) fn_starts;
static Crate *the_crate;

/* The chain head of a symbol, the table grown to reach it. */
static int *top_slot(Symbol name) {
    while ((uint32_t)top_of.len <= name)
        vec_push(top_of, -1);
    return &top_of.data[name];
}

static void bind(BindKind kind, Symbol name, Var *v, Item *it, const StdEntry *std) {
    Binding b = {kind, name, v, it, std, -1};
    if (kind == BIND_BOUNDARY) {   /* nameless: in no chain */
        vec_push(boundaries, binds.len);
    } else {
        int *top = top_slot(name);
        b.shadowed = *top;
        *top = binds.len;
    }
    vec_push(binds, b);
}

/* Drops the bindings from index len up, unchaining them newest first. */
static void unbind_to(int len) {
    while (binds.len > len) {
        Binding *b = &binds.data[--binds.len];
        if (b->kind != BIND_BOUNDARY)
            top_of.data[b->name] = b->shadowed;
    }
    while (boundaries.len && boundaries.data[boundaries.len - 1] >= len)
        boundaries.len--;
}

static const char *item_kind_word(Item *it) {
    switch (it->kind) {
    case ITEM_FN: return "function";
    case ITEM_CONST: return "constant";
    case ITEM_STATIC: return "static";
    default: return "item";
    }
}

/* Binds the names a `use` item introduces. */
static void declare_use(Item *it) {
    for (int i = 0; i < it->as.use.len; i++) {
        UseTree *u = &it->as.use.data[i];
        Path *p = u->path;
        if (!p || p->segs.len == 0)
            continue;
        const char *first = sym_str(p->segs.data[0].name);
        if (strcmp(first, "std") != 0 && strcmp(first, "core") != 0) {
            tc_unsupported(u->span, "`use` of a path outside `std`");
            continue;
        }
        char *full = join_path(NULL, p, 0, p->segs.len);
        const StdEntry *e = std_lookup(full);
        if (!e) {
            tc_unsupported(u->span, arena_printf(compiler_arena, "`%s`", full));
            continue;
        }
        if (u->glob) {
            if (e->kind != STD_MODULE) {
                tc_unsupported(u->span, "this glob import");
                continue;
            }
            size_t n = strlen(full);
            for (size_t k = 0; k < sizeof std_table / sizeof std_table[0]; k++) {
                const StdEntry *c = &std_table[k];
                if (strncmp(c->path, full, n) == 0 && c->path[n] == ':' &&
                    !strchr(c->path + n + 2, ':'))
                    bind(BIND_STD, intern_cstr(c->path + n + 2), NULL, NULL, c);
            }
            continue;
        }
        Symbol alias = u->alias ? u->alias : p->segs.data[p->segs.len - 1].name;
        bind(BIND_STD, alias, NULL, NULL, e);
    }
}

/* Declares a list of items; reports E0428 for a name defined twice. */
static void declare_items(Item **items, int n) {
    int start = binds.len;
    for (int i = 0; i < n; i++) {
        Item *it = items[i];
        if (it->kind == ITEM_USE) {
            declare_use(it);
            continue;
        }
        for (int j = *top_slot(it->name); j >= start; j = binds.data[j].shadowed) {
            Binding *b = &binds.data[j];
            if (b->kind == BIND_ITEM) {
                Diag *d = diag_new(DIAG_ERROR, "E0428", it->name_span, NULL,
                                   "the name `%s` is defined multiple times", sym_str(it->name));
                diag_primary_label(d, it->name_span, "`%s` redefined here", sym_str(it->name));
                diag_label(d, b->item->name_span, "previous definition of the value `%s` here",
                           sym_str(it->name));
                diag_note(d, "`%s` must be defined only once in the value namespace of this %s",
                          sym_str(it->name), marks.len ? "block" : "module");
                tc_emit(d, PHASE_RESOLVE);
                goto next;
            }
        }
        bind(BIND_ITEM, it->name, NULL, it, NULL);
    next:;
    }
}

void rs_init(Crate *crate) {
    the_crate = crate;
    binds.data = NULL;
    binds.len = binds.cap = 0;
    marks.data = NULL;
    marks.len = marks.cap = 0;
    top_of.data = NULL;
    top_of.len = top_of.cap = 0;
    boundaries.data = NULL;
    boundaries.len = boundaries.cap = 0;
    /* A new compilation: the old arrays belong to a freed arena. */
    fn_vars.data = NULL;
    fn_vars.len = fn_vars.cap = 0;
    fn_starts.data = NULL;
    fn_starts.len = fn_starts.cap = 0;
    declare_items(crate->items.data, crate->items.len);
}

void rs_push(void) { vec_push(marks, binds.len); }

void rs_pop(void) {
    if (marks.len == 0)
        ICE("rs_pop without rs_push");
    unbind_to(marks.data[--marks.len]);
}

void rs_push_fn(void) {
    vec_push(marks, binds.len);
    bind(BIND_BOUNDARY, 0, NULL, NULL, NULL);
    vec_push(fn_starts, fn_vars.len);
}

void rs_pop_fn(void) {
    rs_pop();
    if (fn_starts.len)
        fn_vars.len = fn_starts.data[--fn_starts.len];
}

void rs_declare_var(Var *v) {
    bind(BIND_VAR, v->name, v, NULL, NULL);
    vec_push(fn_vars, v);
}

void rs_declare_block_items(Block *b) {
    VEC(Item *) items = {0};
    for (int i = 0; i < b->stmts.len; i++)
        if (b->stmts.data[i]->kind == STMT_ITEM)
            vec_push(items, b->stmts.data[i]->as.item);
    declare_items(items.data, items.len);
}

/* ---- lookup ------------------------------------------------------------------------------ */

/* Finds the innermost binding of name. *crossed says whether a fn boundary
 * lies between the top and the binding. */
static Binding *lookup(Symbol name, bool *crossed) {
    *crossed = false;
    int i = *top_slot(name);
    if (i < 0)
        return NULL;
    Binding *b = &binds.data[i];
    /* Locals of an enclosing fn (below the innermost boundary) are skipped
     * unless nothing else matches. */
    int boundary = boundaries.len ? boundaries.data[boundaries.len - 1] : -1;
    if (b->kind != BIND_VAR || i > boundary)
        return b;
    for (int j = b->shadowed; j >= 0; j = binds.data[j].shadowed)
        if (binds.data[j].kind != BIND_VAR)
            return &binds.data[j];
    *crossed = true;
    return b;
}

Type *rs_primitive(Symbol name) {
    const char *s = sym_str(name);
    for (int k = 0; k < INT_KIND_COUNT; k++)
        if (strcmp(s, int_kind_name((IntKind)k)) == 0)
            return ty_int((IntKind)k);
    if (strcmp(s, "f32") == 0) return ty_float(FLOAT_F32);
    if (strcmp(s, "f64") == 0) return ty_float(FLOAT_F64);
    if (strcmp(s, "bool") == 0) return ty_bool();
    if (strcmp(s, "char") == 0) return ty_char();
    if (strcmp(s, "str") == 0) return ty_str();
    return NULL;
}

static bool same_ignoring_case(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        char x = *a, y = *b;
        if (x >= 'a' && x <= 'z')
            x = (char)(x - 'a' + 'A');
        if (y >= 'a' && y <= 'z')
            y = (char)(y - 'a' + 'A');
        if (x != y)
            return false;
    }
    return *a == *b;
}

/* rustc's typo candidate search (find_best_match_for_name): an exact match
 * ignoring case first, then the closest name by edit distance, within
 * max(len, 3) / 3 edits. Sets *by_case for the first kind. */
static int cmp_binding_names(const void *a, const void *b) {
    const Binding *x = *(Binding *const *)a, *y = *(Binding *const *)b;
    return strcmp(sym_str(x->name), sym_str(y->name));
}

static Binding *similar_binding(Symbol name, bool want_fn, bool *by_case) {
    const char *s = sym_str(name);
    int len = 0;
    for (const char *p = s; *p; p++)
        len += ((unsigned char)*p & 0xC0) != 0x80;
    int limit = (len > 3 ? len : 3) / 3;
    *by_case = false;
    /* the candidates in scope, sorted by name as rustc sorts them (so the
     * choice between equally close names is rustc's) */
    VEC(Binding *) cands = {0};
    bool boundary = false;
    for (int i = binds.len - 1; i >= 0; i--) {
        Binding *b = &binds.data[i];
        if (b->kind == BIND_BOUNDARY) {
            boundary = true;
            continue;
        }
        if (b->kind == BIND_VAR && boundary)
            continue;
        if (b->kind == BIND_STD && (!b->std || b->std->kind != STD_FN))
            continue;
        if (want_fn && b->kind != BIND_STD && !(b->kind == BIND_ITEM && b->item->kind == ITEM_FN))
            continue;
        if (b->name == name)
            continue;
        bool dup = false;
        for (int j = 0; j < cands.len; j++)
            if (cands.data[j]->name == b->name)
                dup = true;   /* a shadowed binding: the innermost stays */
        if (!dup)
            vec_push(cands, b);
    }
    if (cands.len > 1)
        qsort(cands.data, (size_t)cands.len, sizeof cands.data[0], cmp_binding_names);
    for (int i = 0; i < cands.len; i++)
        if (same_ignoring_case(sym_str(cands.data[i]->name), s)) {
            *by_case = true;
            return cands.data[i];
        }
    Binding *best = NULL;
    for (int i = 0; i < cands.len; i++) {
        int d = diag_edit_distance(s, sym_str(cands.data[i]->name), limit);
        if (d < 0)
            continue;
        best = cands.data[i];
        if (d == 0)
            return best;
        limit = d - 1;
    }
    return best;
}

/* E0425 with rustc's typo suggestion. */
static void report_not_found(Symbol name, Span span, bool is_callee) {
    if (!is_callee && fn_starts.len) {
        /* a variable of this function whose scope has ended */
        for (int i = fn_starts.data[fn_starts.len - 1]; i < fn_vars.len; i++) {
            Var *v = fn_vars.data[i];
            if (v->name != name)
                continue;
            Diag *d = diag_new(DIAG_ERROR, "E0425", span, NULL, "cannot find value `%s` in this scope",
                               sym_str(name));
            diag_child(d, DIAG_HELP, v->span, NULL,
                       "the binding `%s` is available in a different scope in the same function", sym_str(name));
            tc_emit(d, PHASE_RESOLVE);
            return;
        }
    }
    bool by_case = false;
    Binding *b = similar_binding(name, is_callee, &by_case);
    const char *what = is_callee ? "function" : "value";
    Diag *d = diag_new(DIAG_ERROR, "E0425", span, b ? NULL : "not found in this scope",
                       "cannot find %s `%s` in this scope", what, sym_str(name));
    if (b) {
        const char *kind = "function";
        if (b->kind == BIND_VAR)
            kind = "local variable";
        else if (b->kind == BIND_ITEM)
            kind = item_kind_word(b->item);
        if (b->kind == BIND_ITEM) {
            Span def = b->item->kind == ITEM_FN ? b->item->as.fn.sig_span : b->item->span;
            diag_label(d, def, "similarly named %s `%s` defined here", kind, sym_str(b->name));
        }
        diag_suggest(d, span, sym_str(b->name), "a %s with a similar name exists%s", kind,
                     by_case ? " (notice the capitalization)" : "");
    }
    tc_emit(d, is_callee ? PHASE_TYPECK : PHASE_RESOLVE);
}

/* ---- resolutions ------------------------------------------------------------------------ */

static Resolution res_none(void) {
    Resolution r;
    memset(&r, 0, sizeof r);
    r.kind = RES_NONE;
    return r;
}

static Resolution res_int_const(Type *ty, u128 bits) {
    Resolution r = res_none();
    r.kind = RES_CONST_VALUE;
    r.ty = ty;
    r.value.int_value = bits;
    r.value.suffix = ty;
    return r;
}

static Resolution res_float_const(Type *ty, double v) {
    Resolution r = res_none();
    r.kind = RES_CONST_VALUE;
    r.ty = ty;
    /* An f32 constant is stored as the exact double of the float. */
    r.value.float_value = ty->as.float_kind == FLOAT_F32 ? (double)(float)v : v;
    r.value.suffix = ty;
    return r;
}

static Resolution res_std(const StdEntry *e, Span span, bool is_callee) {
    Resolution r = res_none();
    switch (e->kind) {
    case STD_FN:
        r.kind = RES_BUILTIN;
        r.builtin = e->builtin;
        return r;
    case STD_FCONST:
        return res_float_const(ty_float(e->f32 ? FLOAT_F32 : FLOAT_F64), e->value);
    case STD_MODULE: {
        const char *last = strrchr(e->path, ':');
        tc_error(PHASE_RESOLVE, span, "E0423", "not a value",
                 "expected %s, found module `%s`", is_callee ? "function" : "value",
                 last ? last + 1 : e->path);
        return r;
    }
    case STD_TYPE:
        tc_error(PHASE_RESOLVE, span, "E0423", NULL, "expected value, found struct `String`");
        return r;
    }
    return r;
}

static Resolution res_binding(Binding *b, Span span, bool is_callee) {
    Resolution r = res_none();
    switch (b->kind) {
    case BIND_VAR:
        r.kind = RES_LOCAL;
        r.var = b->var;
        return r;
    case BIND_ITEM:
        r.item = b->item;
        r.kind = b->item->kind == ITEM_FN ? RES_FN
               : b->item->kind == ITEM_STATIC ? RES_STATIC : RES_CONST;
        return r;
    case BIND_STD:
        return res_std(b->std, span, is_callee);
    case BIND_BOUNDARY:
        break;
    }
    return r;
}

/* Resolves one name in value position. */
static Resolution resolve_name(Symbol name, Span span, bool is_callee) {
    bool crossed = false;
    Binding *b = lookup(name, &crossed);
    if (b && crossed) {
        Diag *d = diag_new(DIAG_ERROR, "E0434", span, NULL,
                           "can't capture dynamic environment in a fn item");
        diag_help(d, "use the `|| { ... }` closure form instead");
        tc_emit(d, PHASE_RESOLVE);
        return res_none();
    }
    if (b)
        return res_binding(b, span, is_callee);
    const char *s = sym_str(name);
    if (strcmp(s, "drop") == 0) {   /* the prelude's std::mem::drop */
        Resolution r = res_none();
        r.kind = RES_BUILTIN;
        r.builtin = BUILTIN_MEM_DROP;
        return r;
    }
    if (strcmp(s, "String") == 0) {
        tc_error(PHASE_RESOLVE, span, "E0423", NULL, "expected value, found struct `String`");
        return res_none();
    }
    if (rs_primitive(name)) {
        tc_error(PHASE_RESOLVE, span, "E0423", "not a value", "expected value, found builtin type `%s`", s);
        return res_none();
    }
    if (strcmp(s, "Vec") == 0 || strcmp(s, "Box") == 0 || strcmp(s, "Some") == 0 ||
        strcmp(s, "None") == 0 || strcmp(s, "Ok") == 0 || strcmp(s, "Err") == 0 ||
        strcmp(s, "Option") == 0 || strcmp(s, "Result") == 0 || strcmp(s, "self") == 0 ||
        strcmp(s, "Self") == 0) {
        tc_unsupported(span, arena_printf(compiler_arena, "`%s`", s));
        return res_none();
    }
    report_not_found(name, span, is_callee);
    return res_none();
}

Resolution rs_resolve_capture(Symbol name, Span span) { return resolve_name(name, span, false); }

/* Methods and associated functions of std types that Owl does not provide:
 * calling one is "not supported" rather than rustc's E0599. */
static const char *const int_std_fns[] = {
    "abs", "pow", "checked_add", "checked_sub", "checked_mul", "checked_div",
    "checked_rem", "checked_neg", "checked_pow", "checked_shl", "checked_shr",
    "wrapping_add", "wrapping_sub", "wrapping_mul", "wrapping_div", "wrapping_neg",
    "wrapping_shl", "wrapping_shr", "wrapping_pow", "saturating_add", "saturating_sub",
    "saturating_mul", "saturating_pow", "overflowing_add", "overflowing_sub",
    "overflowing_mul", "min", "max", "clamp", "to_string", "clone", "count_ones",
    "count_zeros", "leading_zeros", "trailing_zeros", "rotate_left", "rotate_right",
    "swap_bytes", "to_be", "to_le", "is_positive", "is_negative", "signum",
    "rem_euclid", "div_euclid", "cmp", "partial_cmp", "eq", "ne", "lt", "le", "gt", "ge",
    "max_value", "min_value", "from_str_radix", "is_power_of_two", "next_power_of_two",
    "abs_diff", "unsigned_abs", "isqrt", "ilog2", "ilog10", "to_be_bytes", "to_le_bytes",
    "to_ne_bytes", "from_be_bytes", "from_le_bytes", "from", "try_from", "into",
    "try_into", "default", "hash", "fmt", "add", "sub", "mul", "div", "rem", "neg",
    "not", "shl", "shr", "bitand", "bitor", "bitxor", "sum", "product", "midpoint",
    "reverse_bits", "is_ascii", "is_ascii_digit", "is_ascii_alphabetic",
    "to_ascii_uppercase", "to_ascii_lowercase", NULL};
static const char *const float_std_fns[] = {
    "abs", "sqrt", "cbrt", "powi", "powf", "exp", "exp2", "ln", "log", "log2", "log10",
    "floor", "ceil", "round", "trunc", "fract", "sin", "cos", "tan", "asin", "acos",
    "atan", "atan2", "sinh", "cosh", "tanh", "hypot", "min", "max", "clamp", "signum",
    "is_nan", "is_infinite", "is_finite", "is_normal", "is_sign_positive",
    "is_sign_negative", "mul_add", "recip", "to_degrees", "to_radians", "to_bits",
    "from_bits", "to_string", "clone", "total_cmp", "partial_cmp", "eq", "ne", "lt",
    "le", "gt", "ge", "rem_euclid", "div_euclid", "copysign", "round_ties_even",
    "from", "into", "try_from", "default", "fmt", "add", "sub", "mul", "div", "rem",
    "neg", "sum", "product", "exp_m1", "ln_1p", "midpoint", NULL};
static const char *const str_std_fns[] = {
    "chars", "bytes", "char_indices", "lines", "split", "split_whitespace", "splitn",
    "rsplit", "split_at", "trim", "trim_start", "trim_end", "trim_matches",
    "starts_with", "ends_with", "contains", "find", "rfind", "replace", "replacen",
    "to_uppercase", "to_lowercase", "to_ascii_uppercase", "to_ascii_lowercase",
    "parse", "repeat", "get", "is_char_boundary", "as_bytes", "to_owned", "into",
    "clone", "eq", "ne", "cmp", "partial_cmp", "as_str", "matches", "strip_prefix",
    "strip_suffix", "split_once", "rsplit_once", "eq_ignore_ascii_case",
    "is_ascii", "encode_utf16", "escape_debug", "escape_default", "fmt", "hash",
    "as_mut_ptr", "truncate", "pop", "clear", "insert", "insert_str", "remove",
    "retain", "drain", "into_bytes", "reserve", "reserve_exact", "shrink_to_fit",
    "shrink_to", "as_mut_str", "extend", "from_utf8", "from_utf8_lossy", "from_iter",
    "split_off", "into_boxed_str", "default", "to_vec", "iter", "concat", "join",
    "add", "add_assign", "deref", "borrow", "as_ref", "leak", NULL};
static const char *const char_std_fns[] = {
    "is_alphabetic", "is_numeric", "is_alphanumeric", "is_whitespace", "is_uppercase",
    "is_lowercase", "is_ascii", "is_ascii_digit", "is_ascii_alphabetic",
    "is_ascii_uppercase", "is_ascii_lowercase", "is_ascii_punctuation", "is_digit",
    "is_control", "to_digit", "to_ascii_uppercase", "to_ascii_lowercase", "to_uppercase",
    "to_lowercase", "len_utf8", "len_utf16", "encode_utf8", "to_string", "clone", "eq",
    "ne", "cmp", "partial_cmp", "from_u32", "from_digit", "from", "try_from", "into",
    "escape_default", "escape_debug", "escape_unicode", "fmt", "default", NULL};
static const char *const any_std_fns[] = {
    "clone", "to_owned", "eq", "ne", "cmp", "partial_cmp", "lt", "le", "gt", "ge", "fmt",
    "hash", "into", "borrow", "borrow_mut", "as_ref", "as_mut", "default", "iter",
    "into_iter", "len", "is_empty", "first", "last", "get", "contains", "sort",
    "to_vec", "map", "swap", "reverse", "fill", "concat", "join", "max", "min", NULL};

static bool in_list(const char *const *list, const char *name) {
    for (int i = 0; list[i]; i++)
        if (strcmp(list[i], name) == 0)
            return true;
    return false;
}

bool rs_is_std_method(Type *t, Symbol name) {
    const char *s = sym_str(name);
    t = ty_resolve(t);
    switch (t->kind) {
    case TY_INT: return in_list(int_std_fns, s);
    case TY_FLOAT: return in_list(float_std_fns, s);
    case TY_INFER:
        if (t->as.infer.kind == INFER_FLOAT)
            return in_list(float_std_fns, s);
        return in_list(int_std_fns, s);
    case TY_STR:
    case TY_STRING: return in_list(str_std_fns, s);
    case TY_CHAR: return in_list(char_std_fns, s);
    case TY_BOOL: return in_list(any_std_fns, s) || strcmp(s, "then") == 0 ||
                         strcmp(s, "then_some") == 0 || strcmp(s, "to_string") == 0;
    default: return in_list(any_std_fns, s);
    }
}

/* `<prim>::NAME` and `String::NAME`. */
static Resolution resolve_assoc(Type *self, Path *p, bool is_callee) {
    PathSeg *seg = &p->segs.data[1];
    const char *name = sym_str(seg->name);
    Resolution r = res_none();
    switch (self->kind) {
    case TY_INT: {
        IntKind k = self->as.int_kind;
        if (strcmp(name, "MAX") == 0)
            return res_int_const(self, int_kind_max(k));
        if (strcmp(name, "MIN") == 0) {
            int bits = int_kind_bits(k);
            u128 mask = bits == 128 ? ~(u128)0 : (((u128)1 << bits) - 1);
            return res_int_const(self, (u128)int_kind_min(k) & mask);
        }
        if (strcmp(name, "BITS") == 0)
            return res_int_const(ty_int(INT_U32), (u128)int_kind_bits(k));
        break;
    }
    case TY_FLOAT: {
        bool f32 = self->as.float_kind == FLOAT_F32;
        if (strcmp(name, "NAN") == 0) return res_float_const(self, NAN);
        if (strcmp(name, "INFINITY") == 0) return res_float_const(self, INFINITY);
        if (strcmp(name, "NEG_INFINITY") == 0) return res_float_const(self, -INFINITY);
        if (strcmp(name, "MAX") == 0)
            return res_float_const(self, f32 ? 3.40282347e+38 : 1.7976931348623157e308);
        if (strcmp(name, "MIN") == 0)
            return res_float_const(self, f32 ? -3.40282347e+38 : -1.7976931348623157e308);
        if (strcmp(name, "EPSILON") == 0)
            return res_float_const(self, f32 ? 1.19209290e-07 : 2.2204460492503131e-16);
        if (strcmp(name, "MIN_POSITIVE") == 0)
            return res_float_const(self, f32 ? 1.17549435e-38 : 2.2250738585072014e-308);
        break;
    }
    case TY_CHAR:
        if (strcmp(name, "MAX") == 0) {
            r = res_int_const(ty_char(), 0x10FFFF);
            return r;
        }
        break;
    case TY_STRING:
        r.kind = RES_BUILTIN;
        if (strcmp(name, "new") == 0) { r.builtin = BUILTIN_STRING_NEW; return r; }
        if (strcmp(name, "from") == 0) { r.builtin = BUILTIN_STRING_FROM; return r; }
        if (strcmp(name, "with_capacity") == 0) { r.builtin = BUILTIN_STRING_WITH_CAPACITY; return r; }
        r.kind = RES_NONE;
        break;
    default:
        break;
    }
    (void)is_callee;
    const char *tname = ty_to_string(self);
    if (rs_is_std_method(self, seg->name) || strcmp(name, "from_utf8") == 0 ||
        strcmp(name, "from_utf8_lossy") == 0 || strcmp(name, "from_iter") == 0 ||
        strcmp(name, "RADIX") == 0 || strcmp(name, "DIGITS") == 0 ||
        strcmp(name, "MANTISSA_DIGITS") == 0 || strcmp(name, "MAX_EXP") == 0 ||
        strcmp(name, "MIN_EXP") == 0 || strcmp(name, "consts") == 0 ||
        strcmp(name, "REPLACEMENT_CHARACTER") == 0 || strcmp(name, "UNICODE_VERSION") == 0) {
        tc_unsupported(p->span, arena_printf(compiler_arena, "`%s::%s`", tname, name));
        return res_none();
    }
    bool is_string = self->kind == TY_STRING;
    tc_error(PHASE_TYPECK, seg->span, "E0599",
             arena_printf(compiler_arena, "function or associated item not found in `%s`", tname),
             "no function or associated item named `%s` found for %s `%s` in the current scope",
             name, is_string ? "struct" : "type", tname);
    return res_none();
}

Resolution rs_resolve_value(Path *p, bool is_callee) {
    int n = p->segs.len;
    if (n == 0)
        return res_none();
    PathSeg *first = &p->segs.data[0];
    if (n == 1)
        return resolve_name(first->name, first->span, is_callee);
    const char *fs = sym_str(first->name);

    /* `<type>::NAME` */
    Type *self = rs_primitive(first->name);
    if (!self && strcmp(fs, "String") == 0)
        self = ty_string();
    if (!self) {
        bool crossed;
        Binding *b = lookup(first->name, &crossed);
        if (b && b->kind == BIND_STD && b->std->kind == STD_TYPE)
            self = ty_string();
    }
    if (self && self->kind != TY_STR) {
        if (n != 2) {
            tc_unsupported(p->span, "this path");
            return res_none();
        }
        return resolve_assoc(self, p, is_callee);
    }

    /* `crate::name` */
    if (strcmp(fs, "crate") == 0 && n == 2) {
        PathSeg *seg = &p->segs.data[1];
        for (int i = 0; i < the_crate->items.len; i++) {
            Item *it = the_crate->items.data[i];
            if (it->kind != ITEM_USE && it->name == seg->name) {
                Binding tmp = {BIND_ITEM, it->name, NULL, it, NULL, -1};
                return res_binding(&tmp, seg->span, is_callee);
            }
        }
        tc_error(PHASE_RESOLVE, seg->span, "E0425", "not found in the crate root",
                 "cannot find %s `%s` in the crate root", is_callee ? "function" : "value",
                 sym_str(seg->name));
        return res_none();
    }

    /* A std path, absolute or through an imported module. */
    const char *prefix = NULL;
    int from = 0;
    if (strcmp(fs, "std") == 0 || strcmp(fs, "core") == 0) {
        prefix = NULL;
    } else {
        bool crossed;
        Binding *b = lookup(first->name, &crossed);
        if (b && b->kind == BIND_STD && b->std->kind == STD_MODULE) {
            prefix = b->std->path;
            from = 1;
        } else if (b) {
            tc_unsupported(p->span, "this path");
            return res_none();
        } else {
            bool upper = fs[0] >= 'A' && fs[0] <= 'Z';
            if (strcmp(fs, "Vec") == 0 || strcmp(fs, "Box") == 0 || strcmp(fs, "Option") == 0 ||
                strcmp(fs, "Self") == 0 || strcmp(fs, "self") == 0 || strcmp(fs, "super") == 0) {
                tc_unsupported(p->span, arena_printf(compiler_arena, "`%s`", tc_source(p->span)));
                return res_none();
            }
            if (upper) {
                tc_error(PHASE_RESOLVE, first->span, "E0433",
                         arena_printf(compiler_arena, "use of undeclared type `%s`", fs),
                         "cannot find type `%s` in this scope", fs);
            } else {
                Diag *d = diag_new(DIAG_ERROR, "E0433", first->span,
                                   arena_printf(compiler_arena,
                                                "use of unresolved module or unlinked crate `%s`", fs),
                                   "cannot find module or crate `%s` in this scope", fs);
                diag_help(d, "you might be missing a crate named `%s`", fs);
                if (strcmp(fs, "mem") == 0)
                    diag_suggest(d, span_at(0, 0), "use std::mem;\n", "consider importing this module");
                tc_emit(d, PHASE_RESOLVE);
            }
            return res_none();
        }
    }
    const char *full = join_path(prefix, p, from, n);
    const StdEntry *e = std_lookup(full);
    if (e)
        return res_std(e, p->span, is_callee);
    /* A known module with an unknown member: rustc's E0425 in that module. */
    const char *parent = join_path(prefix, p, from, n - 1);
    const StdEntry *pm = std_lookup(parent);
    if (pm && pm->kind == STD_MODULE && strcmp(parent, "std::mem") == 0) {
        PathSeg *last = &p->segs.data[n - 1];
        tc_error(PHASE_RESOLVE, last->span, "E0425", NULL, "cannot find %s `%s` in module `%s`",
                 is_callee ? "function" : "value", sym_str(last->name), parent);
        return res_none();
    }
    tc_unsupported(p->span, arena_printf(compiler_arena, "`%s`", full));
    return res_none();
}

Type *rs_resolve_type_path(Path *p) {
    int n = p->segs.len;
    if (n == 0)
        return NULL;
    for (int i = 0; i < n; i++)
        if (p->segs.data[i].generics.len) {
            tc_unsupported(p->span, arena_printf(compiler_arena, "the type `%s`", tc_source(p->span)));
            return NULL;
        }
    PathSeg *last = &p->segs.data[n - 1];
    if (n == 1) {
        Type *t = rs_primitive(last->name);
        if (t)
            return t;
        const char *s = sym_str(last->name);
        if (strcmp(s, "String") == 0)
            return ty_string();
        bool crossed;
        Binding *b = lookup(last->name, &crossed);
        if (b && b->kind == BIND_STD && b->std->kind == STD_TYPE)
            return ty_string();
        static const char *const known[] = {"Vec", "Box", "Option", "Result", "HashMap",
                                            "HashSet", "Rc", "RefCell", "Cell", "Arc",
                                            "BTreeMap", "VecDeque", "Self", NULL};
        if (in_list(known, s)) {
            tc_unsupported(p->span, arena_printf(compiler_arena, "the type `%s`", s));
            return NULL;
        }
        tc_error(PHASE_RESOLVE, last->span, "E0425", "not found in this scope",
                 "cannot find type `%s` in this scope", s);
        return NULL;
    }
    const char *full = join_path(NULL, p, 0, n);
    const StdEntry *e = std_lookup(full);
    if (e && e->kind == STD_TYPE)
        return ty_string();
    tc_unsupported(p->span, arena_printf(compiler_arena, "the type `%s`", full));
    return NULL;
}

/* ---- edit distance ------------------------------------------------------------------------- */

/* rustc's edit_distance_with_substrings: a substring (like `len` in
 * `length`) counts as close. Returns -1 beyond limit. */
static int distance_with_substrings(const char *a, const char *b, int limit) {
    int n = (int)strlen(a), m = (int)strlen(b);
    bool big = n * 2 < m || m * 2 < n;
    int diff = n > m ? n - m : m - n;
    int d = diag_edit_distance(a, b, limit + diff);
    if (d < 0)
        return -1;
    int score = d - diff;
    if (score == 0 && diff > 0 && !big)
        score = 1;
    else if (!big)
        score += (diff + 1) / 2;
    else
        score += diff;
    return score <= limit ? score : -1;
}

const char *rs_similar_method(Type *t, Symbol name, bool *confusable) {
    const char *s = sym_str(name);
    t = ty_resolve(t);
    *confusable = false;
    if (t->kind == TY_STRING) {
        /* std's #[rustc_confusables] on String's methods */
        if (strcmp(s, "length") == 0 || strcmp(s, "size") == 0) {
            *confusable = true;
            return "len";
        }
        if (strcmp(s, "append") == 0) {
            *confusable = true;
            return "push_str";
        }
    }
    static const char *const string_own[] = {"len", "is_empty", "as_ptr", "to_string", "capacity",
                                             "clone", "push_str", "push", NULL};
    static const char *const str_own[] = {"len", "is_empty", "as_ptr", "to_string", NULL};
    const char *const *lists[3] = {NULL, NULL, NULL};
    switch (t->kind) {
    case TY_STRING: lists[0] = string_own; lists[1] = str_std_fns; break;
    case TY_STR: lists[0] = str_own; lists[1] = str_std_fns; break;
    case TY_INT: lists[0] = int_std_fns; break;
    case TY_FLOAT: lists[0] = float_std_fns; break;
    case TY_CHAR: lists[0] = char_std_fns; break;
    default: return NULL;
    }
    int len = (int)strlen(s);
    int limit = (len > 3 ? len : 3) / 3;
    const char *best = NULL;
    int best_d = limit + 1;
    for (int l = 0; l < 3 && lists[l]; l++)
        for (int i = 0; lists[l][i]; i++) {
            int d = distance_with_substrings(s, lists[l][i], limit);
            if (d >= 0 && d < best_d) {
                best_d = d;
                best = lists[l][i];
            }
        }
    return best;
}

bool rs_is_numeric_method_name(Symbol name) {
    /* trait methods every numeric type has: rustc resolves them without
     * knowing which integer type it is */
    static const char *const all_numbers[] = {
        "clone", "to_string", "to_owned", "eq", "ne", "lt", "le", "gt", "ge", "cmp", "partial_cmp",
        "max", "min", "clamp", "into", "try_into", "hash", "fmt", "add", "sub", "mul", "div", "rem",
        "neg", "not", "shl", "shr", "bitand", "bitor", "bitxor", "borrow", "borrow_mut", "default",
        "from", "try_from", NULL};
    static const char *const other_traits[] = {"len", "size", "next", "count", "iter", "is_empty",
                                               "get", "push", "sort", "contains", NULL};
    const char *s = sym_str(name);
    if (in_list(all_numbers, s))
        return false;
    return in_list(int_std_fns, s) || in_list(float_std_fns, s) || in_list(any_std_fns, s) ||
           in_list(other_traits, s);
}
