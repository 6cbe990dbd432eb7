/* rt_trace.c: the runtime memory trace (`owl run --trace`, docs/trace.md).
 *
 * Only in libowlrt_trace.a, which is the runtime's sources plus this file
 * compiled with -DOWL_TRACE; programs built without --trace link libowlrt.a
 * and never call anything here.
 *
 * Generated code reports frame pushes (owl_trace_enter, with a constant
 * descriptor of the function's named slots: name, type, type descriptor,
 * offset in the frame object, declaration) and each statement that changes
 * a named slot (owl_trace_step, with a constant site: kind, line:col, the
 * slots involved, the source line). rt_alloc.c reports every block that
 * reaches the C allocator. From these this file keeps a shadow stack of the
 * live frames with each slot's state (uninitialised, live, moved out,
 * dropped) and a table of the live heap blocks, and after each step prints a
 * snapshot: the frames innermost first as Address | Name | Type | Value
 * tables and the heap blocks with their bytes. Addresses are the real ones.
 *
 * The trace never allocates: output goes through a static buffer and
 * write(2), the tables are static, and values are rendered here rather than
 * by the formatter (whose buffer is a heap block). So the heap events are
 * the program's and the runtime's own, and their counts equal valgrind's
 * less what the C library allocates behind malloc's back at start-up.
 * The formatter's buffers (print!, format! while it runs) are the runtime's
 * own blocks: counted, never shown; format! hands its buffer to a String,
 * and from then on the block is the program's (owl_trace_adopt).
 *
 * A slot is read only when its state says it holds a value, and a heap
 * block's bytes are shown only up to the length of the String that owns it,
 * so tracing reads no uninitialised or freed memory.
 */
#define _GNU_SOURCE /* on_exit */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rt_internal.h"

__extension__ typedef unsigned __int128 u128;
__extension__ typedef __int128 i128;

/* ---- output: a static buffer over a file descriptor --------------------------- */

/* A byte sink: the trace itself (fd >= 0, flushed when full) or a cell
 * (fd < 0, truncates). */
typedef struct Sink {
    char *buf;
    size_t len, cap;
    int fd;
} Sink;

static char out_buf[1 << 16];
static Sink out = {out_buf, 0, sizeof out_buf, 2};
static int json;
static int share_stdout; /* the trace and stdout are the same file: keep them in order */

static void flush_sink(Sink *s)
{
    if (s->fd >= 0 && s->len) {
        (void)owlrt_write_all(s->fd, (const uint8_t *)s->buf, s->len);
        s->len = 0;
    }
}

static void put(Sink *s, const char *p, size_t n)
{
    while (n) {
        size_t room = s->cap - s->len;
        if (room == 0) {
            if (s->fd < 0)
                return;
            flush_sink(s);
            room = s->cap;
        }
        size_t k = n < room ? n : room;
        memcpy(s->buf + s->len, p, k);
        s->len += k;
        p += k;
        n -= k;
    }
}

static void puts_(Sink *s, const char *str) { put(s, str, strlen(str)); }
static void putc_(Sink *s, char c)
{
    if (s->len < s->cap)
        s->buf[s->len++] = c;
    else
        put(s, &c, 1);
}

static void put_u128(Sink *s, u128 v)
{
    char tmp[40];
    size_t n = 0;
    do {
        tmp[sizeof tmp - ++n] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    put(s, tmp + sizeof tmp - n, n);
}

static void put_u64(Sink *s, uint64_t v) { put_u128(s, v); }

static void put_hex(Sink *s, uint64_t v)
{
    char tmp[20];
    size_t n = 0;
    do {
        tmp[sizeof tmp - ++n] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    put(s, "0x", 2);
    put(s, tmp + sizeof tmp - n, n);
}

static void put_byte_hex(Sink *s, uint8_t b)
{
    putc_(s, "0123456789abcdef"[b >> 4]);
    putc_(s, "0123456789abcdef"[b & 15]);
}

static void put_spaces(Sink *s, size_t n)
{
    while (n--)
        putc_(s, ' ');
}

/* Display width of UTF-8 text: one column per scalar value (good enough for
 * the names, types and values the tables hold). */
static size_t width_of(const char *p, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)p[i] & 0xC0) != 0x80;
    return w;
}

/* A JSON string. */
static void put_json_str(Sink *s, const char *p, size_t n)
{
    putc_(s, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '"' || c == '\\') {
            putc_(s, '\\');
            putc_(s, (char)c);
        } else if (c < 0x20) {
            put(s, "\\u00", 4);
            put_byte_hex(s, c);
        } else {
            putc_(s, (char)c);
        }
    }
    putc_(s, '"');
}

static void put_json_cstr(Sink *s, const char *str)
{
    if (str)
        put_json_str(s, str, strlen(str));
    else
        puts_(s, "null");
}

/* Ends one record (a JSON line, or a block of the text trace). When the
 * trace shares a file with stdout, stdout's pending partial line goes first
 * and the record goes out at once, so the two interleave as they happened. */
static void end_record(void)
{
    if (share_stdout) {
        owlrt_stdout_flush_quiet();
        flush_sink(&out);
    }
}

/* ---- the shadow stack ---------------------------------------------------------- */

enum { ST_DEAD = 0, ST_UNINIT, ST_LIVE, ST_MOVED, ST_DROPPED, ST_PARTIAL };

#define MAX_FRAMES 4096
#define MAX_STATES (1 << 20)

typedef struct Frame {
    const OwlTraceFn *fn;
    uint8_t *base;
    uint8_t *state; /* one per slot, in states[] */
} Frame;

static Frame frames[MAX_FRAMES];
static int nframes;
static uint64_t untraced_depth; /* frames pushed past MAX_FRAMES */
static uint8_t states[MAX_STATES];
static size_t nstates;

static const char *source_file = "";
static uint32_t cur_line, cur_col; /* the last site's location */

static Frame *frame_of(uint8_t *base)
{
    for (int i = nframes - 1; i >= 0; i--)
        if (frames[i].base == base)
            return &frames[i];
    return NULL;
}

static uint8_t *slot_addr(const Frame *f, int slot) { return f->base + f->fn->slots[slot].offset; }

/* ---- the heap --------------------------------------------------------------------- */

#define HEAP_CAP (1u << 16)
#define MAX_PENDING 256

typedef struct Block {
    uintptr_t addr;
    uint64_t size;
    uint8_t used;     /* 0 empty, 1 live, 2 deleted */
    uint8_t internal; /* the runtime's own (formatter buffer): counted, not shown */
} Block;

static Block heap[HEAP_CAP];
static uint32_t heap_filled; /* live + deleted */
static uint32_t heap_live;   /* shown blocks */
/* Their addresses, so that a snapshot need not walk the whole table. */
static uintptr_t shown_blocks[HEAP_CAP / 2];

static void show_block(uintptr_t a) { shown_blocks[heap_live++] = a; }

static void unshow_block(uintptr_t a)
{
    for (uint32_t i = 0; i < heap_live; i++) {
        if (shown_blocks[i] == a) {
            shown_blocks[i] = shown_blocks[--heap_live];
            return;
        }
    }
}
static int heap_full;        /* the table overflowed: later blocks are not shown */
static int quiet;

/* What valgrind counts: a malloc is an alloc, a free a free, a realloc
 * both; bytes are the sizes asked for. */
static uint64_t n_allocs, n_frees, n_bytes;
static uint64_t rt_allocs, rt_frees; /* the part that was the runtime's own */

typedef struct HeapEvent {
    int kind; /* 'a' alloc, 'f' free, 'r' realloc */
    uintptr_t addr, old_addr;
    uint64_t size, old_size;
    int adopted;
} HeapEvent;

static HeapEvent pending[MAX_PENDING];
static int npending;

static uint32_t hash_addr(uintptr_t a)
{
    uint64_t x = (uint64_t)a;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x & (HEAP_CAP - 1);
}

static Block *heap_find(uintptr_t a)
{
    uint32_t j = hash_addr(a);
    for (uint32_t k = 0; k < HEAP_CAP; k++, j = (j + 1) & (HEAP_CAP - 1)) {
        if (heap[j].used == 0)
            return NULL;
        if (heap[j].used == 1 && heap[j].addr == a)
            return &heap[j];
    }
    return NULL;
}

static Block *heap_add(uintptr_t a, uint64_t size, int internal)
{
    if (heap_filled >= HEAP_CAP / 2) {
        /* Rebuild without the deleted entries when they are the problem. */
        static Block keep[HEAP_CAP / 2];
        uint32_t n = 0;
        for (uint32_t i = 0; i < HEAP_CAP; i++)
            if (heap[i].used == 1)
                keep[n++] = heap[i];
        if (n >= HEAP_CAP / 4) {
            heap_full = 1;
            return NULL;
        }
        memset(heap, 0, sizeof heap);
        for (uint32_t i = 0; i < n; i++) {
            uint32_t j = hash_addr(keep[i].addr);
            while (heap[j].used)
                j = (j + 1) & (HEAP_CAP - 1);
            heap[j] = keep[i];
        }
        heap_filled = n;
    }
    uint32_t j = hash_addr(a);
    while (heap[j].used == 1)
        j = (j + 1) & (HEAP_CAP - 1);
    if (heap[j].used == 0)
        heap_filled++;
    heap[j].addr = a;
    heap[j].size = size;
    heap[j].used = 1;
    heap[j].internal = (uint8_t)internal;
    if (!internal)
        show_block(a);
    return &heap[j];
}

static void heap_remove(Block *b)
{
    if (!b->internal)
        unshow_block(b->addr);
    b->used = 2;
}

static void print_pending(void);

static void queue(HeapEvent e)
{
    if (npending == MAX_PENDING)
        print_pending();
    pending[npending++] = e;
}

void owlrt_trace_alloc(uintptr_t p, size_t size)
{
    n_allocs++;
    n_bytes += size;
    if (quiet)
        rt_allocs++;
    heap_add(p, size, quiet);
    if (!quiet) {
        HeapEvent e = {'a', p, 0, size, 0, 0};
        queue(e);
    }
}

void owlrt_trace_free(uintptr_t p, size_t size)
{
    Block *b = heap_find(p);
    int internal = b ? b->internal : quiet;
    n_frees++;
    if (internal)
        rt_frees++;
    if (b)
        heap_remove(b);
    if (!internal) {
        HeapEvent e = {'f', p, 0, size, 0, 0};
        queue(e);
    }
}

void owlrt_trace_realloc(uintptr_t old, size_t old_size, uintptr_t p, size_t size)
{
    Block *b = heap_find(old);
    int internal = b ? b->internal : quiet;
    n_allocs++;
    n_frees++;
    n_bytes += size;
    if (internal) {
        rt_allocs++;
        rt_frees++;
    }
    if (b)
        heap_remove(b);
    heap_add(p, size, internal);
    if (!internal) {
        HeapEvent e = {'r', p, old, size, old_size, 0};
        queue(e);
    }
}

void owl_trace_quiet(int on) { quiet = on; }

void owl_trace_adopt(const OwlString *s)
{
    Block *b;
    if (s->cap == 0 || !(b = heap_find((uintptr_t)s->ptr)) || !b->internal)
        return;
    /* From now on the block is the program's: recount it as such. */
    b->internal = 0;
    show_block(b->addr);
    rt_allocs--;
    HeapEvent e = {'a', b->addr, 0, b->size, 0, 1};
    queue(e);
}

/* ---- values ---------------------------------------------------------------------------- */

static uint64_t rd64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* A later `let` of the same name in scope shadows slot k: its name alone
 * would be ambiguous. */
static int shadowed(const Frame *f, uint64_t k)
{
    const OwlTraceSlot *a = &f->fn->slots[k];
    for (uint64_t j = 0; j < f->fn->nslots; j++) {
        const OwlTraceSlot *b = &f->fn->slots[j];
        if (j != k && f->state[j] != ST_DEAD && !strcmp(a->name, b->name) &&
            (b->line > a->line || (b->line == a->line && b->col > a->col)))
            return 1;
    }
    return 0;
}

static void put_slot_name(Sink *s, const Frame *f, uint64_t k)
{
    puts_(s, f->fn->slots[k].name);
    if (shadowed(f, k))
        puts_(s, " (shadowed)");
}

/* The slot whose bytes hold address a, for `-> name` after a pointer. */
static int find_slot(uintptr_t a, const Frame **fo, int *so)
{
    for (int i = nframes - 1; i >= 0; i--) {
        const Frame *f = &frames[i];
        for (uint64_t k = 0; k < f->fn->nslots; k++) {
            uintptr_t lo = (uintptr_t)slot_addr(f, (int)k);
            if (f->state[k] != ST_DEAD && a >= lo && a < lo + f->fn->slots[k].size) {
                *fo = f;
                *so = (int)k;
                return a == lo ? 1 : 2;
            }
        }
    }
    return 0;
}

static Block *block_containing(uintptr_t a)
{
    Block *b = heap_find(a);
    if (b)
        return b->internal ? NULL : b;
    for (uint32_t i = 0; i < heap_live; i++) {
        b = heap_find(shown_blocks[i]);
        if (b && a >= b->addr && a < b->addr + b->size)
            return b;
    }
    return NULL;
}

/* The executable's image, where string literals and statics live. */
extern const char __executable_start[];
extern const char _end[];

/* Whether n bytes at p may be read: in a live heap block, the executable's
 * image or a traced frame. A reference held in a slot can outlive what it
 * pointed at (its last use is behind it), and the text it would show is
 * then gone. */
static int readable(uintptr_t p, uint64_t n)
{
    if (n == 0)
        return 1;
    if (p + n < p)
        return 0;
    Block *b = block_containing(p);
    if (b)
        return p + n <= b->addr + b->size;
    if (p >= (uintptr_t)__executable_start && p + n <= (uintptr_t)_end)
        return 1;
    for (int i = 0; i < nframes; i++)
        if (p >= (uintptr_t)frames[i].base &&
            p + n <= (uintptr_t)frames[i].base + frames[i].fn->frame_size)
            return 1;
    return 0;
}

/* " -> \"text\"" for the n bytes at p, or " -> (freed)". */
static void put_pointee_text(Sink *s, uint64_t p, uint64_t n);

/* Where a pointer points, after its value: "-> s", "-> heap". */
static void put_target(Sink *s, uintptr_t a)
{
    const Frame *f;
    int k;
    int hit = find_slot(a, &f, &k);
    if (hit) {
        const OwlTypeDesc *td = f->fn->slots[k].td;
        uint64_t off = (uint64_t)(a - (uintptr_t)slot_addr(f, k));
        int64_t part = -1; /* the field or element a points at */
        if (hit == 2 && td->kind == OWL_TD_ARRAY && td->stride && off % td->stride == 0)
            part = (int64_t)(off / td->stride);
        for (uint64_t i = 0; hit == 2 && td->kind == OWL_TD_TUPLE && i < td->count; i++)
            if (td->offsets[i] == off && td->fields[i]->size)
                part = (int64_t)i;
        puts_(s, hit == 1 || part >= 0 ? " -> " : " -> inside ");
        if (f != &frames[nframes - 1]) {
            puts_(s, f->fn->name);
            puts_(s, "'s ");
        }
        put_slot_name(s, f, (uint64_t)k);
        if (part >= 0) {
            putc_(s, td->kind == OWL_TD_TUPLE ? '.' : '[');
            put_u64(s, (uint64_t)part);
            if (td->kind == OWL_TD_ARRAY)
                putc_(s, ']');
        }
    } else if (block_containing(a)) {
        puts_(s, " -> heap");
    }
}

/* Text as Rust's Debug quotes it, at most max bytes of it. */
static void put_text(Sink *s, const uint8_t *p, size_t n, size_t max)
{
    size_t i = 0;
    putc_(s, '"');
    while (i < n) {
        if (i >= max) {
            puts_(s, "...");
            break;
        }
        uint8_t c = p[i];
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (i + len > n)
            len = n - i;
        if (c == '"' || c == '\\') {
            putc_(s, '\\');
            putc_(s, (char)c);
        } else if (c == '\n') {
            puts_(s, "\\n");
        } else if (c == '\t') {
            puts_(s, "\\t");
        } else if (c == '\r') {
            puts_(s, "\\r");
        } else if (c < 0x20 || c == 0x7f) {
            puts_(s, "\\u{");
            put_byte_hex(s, c);
            putc_(s, '}');
        } else {
            put(s, (const char *)p + i, len);
        }
        i += len;
    }
    putc_(s, '"');
}

static void put_char(Sink *s, uint32_t c)
{
    uint8_t b[4];
    putc_(s, '\'');
    if (c == '\'' || c == '\\') {
        putc_(s, '\\');
        putc_(s, (char)c);
    } else if (c == '\n') {
        puts_(s, "\\n");
    } else if (c < 0x20 || c == 0x7f || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) {
        puts_(s, "\\u{");
        put_hex(s, c);
        putc_(s, '}');
    } else {
        put(s, (const char *)b, owlrt_utf8_encode(c, b));
    }
    putc_(s, '\'');
}

static void put_float(Sink *s, const uint8_t *v, uint64_t size)
{
    OwlrtFloatBuf buf;
    OwlrtFormatted f;
    double x;
    if (size == 4) {
        float y;
        memcpy(&y, v, 4);
        x = y;
    } else {
        memcpy(&x, v, 8);
    }
    owlrt_float_format(x, size == 4, OWL_FMT_DEBUG, -1, 0, &buf, &f);
    puts_(s, f.sign);
    for (int i = 0; i < f.nparts; i++) {
        if (f.parts[i].kind == OWLRT_PART_COPY) {
            put(s, f.parts[i].s, f.parts[i].n);
        } else {
            for (size_t z = 0; z < f.parts[i].n; z++)
                putc_(s, '0');
        }
    }
}

static void put_int(Sink *s, const uint8_t *v, uint64_t size, int sign)
{
    u128 u = 0;
    memcpy(&u, v, size); /* little-endian */
    if (sign && size < 16 && (u >> (size * 8 - 1)) & 1)
        u |= ~(u128)0 << (size * 8);
    if (sign && (i128)u < 0) {
        putc_(s, '-');
        u = (u128)0 - u;
    }
    put_u128(s, u);
}

#define TEXT_MAX 40
#define ELEMS_MAX 8

/* Bytes of text a value shows; a table row lowers it to stay in 80 columns. */
static size_t text_max = TEXT_MAX;

static void put_pointee_text(Sink *s, uint64_t p, uint64_t n)
{
    if (!readable((uintptr_t)p, n)) {
        puts_(s, " -> (freed)");
        return;
    }
    puts_(s, " -> ");
    put_text(s, (const uint8_t *)(uintptr_t)p, n, text_max);
}

/* One value, read from v. deref: the value is valid, so pointers in it may
 * be followed (a String's text); otherwise only its own bytes are shown. */
static void put_value(Sink *s, const uint8_t *v, const OwlTypeDesc *td, int deref)
{
    switch (td->kind) {
    case OWL_TD_INT:
    case OWL_TD_UINT:
        put_int(s, v, td->size, td->kind == OWL_TD_INT);
        return;
    case OWL_TD_FLOAT:
        put_float(s, v, td->size);
        return;
    case OWL_TD_BOOL:
        puts_(s, v[0] == 1 ? "true" : v[0] == 0 ? "false" : "(invalid bool)");
        return;
    case OWL_TD_CHAR: {
        uint32_t c;
        memcpy(&c, v, 4);
        put_char(s, c);
        return;
    }
    case OWL_TD_UNIT:
        puts_(s, "()");
        return;
    case OWL_TD_STR:
    case OWL_TD_SLICE: {
        uint64_t p = rd64(v), n = rd64(v + 8);
        putc_(s, '{');
        put_hex(s, p);
        puts_(s, ", ");
        put_u64(s, n);
        putc_(s, '}');
        if (deref && td->kind == OWL_TD_STR)
            put_pointee_text(s, p, n);
        return;
    }
    case OWL_TD_STRING:
    case OWL_TD_VEC: {
        uint64_t cap = rd64(v), p = rd64(v + 8), n = rd64(v + 16);
        putc_(s, '{');
        put_u64(s, cap);
        puts_(s, ", ");
        put_hex(s, p);
        puts_(s, ", ");
        put_u64(s, n);
        putc_(s, '}');
        if (deref && td->kind == OWL_TD_STRING)
            put_pointee_text(s, p, n);
        return;
    }
    case OWL_TD_REF:
    case OWL_TD_BOX: {
        uint64_t p = rd64(v);
        put_hex(s, p);
        if (deref)
            put_target(s, p);
        return;
    }
    case OWL_TD_TUPLE:
    case OWL_TD_STRUCT:
    case OWL_TD_TUPLE_STRUCT: {
        if (td->name)
            puts_(s, td->name);
        if (td->kind == OWL_TD_STRUCT && !td->field_names)
            return;
        puts_(s, td->kind == OWL_TD_STRUCT ? " { " : "(");
        for (uint64_t i = 0; i < td->count; i++) {
            if (i)
                puts_(s, ", ");
            if (td->kind == OWL_TD_STRUCT) {
                puts_(s, td->field_names[i]);
                puts_(s, ": ");
            }
            put_value(s, v + td->offsets[i], td->fields[i], deref);
        }
        if (td->kind == OWL_TD_TUPLE && td->count == 1)
            putc_(s, ',');
        puts_(s, td->kind == OWL_TD_STRUCT ? " }" : ")");
        return;
    }
    case OWL_TD_ARRAY: {
        putc_(s, '[');
        for (uint64_t i = 0; i < td->count; i++) {
            if (i)
                puts_(s, ", ");
            if (i == ELEMS_MAX) {
                puts_(s, "... ");
                put_u64(s, td->count - i);
                puts_(s, " more");
                break;
            }
            put_value(s, v + i * td->stride, td->elem, deref);
        }
        putc_(s, ']');
        return;
    }
    }
    puts_(s, "?");
}

/* Finds a shown String (or Vec, Box) in a live slot whose heap pointer is
 * block; *len gets how many of its bytes are in use. */
static int owns(const uint8_t *v, const OwlTypeDesc *td, uintptr_t block, uint64_t *len)
{
    switch (td->kind) {
    case OWL_TD_STRING:
    case OWL_TD_VEC:
        if (rd64(v) != 0 && rd64(v + 8) == block) {
            *len = rd64(v + 16) * (td->kind == OWL_TD_VEC ? td->stride : 1);
            return 1;
        }
        return 0;
    case OWL_TD_BOX:
        if (rd64(v) == block) {
            *len = td->elem ? td->elem->size : 0;
            return 1;
        }
        return 0;
    case OWL_TD_TUPLE:
    case OWL_TD_STRUCT:
    case OWL_TD_TUPLE_STRUCT:
        for (uint64_t i = 0; i < td->count; i++)
            if (owns(v + td->offsets[i], td->fields[i], block, len))
                return 1;
        return 0;
    case OWL_TD_ARRAY:
        for (uint64_t i = 0; i < td->count; i++)
            if (owns(v + i * td->stride, td->elem, block, len))
                return 1;
        return 0;
    default:
        return 0;
    }
}

/* A live slot first; a partly moved one may still hold the pointer of a
 * field moved out of it, so it counts only when no live slot does. */
static const OwlTraceSlot *owner_of(uintptr_t block, const Frame **fo, uint64_t *len)
{
    for (int pass = 0; pass < 2; pass++) {
        for (int i = nframes - 1; i >= 0; i--) {
            const Frame *f = &frames[i];
            for (uint64_t k = 0; k < f->fn->nslots; k++) {
                const OwlTraceSlot *sl = &f->fn->slots[k];
                if (f->state[k] == (pass ? ST_PARTIAL : ST_LIVE) &&
                    owns(slot_addr(f, (int)k), sl->td, block, len)) {
                    *fo = f;
                    return sl;
                }
            }
        }
    }
    return NULL;
}

/* ---- cells and tables ---------------------------------------------------------------- */

static char cell_buf[1024];

static Sink cell(void)
{
    Sink s = {cell_buf, 0, sizeof cell_buf, -1};
    return s;
}

static const char *state_note(int st)
{
    switch (st) {
    case ST_UNINIT:
        return "(uninitialised)";
    case ST_MOVED:
        return "invalid (moved): ";
    case ST_DROPPED:
        return "invalid (dropped): ";
    case ST_PARTIAL:
        return "(partly moved) ";
    default:
        return "";
    }
}

/* A slot's Value cell: its state, then its value if it has one. */
static void render_slot(Sink *s, const Frame *f, int k)
{
    const OwlTraceSlot *sl = &f->fn->slots[k];
    int st = f->state[k];
    puts_(s, state_note(st));
    if (st == ST_UNINIT)
        return;
    put_value(s, slot_addr(f, k), sl->td, st == ST_LIVE);
}

static int shown(const Frame *f, uint64_t k) { return f->state[k] != ST_DEAD; }

/* The slots of a frame in address order (insertion sort: frames are small). */
static int sorted_slots(const Frame *f, int *order, int max)
{
    int n = 0;
    for (uint64_t k = 0; k < f->fn->nslots && n < max; k++) {
        if (!shown(f, k))
            continue;
        int j = n++;
        while (j > 0 && f->fn->slots[order[j - 1]].offset > f->fn->slots[k].offset) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = (int)k;
    }
    return n;
}

#define MAX_ROWS 512

static void put_padded(Sink *s, const char *p, size_t n, size_t width)
{
    put(s, p, n);
    size_t w = width_of(p, n);
    put_spaces(s, w < width ? width - w : 1);
}

/* The fields of a tuple or the elements of a short array, one row each in
 * memory order (rustc reorders tuple fields), so that every address `{:p}`
 * can print has its row. */
#define PARTS_MAX 16

static int parts_of(const OwlTypeDesc *td, int *order)
{
    int n;
    if (td->kind == OWL_TD_TUPLE && td->count <= PARTS_MAX)
        n = (int)td->count;
    else if (td->kind == OWL_TD_ARRAY && td->count <= ELEMS_MAX)
        n = (int)td->count;
    else
        return 0;
    for (int i = 0; i < n; i++) {
        int j = i;
        while (td->kind == OWL_TD_TUPLE && j > 0 &&
               td->offsets[order[j - 1]] > td->offsets[i]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    return n;
}

static uint64_t part_offset(const OwlTypeDesc *td, int i)
{
    return td->kind == OWL_TD_TUPLE ? td->offsets[i] : (uint64_t)i * td->stride;
}

static const OwlTypeDesc *part_td(const OwlTypeDesc *td, int i)
{
    return td->kind == OWL_TD_TUPLE ? td->fields[i] : td->elem;
}

static void part_name(Sink *s, const OwlTypeDesc *td, int i)
{
    puts_(s, td->kind == OWL_TD_TUPLE ? "  ." : "  [");
    put_u64(s, (uint64_t)i);
    if (td->kind == OWL_TD_ARRAY)
        putc_(s, ']');
}

static void text_parts(const uint8_t *v, const OwlTypeDesc *td, size_t wname, size_t wtype)
{
    int order[PARTS_MAX];
    int n = parts_of(td, order);
    for (int r = 0; r < n; r++) {
        int i = order[r];
        Sink c = cell();
        put_hex(&c, (uintptr_t)(v + part_offset(td, i)));
        puts_(&out, "    ");
        put_padded(&out, c.buf, c.len, 16);
        c = cell();
        part_name(&c, td, i);
        put_padded(&out, c.buf, c.len, wname);
        put_spaces(&out, wtype);
        c = cell();
        put_value(&c, v + part_offset(td, i), part_td(td, i), 1);
        put(&out, c.buf, c.len);
        putc_(&out, '\n');
    }
}

/* Deep recursion would make every snapshot as long as the stack is deep:
 * the innermost frames are shown, then a line saying how many are not. */
#define SHOWN_FRAMES 12

static int lowest_shown(void) { return nframes > SHOWN_FRAMES ? nframes - SHOWN_FRAMES : 0; }

static void text_frames(void)
{
    static int order[MAX_ROWS];
    size_t wname = 4, wtype = 4;
    for (int i = lowest_shown(); i < nframes; i++) {
        const Frame *f = &frames[i];
        for (uint64_t k = 0; k < f->fn->nslots; k++) {
            if (!shown(f, k))
                continue;
            Sink c = cell();
            put_slot_name(&c, f, k);
            size_t a = width_of(c.buf, c.len);
            size_t b = width_of(f->fn->slots[k].type, strlen(f->fn->slots[k].type));
            wname = a > wname ? a : wname;
            wtype = b > wtype ? b : wtype;
        }
    }
    wname = (wname < 6 ? 6 : wname) + 2;
    wtype += 2;
    for (int i = nframes - 1; i >= lowest_shown(); i--) {
        const Frame *f = &frames[i];
        puts_(&out, "  ");
        puts_(&out, f->fn->name);
        puts_(&out, "  frame ");
        put_hex(&out, (uintptr_t)f->base);
        puts_(&out, ", ");
        put_u64(&out, f->fn->frame_size);
        puts_(&out, " bytes");
        if (i > 0) {
            puts_(&out, ", ");
            put_u64(&out, (uint64_t)(frames[i - 1].base - f->base));
            puts_(&out, " bytes below ");
            puts_(&out, frames[i - 1].fn->name);
            puts_(&out, "'s");
        }
        putc_(&out, '\n');
        int n = sorted_slots(f, order, MAX_ROWS);
        if (n == 0) {
            puts_(&out, "    (no variables in scope)\n");
            continue;
        }
        puts_(&out, "    Address         ");
        put_padded(&out, "Name", 4, wname);
        put_padded(&out, "Type", 4, wtype);
        puts_(&out, "Value\n");
        for (int r = 0; r < n; r++) {
            const OwlTraceSlot *sl = &f->fn->slots[order[r]];
            Sink c = cell();
            put_hex(&c, (uintptr_t)slot_addr(f, order[r]));
            puts_(&out, "    ");
            put_padded(&out, c.buf, c.len, 16);
            c = cell();
            put_slot_name(&c, f, (uint64_t)order[r]);
            put_padded(&out, c.buf, c.len, wname);
            put_padded(&out, sl->type, strlen(sl->type), wtype);
            c = cell();
            render_slot(&c, f, order[r]);
            size_t row = 20 + wname + wtype + width_of(c.buf, c.len);
            int kind = (int)sl->td->kind;
            if (row > 80 && f->state[order[r]] == ST_LIVE &&
                (kind == OWL_TD_STRING || kind == OWL_TD_STR)) {
                /* the text cut to fit, keeping at least 8 bytes of it */
                uint64_t tl = rd64(slot_addr(f, order[r]) + (kind == OWL_TD_STRING ? 16 : 8));
                size_t cut = row - 80 + 3;
                if (tl > 8) {
                    text_max = tl > cut + 8 ? (size_t)tl - cut : 8;
                    c = cell();
                    render_slot(&c, f, order[r]);
                    text_max = TEXT_MAX;
                }
            }
            put(&out, c.buf, c.len);
            putc_(&out, '\n');
            if (f->state[order[r]] == ST_LIVE)
                text_parts(slot_addr(f, order[r]), sl->td, wname, wtype);
        }
    }
    if (lowest_shown()) {
        puts_(&out, "  ... and ");
        put_u64(&out, (uint64_t)lowest_shown());
        puts_(&out, lowest_shown() == 1 ? " outer frame, main's (not shown)\n"
                                         : " outer frames, down to main's (not shown)\n");
    }
}

#define MAX_BLOCKS 64
#define BYTES_MAX 8

static int sorted_blocks(Block **list)
{
    int n = 0;
    for (uint32_t i = 0; i < heap_live && n < MAX_BLOCKS; i++) {
        Block *b = heap_find(shown_blocks[i]);
        if (!b)
            continue;
        int j = n++;
        while (j > 0 && list[j - 1]->addr > b->addr) {
            list[j] = list[j - 1];
            j--;
        }
        list[j] = b;
    }
    return n;
}

/* A block's bytes: hex of the first few in use, then the text. */
static size_t digits(uint64_t v)
{
    size_t n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

/* A block's bytes in width columns: hex of the first few in use, the text
 * (cut to what fits) and how many bytes are spare. */
static void put_block_bytes(Sink *s, const Block *b, uint64_t len, int text, size_t width)
{
    const uint8_t *p = (const uint8_t *)b->addr;
    if (len > b->size)
        len = b->size;
    size_t shown = len < BYTES_MAX ? (size_t)len : BYTES_MAX;
    size_t used = (shown ? 3 * shown - 1 : 0) + (len > BYTES_MAX ? 3 : 0);
    if (b->size > len)
        used += (len ? 4 : 0) + digits(b->size - len) + 7;
    size_t budget = width > used + 7 ? width - used - 7 : 0; /* 2 spaces, quotes, "..." */
    for (uint64_t i = 0; i < len && i < BYTES_MAX; i++) {
        if (i)
            putc_(s, ' ');
        put_byte_hex(s, p[i]);
    }
    if (len > BYTES_MAX)
        puts_(s, " ..");
    int fits = len <= budget + 3; /* whole, without the "..." */
    if (text && len && (fits || budget >= 8)) {
        puts_(s, "  ");
        put_text(s, p, len, fits ? len : budget);
    }
    if (b->size > len) {
        puts_(s, len ? "  + " : "");
        put_u64(s, b->size - len);
        puts_(s, " unused");
    }
}

static void text_heap(void)
{
    static Block *list[MAX_BLOCKS];
    int n = sorted_blocks(list);
    if (n == 0) {
        puts_(&out, "  heap: no blocks\n");
        return;
    }
    puts_(&out, "  heap\n    Address         Size  Owner     Bytes\n");
    for (int i = 0; i < n; i++) {
        const Block *b = list[i];
        const Frame *f = NULL;
        uint64_t len = 0;
        const OwlTraceSlot *sl = owner_of(b->addr, &f, &len);
        Sink c = cell();
        put_hex(&c, b->addr);
        puts_(&out, "    ");
        put_padded(&out, c.buf, c.len, 16);
        c = cell();
        put_u64(&c, b->size);
        put_spaces(&out, c.len < 4 ? 4 - c.len : 0);
        put(&out, c.buf, c.len);
        puts_(&out, "  ");
        c = cell();
        if (sl) {
            if (f != &frames[nframes - 1]) {
                puts_(&c, f->fn->name);
                puts_(&c, "'s ");
            }
            put_slot_name(&c, f, (uint64_t)(sl - f->fn->slots));
            put_padded(&out, c.buf, c.len, 10);
            /* 80 columns: the row so far is 36 wide with a short owner */
            size_t wide = c.len >= 10 ? c.len + 1 - 10 : 0;
            c = cell();
            put_block_bytes(&c, b, len,
                            sl->td->kind == OWL_TD_STRING ||
                                (sl->td->kind != OWL_TD_VEC && sl->td->kind != OWL_TD_BOX),
                            wide < 44 ? 44 - wide : 0);
        } else {
            put_padded(&out, "-", 1, 10);
            puts_(&c, "(held by a temporary)");
        }
        put(&out, c.buf, c.len);
        putc_(&out, '\n');
    }
    if (heap_live > (uint32_t)n) {
        puts_(&out, "    ... ");
        put_u64(&out, heap_live - (uint32_t)n);
        puts_(&out, " more blocks\n");
    }
}

/* ---- JSON -------------------------------------------------------------------------------- */

static void json_head(const char *event, uint32_t line, uint32_t col, const char *function)
{
    puts_(&out, "{\"event\": ");
    put_json_cstr(&out, event);
    puts_(&out, ", \"line\": ");
    put_u64(&out, line);
    puts_(&out, ", \"col\": ");
    put_u64(&out, col);
    puts_(&out, ", \"function\": ");
    put_json_cstr(&out, function);
}

static void json_addr(const char *key, uint64_t a)
{
    Sink c = cell();
    put_hex(&c, a);
    puts_(&out, ", \"");
    puts_(&out, key);
    puts_(&out, "\": ");
    put_json_str(&out, c.buf, c.len);
}

static void json_u64(const char *key, uint64_t v)
{
    puts_(&out, ", \"");
    puts_(&out, key);
    puts_(&out, "\": ");
    put_u64(&out, v);
}

static void json_str_field(const char *key, const char *v)
{
    puts_(&out, ", \"");
    puts_(&out, key);
    puts_(&out, "\": ");
    put_json_cstr(&out, v);
}

static void json_end(void)
{
    puts_(&out, "}\n");
    end_record();
}

static const char *state_name(int st)
{
    static const char *const names[] = {"dead", "uninit", "live", "moved", "dropped", "partial"};
    return names[st];
}

/* A slot as an object: name, addr, size, type, state, value. */
static void json_slot(const Frame *f, int k)
{
    const OwlTraceSlot *sl = &f->fn->slots[k];
    puts_(&out, "{\"name\": ");
    put_json_cstr(&out, sl->name);
    json_addr("addr", (uintptr_t)slot_addr(f, k));
    json_u64("size", sl->size);
    json_str_field("type", sl->type);
    json_str_field("state", state_name(f->state[k]));
    puts_(&out, ", \"value\": ");
    if (f->state[k] == ST_UNINIT) {
        puts_(&out, "null");
    } else {
        Sink c = cell();
        put_value(&c, slot_addr(f, k), sl->td, f->state[k] == ST_LIVE);
        put_json_str(&out, c.buf, c.len);
    }
    int order[PARTS_MAX];
    int n = f->state[k] == ST_LIVE ? parts_of(sl->td, order) : 0;
    if (n) {
        puts_(&out, ", \"fields\": [");
        for (int r = 0; r < n; r++) {
            const uint8_t *v = slot_addr(f, k) + part_offset(sl->td, order[r]);
            Sink c = cell();
            if (r)
                puts_(&out, ", ");
            part_name(&c, sl->td, order[r]);
            puts_(&out, "{\"name\": ");
            put_json_str(&out, c.buf + 2, c.len - 2);
            json_addr("addr", (uintptr_t)v);
            json_u64("size", part_td(sl->td, order[r])->size);
            c = cell();
            put_value(&c, v, part_td(sl->td, order[r]), 1);
            puts_(&out, ", \"value\": ");
            put_json_str(&out, c.buf, c.len);
            puts_(&out, "}");
        }
        puts_(&out, "]");
    }
    puts_(&out, ", \"declared\": {\"line\": ");
    put_u64(&out, sl->line);
    puts_(&out, ", \"col\": ");
    put_u64(&out, sl->col);
    puts_(&out, "}}");
}

static void json_snapshot(uint32_t line, uint32_t col, const char *function)
{
    static int order[MAX_ROWS];
    static Block *list[MAX_BLOCKS];
    json_head("snapshot", line, col, function);
    json_u64("hidden_frames", (uint64_t)lowest_shown());
    puts_(&out, ", \"frames\": [");
    for (int i = nframes - 1; i >= lowest_shown(); i--) {
        const Frame *f = &frames[i];
        if (i != nframes - 1)
            puts_(&out, ", ");
        puts_(&out, "{\"function\": ");
        put_json_cstr(&out, f->fn->name);
        json_addr("addr", (uintptr_t)f->base);
        json_u64("size", f->fn->frame_size);
        puts_(&out, ", \"slots\": [");
        int n = sorted_slots(f, order, MAX_ROWS);
        for (int r = 0; r < n; r++) {
            if (r)
                puts_(&out, ", ");
            json_slot(f, order[r]);
        }
        puts_(&out, "]}");
    }
    puts_(&out, "], \"heap\": [");
    int n = sorted_blocks(list);
    for (int i = 0; i < n; i++) {
        const Frame *f = NULL;
        uint64_t len = 0;
        const OwlTraceSlot *sl = owner_of(list[i]->addr, &f, &len);
        if (i)
            puts_(&out, ", ");
        Sink c = cell();
        put_hex(&c, list[i]->addr);
        puts_(&out, "{\"addr\": ");
        put_json_str(&out, c.buf, c.len);
        json_u64("size", list[i]->size);
        json_str_field("owner", sl ? sl->name : NULL);
        puts_(&out, ", \"bytes\": ");
        if (sl) {
            c = cell();
            const uint8_t *p = (const uint8_t *)list[i]->addr;
            if (len > list[i]->size)
                len = list[i]->size;
            for (uint64_t b = 0; b < len && b < 256; b++)
                put_byte_hex(&c, p[b]);
            put_json_str(&out, c.buf, c.len);
        } else {
            puts_(&out, "null");
        }
        puts_(&out, "}");
    }
    puts_(&out, "]");
    json_end();
}

/* ---- events ---------------------------------------------------------------------------- */

static const char *cur_function(void) { return nframes ? frames[nframes - 1].fn->name : "main"; }

static void print_pending(void)
{
    for (int i = 0; i < npending; i++) {
        const HeapEvent *e = &pending[i];
        const char *kind = e->kind == 'a' ? "alloc" : e->kind == 'f' ? "free" : "realloc";
        if (json) {
            json_head(kind, cur_line, cur_col, cur_function());
            json_addr("addr", e->addr);
            json_u64("size", e->size);
            if (e->kind == 'r') {
                json_addr("old_addr", e->old_addr);
                json_u64("old_size", e->old_size);
            }
            if (e->adopted)
                json_str_field("note", "format! result");
            json_end();
            continue;
        }
        puts_(&out, "  heap: ");
        puts_(&out, kind);
        putc_(&out, ' ');
        if (e->kind == 'r') {
            put_u64(&out, e->old_size);
            puts_(&out, " bytes at ");
            put_hex(&out, e->old_addr);
            puts_(&out, " -> ");
        }
        put_u64(&out, e->size);
        puts_(&out, " bytes at ");
        put_hex(&out, e->addr);
        if (e->adopted)
            puts_(&out, " (the text format! wrote)");
        putc_(&out, '\n');
    }
    npending = 0;
}

static void snapshot(void)
{
    if (json) {
        json_snapshot(cur_line, cur_col, cur_function());
        return;
    }
    text_frames();
    text_heap();
    putc_(&out, '\n');
    end_record();
}

uint64_t owl_trace_call_site;

void owl_trace_enter(const OwlTraceFn *fn, uint8_t *frame)
{
    uint32_t line = fn->line, col = fn->col;
    if (owl_trace_call_site) {
        line = (uint32_t)(owl_trace_call_site >> 32);
        col = (uint32_t)owl_trace_call_site;
        owl_trace_call_site = 0;
    }
    if (nframes == MAX_FRAMES || nstates + fn->nslots > MAX_STATES) {
        untraced_depth++;
        return;
    }
    Frame *f = &frames[nframes++];
    f->fn = fn;
    f->base = frame;
    f->state = states + nstates;
    nstates += fn->nslots;
    for (uint64_t k = 0; k < fn->nslots; k++)
        f->state[k] = k < fn->nargs ? ST_LIVE : ST_DEAD;
    cur_line = line;
    cur_col = col;
    if (json) {
        json_head("call", line, col, fn->name);
        json_addr("addr", (uintptr_t)frame);
        json_u64("size", fn->frame_size);
        puts_(&out, ", \"defined\": {\"line\": ");
        put_u64(&out, fn->line);
        puts_(&out, ", \"col\": ");
        put_u64(&out, fn->col);
        puts_(&out, "}");
        json_end();
        print_pending();
        snapshot();
        return;
    }
    puts_(&out, "@ ");
    put_u64(&out, line);
    putc_(&out, ':');
    put_u64(&out, col);
    puts_(&out, "  call ");
    puts_(&out, fn->name);
    if (line != fn->line) {
        puts_(&out, " (line ");
        put_u64(&out, fn->line);
        putc_(&out, ')');
    }
    puts_(&out, ": push its frame (");
    put_u64(&out, fn->frame_size);
    puts_(&out, " bytes at ");
    put_hex(&out, (uintptr_t)frame);
    puts_(&out, ")\n");
    print_pending();
    snapshot();
}

static void do_return(Frame *f, const OwlTraceSite *site)
{
    print_pending();
    if (json) {
        json_head("return", site->line, site->col, f->fn->name);
        json_addr("addr", (uintptr_t)f->base);
        json_u64("size", f->fn->frame_size);
        json_end();
    } else {
        puts_(&out, "@ ");
        put_u64(&out, site->line);
        putc_(&out, ':');
        put_u64(&out, site->col);
        puts_(&out, "  return from ");
        puts_(&out, f->fn->name);
        puts_(&out, ": pop its frame (");
        put_u64(&out, f->fn->frame_size);
        puts_(&out, " bytes at ");
        put_hex(&out, (uintptr_t)f->base);
        puts_(&out, ")\n\n");
        end_record();
    }
    nstates -= f->fn->nslots;
    nframes--;
}

/* The event's name, and the slot state it leaves behind. */
static const char *apply(Frame *f, const OwlTraceSite *site)
{
    int whole = site->flags & OWL_TRACE_WHOLE;
    int before = site->slot >= 0 ? f->state[site->slot] : ST_LIVE;
    const char *name = "assign";
    switch (site->kind) {
    case OWL_TRACE_WRITE:
        name = whole && (before == ST_UNINIT || before == ST_DEAD) ? "init" : "assign";
        break;
    case OWL_TRACE_MOVE:
        name = "move";
        break;
    case OWL_TRACE_COPY:
        name = "copy";
        break;
    case OWL_TRACE_BORROW:
        name = "borrow";
        break;
    case OWL_TRACE_DROP:
        name = "drop";
        break;
    }
    if (site->from >= 0 && site->kind == OWL_TRACE_MOVE)
        f->state[site->from] = (uint8_t)(site->flags & OWL_TRACE_FROM_WHOLE ? ST_MOVED : ST_PARTIAL);
    if (site->slot >= 0) {
        if (site->kind == OWL_TRACE_DROP && whole)
            f->state[site->slot] = ST_DROPPED;
        else if (site->kind == OWL_TRACE_DROP)
            ; /* a field's old value, about to be replaced (codegen: no snapshot) */
        else if (whole || before == ST_LIVE)
            f->state[site->slot] = ST_LIVE;
        else
            f->state[site->slot] = ST_PARTIAL;
    }
    return name;
}

/* "move s -> t", "drop t", "assign *r". */
static void describe(Sink *s, const OwlTraceSite *site, const char *name)
{
    puts_(s, name);
    putc_(s, ' ');
    switch (site->kind) {
    case OWL_TRACE_MOVE:
    case OWL_TRACE_COPY:
        puts_(s, site->from_place ? site->from_place : "a temporary");
        puts_(s, " -> ");
        puts_(s, site->slot >= 0 || site->place ? site->place : "a temporary");
        return;
    case OWL_TRACE_BORROW:
        puts_(s, site->place);
        puts_(s, " = ");
        puts_(s, site->from_place ? site->from_place : "&(a temporary)");
        return;
    case OWL_TRACE_DROP:
        puts_(s, site->place ? site->place : "a temporary");
        return;
    default:
        puts_(s, site->place);
    }
}

static void json_event(const Frame *f, const OwlTraceSite *site, const char *name)
{
    json_head(name, site->line, site->col, f->fn->name);
    if (site->slot >= 0) {
        const OwlTraceSlot *sl = &f->fn->slots[site->slot];
        json_addr("addr", (uintptr_t)slot_addr(f, site->slot));
        json_u64("size", sl->size);
        json_str_field("type", sl->type);
    }
    json_str_field("name", site->place);
    if (site->kind == OWL_TRACE_MOVE || site->kind == OWL_TRACE_COPY ||
        site->kind == OWL_TRACE_BORROW) {
        json_str_field("from", site->from_place);
        if (site->from >= 0)
            json_addr("from_addr", (uintptr_t)slot_addr(f, site->from));
    }
    if (site->slot >= 0) {
        puts_(&out, ", \"value\": ");
        int st = f->state[site->slot];
        if (st == ST_LIVE || st == ST_PARTIAL || st == ST_DROPPED) {
            Sink c = cell();
            put_value(&c, slot_addr(f, site->slot), f->fn->slots[site->slot].td,
                      st == ST_LIVE && site->kind != OWL_TRACE_DROP);
            put_json_str(&out, c.buf, c.len);
        } else {
            puts_(&out, "null");
        }
    }
    json_str_field("source", site->source);
    json_end();
}

void owl_trace_step(uint8_t *frame, const OwlTraceSite *site)
{
    Frame *f = frame_of(frame);
    if (!f) {
        if (site->kind == OWL_TRACE_RETURN && untraced_depth)
            untraced_depth--;
        return;
    }
    if (site->kind == OWL_TRACE_RETURN) {
        do_return(f, site);
        return;
    }
    if (site->kind == OWL_TRACE_LIVE || site->kind == OWL_TRACE_DEAD) {
        f->state[site->slot] = site->kind == OWL_TRACE_LIVE ? ST_UNINIT : ST_DEAD;
        return;
    }
    cur_line = site->line;
    cur_col = site->col;
    const char *name = apply(f, site);
    if (json) {
        json_event(f, site, name);
        print_pending();
        if (!(site->flags & OWL_TRACE_NO_SNAPSHOT))
            snapshot();
        return;
    }
    puts_(&out, "@ ");
    put_u64(&out, site->line);
    putc_(&out, ':');
    put_u64(&out, site->col);
    puts_(&out, "  ");
    describe(&out, site, name);
    if (site->source && *site->source) {
        puts_(&out, "    | ");
        puts_(&out, site->source);
    }
    putc_(&out, '\n');
    print_pending();
    if (!(site->flags & OWL_TRACE_NO_SNAPSHOT))
        snapshot();
    else
        end_record();
}

/* ---- start and end ---------------------------------------------------------------------- */

static void put_count(Sink *s, uint64_t n, const char *what)
{
    put_u64(s, n);
    putc_(s, ' ');
    puts_(s, what);
    if (n != 1)
        putc_(s, 's');
}

static int panicked;

/* The panic event, before rt_panic.c writes the message: the frames still
 * on the stack and the blocks still live stay so, since no unwinding runs. */
void owlrt_trace_panic(const OwlLoc *loc)
{
    quiet = 1;
    panicked = 1;
    owlrt_stdout_flush_quiet();
    print_pending();
    if (loc) {
        cur_line = loc->line;
        cur_col = loc->col;
    }
    if (json) {
        json_head("panic", cur_line, cur_col, cur_function());
        json_end();
        json_snapshot(cur_line, cur_col, cur_function());
    } else {
        puts_(&out, "@ ");
        put_u64(&out, cur_line);
        putc_(&out, ':');
        put_u64(&out, cur_col);
        puts_(&out, "  panic in ");
        puts_(&out, cur_function());
        puts_(&out, ": the process exits (status 101) without unwinding, so no\n"
                    "  drops run: the frames below are never popped, and the heap blocks\n"
                    "  still live are never freed.\n");
        text_frames();
        text_heap();
        putc_(&out, '\n');
    }
    flush_sink(&out);
}

static void at_exit(int status, void *arg)
{
    (void)arg;
    owlrt_stdout_flush_quiet();
    print_pending();
    if (json) {
        json_head("exit", cur_line, cur_col, nframes ? cur_function() : NULL);
        json_u64("status", (uint64_t)status);
        json_u64("allocs", n_allocs);
        json_u64("frees", n_frees);
        json_u64("bytes", n_bytes);
        json_u64("runtime_allocs", rt_allocs);
        json_u64("runtime_frees", rt_frees);
        json_u64("live_blocks", heap_live);
        json_end();
    } else {
        puts_(&out, "@ exit: status ");
        put_u64(&out, (uint64_t)status);
        puts_(&out, panicked ? " (panic)\n" : nframes ? " (frames still on the stack)\n" : "\n");
        puts_(&out, "  heap: ");
        put_count(&out, n_allocs, "alloc");
        puts_(&out, ", ");
        put_count(&out, n_frees, "free");
        puts_(&out, ", ");
        put_count(&out, n_bytes, "byte");
        puts_(&out, " allocated;\n  ");
        put_count(&out, rt_allocs, "alloc");
        puts_(&out, " and ");
        put_count(&out, rt_frees, "free");
        puts_(&out, " of these were the runtime's formatting buffers;\n  ");
        put_count(&out, heap_live, "block");
        puts_(&out, " of the program still live\n");
        if (heap_full)
            puts_(&out, "  (too many blocks to follow: some were not shown)\n");
    }
    flush_sink(&out);
}

/* The statics, once: they neither move nor change. */
static void text_statics(const OwlTraceConfig *c)
{
    size_t wname = 6, wtype = 6;
    if (!c->nstatics)
        return;
    for (uint64_t i = 0; i < c->nstatics; i++) {
        size_t a = width_of(c->statics[i].name, strlen(c->statics[i].name));
        size_t b = width_of(c->statics[i].type, strlen(c->statics[i].type));
        wname = a > wname ? a : wname;
        wtype = b > wtype ? b : wtype;
    }
    puts_(&out, "static data (in the executable, there for the whole run)\n"
                "    Address         ");
    put_padded(&out, "Name", 4, wname + 2);
    put_padded(&out, "Type", 4, wtype + 2);
    puts_(&out, "Value\n");
    for (uint64_t i = 0; i < c->nstatics; i++) {
        const OwlTraceStatic *st = &c->statics[i];
        Sink cl = cell();
        put_hex(&cl, (uintptr_t)st->addr);
        puts_(&out, "    ");
        put_padded(&out, cl.buf, cl.len, 16);
        put_padded(&out, st->name, strlen(st->name), wname + 2);
        put_padded(&out, st->type, strlen(st->type), wtype + 2);
        cl = cell();
        put_value(&cl, st->addr, st->td, 1);
        put(&out, cl.buf, cl.len);
        putc_(&out, '\n');
    }
    putc_(&out, '\n');
}

static void json_statics(const OwlTraceConfig *c)
{
    puts_(&out, ", \"statics\": [");
    for (uint64_t i = 0; i < c->nstatics; i++) {
        const OwlTraceStatic *st = &c->statics[i];
        Sink cl = cell();
        if (i)
            puts_(&out, ", ");
        puts_(&out, "{\"name\": ");
        put_json_cstr(&out, st->name);
        json_addr("addr", (uintptr_t)st->addr);
        json_u64("size", st->size);
        json_str_field("type", st->type);
        put_value(&cl, st->addr, st->td, 1);
        puts_(&out, ", \"value\": ");
        put_json_str(&out, cl.buf, cl.len);
        puts_(&out, "}");
    }
    puts_(&out, "]");
}

void owl_trace_init(const OwlTraceConfig *config)
{
    struct stat a, b;
    json = config->json != 0;
    source_file = config->file ? config->file : "";
    if (config->path) {
        int fd = open(config->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) {
            static const char msg[] = "owl trace: cannot open the trace file; tracing to stderr\n";
            (void)owlrt_write_all(2, (const uint8_t *)msg, sizeof msg - 1);
        } else {
            out.fd = fd;
        }
    }
    share_stdout = fstat(out.fd, &a) == 0 && fstat(1, &b) == 0 && a.st_dev == b.st_dev &&
                   a.st_ino == b.st_ino;
    on_exit(at_exit, NULL);
    if (json) {
        puts_(&out, "{\"event\": \"start\", \"version\": 1, \"file\": ");
        put_json_cstr(&out, source_file);
        puts_(&out, ", \"line\": 0, \"col\": 0, \"function\": null");
        json_statics(config);
        puts_(&out, "}\n");
        end_record();
        return;
    }
    puts_(&out, "owl trace of ");
    puts_(&out, source_file);
    puts_(&out, "\nAfter each statement that changes memory: the live frames, innermost first\n"
                "(the stack grows toward lower addresses, so each frame sits below its\n"
                "caller's), then the live heap blocks. A String reads {cap, ptr, len} ->\n"
                "\"text\"; a pointer's target follows its address.\n\n");
    text_statics(config);
    end_record();
}
