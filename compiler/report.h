/* report.h: the memory layout report (`owl layout`, `owl build --emit=layout`).
 *
 * Takes the MIR program after drop elaboration and layout (the tables codegen
 * used) and the object file codegen actually wrote; gives a Report: a plain
 * data model of where every byte lives (STATIC, CODE, STACK, HEAP, TIMELINE
 * and the `types` list), which the renderers print as text, Markdown or
 * JSON (report_text.h, report_md.h, report_json.h). Building and printing
 * are apart so that the three formats can never disagree on a number.
 *
 * Invariants: every offset, size and alignment comes from layout_of() /
 * layout_frame(); every code size and section from the object's own symbol
 * and section tables; every event from a MIR statement or terminator and
 * its span. Nothing is estimated: what is unknown at compile time is said
 * to be ("runtime", null).
 */
#ifndef OWL_REPORT_H
#define OWL_REPORT_H

#include "mir.h"

typedef enum ReportFormat { REPORT_TEXT, REPORT_MARKDOWN, REPORT_JSON } ReportFormat;

/* A source position; line 0 means "nowhere" (JSON null). */
typedef struct RLoc {
    uint32_t line, col;  /* 1-based, columns in Unicode scalar values */
    uint32_t pos;        /* byte offset, for ordering */
} RLoc;

/* One field of a value, in memory order. Slots list leaves (a tuple's
 * String shows as 1.cap, 1.ptr, 1.len) with padding as entries of its own;
 * the `types` list shows direct fields only. */
typedef struct RField {
    const char *name;    /* "cap", "1.ptr", "[2]", "(padding)" */
    const char *type;    /* rustc's spelling; "padding" for padding */
    uint64_t offset;     /* from the start of the value */
    uint64_t size, align;
    const char *points;  /* "heap" (a String's ptr), "str" (a &str's ptr:
                            static or heap bytes), or NULL */
    bool padding;
} RField;
typedef VEC(RField) RFieldVec;

typedef enum REventKind {
    EV_ASSIGN,  /* a value is stored into the slot (first one: initialised) */
    EV_COPY,    /* the slot's bytes are copied somewhere; it stays valid */
    EV_MOVE,    /* the slot's bytes are moved out; it becomes unusable */
    EV_BORROW,  /* a reference to the slot (or a part of it) is taken */
    EV_DROP,    /* the slot's destructor runs (frees its heap block) */
} REventKind;

typedef struct REvent {
    REventKind kind;
    RLoc at;
    const char *what;    /* the part affected when not the whole slot: "t.1" */
    const char *to;      /* move/copy/borrow: who receives it; assign: the value */
    bool mut;            /* borrow: &mut */
    bool init;           /* assign: the first value (the declaration) */
    bool conditional;    /* drop: guarded by a drop flag (only if still owned) */
    int heap;            /* the heap block allocated, freed or moved, or 0 */
} REvent;
typedef VEC(REvent) REventVec;

/* What finally happens to a slot's value. */
typedef enum RFate {
    FATE_NONE,           /* nothing to drop (Copy data, references) */
    FATE_DROPPED,        /* dropped here (heap block freed) */
    FATE_DROPPED_MAYBE,  /* dropped here if not moved on the path taken */
    FATE_MOVED,          /* moved out, not dropped */
    FATE_PARTLY_MOVED,   /* some fields moved out; the rest dropped */
    FATE_RETURNED,       /* the return place: handed to the caller */
} RFate;

typedef struct RSlot {
    LocalId local;
    const char *name;    /* the variable; "(return)"; "_7" for temporaries */
    const char *kind;    /* "var", "arg", "return", "temp", "drop_flag" */
    Type *ty;
    const char *type;
    uint64_t offset, size, align;
    uint64_t padding;    /* unused bytes after this slot, before the next */
    bool copy;           /* the type is Copy */
    bool needs_drop;     /* the type owns heap memory */
    RFieldVec fields;    /* leaves in memory order; empty for scalars */
    RLoc declared;
    RLoc scope_end;      /* StorageDead, or the function's end */
    REventVec events;    /* in source order */
    RFate fate;
    RLoc fate_at;
    const char *note;    /* temporaries: what they hold ("String::from result") */
    const char *home;    /* -O: "stack", "split", "regs" or "inline" (what the
                            optimiser did with it: cg_local_home); NULL in
                            debug builds */
} RSlot;
typedef VEC(RSlot) RSlotVec;

typedef struct RCall {
    const char *callee;  /* function name */
    RLoc at;
    bool in_loop;        /* the call can run many times */
} RCall;
typedef VEC(RCall) RCallVec;

typedef struct RFunction {
    const char *name;
    const char *symbol;      /* "owl.main" */
    MirBody *body;
    int64_t code_size;       /* bytes of machine code; -1: not in the object */
    int64_t machine_frame;   /* bytes the prologue reserves (return address,
                                saved registers, frame object, scratch); -1 */
    uint64_t frame_size, frame_align;
    RLoc decl, end;          /* `fn` and the closing brace */
    RSlotVec slots;          /* shown slots, by offset */
    int hidden_temps;        /* temporaries not shown (they own nothing) */
    uint64_t hidden_bytes;
    RCallVec calls;          /* user-function calls, in block order */
} RFunction;
typedef VEC(RFunction) RFunctionVec;

typedef VEC(RLoc) RLocVec;

typedef struct RStatic {
    const char *kind;        /* "literal", "format", "panic", "static", "compiler" */
    const char *name;        /* a static's NAME, else NULL */
    const char *symbol;      /* owl.str.N / owl.static.NAME */
    const char *section;     /* the executable's section: .rodata, .data, ... */
    const char *object_section; /* the object's: .rodata.cst4, ... */
    const char *type;        /* "str" for literals; the static's type */
    uint64_t size, align;
    const char *bytes;       /* literals: the bytes; statics: NULL */
    uint32_t len;
    const char *value;       /* statics: the value as Rust prints it */
    bool mutable;            /* static mut */
    bool in_object;          /* found in the object (else optimised away) */
    RLocVec uses;
} RStatic;
typedef VEC(RStatic) RStaticVec;

/* A `const` item: no storage of its own; listed to say so. */
typedef struct RConst {
    const char *name, *type, *value;
    RLoc decl;
    RLocVec uses;
} RConst;

/* What happened to a heap block after its allocation. */
typedef enum RHeapEventKind {
    HEV_OWNER,   /* a new owner (a move) */
    HEV_GROW,    /* push/push_str/+=: may reallocate (runtime) */
    HEV_FREE,    /* dropped: the block is freed */
    HEV_RETURN,  /* returned to the caller */
} RHeapEventKind;

typedef struct RHeapEvent {
    RHeapEventKind kind;
    RLoc at;
    const char *name;      /* the new owner, or who frees it */
    const char *function;  /* where it happens */
    const char *how;       /* "moved", "parameter of consume", "drop()", ... */
    bool conditional;
} RHeapEvent;
typedef VEC(RHeapEvent) RHeapEventVec;

typedef struct RHeap {
    int id;                /* 1-based, in source order */
    RLoc site;
    const char *function;
    const char *expr;      /* the allocating expression's source text */
    const char *builtin;   /* "String::from", ... */
    int64_t size;          /* bytes when known statically, else -1 */
    const char *size_note; /* why that size ("the 5 bytes of \"hello\"") */
    const char *owner;     /* the first owner */
    RHeapEventVec events;  /* owner changes, growth, frees, in order */
    bool in_loop;          /* allocated once per iteration */
} RHeap;
typedef VEC(RHeap) RHeapVec;

typedef struct RType {
    Type *ty;
    const char *name;
    uint64_t size, align;
    RFieldVec fields;      /* direct fields, memory order */
    const char *elem;      /* arrays: the element type */
    uint64_t len, stride;
} RType;
typedef VEC(RType) RTypeVec;

/* One memory event on a source line, for the TIMELINE. */
typedef enum RTimeClass {
    TL_FRAME, TL_ALLOC, TL_MOVE, TL_COPY, TL_BORROW, TL_FREE, TL_OTHER
} RTimeClass;
typedef struct RTimeEvent {
    RLoc at;
    RTimeClass cls;
    const char *text;
    bool last;           /* sorts after the other events of its line (frame pop) */
} RTimeEvent;
typedef VEC(RTimeEvent) RTimeEventVec;

typedef struct Report {
    const char *file;          /* as given on the command line */
    const SourceFile *src;
    const char *target;        /* "x86_64-unknown-linux-gnu" */
    bool optimized;            /* -O: frame offsets do not apply */
    uint64_t stack_limit;      /* 8 MiB: Linux's default main-thread stack */
    RStaticVec statics;
    VEC(RConst) consts;
    VEC(const char *) runtime_calls; /* runtime functions the object calls */
    int64_t entry_size;        /* the C `main` wrapper's bytes, or -1 */
    RFunctionVec functions;    /* source order */
    RHeapVec heap;
    RTypeVec types;
    RTimeEventVec timeline;    /* sorted by position */
} Report;

/* Builds the report. obj_path is the object cg_emit() just wrote (its
 * literals are read from cg_literals()). Returns NULL after reporting an
 * error through diag (an unreadable or malformed object). */
Report *report_build(MirProgram *p, const SourceFile *file, const char *obj_path,
                     bool optimized);

/* "text", "markdown" (or "md"), "json". */
bool report_parse_format(const char *name, ReportFormat *out);
void report_render(const Report *r, ReportFormat format, bool color, CharVec *out);

/* Helpers shared by the renderers. */
RLoc report_loc(const Report *r, Span span);
const char *report_fate_text(RFate fate);
const char *report_event_kind(REventKind kind);
/* A byte string as a Rust string literal's contents (\n, \", \u{..} for
 * control characters; other UTF-8 as is). */
const char *report_escape(const char *bytes, uint32_t len);
/* A constant as Rust source would write it: 5, -3, 1.5, 'x', "hi", (1, 2). */
const char *report_const_text(const ConstValue *c);
/* "68 c3 a9 6c 6c 6f" (the first `max` bytes, then "..."). */
const char *report_hex(const char *bytes, uint32_t len, uint32_t max);

#endif
