/* owl_rt.h: the contract between code that owl generates and the runtime.
 *
 * Every compiled program links libowlrt.a. Generated code calls only the
 * functions below, and passes every aggregate by pointer, so the calling
 * convention is the plain C one for pointers and scalars and never depends on
 * how a C compiler would pass a struct by value.
 *
 * Memory shapes are rustc's (x86-64):
 *   String  = { cap: usize @0, ptr: *u8 @8, len: usize @16 }   24 bytes
 *   &str    = { ptr @0, len @8 }                               16 bytes
 * An empty String (cap 0) has ptr == (u8*)1, like Rust's dangling pointer.
 * Growth follows Rust's RawVec: new_cap = max(2*cap, needed, 8) for bytes.
 *
 * Formatting is driven by type descriptors (OwlTypeDesc) that codegen emits as
 * constant data, so one runtime routine formats any Tier-1 value: the value's
 * address and its descriptor are all the runtime needs.
 *
 * Panics print rustc's text to stderr (blank line, "thread 'main' (TID)
 * panicked at FILE:LINE:COL:", message, the RUST_BACKTRACE note on the first
 * panic only), flush stdout, and exit with status 101.
 */
#ifndef OWL_RT_H
#define OWL_RT_H

#include <stddef.h>
#include <stdint.h>

/* ---- data shapes ------------------------------------------------------- */

typedef struct OwlString {
    size_t cap;   /* bytes reserved; 0 means no heap block */
    uint8_t *ptr; /* heap block, or (uint8_t *)1 when cap == 0 */
    size_t len;   /* bytes in use (UTF-8) */
} OwlString;

typedef struct OwlStr {
    const uint8_t *ptr;
    size_t len;
} OwlStr;

/* A source location: file as given on the command line, 1-based line, and the
 * column as rustc's panics count it (display width: tab 4, wide chars 2). */
typedef struct OwlLoc {
    const char *file;
    uint32_t line;
    uint32_t col;
} OwlLoc;

/* ---- type descriptors ---------------------------------------------------- */

typedef enum OwlTdKind {
    OWL_TD_INT = 1,  /* signed integer; size = 1, 2, 4, 8 or 16 */
    OWL_TD_UINT,     /* unsigned integer; size as above */
    OWL_TD_FLOAT,    /* size 4 (f32) or 8 (f64) */
    OWL_TD_BOOL,     /* one byte, 0 or 1 */
    OWL_TD_CHAR,     /* u32 Unicode scalar value */
    OWL_TD_STR,      /* a &str value: {ptr, len} */
    OWL_TD_STRING,   /* a String value: {cap, ptr, len} */
    OWL_TD_UNIT,     /* () */
    OWL_TD_TUPLE,    /* count fields: fields[i] at offsets[i] (source order) */
    OWL_TD_ARRAY,    /* count elements of elem, stride bytes apart */
    OWL_TD_REF,      /* a thin pointer to a value of type elem (&T, &mut T) */
    OWL_TD_STRUCT,   /* named struct: name, field_names, fields, offsets; count
                        0 with field_names NULL is a unit struct */
    OWL_TD_TUPLE_STRUCT, /* struct S(a, b): name, fields, offsets */
    OWL_TD_SLICE,    /* a &[T] value {ptr, len}; elem, stride */
    OWL_TD_VEC,      /* Vec<T> {cap, ptr, len}; elem, stride */
    OWL_TD_BOX,      /* Box<T>: thin pointer to elem */
} OwlTdKind;

typedef struct OwlTypeDesc OwlTypeDesc;
struct OwlTypeDesc {
    uint64_t kind;                     /* an OwlTdKind */
    uint64_t size;                     /* size in bytes of the whole value */
    uint64_t count;                    /* fields of a tuple/struct, array length */
    uint64_t stride;                   /* element stride of an array/slice/vec */
    const OwlTypeDesc *elem;           /* array/slice/vec element, ref/box pointee */
    const OwlTypeDesc *const *fields;  /* tuple/struct fields, source order */
    const uint64_t *offsets;           /* their byte offsets, source order */
    const char *name;                  /* struct name (NUL-terminated) or NULL */
    const char *const *field_names;    /* struct field names or NULL */
};

/* ---- format specs --------------------------------------------------------- */

enum {
    OWL_ALIGN_NONE = 0,
    OWL_ALIGN_LEFT = 1,
    OWL_ALIGN_RIGHT = 2,
    OWL_ALIGN_CENTER = 3,
};

enum {
    OWL_FLAG_PLUS = 1,        /* {:+} */
    OWL_FLAG_MINUS = 2,       /* {:-} (accepted, no effect, as in Rust) */
    OWL_FLAG_ALT = 4,         /* {:#} */
    OWL_FLAG_ZERO = 8,        /* {:0} sign-aware zero padding */
    OWL_FLAG_DEBUG_LHEX = 16, /* {:x?} */
    OWL_FLAG_DEBUG_UHEX = 32, /* {:X?} */
};

/* Trait selected by the spec's type letter. */
enum {
    OWL_FMT_DISPLAY = 0,
    OWL_FMT_DEBUG = '?',
    OWL_FMT_LOWER_HEX = 'x',
    OWL_FMT_UPPER_HEX = 'X',
    OWL_FMT_OCTAL = 'o',
    OWL_FMT_BINARY = 'b',
    OWL_FMT_LOWER_EXP = 'e',
    OWL_FMT_UPPER_EXP = 'E',
    OWL_FMT_POINTER = 'p',
};

/* 24 bytes; codegen emits it as a constant or fills it on the stack when the
 * width or precision comes from an argument ({:w$}, {:.*}). */
typedef struct OwlFmtSpec {
    uint32_t fill;      /* Unicode scalar value, ' ' by default */
    uint8_t align;      /* OWL_ALIGN_* */
    uint8_t flags;      /* OWL_FLAG_* */
    uint8_t trait;      /* OWL_FMT_* */
    uint8_t reserved;
    int64_t width;      /* -1: none */
    int64_t precision;  /* -1: none */
} OwlFmtSpec;

/* A formatter: a growable byte buffer plus the state pretty Debug needs.
 * Opaque to generated code, which only reserves OWL_FMT_SIZE bytes
 * (8-aligned) for it. */
#define OWL_FMT_SIZE 64
typedef struct OwlFmt {
    uint8_t *buf;
    size_t len;
    size_t cap;
    uint64_t state[5]; /* runtime-private */
} OwlFmt;

/* ---- program start and end ----------------------------------------------- */

/* Called first thing in the generated C `main`: line-buffered stdout as Rust's
 * LineWriter, SIGPIPE ignored, the stack-overflow handler installed. */
void owl_rt_init(int argc, char **argv);
/* Called when the user's main returns: flushes stdout; returns the exit status. */
int owl_rt_exit(void);

/* ---- heap ----------------------------------------------------------------- */

void *owl_alloc(size_t size, size_t align);  /* aborts with Rust's message on OOM */
void *owl_realloc(void *p, size_t old_size, size_t align, size_t new_size);
void owl_free(void *p, size_t size, size_t align);

/* ---- String ----------------------------------------------------------------- */

void owl_string_new(OwlString *out);
void owl_string_with_capacity(OwlString *out, size_t cap);
void owl_string_from(OwlString *out, const uint8_t *p, size_t len); /* cap == len */
void owl_string_push_str(OwlString *s, const uint8_t *p, size_t len);
void owl_string_push(OwlString *s, uint32_t ch);
void owl_string_clone(OwlString *out, const OwlString *s);           /* cap == len */
void owl_string_drop(OwlString *s);
/* &s[a..b] on a str: checks a <= b <= len and char boundaries; panics with
 * rustc's message at loc otherwise. has_lo / has_hi say whether a bound was
 * written (`..b`, `a..`). */
OwlStr owl_str_slice(const uint8_t *p, size_t len, size_t lo, size_t hi,
                     int has_lo, int has_hi, const OwlLoc *loc);
/* Byte equality of two strs (== on &str / String). Returns 1 if equal. */
int owl_str_eq(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen);
/* Lexicographic byte comparison: <0, 0, >0. */
int owl_str_cmp(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen);

/* ---- formatting ------------------------------------------------------------- */

/* initial_cap is the capacity format! starts with (rustc's estimate); print
 * macros pass 0. */
void owl_fmt_init(OwlFmt *f, size_t initial_cap);
/* Literal text between arguments. */
void owl_fmt_lit(OwlFmt *f, const uint8_t *p, size_t len);
/* Format the value at `value`, whose type is described by td, with spec.
 * For OWL_FMT_POINTER the value is the pointer itself (a thin pointer stored
 * at `value`); a fat pointer (td kind STR or SLICE) prints rustc's
 * "Pointer { addr: 0x.., metadata: N }". */
void owl_fmt_arg(OwlFmt *f, const void *value, const OwlTypeDesc *td,
                 const OwlFmtSpec *spec);
/* print!/println! (fd 1), eprint!/eprintln! (fd 2). Writes and frees the buffer. */
void owl_fmt_print(OwlFmt *f, int fd);
/* format!: moves the buffer into *out (with the capacity Rust's String would have). */
void owl_fmt_into_string(OwlFmt *f, OwlString *out);

/* ---- panics ----------------------------------------------------------------- */

_Noreturn void owl_panic_str(const uint8_t *msg, size_t len, const OwlLoc *loc);
_Noreturn void owl_panic_fmt(OwlFmt *f, const OwlLoc *loc);
/* "index out of bounds: the len is L but the index is I" */
_Noreturn void owl_panic_bounds(uint64_t index, uint64_t len, const OwlLoc *loc);
/* assert_eq! (is_ne = 0) / assert_ne! (is_ne = 1): "assertion `left == right`
 * failed" [": " message], then "  left: " and " right: " Debug lines.
 * msg may be NULL. */
_Noreturn void owl_panic_assert(int is_ne, const void *left, const void *right,
                                const OwlTypeDesc *td, OwlFmt *msg,
                                const OwlLoc *loc);

/* ---- the memory trace (libowlrt_trace.a only) ---------------------------------
 * `owl build --trace` makes codegen call these; an untraced program never
 * does, and links libowlrt.a, which does not contain them. The descriptors
 * are constant data codegen emits once per function and once per traced
 * statement; the runtime keeps a shadow stack of the live frames and each
 * named slot's state, and prints what docs/trace.md describes. */

typedef struct OwlTraceSlot {
    const char *name;          /* the variable, as the source names it */
    const char *type;          /* its type, as rustc prints it */
    const OwlTypeDesc *td;
    uint64_t offset;           /* its address is the frame object's plus this */
    uint64_t size;
    uint32_t line, col;        /* where it is declared */
} OwlTraceSlot;

typedef struct OwlTraceFn {
    const char *name;
    const OwlTraceSlot *slots; /* the named locals; parameters first */
    uint64_t nslots;
    uint64_t nargs;            /* slots[0 .. nargs-1] are the parameters */
    uint64_t frame_size;       /* bytes of the frame object */
    uint32_t line, col;        /* the fn item */
} OwlTraceFn;

enum {
    OWL_TRACE_WRITE = 1,  /* slot (or, slot -1, a place behind a pointer) gets a new value */
    OWL_TRACE_MOVE,       /* slot = move from; slot -1: moved into a temporary */
    OWL_TRACE_COPY,       /* slot = copy of from */
    OWL_TRACE_BORROW,     /* slot = &from / &mut from */
    OWL_TRACE_DROP,       /* slot's destructor ran (slot -1: a temporary's) */
    OWL_TRACE_LIVE,       /* StorageLive: the slot is in scope, uninitialised */
    OWL_TRACE_DEAD,       /* StorageDead: out of scope */
    OWL_TRACE_RETURN,     /* the function returns: its frame is popped */
};

typedef struct OwlTraceSite {
    uint32_t kind;             /* OWL_TRACE_* */
    uint32_t line, col;
    int32_t slot;              /* index into the function's slots, or -1 */
    int32_t from;              /* MOVE / COPY / BORROW: the slot read, or -1 */
    uint32_t flags;            /* OWL_TRACE_WHOLE, _NO_SNAPSHOT, _FROM_WHOLE */
    const char *place;         /* the place written, as text ("s", "t.0", "*r") */
    const char *from_place;    /* the place read ("s", "&mut s"), or NULL */
    const char *source;        /* the source line, trimmed */
} OwlTraceSite;

enum {
    OWL_TRACE_WHOLE = 1,       /* the place is the slot itself, no projection */
    OWL_TRACE_NO_SNAPSHOT = 2, /* one line, no snapshot: a move into a
                                  temporary, which the next event shows */
    OWL_TRACE_FROM_WHOLE = 4,  /* the place read is a whole slot */
};

typedef struct OwlTraceStatic {
    const char *name;
    const char *type;
    const OwlTypeDesc *td;
    const void *addr;
    uint64_t size;
} OwlTraceStatic;

typedef struct OwlTraceConfig {
    const char *path;          /* NULL: stderr */
    uint64_t json;             /* 1: one JSON object per line */
    const char *file;          /* the source file, as given to owl */
    const OwlTraceStatic *statics; /* shown once, at the start */
    uint64_t nstatics;
} OwlTraceConfig;

/* Set by generated code just before a call (line << 32 | col): where the
 * next owl_trace_enter was called from. */
extern uint64_t owl_trace_call_site;

void owl_trace_init(const OwlTraceConfig *config);
/* After the arguments are copied into the frame object. */
void owl_trace_enter(const OwlTraceFn *fn, uint8_t *frame);
void owl_trace_step(uint8_t *frame, const OwlTraceSite *site);
/* Around a format macro: the formatter's buffer is the runtime's own, counted
 * but not shown. */
void owl_trace_quiet(int on);
/* After format!: the buffer now belongs to the String at s. */
void owl_trace_adopt(const OwlString *s);

#endif
