/* report_md.c: the layout report as GitHub-flavoured Markdown.
 *
 * Takes a built Report; appends a page a course could publish: one table
 * per section, each function's frame with its fields and the life of each
 * slot as a list, the heap blocks with their owners, the source beside its
 * events, and a Mermaid stateDiagram-v2 of the frames main pushes and pops.
 * Table cells escape `|`; code spans pick a fence longer than any run of
 * backticks inside them, as CommonMark requires.
 */
#include "report_md.h"

#include <string.h>

typedef struct M {
    CharVec *out;
    const Report *r;
} M;

static void put(M *m, const char *s) {
    str_appendf(m->out, "%s", s);
}

static void putf(M *m, const char *fmt, const char *a) {
    str_appendf(m->out, fmt, a);
}

/* Text for a table cell: pipes escaped, newlines as spaces. */
static const char *cell(const char *s) {
    CharVec out = {0};
    str_append(&out, "", 0);
    for (; s && *s; s++) {
        if (*s == '|')
            str_append(&out, "\\|", 2);
        else if (*s == '\n')
            str_append(&out, " ", 1);
        else
            str_append(&out, s, 1);
    }
    return out.data;
}

/* `s` as an inline code span, safe inside a table cell. */
static const char *code(const char *s) {
    if (!s || !*s)
        return "";
    int run = 0, longest = 0;
    for (const char *p = s; *p; p++) {
        run = *p == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    CharVec fence = {0};
    for (int i = 0; i <= longest; i++)
        str_append(&fence, "`", 1);
    bool pad = s[0] == '`' || s[strlen(s) - 1] == '`' || s[0] == ' ';
    return arena_printf(compiler_arena, "%s%s%s%s%s", fence.data, pad ? " " : "", cell(s),
                        pad ? " " : "", fence.data);
}

static const char *at(RLoc l) {
    return l.line ? arena_printf(compiler_arena, "%u:%u", l.line, l.col) : "-";
}

static const char *locs(const RLocVec *v) {
    if (!v->len)
        return "(not used)";
    CharVec s = {0};
    for (int i = 0; i < v->len; i++)
        str_appendf(&s, "%s%s", i ? ", " : "", at(v->data[i]));
    return s.data;
}

static const char *num(uint64_t v) {
    return arena_printf(compiler_arena, "%llu", (unsigned long long)v);
}

/* ---- STATIC ------------------------------------------------------------------------ */

static void statics(M *m) {
    const Report *r = m->r;
    put(m, "\n## STATIC: data in the executable\n\n");
    put(m, "Everything here is part of the executable file and is loaded before `main` "
           "runs; it lives for the whole run. Sizes are bytes (UTF-8 for text).\n");
    bool any = false;
    for (int i = 0; i < r->statics.len; i++)
        any |= !strcmp(r->statics.data[i].kind, "literal");
    if (any) {
        put(m, "\n### String literals\n\n");
        put(m, "| symbol | section | bytes | text | UTF-8 bytes | used at |\n");
        put(m, "|---|---|--:|---|---|---|\n");
        for (int i = 0; i < r->statics.len; i++) {
            const RStatic *s = &r->statics.data[i];
            if (strcmp(s->kind, "literal"))
                continue;
            str_appendf(m->out, "| %s | %s | %llu | %s | %s | %s |\n", code(s->symbol),
                        s->in_object ? code(s->section) : "(optimised away)",
                        (unsigned long long)s->size,
                        code(arena_printf(compiler_arena, "\"%s\"",
                                          report_escape(s->bytes, s->len))),
                        code(report_hex(s->bytes, s->len, 24)), locs(&s->uses));
        }
    }
    any = false;
    for (int i = 0; i < r->statics.len; i++)
        any |= !strcmp(r->statics.data[i].kind, "static");
    if (any) {
        put(m, "\n### Statics\n\n");
        put(m, "| static | type | value | bytes | align | section | symbol | used at |\n");
        put(m, "|---|---|---|--:|--:|---|---|---|\n");
        for (int i = 0; i < r->statics.len; i++) {
            const RStatic *s = &r->statics.data[i];
            if (strcmp(s->kind, "static"))
                continue;
            str_appendf(m->out, "| %s%s | %s | %s | %llu | %llu | %s | %s | %s |\n",
                        s->mutable ? "mut " : "", code(s->name), code(s->type), code(s->value),
                        (unsigned long long)s->size, (unsigned long long)s->align,
                        s->in_object ? code(s->section) : "-", code(s->symbol), locs(&s->uses));
        }
    }
    if (r->consts.len) {
        put(m, "\n### Consts\n\nA `const` has no storage of its own: its value is copied into "
               "each use.\n\n");
        put(m, "| const | type | value | used at |\n|---|---|---|---|\n");
        for (int i = 0; i < r->consts.len; i++) {
            const RConst *c = &r->consts.data[i];
            str_appendf(m->out, "| %s | %s | %s | %s |\n", code(c->name), code(c->type),
                        code(c->value), locs(&c->uses));
        }
    }
    any = false;
    for (int i = 0; i < r->statics.len; i++)
        any |= strcmp(r->statics.data[i].kind, "literal") &&
               strcmp(r->statics.data[i].kind, "static");
    if (any) {
        put(m, "\n<details><summary>Format strings and panic messages (also static "
               "data)</summary>\n\n");
        put(m, "| symbol | kind | section | bytes | text | used at |\n");
        put(m, "|---|---|---|--:|---|---|\n");
        for (int i = 0; i < r->statics.len; i++) {
            const RStatic *s = &r->statics.data[i];
            if (!strcmp(s->kind, "literal") || !strcmp(s->kind, "static"))
                continue;
            str_appendf(m->out, "| %s | %s | %s | %llu | %s | %s |\n", code(s->symbol), s->kind,
                        s->in_object ? code(s->section) : "-", (unsigned long long)s->size,
                        code(arena_printf(compiler_arena, "\"%s\"",
                                          report_escape(s->bytes, s->len))),
                        locs(&s->uses));
        }
        put(m, "\n</details>\n");
    }
}

/* ---- CODE ----------------------------------------------------------------------------- */

static void code_section(M *m) {
    const Report *r = m->r;
    put(m, "\n## CODE: machine code in `.text`\n\n");
    put(m, "Sizes come from the symbol table of the object file the compiler wrote.\n\n");
    put(m, "| function | symbol | bytes |\n|---|---|--:|\n");
    for (int i = 0; i < r->functions.len; i++) {
        const RFunction *f = &r->functions.data[i];
        str_appendf(m->out, "| %s | %s | %s |\n", code(f->name), code(f->symbol),
                    f->code_size >= 0 ? num((uint64_t)f->code_size) : "-");
    }
    if (r->entry_size >= 0)
        str_appendf(m->out, "| (entry: starts the runtime, calls `owl.main`) | `main` | %lld |\n",
                    (long long)r->entry_size);
    if (r->runtime_calls.len) {
        put(m, "\nCalls into the runtime library (`libowlrt.a`, linked in, not counted "
               "above):");
        for (int i = 0; i < r->runtime_calls.len; i++)
            str_appendf(m->out, "%s %s", i ? "," : "", code(r->runtime_calls.data[i]));
        put(m, ".\n");
    }
}

/* ---- STACK ------------------------------------------------------------------------------ */

static const RFunction *find_fn(const Report *r, const char *name) {
    for (int i = 0; i < r->functions.len; i++)
        if (!strcmp(r->functions.data[i].name, name))
            return &r->functions.data[i];
    return NULL;
}

static const char *frame_bytes(const Report *r, const RFunction *f) {
    if (r->optimized)
        return f->machine_frame >= 0
                   ? arena_printf(compiler_arena, "%lld B", (long long)f->machine_frame)
                   : "?";
    return arena_printf(compiler_arena, "%llu B", (unsigned long long)f->frame_size);
}

typedef struct Diagram {
    M *m;
    int states;
    VEC(const char *) path;   /* function names on the current call path */
} Diagram;

/* One state per frame instance; transitions for push (call) and pop (return). */
static void diagram_calls(Diagram *d, const RFunction *f, const char *id, int depth) {
    M *m = d->m;
    vec_push(d->path, f->name);
    for (int i = 0; i < f->calls.len; i++) {
        const RCall *c = &f->calls.data[i];
        const RFunction *g = find_fn(m->r, c->callee);
        if (!g || d->states >= 60)
            continue;
        bool recursive = false;
        for (int k = 0; k < d->path.len; k++)
            recursive |= !strcmp(d->path.data[k], g->name);
        char *gid = arena_printf(compiler_arena, "%s_%d", g->name, ++d->states);
        str_appendf(m->out, "    state \"%s (%s)\" as %s\n", g->name, frame_bytes(m->r, g), gid);
        str_appendf(m->out, "    %s --> %s : push, call at line %u%s\n", id, gid, c->at.line,
                    c->in_loop ? " (in a loop: once per iteration)" : "");
        if (recursive) {
            str_appendf(m->out, "    note right of %s : calls itself again; its frames pile up "
                                "until the recursion ends\n", gid);
        } else if (depth < 8) {
            diagram_calls(d, g, gid, depth + 1);
        }
        str_appendf(m->out, "    %s --> %s : pop, return\n", gid, id);
    }
    d->path.len--;
}

static void mermaid(M *m) {
    const RFunction *main_fn = find_fn(m->r, "main");
    if (!main_fn)
        return;
    put(m, "\n### Frames pushed and popped\n\n");
    put(m, "Each call pushes a frame on the stack; each return pops it. The diagram "
           "follows `main`'s calls in source order.\n\n");
    put(m, "```mermaid\nstateDiagram-v2\n");
    str_appendf(m->out, "    state \"main (%s)\" as main_0\n", frame_bytes(m->r, main_fn));
    put(m, "    [*] --> main_0 : push, program start\n");
    Diagram d = {m, 0, {0}};
    diagram_calls(&d, main_fn, "main_0", 0);
    put(m, "    main_0 --> [*] : pop, program exit\n```\n");
}

static const char *event_text(const RSlot *s, const REvent *ev) {
    const char *what = ev->what ? ev->what : s->name;
    switch (ev->kind) {
    case EV_ASSIGN:
        return arena_printf(compiler_arena, "%s %s = %s%s", ev->init ? "**init**" : "**assign**",
                            code(what), code(ev->to),
                            ev->heap ? arena_printf(compiler_arena, " (heap #%d)", ev->heap) : "");
    case EV_COPY:
        return arena_printf(compiler_arena, "**copy** %s → %s", code(what), code(ev->to));
    case EV_MOVE:
        return arena_printf(compiler_arena, "**move** %s → %s", code(what), code(ev->to));
    case EV_BORROW:
        return arena_printf(compiler_arena, "**borrow** %s → %s",
                            code(arena_printf(compiler_arena, "&%s%s", ev->mut ? "mut " : "",
                                              what)),
                            code(ev->to));
    case EV_DROP:
        return arena_printf(compiler_arena, "**drop** %s%s%s", code(what),
                            ev->heap ? arena_printf(compiler_arena, ": frees heap #%d", ev->heap)
                                     : ": frees the heap memory it owns",
                            ev->conditional ? " (only if still owned: drop flag)" : "");
    }
    return "";
}

static void stack(M *m) {
    const Report *r = m->r;
    put(m, "\n## STACK: one frame per call\n\n");
    put(m, "The stack grows toward lower addresses; the main thread has 8 MiB by default "
           "on Linux (`ulimit -s`).");
    if (r->optimized)
        put(m, " **Optimised build (`-O`): frame offsets do not apply.** Each local starts "
               "in a stack slot of its own; the *where* column says what the optimiser made "
               "of it: *stack* = kept there (its address is used), *split* = broken into "
               "parts, some still on the stack, *regs* = no stack slot left (in registers, "
               "or computed away), *inline* = the function was inlined into its callers.");
    put(m, "\n");
    for (int i = 0; i < r->functions.len; i++) {
        const RFunction *f = &r->functions.data[i];
        str_appendf(m->out, "\n### `fn %s` (lines %u-%u)\n\n", f->name, f->decl.line,
                    f->end.line);
        if (!r->optimized)
            str_appendf(m->out, "Frame object: **%llu bytes**, align %llu. ",
                        (unsigned long long)f->frame_size, (unsigned long long)f->frame_align);
        if (f->machine_frame >= 0)
            str_appendf(m->out, "Each call takes %lld bytes of stack in all (return address, "
                                "saved registers, %sscratch).",
                        (long long)f->machine_frame, r->optimized ? "" : "the frame object, ");
        put(m, "\n\n");
        if (f->slots.len) {
            put(m, r->optimized ? "| where | size | align | name | type | line | semantics |\n"
                                : "| offset | size | align | name | type | line | semantics |\n");
            put(m, "|--:|--:|--:|---|---|--:|---|\n");
            for (int k = 0; k < f->slots.len; k++) {
                const RSlot *s = &f->slots.data[k];
                CharVec sem = {0};
                str_appendf(&sem, "%s", s->copy ? "Copy" : "Move");
                if (strcmp(s->kind, "var"))
                    str_appendf(&sem, ", %s", !strcmp(s->kind, "arg") ? "parameter"
                                              : !strcmp(s->kind, "return") ? "return value"
                                              : !strcmp(s->kind, "temp") ? "temporary"
                                                                         : "drop flag");
                if (s->padding && !r->optimized)
                    str_appendf(&sem, ", %llu padding bytes after", (unsigned long long)s->padding);
                str_appendf(m->out, "| %s | %llu | %llu | **%s** | %s | %u | %s |\n",
                            s->home ? s->home : num(s->offset), (unsigned long long)s->size,
                            (unsigned long long)s->align, cell(s->name), code(s->type),
                            s->declared.line, sem.data);
                for (int j = 0; j < s->fields.len; j++) {
                    const RField *fl = &s->fields.data[j];
                    if (fl->padding) {
                        str_appendf(m->out, "| +%llu | %llu | | | *padding* | | unused bytes |\n",
                                    (unsigned long long)fl->offset, (unsigned long long)fl->size);
                        continue;
                    }
                    str_appendf(m->out, "| +%llu | %llu | | %s | %s | | %s |\n",
                                (unsigned long long)fl->offset, (unsigned long long)fl->size,
                                code(arena_printf(compiler_arena, "%s%s",
                                                  fl->name[0] == '[' ? "" : ".", fl->name)),
                                code(fl->type),
                                !fl->points ? ""
                                : !strcmp(fl->points, "heap") ? "points to the heap block"
                                                              : "points to the text's bytes");
                }
            }
        }
        if (f->hidden_temps)
            str_appendf(m->out, "\nPlus %d compiler temporaries that own nothing (references, "
                                "call results, operands): %llu bytes.\n",
                        f->hidden_temps, (unsigned long long)f->hidden_bytes);
        for (int k = 0; k < f->slots.len; k++) {
            const RSlot *s = &f->slots.data[k];
            if (!strcmp(s->kind, "drop_flag"))
                continue;
            str_appendf(m->out, "\n**%s** (%s", cell(s->name), code(s->type));
            if (!r->optimized)
                str_appendf(m->out, ", frame+%llu", (unsigned long long)s->offset);
            str_appendf(m->out, "), declared at %s%s%s:\n\n", at(s->declared),
                        s->note ? "; " : "", s->note ? cell(s->note) : "");
            for (int e = 0; e < s->events.len; e++)
                str_appendf(m->out, "- `%s` %s\n", at(s->events.data[e].at),
                            event_text(s, &s->events.data[e]));
            const REvent *last = s->events.len ? &s->events.data[s->events.len - 1] : NULL;
            if (!(last && last->kind == EV_DROP && last->at.pos == s->fate_at.pos &&
                  (s->fate == FATE_DROPPED || s->fate == FATE_DROPPED_MAYBE)))
                str_appendf(m->out, "- `%s` end: %s\n", at(s->fate_at),
                            report_fate_text(s->fate));
        }
    }
    mermaid(m);
}

/* ---- HEAP --------------------------------------------------------------------------------- */

static void heap(M *m) {
    const Report *r = m->r;
    put(m, "\n## HEAP: blocks from the allocator\n\n");
    if (!r->heap.len) {
        put(m, "No heap allocations: everything lives on the stack or in static data.\n");
        return;
    }
    put(m, "| # | allocated by | at | bytes | owners | may grow at | freed |\n");
    put(m, "|--:|---|---|--:|---|---|---|\n");
    for (int i = 0; i < r->heap.len; i++) {
        const RHeap *h = &r->heap.data[i];
        CharVec own = {0}, grow = {0}, freed = {0};
        str_appendf(&own, "%s", code(h->owner));
        for (int k = 0; k < h->events.len; k++) {
            const RHeapEvent *e = &h->events.data[k];
            switch (e->kind) {
            case HEV_OWNER:
                str_appendf(&own, " → %s (%s%s%s)", code(e->name), at(e->at), e->how ? ", " : "",
                            e->how ? cell(e->how) : "");
                break;
            case HEV_RETURN:
                str_appendf(&own, " → the caller (%s)", at(e->at));
                break;
            case HEV_GROW:
                str_appendf(&grow, "%s%s (%s)", grow.len ? ", " : "", at(e->at), code(e->name));
                break;
            case HEV_FREE:
                str_appendf(&freed, "%s%s in `%s`, %s%s", freed.len ? "; " : "", at(e->at),
                            e->function,
                            !strcmp(e->how ? e->how : "", "drop()")
                                ? "by `drop()`"
                                : arena_printf(compiler_arena, "when %s is dropped", code(e->name)),
                            e->conditional ? " (if still owned)" : "");
                break;
            }
        }
        str_appendf(m->out, "| %d | %s | %s in `%s` | %s | %s | %s | %s |\n", h->id, code(h->expr),
                    at(h->site), h->function,
                    h->size >= 0 ? num((uint64_t)h->size) : "runtime", own.data,
                    grow.len ? grow.data : "-", freed.len ? freed.data : "not followed");
    }
    put(m, "\n");
    for (int i = 0; i < r->heap.len; i++) {
        const RHeap *h = &r->heap.data[i];
        if (h->size_note)
            str_appendf(m->out, "- #%d: %s%s\n", h->id, cell(h->size_note),
                        h->in_loop ? "; allocated once per loop iteration" : "");
    }
}

/* ---- TIMELINE ------------------------------------------------------------------------------ */

static void timeline(M *m) {
    const Report *r = m->r;
    put(m, "\n## TIMELINE: the source with its memory events\n\n");
    if (!r->src)
        return;
    put(m, "| line | source | memory events |\n|--:|---|---|\n");
    int ev = 0;
    bool started = false;
    for (uint32_t line = 1; line <= r->src->nlines; line++) {
        uint32_t len = 0;
        const char *text = src_line_text(r->src, line, &len);
        char *s = arena_strndup(compiler_arena, text ? text : "", len);
        const char *trim = s;
        while (*trim == ' ' || *trim == '\t')
            trim++;
        if (!started && (!*trim || !strncmp(trim, "//", 2)))
            continue; /* the opening comment block */
        started = true;
        if (line == r->src->nlines && !*s)
            break;
        while (ev < r->timeline.len && r->timeline.data[ev].at.line < line)
            ev++;
        CharVec evs = {0};
        while (ev < r->timeline.len && r->timeline.data[ev].at.line == line) {
            str_appendf(&evs, "%s%s", evs.len ? "<br>" : "", cell(r->timeline.data[ev].text));
            ev++;
        }
        /* keep the indentation visible */
        CharVec src = {0};
        int lead = (int)(trim - s);
        for (int i = 0; i < lead; i++)
            str_append(&src, s[i] == '\t' ? "&nbsp;&nbsp;&nbsp;&nbsp;" : "&nbsp;",
                       s[i] == '\t' ? 24 : 6);
        str_appendf(&src, "%s", code(trim));
        str_appendf(m->out, "| %u | %s | %s |\n", line, src.data, evs.len ? evs.data : "");
    }
}

/* ---- TYPES ---------------------------------------------------------------------------------- */

static void types(M *m) {
    const Report *r = m->r;
    if (!r->types.len)
        return;
    put(m, "\n## TYPES: sizes and field order\n\n");
    put(m, "Fields are listed in memory order: rustc reorders tuple fields (all but the "
           "last) to save padding.\n\n");
    put(m, "| type | size | align | fields in memory order |\n|---|--:|--:|---|\n");
    for (int i = 0; i < r->types.len; i++) {
        const RType *t = &r->types.data[i];
        CharVec f = {0};
        for (int k = 0; k < t->fields.len; k++)
            str_appendf(&f, "%s%s at %llu", k ? ", " : "",
                        code(arena_printf(compiler_arena, ".%s: %s", t->fields.data[k].name,
                                          t->fields.data[k].type)),
                        (unsigned long long)t->fields.data[k].offset);
        if (t->elem)
            str_appendf(&f, "%llu × %s, %llu bytes apart", (unsigned long long)t->len,
                        code(t->elem), (unsigned long long)t->stride);
        str_appendf(m->out, "| %s | %llu | %llu | %s |\n", code(t->name),
                    (unsigned long long)t->size, (unsigned long long)t->align,
                    f.len ? f.data : "");
    }
}

void report_markdown(const Report *r, CharVec *out) {
    M m = {out, r};
    str_append(out, "", 0);
    putf(&m, "# Memory layout of `%s`\n\n", r->file);
    if (r->optimized)
        put(&m, "Target `x86_64-unknown-linux-gnu`, **optimised build (`-O`)**: frame offsets "
                "do not apply.\n");
    else
        put(&m, "Target `x86_64-unknown-linux-gnu`, debug build: every local has a fixed "
                "place in its function's frame, at the offset shown.\n");
    statics(&m);
    code_section(&m);
    stack(&m);
    heap(&m);
    timeline(&m);
    types(&m);
}
