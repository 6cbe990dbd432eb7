/* arena.c: bump allocation, growable arrays, symbol interning, ICE.
 *
 * An arena is a list of chunks; allocation bumps a pointer in the newest
 * chunk and a request larger than a chunk gets a chunk of its own. Symbols
 * live in an open-addressing hash table whose strings are kept in the
 * compiler arena; the table itself is malloc'd and freed by intern_reset().
 */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- funnel ---------------------------------------------------------------- */

static _Noreturn void out_of_memory(size_t size) {
    fprintf(stderr, "error: owl ran out of memory allocating %zu bytes\n", size);
    exit(2);
}

void *xmalloc(size_t size) {
    void *p = malloc(size ? size : 1);
    if (!p)
        out_of_memory(size);
    return p;
}

void *xrealloc(void *p, size_t size) {
    void *q = realloc(p, size ? size : 1);
    if (!q)
        out_of_memory(size);
    return q;
}

void xfree(void *p) { free(p); }

/* ---- arenas ------------------------------------------------------------------ */

enum { CHUNK_SIZE = 64 * 1024 };

typedef struct Chunk {
    struct Chunk *next;
    size_t used;
    size_t size;
    _Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
    Chunk *head;
    size_t total;
};

Arena *compiler_arena;

Arena *arena_new(void) {
    Arena *a = xmalloc(sizeof *a);
    a->head = NULL;
    a->total = 0;
    return a;
}

void arena_free(Arena *a) {
    if (!a)
        return;
    for (Chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

static Chunk *chunk_new(size_t size) {
    Chunk *c = xmalloc(sizeof(Chunk) + size);
    c->next = NULL;
    c->used = 0;
    c->size = size;
    return c;
}

void *arena_alloc(Arena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    Chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        if (size > CHUNK_SIZE / 4) {
            /* A big block gets its own chunk behind the current one, so the
             * current chunk's free space is not abandoned. */
            Chunk *big = chunk_new(size);
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                a->head = big;
            }
            big->used = size;
            a->total += size;
            memset(big->data, 0, size);
            return big->data;
        }
        c = chunk_new(CHUNK_SIZE);
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_vprintf(Arena *a, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

size_t arena_bytes_used(const Arena *a) { return a->total; }

/* ---- growable arrays ---------------------------------------------------------- */

void vec_grow_(void **data, int *cap, int need, size_t elem_size) {
    if (need <= *cap)
        return;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = arena_alloc(compiler_arena, (size_t)ncap * elem_size);
    if (*data)
        memcpy(p, *data, (size_t)*cap * elem_size);
    *data = p;
    *cap = ncap;
}

void str_append(CharVec *s, const char *text, size_t len) {
    vec_grow_((void **)&s->data, &s->cap, s->len + (int)len + 1, 1);
    memcpy(s->data + s->len, text, len);
    s->len += (int)len;
    s->data[s->len] = '\0';
}

void str_appendf(CharVec *s, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        str_append(s, small, (size_t)n);
        return;
    }
    char *big = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    str_append(s, big, (size_t)n);
    free(big);
}

/* ---- interning ------------------------------------------------------------------- */

typedef struct Interned {
    const char *text;
    uint32_t len;
    uint32_t hash;
} Interned;

static Interned *sym_table;     /* index = Symbol; slot 0 unused */
static uint32_t sym_count, sym_cap;
static uint32_t *hash_slots;    /* open addressing: symbol numbers, 0 = empty */
static uint32_t hash_cap;

static uint32_t hash_bytes(const char *s, size_t len) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void rehash(void) {
    uint32_t ncap = hash_cap ? hash_cap * 2 : 1024;
    uint32_t *slots = calloc(ncap, sizeof *slots);
    if (!slots)
        out_of_memory(ncap * sizeof *slots);
    for (uint32_t i = 1; i < sym_count; i++) {
        uint32_t j = sym_table[i].hash & (ncap - 1);
        while (slots[j])
            j = (j + 1) & (ncap - 1);
        slots[j] = i;
    }
    free(hash_slots);
    hash_slots = slots;
    hash_cap = ncap;
}

Symbol intern(const char *s, size_t len) {
    if (sym_count == 0)
        sym_count = 1; /* reserve 0 for "no name" */
    if ((sym_count + 1) * 2 > hash_cap)
        rehash();
    uint32_t h = hash_bytes(s, len);
    uint32_t j = h & (hash_cap - 1);
    while (hash_slots[j]) {
        Interned *e = &sym_table[hash_slots[j]];
        if (e->hash == h && e->len == len && memcmp(e->text, s, len) == 0)
            return hash_slots[j];
        j = (j + 1) & (hash_cap - 1);
    }
    if (sym_count >= sym_cap) {
        sym_cap = sym_cap ? sym_cap * 2 : 1024;
        sym_table = xrealloc(sym_table, sym_cap * sizeof *sym_table);
    }
    Symbol sym = sym_count++;
    sym_table[sym].text = arena_strndup(compiler_arena, s, len);
    sym_table[sym].len = (uint32_t)len;
    sym_table[sym].hash = h;
    hash_slots[j] = sym;
    return sym;
}

Symbol intern_cstr(const char *s) { return intern(s, strlen(s)); }

const char *sym_str(Symbol sym) {
    if (sym == 0 || sym >= sym_count)
        return "";
    return sym_table[sym].text;
}

void intern_reset(void) {
    free(sym_table);
    free(hash_slots);
    sym_table = NULL;
    hash_slots = NULL;
    sym_count = sym_cap = hash_cap = 0;
}

/* ---- ICE -------------------------------------------------------------------------- */

void ice_at(const char *file, int line, const char *fmt, ...) {
    fflush(stdout);
    fprintf(stderr, "error: internal compiler error: ");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n  --> owl source %s:%d\n"
                    "note: this is a bug in owl, not in your program; please report it "
                    "with the input that triggered it\n",
            file, line);
    exit(70);
}
