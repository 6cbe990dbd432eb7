/* report_text.c: the layout report as aligned text for an 80-column
 * terminal.
 *
 * Takes a built Report; appends the five sections to a string. Columns are
 * padded by display width (CJK and emoji count two, combining marks zero)
 * so that tables stay aligned with non-ASCII names and literals; anything
 * longer than its column is cut with "...". Colour is a handful of SGR
 * codes, only when the caller asks (a tty, or --color=always).
 */
#include "report_text.h"

#include <stdlib.h>
#include <string.h>

#define WIDTH 80
/* In para() text: a space that does not break ("8 MiB"). */
#define NBSP '\x1f'

typedef struct T {
    CharVec *out;
    bool color;
    const Report *r;
} T;

/* ---- colour ----------------------------------------------------------------------- */

enum { C_BOLD, C_DIM, C_HEAP, C_MOVE, C_BORROW, C_FREE, C_COPY, C_FRAME };

static const char *sgr(int c) {
    switch (c) {
    case C_BOLD: return "\x1b[1m";
    case C_DIM: return "\x1b[2m";
    case C_HEAP: return "\x1b[32m";
    case C_MOVE: return "\x1b[33m";
    case C_BORROW: return "\x1b[36m";
    case C_FREE: return "\x1b[31m";
    case C_COPY: return "\x1b[34m";
    case C_FRAME: return "\x1b[35m";
    }
    return "";
}

static void on(T *t, int c) {
    if (t->color)
        str_appendf(t->out, "%s", sgr(c));
}

static void off(T *t) {
    if (t->color)
        str_append(t->out, "\x1b[0m", 4);
}

/* ---- width-aware columns ------------------------------------------------------------- */

static uint32_t decode(const char *s, int *n) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *n = 1;
        return u[0];
    }
    if ((u[0] & 0xe0) == 0xc0 && u[1]) {
        *n = 2;
        return (uint32_t)(u[0] & 0x1f) << 6 | (u[1] & 0x3f);
    }
    if ((u[0] & 0xf0) == 0xe0 && u[1] && u[2]) {
        *n = 3;
        return (uint32_t)(u[0] & 0x0f) << 12 | (uint32_t)(u[1] & 0x3f) << 6 | (u[2] & 0x3f);
    }
    if ((u[0] & 0xf8) == 0xf0 && u[1] && u[2] && u[3]) {
        *n = 4;
        return (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3f) << 12 |
               (uint32_t)(u[2] & 0x3f) << 6 | (u[3] & 0x3f);
    }
    *n = 1;
    return u[0];
}

static int char_width(uint32_t c) {
    if ((c >= 0x300 && c <= 0x36f) || c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f))
        return 0;
    if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) ||
        (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd))
        return 2;
    return 1;
}

static int text_width(const char *s) {
    int w = 0, n;
    for (; *s; s += n)
        w += char_width(decode(s, &n));
    return w;
}

/* s cut to at most `width` columns, with "..." when cut. */
static const char *fit(const char *s, int width) {
    if (!s)
        return "";
    if (text_width(s) <= width)
        return s;
    CharVec out = {0};
    int w = 0, n;
    for (const char *p = s; *p; p += n) {
        int cw = char_width(decode(p, &n));
        if (w + cw > width - 3)
            break;
        str_append(&out, p, (size_t)n);
        w += cw;
    }
    str_append(&out, "...", 3);
    return out.data;
}

/* Appends s in a column of `width` (left-aligned, padded). */
static void col(T *t, const char *s, int width) {
    s = fit(s, width);
    str_appendf(t->out, "%s", s);
    for (int w = text_width(s); w < width; w++)
        str_append(t->out, " ", 1);
}

static void rcol(T *t, const char *s, int width) {
    s = fit(s, width);
    for (int w = text_width(s); w < width; w++)
        str_append(t->out, " ", 1);
    str_appendf(t->out, "%s", s);
}

static void nl(T *t) {
    /* no trailing blanks */
    while (t->out->len && t->out->data[t->out->len - 1] == ' ')
        t->out->len--;
    str_append(t->out, "\n", 1);
}

static void put(T *t, const char *s) {
    str_appendf(t->out, "%s", s);
}

/* A paragraph wrapped at WIDTH with a hanging indent. */
static void para(T *t, int indent, const char *text) {
    int w = indent;
    for (int i = 0; i < indent; i++)
        str_append(t->out, " ", 1);
    const char *p = text;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char *word = arena_strndup(compiler_arena, p, n);
        for (char *c = word; *c; c++)
            if (*c == NBSP)
                *c = ' ';
        int ww = text_width(word);
        if (w > indent && w + 1 + ww > WIDTH) {
            nl(t);
            for (int i = 0; i < indent; i++)
                str_append(t->out, " ", 1);
            w = indent;
        } else if (w > indent) {
            str_append(t->out, " ", 1);
            w++;
        }
        str_appendf(t->out, "%s", word);
        w += ww;
        p += n;
        while (*p == ' ')
            p++;
    }
    nl(t);
}

static void heading(T *t, const char *name, const char *what) {
    nl(t);
    on(t, C_BOLD);
    put(t, name);
    off(t);
    str_appendf(t->out, "  %s", what);
    nl(t);
    for (int i = 0; i < WIDTH; i++)
        str_append(t->out, "-", 1);
    nl(t);
}

static const char *num(uint64_t v) {
    return arena_printf(compiler_arena, "%llu", (unsigned long long)v);
}

static const char *at(RLoc l) {
    if (!l.line)
        return "-";
    return arena_printf(compiler_arena, "%u:%u", l.line, l.col);
}

static const char *loc_list(const RLocVec *v, int max) {
    if (!v->len)
        return "(not used)";
    CharVec s = {0};
    for (int i = 0; i < v->len && i < max; i++)
        str_appendf(&s, "%s%s", i ? ", " : "", at(v->data[i]));
    if (v->len > max)
        str_appendf(&s, " +%d more", v->len - max);
    return s.data;
}

static const char *bytes_text(uint64_t n) {
    return arena_printf(compiler_arena, "%llu byte%s", (unsigned long long)n, n == 1 ? "" : "s");
}

static bool is_ascii(const char *s, uint32_t len) {
    for (uint32_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* ---- header ------------------------------------------------------------------------------ */

static void header(T *t) {
    const Report *r = t->r;
    on(t, C_BOLD);
    str_appendf(t->out, "owl layout: %s", r->file);
    off(t);
    nl(t);
    if (r->optimized)
        para(t, 0, "target x86_64-unknown-linux-gnu, optimised build (-O): frame offsets "
                   "do not apply. The optimiser may keep a local in registers, move it or "
                   "remove it, so only sizes are shown for the stack.");
    else
        para(t, 0, "target x86_64-unknown-linux-gnu, debug build: every local has a fixed "
                   "place in its function's frame, at the offset shown below.");
}

/* ---- STATIC ----------------------------------------------------------------------------- */

static void section_static(T *t) {
    const Report *r = t->r;
    heading(t, "STATIC", "data in the executable, there for the whole run");
    int nlit = 0;
    for (int i = 0; i < r->statics.len; i++)
        nlit += !strcmp(r->statics.data[i].kind, "literal");
    if (nlit) {
        para(t, 2, "String literals (type str: a &str points at these bytes; "
                   "sizes are UTF-8 bytes):");
        put(t, "  ");
        col(t, "symbol", 11);
        col(t, "section", 9);
        rcol(t, "bytes", 5);
        put(t, "  ");
        col(t, "text", 24);
        put(t, "used at");
        nl(t);
        for (int i = 0; i < r->statics.len; i++) {
            const RStatic *s = &r->statics.data[i];
            if (strcmp(s->kind, "literal"))
                continue;
            put(t, "  ");
            col(t, s->symbol, 11);
            col(t, s->in_object ? s->section : "(gone)", 9);
            rcol(t, num(s->size), 5);
            put(t, "  ");
            col(t, arena_printf(compiler_arena, "\"%s\"", report_escape(s->bytes, s->len)), 24);
            put(t, fit(loc_list(&s->uses, 3), 26));
            nl(t);
            if (!is_ascii(s->bytes, s->len)) {
                str_appendf(t->out, "%29s", "");
                put(t, fit(arena_printf(compiler_arena, "UTF-8: %s",
                                        report_hex(s->bytes, s->len, 16)), WIDTH - 29));
                nl(t);
            }
        }
    }
    uint64_t fmt_bytes = 0, panic_bytes = 0, other_bytes = 0;
    int nfmt = 0, npanic = 0, nother = 0;
    for (int i = 0; i < r->statics.len; i++) {
        const RStatic *s = &r->statics.data[i];
        if (!strcmp(s->kind, "format"))
            nfmt++, fmt_bytes += s->size;
        else if (!strcmp(s->kind, "panic"))
            npanic++, panic_bytes += s->size;
        else if (!strcmp(s->kind, "compiler"))
            nother++, other_bytes += s->size;
    }
    if (nfmt || npanic || nother) {
        CharVec s = {0};
        if (nlit)
            nl(t);
        str_appendf(&s, "Also in .rodata:");
        if (nfmt)
            str_appendf(&s, " %d format-string piece%s (%s) that print! and format! copy out;",
                        nfmt, nfmt == 1 ? "" : "s", bytes_text(fmt_bytes));
        if (npanic)
            str_appendf(&s, " %d panic message%s (%s);", npanic, npanic == 1 ? "" : "s",
                        bytes_text(panic_bytes));
        if (nother)
            str_appendf(&s, " %d other string%s (%s);", nother, nother == 1 ? "" : "s",
                        bytes_text(other_bytes));
        s.len--; /* the last ';' */
        str_appendf(&s, ". --format=json lists each.");
        para(t, 2, s.data);
    }
    int nstat = 0;
    for (int i = 0; i < r->statics.len; i++)
        nstat += !strcmp(r->statics.data[i].kind, "static");
    if (nstat) {
        nl(t);
        para(t, 2, "Statics (one object each, at one fixed address for the whole run):");
        for (int i = 0; i < r->statics.len; i++) {
            const RStatic *s = &r->statics.data[i];
            if (strcmp(s->kind, "static"))
                continue;
            put(t, "  ");
            on(t, C_BOLD);
            put(t, arena_printf(compiler_arena, "%s%s", s->mutable ? "static mut " : "static ",
                                s->name));
            off(t);
            put(t, fit(arena_printf(compiler_arena, ": %s = %s", s->type, s->value),
                       WIDTH - 10 - text_width(s->name)));
            nl(t);
            para(t, 6, arena_printf(compiler_arena, "%s, align %llu, in %s (symbol %s)",
                                    bytes_text(s->size), (unsigned long long)s->align,
                                    s->in_object ? s->section : "(not in the object)",
                                    s->symbol));
            if (s->bytes && s->len <= 32)
                para(t, 6, arena_printf(compiler_arena, "bytes: %s%s",
                                        report_hex(s->bytes, s->len, 32),
                                        !strcmp(s->section, ".data.rel.ro")
                                            ? " (the zero pointer bytes are filled in when the "
                                              "program is loaded: .data.rel.ro is read-only after "
                                              "that)"
                                            : ""));
            para(t, 6, arena_printf(compiler_arena, "used at: %s", loc_list(&s->uses, 12)));
        }
    }
    if (r->consts.len) {
        nl(t);
        para(t, 2, "Consts (no storage of their own: the value is copied into each use):");
        for (int i = 0; i < r->consts.len; i++) {
            const RConst *c = &r->consts.data[i];
            put(t, "  ");
            col(t, arena_printf(compiler_arena, "%s: %s = %s", c->name, c->type, c->value), 36);
            put(t, fit(arena_printf(compiler_arena, "used at %s", loc_list(&c->uses, 4)), 42));
            nl(t);
        }
    }
    if (!r->statics.len && !r->consts.len)
        para(t, 2, "(nothing)");
}

/* ---- CODE --------------------------------------------------------------------------------- */

static void section_code(T *t) {
    const Report *r = t->r;
    heading(t, "CODE", "machine code in .text (sizes from the object file)");
    put(t, "  ");
    col(t, "function", 16);
    col(t, "symbol", 20);
    rcol(t, "bytes", 7);
    nl(t);
    for (int i = 0; i < r->functions.len; i++) {
        const RFunction *f = &r->functions.data[i];
        put(t, "  ");
        col(t, f->name, 16);
        col(t, f->symbol, 20);
        rcol(t, f->code_size >= 0 ? num((uint64_t)f->code_size) : "-", 7);
        nl(t);
    }
    if (r->entry_size >= 0) {
        put(t, "  ");
        col(t, "(entry)", 16);
        col(t, "main", 20);
        rcol(t, num((uint64_t)r->entry_size), 7);
        put(t, "  runs owl_rt_init, then owl.main");
        nl(t);
    }
    if (r->runtime_calls.len) {
        CharVec s = {0};
        str_appendf(&s, "Calls into the runtime library (linked in from libowlrt.a, not counted "
                        "above):");
        for (int i = 0; i < r->runtime_calls.len; i++)
            str_appendf(&s, "%s %s", i ? "," : "", r->runtime_calls.data[i]);
        str_append(&s, ".", 1);
        para(t, 2, s.data);
    }
}

/* ---- STACK ---------------------------------------------------------------------------------- */

static const RFunction *find_fn(const Report *r, const char *name) {
    for (int i = 0; i < r->functions.len; i++)
        if (!strcmp(r->functions.data[i].name, name))
            return &r->functions.data[i];
    return NULL;
}

static uint64_t fn_stack(const Report *r, const RFunction *f) {
    if (r->optimized)
        return f->machine_frame > 0 ? (uint64_t)f->machine_frame : 0;
    return f->machine_frame > 0 ? (uint64_t)f->machine_frame : f->frame_size;
}

/* The deepest chain of calls from f (no recursion): bytes, and the names. */
static uint64_t deepest(const Report *r, const RFunction *f, int depth, const char **chain) {
    uint64_t best = 0;
    const char *best_chain = "";
    if (depth < 32) {
        for (int i = 0; i < f->calls.len; i++) {
            const RFunction *g = find_fn(r, f->calls.data[i].callee);
            if (!g || g == f)
                continue;
            const char *c = NULL;
            uint64_t d = deepest(r, g, depth + 1, &c);
            if (d > best) {
                best = d;
                best_chain = c;
            }
        }
    }
    *chain = *best_chain ? arena_printf(compiler_arena, "%s -> %s", f->name, best_chain) : f->name;
    return fn_stack(r, f) + best;
}

static const char *percent(uint64_t part, uint64_t whole) {
    double p = 100.0 * (double)part / (double)whole;
    return arena_printf(compiler_arena, p < 0.01 ? "%.4f%%" : "%.2f%%", p);
}

static void slot_row(T *t, const RSlot *s) {
    put(t, "  ");
    rcol(t, s->home ? s->home : num(s->offset), 6);
    rcol(t, num(s->size), 6);
    rcol(t, num(s->align), 6);
    put(t, "  ");
    col(t, s->name, 10);
    put(t, " ");
    col(t, s->type, 20);
    put(t, " ");
    col(t, s->declared.line ? num(s->declared.line) : "", 5);
    put(t, " ");
    CharVec k = {0};
    str_appendf(&k, "%s", s->copy ? "copy" : "move");
    if (!strcmp(s->kind, "arg"))
        str_appendf(&k, ", param");
    else if (!strcmp(s->kind, "temp"))
        str_appendf(&k, ", temp");
    else if (!strcmp(s->kind, "drop_flag"))
        str_appendf(&k, ", flag");
    else if (!strcmp(s->kind, "return"))
        str_appendf(&k, ", result");
    if (s->padding && !t->r->optimized)
        str_appendf(&k, ", pad %llu", (unsigned long long)s->padding);
    put(t, k.data);
    nl(t);
    for (int i = 0; i < s->fields.len; i++) {
        const RField *f = &s->fields.data[i];
        put(t, "  ");
        rcol(t, arena_printf(compiler_arena, "+%llu", (unsigned long long)f->offset), 6);
        rcol(t, num(f->size), 6);
        put(t, "        ");
        if (f->padding) {
            on(t, C_DIM);
            put(t, "(padding: unused bytes)");
            off(t);
            nl(t);
            continue;
        }
        col(t, arena_printf(compiler_arena, "%s%s", f->name[0] == '[' ? "" : ".", f->name), 10);
        put(t, " ");
        col(t, f->type, 20);
        if (f->points && !strcmp(f->points, "heap")) {
            put(t, " ");
            on(t, C_HEAP);
            put(t, "-> heap block");
            off(t);
        } else if (f->points) {
            put(t, " -> the text's bytes");
        }
        nl(t);
    }
}

static const char *event_line(const RSlot *s, const REvent *ev, const char **tag, int *color) {
    const char *what = ev->what ? arena_printf(compiler_arena, "%s ", ev->what) : "";
    switch (ev->kind) {
    case EV_ASSIGN:
        *tag = ev->init ? "init" : "assign";
        *color = C_COPY;
        return arena_printf(compiler_arena, "%s= %s%s", what, ev->to,
                            ev->heap ? arena_printf(compiler_arena, "  [heap #%d]", ev->heap) : "");
    case EV_COPY:
        *tag = "copy";
        *color = C_COPY;
        return arena_printf(compiler_arena, "%s-> %s", what, ev->to);
    case EV_MOVE:
        *tag = "move";
        *color = C_MOVE;
        return arena_printf(compiler_arena, "%s-> %s", what, ev->to);
    case EV_BORROW:
        *tag = "borrow";
        *color = C_BORROW;
        return arena_printf(compiler_arena, "%s%s -> %s", ev->mut ? "&mut " : "&",
                            ev->what ? ev->what : s->name, ev->to);
    case EV_DROP:
        *tag = "drop";
        *color = C_FREE;
        return arena_printf(compiler_arena, "%s%s%s", what,
                            ev->heap ? arena_printf(compiler_arena, "frees heap #%d", ev->heap)
                                     : "frees the heap memory it owns",
                            ev->conditional ? " (only if still owned: drop flag)" : "");
    }
    *tag = "?";
    return "";
}

static void slot_life(T *t, const RSlot *s) {
    if (!strcmp(s->kind, "drop_flag")) 
        return;
    put(t, "  ");
    on(t, C_BOLD);
    put(t, s->name);
    off(t);
    CharVec h = {0};
    str_appendf(&h, " (%s", s->type);
    if (!t->r->optimized)
        str_appendf(&h, ", frame+%llu", (unsigned long long)s->offset);
    str_appendf(&h, ")%s", s->declared.line ? arena_printf(compiler_arena, " declared at %s",
                                                             at(s->declared)) : "");
    if (s->note)
        str_appendf(&h, ", %s", s->note);
    put(t, fit(h.data, WIDTH - 2 - text_width(s->name)));
    nl(t);
    for (int i = 0; i < s->events.len; i++) {
        const REvent *ev = &s->events.data[i];
        const char *tag;
        int c = C_COPY;
        const char *line = event_line(s, ev, &tag, &c);
        put(t, "    ");
        col(t, at(ev->at), 8);
        on(t, c);
        col(t, tag, 7);
        off(t);
        put(t, fit(line, WIDTH - 19));
        nl(t);
    }
    /* The end of the story, unless the last event (a drop) already says it. */
    const REvent *last = s->events.len ? &s->events.data[s->events.len - 1] : NULL;
    if ((s->fate == FATE_DROPPED || s->fate == FATE_DROPPED_MAYBE) && last &&
        last->kind == EV_DROP && last->at.pos == s->fate_at.pos)
        return;
    const char *end;
    switch (s->fate) {
    case FATE_NONE: end = "goes out of scope; nothing to free"; break;
    case FATE_MOVED: end = "goes out of scope; moved out earlier, so not dropped"; break;
    case FATE_RETURNED: end = "handed to the caller on return"; break;
    default: end = report_fate_text(s->fate); break;
    }
    put(t, "    ");
    col(t, at(s->fate_at), 8);
    on(t, C_DIM);
    col(t, "end", 7);
    put(t, fit(end, WIDTH - 19));
    off(t);
    nl(t);
}

/* Declaration order; slots are distinct locals, so the local breaks ties. */
static int decl_cmp(const void *pa, const void *pb) {
    const RSlot *a = *(const RSlot *const *)pa, *b = *(const RSlot *const *)pb;
    if (a->declared.pos != b->declared.pos)
        return a->declared.pos < b->declared.pos ? -1 : 1;
    return a->local - b->local;
}

static void section_stack(T *t) {
    const Report *r = t->r;
    heading(t, "STACK", "one frame per call, pushed on entry, popped on return");
    para(t, 2, "The stack grows toward lower addresses. The main thread's stack is "
               "8\x1fMiB by default on Linux (`ulimit -s` shows yours).");
    for (int i = 0; i < r->functions.len; i++) {
        const RFunction *f = &r->functions.data[i];
        nl(t);
        on(t, C_FRAME);
        str_appendf(t->out, "fn %s", f->name);
        off(t);
        CharVec h = {0};
        if (r->optimized)
            str_appendf(&h, "  (lines %u-%u)", f->decl.line, f->end.line);
        else
            str_appendf(&h, "  (lines %u-%u)  frame object: %llu bytes, align %llu", f->decl.line,
                        f->end.line, (unsigned long long)f->frame_size,
                        (unsigned long long)f->frame_align);
        put(t, h.data);
        nl(t);
        if (f->machine_frame >= 0) {
            para(t, 2, arena_printf(compiler_arena,
                                    "Each call takes %lld bytes of stack in all (the prologue "
                                    "reserves it: return address, saved registers, %s, "
                                    "scratch), %s of 8\x1fMiB.",
                                    (long long)f->machine_frame,
                                    r->optimized ? "spilled values" : "the frame object",
                                    percent((uint64_t)f->machine_frame, r->stack_limit)));
        }
        if (!f->slots.len && !f->hidden_temps) {
            para(t, 2, "(no locals)");
            continue;
        }
        if (f->slots.len) {
        put(t, "  ");
        rcol(t, r->optimized ? "where" : "offset", 6);
        rcol(t, "size", 6);
        rcol(t, "align", 6);
        put(t, "  ");
        col(t, "name", 10);
        put(t, " ");
        col(t, "type", 20);
        put(t, " line  semantics");
        nl(t);
        }
        for (int k = 0; k < f->slots.len; k++)
            slot_row(t, &f->slots.data[k]);
        if (f->hidden_temps)
            para(t, 2, arena_printf(compiler_arena,
                                    "+ %d compiler temporar%s that own nothing (references, "
                                    "call results, operands): %s.",
                                    f->hidden_temps, f->hidden_temps == 1 ? "y" : "ies",
                                    bytes_text(f->hidden_bytes)));
        if (r->optimized)
            para(t, 2, "Optimised build: no offsets. Each local starts in a stack slot of its "
                       "own; `where` says what the optimiser made of it: stack = kept there "
                       "(its address is used), split = broken into parts, some still on the "
                       "stack, regs = no stack slot left (in registers, or computed away), "
                       "inline = the function was inlined into its callers.");
        bool any_life = false;
        for (int k = 0; k < f->slots.len; k++)
            any_life |= strcmp(f->slots.data[k].kind, "drop_flag") != 0;
        if (any_life) {
            put(t, "  life:");
            nl(t);
            /* in declaration order: the table above is in memory order */
            int n = f->slots.len;
            const RSlot **by_decl = ALLOC_N(const RSlot *, n);
            for (int k = 0; k < n; k++)
                by_decl[k] = &f->slots.data[k];
            qsort(by_decl, (size_t)n, sizeof *by_decl, decl_cmp);
            for (int k = 0; k < n; k++)
                slot_life(t, by_decl[k]);
        }
    }
    const RFunction *m = find_fn(r, "main");
    if (m) {
        const char *chain = NULL;
        uint64_t d = deepest(r, m, 0, &chain);
        nl(t);
        para(t, 2, arena_printf(compiler_arena,
                                "Deepest call chain: %s, %s of stack at most: %s of 8\x1fMiB.",
                                chain, bytes_text(d), percent(d, r->stack_limit)));
    }
}

/* ---- HEAP ------------------------------------------------------------------------------------ */

static void section_heap(T *t) {
    const Report *r = t->r;
    heading(t, "HEAP", "blocks from the allocator; one owner at a time");
    if (!r->heap.len) {
        para(t, 2, "(no heap allocations: everything lives on the stack or in static data)");
        return;
    }
    for (int i = 0; i < r->heap.len; i++) {
        const RHeap *h = &r->heap.data[i];
        put(t, "  ");
        on(t, C_HEAP);
        str_appendf(t->out, "#%d", h->id);
        off(t);
        str_appendf(t->out, "  %s", fit(h->expr, 48));
        str_appendf(t->out, "  at %s in %s", at(h->site), h->function);
        nl(t);
        para(t, 6, arena_printf(compiler_arena, "size: %s%s%s",
                                h->size >= 0 ? bytes_text((uint64_t)h->size) : "runtime",
                                h->size_note ? ": " : "", h->size_note ? h->size_note : ""));
        if (h->in_loop)
            para(t, 6, "inside a loop: a new block each time round, freed as described below");
        CharVec o = {0};
        str_appendf(&o, "owner: %s", h->owner);
        for (int k = 0; k < h->events.len; k++) {
            const RHeapEvent *e = &h->events.data[k];
            if (e->kind == HEV_OWNER)
                str_appendf(&o, " -> %s (%s%s%s)", e->name, at(e->at),
                            e->how ? ", " : "", e->how ? e->how : "");
            else if (e->kind == HEV_RETURN)
                str_appendf(&o, " -> the caller (%s, returned by %s)", at(e->at), e->function);
        }
        para(t, 6, o.data);
        CharVec g = {0};
        for (int k = 0; k < h->events.len; k++) {
            const RHeapEvent *e = &h->events.data[k];
            if (e->kind == HEV_GROW)
                str_appendf(&g, "%s%s (%s)", g.len ? ", " : "may grow (reallocate) at: ",
                            at(e->at), e->name);
        }
        if (g.len)
            para(t, 6, g.data);
        int nfree = 0;
        for (int k = 0; k < h->events.len; k++) {
            const RHeapEvent *e = &h->events.data[k];
            if (e->kind != HEV_FREE)
                continue;
            nfree++;
            const char *who = !strcmp(e->how ? e->how : "", "drop()")
                                  ? "by drop()"
                                  : arena_printf(compiler_arena, "when %s is dropped", e->name);
            para(t, 6, arena_printf(compiler_arena, "freed: %s in %s, %s%s", at(e->at), e->function,
                                    who, e->conditional ? " (if it still owns it)" : ""));
        }
        if (!nfree)
            para(t, 6, h->size == 0 ? "freed: never allocated unless it grows; then as its owner "
                                      "is dropped"
                                    : "freed: not followed (see the owners above)");
    }
}

/* ---- TIMELINE ------------------------------------------------------------------------------- */

static int class_color(RTimeClass c) {
    switch (c) {
    case TL_FRAME: return C_FRAME;
    case TL_ALLOC: return C_HEAP;
    case TL_MOVE: return C_MOVE;
    case TL_COPY: return C_COPY;
    case TL_BORROW: return C_BORROW;
    case TL_FREE: return C_FREE;
    case TL_OTHER: return C_DIM;
    }
    return C_DIM;
}

/* A source line with tabs expanded. */
static const char *source_line(const Report *r, uint32_t line) {
    uint32_t len = 0;
    const char *s = src_line_text(r->src, line, &len);
    CharVec out = {0};
    str_append(&out, "", 0);
    for (uint32_t i = 0; s && i < len; i++) {
        if (s[i] == '\t')
            str_append(&out, "    ", 4);
        else if (s[i] != '\r')
            str_append(&out, &s[i], 1);
    }
    return out.data;
}

static bool blank_or_comment(const char *s) {
    while (*s == ' ')
        s++;
    return !*s || !strncmp(s, "//", 2);
}

static void section_timeline(T *t) {
    const Report *r = t->r;
    heading(t, "TIMELINE", "the source with its memory events");
    if (!r->src || !r->src->nlines)
        return;
    /* skip the opening comment block: the program starts at its first item */
    uint32_t first = 1;
    while (first < r->src->nlines && blank_or_comment(source_line(r, first)))
        first++;
    if (first > 1)
        para(t, 2, arena_printf(compiler_arena, "(lines 1-%u: comments)", first - 1));
    int ev = 0;
    const int src_w = 36, ev_w = WIDTH - 4 - 3 - src_w - 3;
    for (uint32_t line = first; line <= r->src->nlines; line++) {
        const char *text = source_line(r, line);
        if (line == r->src->nlines && !*text)
            break;
        while (ev < r->timeline.len && r->timeline.data[ev].at.line < line)
            ev++;
        str_appendf(t->out, "%4u | ", line);
        bool have = ev < r->timeline.len && r->timeline.data[ev].at.line == line;
        if (!have) {
            put(t, fit(text, WIDTH - 7));
            nl(t);
            continue;
        }
        col(t, text, src_w);
        bool firstev = true;
        while (ev < r->timeline.len && r->timeline.data[ev].at.line == line) {
            const RTimeEvent *e = &r->timeline.data[ev++];
            if (!firstev) {
                str_appendf(t->out, "     | ");
                col(t, "", src_w);
            }
            firstev = false;
            put(t, " | ");
            on(t, class_color(e->cls));
            put(t, fit(e->text, ev_w));
            off(t);
            nl(t);
        }
    }
}

/* ---- TYPES ---------------------------------------------------------------------------------- */

static void section_types(T *t) {
    const Report *r = t->r;
    if (!r->types.len)
        return;
    heading(t, "TYPES", "size, alignment and fields in memory order");
    for (int i = 0; i < r->types.len; i++) {
        const RType *ty = &r->types.data[i];
        CharVec s = {0};
        str_appendf(&s, "%s: %s, align %llu", ty->name, bytes_text(ty->size),
                    (unsigned long long)ty->align);
        if (ty->fields.len) {
            str_appendf(&s, "; in memory:");
            for (int k = 0; k < ty->fields.len; k++) {
                const RField *f = &ty->fields.data[k];
                str_appendf(&s, "%s .%s%c%s%cat%c%llu", k ? "," : "", f->name, NBSP, f->type,
                            NBSP, NBSP, (unsigned long long)f->offset);
            }
        }
        if (ty->elem)
            str_appendf(&s, "; %llu elements of %s, %llu bytes apart", (unsigned long long)ty->len,
                        ty->elem, (unsigned long long)ty->stride);
        para(t, 2, s.data);
    }
}

void report_text(const Report *r, bool color, CharVec *out) {
    T t = {out, color, r};
    header(&t);
    section_static(&t);
    section_code(&t);
    section_stack(&t);
    section_heap(&t);
    section_timeline(&t);
    section_types(&t);
}
