/* report_json.c: the Report as JSON (schema: docs/layout-report.md).
 *
 * A tiny streaming writer: containers open and close, members are
 * separated and indented by the writer, so every producer below reads as
 * the document it writes. Strings are escaped per RFC 8259 (UTF-8 passes
 * through; control characters become \u00XX).
 */
#include "report_json.h"

#include <string.h>

typedef struct J {
    CharVec *out;
    int depth;
    bool first[64];   /* per depth: no member written yet */
    bool inl[64];     /* per depth: an inline container ({"line": 1, "col": 2}) */
} J;

static void j_sep(J *j) {
    if (j->depth == 0)
        return;
    if (!j->first[j->depth])
        str_append(j->out, ",", 1);
    j->first[j->depth] = false;
    if (j->inl[j->depth]) {
        if (j->out->len && j->out->data[j->out->len - 1] == ',')
            str_append(j->out, " ", 1);
        return;
    }
    str_append(j->out, "\n", 1);
    for (int i = 0; i < j->depth; i++)
        str_append(j->out, "  ", 2);
}

static void j_raw(J *j, const char *s) {
    str_append(j->out, s, strlen(s));
}

static void j_string(J *j, const char *s, size_t len) {
    str_append(j->out, "\"", 1);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"')
            j_raw(j, "\\\"");
        else if (c == '\\')
            j_raw(j, "\\\\");
        else if (c == '\n')
            j_raw(j, "\\n");
        else if (c == '\t')
            j_raw(j, "\\t");
        else if (c == '\r')
            j_raw(j, "\\r");
        else if (c < 0x20 || c == 0x7f)
            str_appendf(j->out, "\\u%04x", c);
        else
            str_append(j->out, (const char *)&c, 1);
    }
    str_append(j->out, "\"", 1);
}

static void j_open(J *j, const char *br, bool inl) {
    bool parent_inline = j->depth > 0 && j->inl[j->depth];
    j_raw(j, br);
    j->depth++;
    if (j->depth >= 64)
        ICE("report_json: nesting too deep");
    j->first[j->depth] = true;
    j->inl[j->depth] = inl || parent_inline;
}

static void j_close(J *j, const char *br) {
    bool empty = j->first[j->depth], inl = j->inl[j->depth];
    j->depth--;
    if (!empty && !inl) {
        str_append(j->out, "\n", 1);
        for (int i = 0; i < j->depth; i++)
            str_append(j->out, "  ", 2);
    }
    j_raw(j, br);
}

static void j_key(J *j, const char *k) {
    j_sep(j);
    j_string(j, k, strlen(k));
    j_raw(j, ": ");
}

/* Values written as array elements need their own separator. */
static void j_elem(J *j) {
    j_sep(j);
}

static void k_str(J *j, const char *k, const char *v) {
    j_key(j, k);
    if (v)
        j_string(j, v, strlen(v));
    else
        j_raw(j, "null");
}

static void k_int(J *j, const char *k, long long v) {
    j_key(j, k);
    str_appendf(j->out, "%lld", v);
}

static void k_uint(J *j, const char *k, uint64_t v) {
    j_key(j, k);
    str_appendf(j->out, "%llu", (unsigned long long)v);
}

static void k_bool(J *j, const char *k, bool v) {
    j_key(j, k);
    j_raw(j, v ? "true" : "false");
}

static void k_null(J *j, const char *k) {
    j_key(j, k);
    j_raw(j, "null");
}

static void loc_value(J *j, RLoc l) {
    if (!l.line) {
        j_raw(j, "null");
        return;
    }
    j_open(j, "{", true);
    k_uint(j, "line", l.line);
    k_uint(j, "col", l.col);
    j_close(j, "}");
}

static void k_loc(J *j, const char *k, RLoc l) {
    j_key(j, k);
    loc_value(j, l);
}

static void uses(J *j, const RLocVec *v) {
    j_key(j, "uses");
    j_open(j, "[", false);
    for (int i = 0; i < v->len; i++) {
        j_elem(j);
        loc_value(j, v->data[i]);
    }
    j_close(j, "]");
}

static void fields(J *j, const RFieldVec *v, bool with_type_extras) {
    j_key(j, "fields");
    j_open(j, "[", false);
    for (int i = 0; i < v->len; i++) {
        const RField *f = &v->data[i];
        j_elem(j);
        j_open(j, "{", true);
        k_str(j, "name", f->name);
        k_str(j, "type", f->type);
        k_uint(j, "offset", f->offset);
        k_uint(j, "size", f->size);
        k_uint(j, "align", f->align);
        if (with_type_extras) {
            if (f->points)
                k_str(j, "points_to", f->points);
            if (f->padding)
                k_bool(j, "padding", true);
        }
        j_close(j, "}");
    }
    j_close(j, "]");
}

/* ---- sections --------------------------------------------------------------------- */

static void statics(J *j, const Report *r) {
    j_key(j, "statics");
    j_open(j, "[", false);
    for (int i = 0; i < r->statics.len; i++) {
        const RStatic *s = &r->statics.data[i];
        j_elem(j);
        j_open(j, "{", false);
        k_str(j, "symbol", s->symbol);
        k_str(j, "kind", s->kind);
        if (s->name)
            k_str(j, "name", s->name);
        k_str(j, "section", s->section);
        k_str(j, "object_section", s->object_section);
        k_str(j, "type", s->type);
        k_uint(j, "size", s->size);
        k_uint(j, "align", s->align);
        j_key(j, "text");
        if (s->value)
            j_string(j, s->value, strlen(s->value));
        else if (s->bytes)
            j_string(j, s->bytes, s->len);
        else
            j_raw(j, "null");
        if (s->bytes)
            k_str(j, "bytes_hex", report_hex(s->bytes, s->len, 64));
        if (!strcmp(s->kind, "static"))
            k_bool(j, "mutable", s->mutable);
        k_bool(j, "in_object", s->in_object);
        uses(j, &s->uses);
        j_close(j, "}");
    }
    j_close(j, "]");
}

static void consts(J *j, const Report *r) {
    j_key(j, "consts");
    j_open(j, "[", false);
    for (int i = 0; i < r->consts.len; i++) {
        const RConst *c = &r->consts.data[i];
        j_elem(j);
        j_open(j, "{", false);
        k_str(j, "name", c->name);
        k_str(j, "type", c->type);
        k_str(j, "value", c->value);
        k_loc(j, "declared", c->decl);
        uses(j, &c->uses);
        j_close(j, "}");
    }
    j_close(j, "]");
}

static void code(J *j, const Report *r) {
    j_key(j, "code");
    j_open(j, "{", false);
    j_key(j, "entry");
    j_open(j, "{", true);
    k_str(j, "symbol", "main");
    if (r->entry_size >= 0)
        k_int(j, "size", r->entry_size);
    else
        k_null(j, "size");
    j_close(j, "}");
    j_key(j, "runtime_calls");
    j_open(j, "[", true);
    for (int i = 0; i < r->runtime_calls.len; i++) {
        j_elem(j);
        j_string(j, r->runtime_calls.data[i], strlen(r->runtime_calls.data[i]));
    }
    j_close(j, "]");
    j_close(j, "}");
}

static void event(J *j, const REvent *ev) {
    j_open(j, "{", true);
    k_str(j, "kind", report_event_kind(ev->kind));
    k_uint(j, "line", ev->at.line);
    k_uint(j, "col", ev->at.col);
    if (ev->what)
        k_str(j, "what", ev->what);
    if (ev->kind == EV_ASSIGN) {
        k_str(j, "value", ev->to);
        if (ev->init)
            k_bool(j, "init", true);
    } else if (ev->kind != EV_DROP) {
        k_str(j, "to", ev->to);
    }
    if (ev->kind == EV_BORROW)
        k_bool(j, "mut", ev->mut);
    if (ev->conditional)
        k_bool(j, "conditional", true);
    if (ev->heap)
        k_int(j, "heap", ev->heap);
    j_close(j, "}");
}

static void slot(J *j, const Report *r, const RSlot *s) {
    j_open(j, "{", false);
    k_str(j, "name", s->name);
    k_str(j, "kind", s->kind);
    k_int(j, "local", s->local);
    k_str(j, "type", s->type);
    if (r->optimized)
        k_null(j, "offset");
    else
        k_uint(j, "offset", s->offset);
    k_uint(j, "size", s->size);
    k_uint(j, "align", s->align);
    if (r->optimized)
        k_null(j, "padding");
    else
        k_uint(j, "padding", s->padding);
    /* where the optimiser left it: "stack", "split", "regs", "inline";
     * "frame" in debug builds (at its offset in the frame object) */
    k_str(j, "home", s->home ? s->home : "frame");
    k_bool(j, "copy", s->copy);
    k_bool(j, "needs_drop", s->needs_drop);
    fields(j, &s->fields, true);
    k_loc(j, "declared", s->declared);
    k_loc(j, "scope_end", s->scope_end);
    j_key(j, "events");
    j_open(j, "[", false);
    for (int i = 0; i < s->events.len; i++) {
        j_elem(j);
        event(j, &s->events.data[i]);
    }
    j_close(j, "]");
    k_str(j, "fate", report_fate_text(s->fate));
    k_loc(j, "fate_at", s->fate_at);
    if (s->note)
        k_str(j, "note", s->note);
    j_close(j, "}");
}

static void functions(J *j, const Report *r) {
    j_key(j, "functions");
    j_open(j, "[", false);
    for (int i = 0; i < r->functions.len; i++) {
        const RFunction *f = &r->functions.data[i];
        j_elem(j);
        j_open(j, "{", false);
        k_str(j, "name", f->name);
        k_str(j, "symbol", f->symbol);
        if (f->code_size >= 0)
            k_int(j, "code_size", f->code_size);
        else
            k_null(j, "code_size");
        if (f->machine_frame >= 0)
            k_int(j, "machine_frame", f->machine_frame);
        else
            k_null(j, "machine_frame");
        k_loc(j, "declared", f->decl);
        k_loc(j, "end", f->end);
        j_key(j, "calls");
        j_open(j, "[", false);
        for (int k = 0; k < f->calls.len; k++) {
            j_elem(j);
            j_open(j, "{", true);
            k_str(j, "callee", f->calls.data[k].callee);
            k_uint(j, "line", f->calls.data[k].at.line);
            k_uint(j, "col", f->calls.data[k].at.col);
            k_bool(j, "in_loop", f->calls.data[k].in_loop);
            j_close(j, "}");
        }
        j_close(j, "]");
        j_key(j, "frame");
        j_open(j, "{", false);
        k_uint(j, "size", f->frame_size);
        k_uint(j, "align", f->frame_align);
        k_bool(j, "offsets_apply", !r->optimized);
        j_key(j, "hidden_temporaries");
        j_open(j, "{", true);
        k_int(j, "count", f->hidden_temps);
        k_uint(j, "size", f->hidden_bytes);
        j_close(j, "}");
        j_key(j, "slots");
        j_open(j, "[", false);
        for (int k = 0; k < f->slots.len; k++) {
            j_elem(j);
            slot(j, r, &f->slots.data[k]);
        }
        j_close(j, "]");
        j_close(j, "}");
        j_close(j, "}");
    }
    j_close(j, "]");
}

static const char *heap_event_kind(RHeapEventKind k) {
    switch (k) {
    case HEV_OWNER: return "owner";
    case HEV_GROW: return "grow";
    case HEV_FREE: return "free";
    case HEV_RETURN: return "return";
    }
    return "?";
}

static void heap(J *j, const Report *r) {
    j_key(j, "heap");
    j_open(j, "[", false);
    for (int i = 0; i < r->heap.len; i++) {
        const RHeap *h = &r->heap.data[i];
        j_elem(j);
        j_open(j, "{", false);
        k_int(j, "id", h->id);
        k_loc(j, "site", h->site);
        k_str(j, "function", h->function);
        k_str(j, "expr", h->expr);
        k_str(j, "builtin", h->builtin);
        if (h->size >= 0)
            k_int(j, "size", h->size);
        else
            k_null(j, "size");
        k_str(j, "size_note", h->size_note);
        k_bool(j, "in_loop", h->in_loop);
        k_str(j, "owner", h->owner);
        j_key(j, "owners");
        j_open(j, "[", false);
        j_elem(j);
        j_open(j, "{", true);
        k_str(j, "name", h->owner);
        k_uint(j, "line", h->site.line);
        k_uint(j, "col", h->site.col);
        k_str(j, "function", h->function);
        j_close(j, "}");
        const RHeapEvent *freed = NULL;
        for (int k = 0; k < h->events.len; k++) {
            const RHeapEvent *e = &h->events.data[k];
            if (e->kind == HEV_FREE && (!freed || (freed->conditional && !e->conditional)))
                freed = e;
            if (e->kind != HEV_OWNER)
                continue;
            j_elem(j);
            j_open(j, "{", true);
            k_str(j, "name", e->name);
            k_uint(j, "line", e->at.line);
            k_uint(j, "col", e->at.col);
            k_str(j, "function", e->function);
            if (e->how)
                k_str(j, "how", e->how);
            j_close(j, "}");
        }
        j_close(j, "]");
        j_key(j, "events");
        j_open(j, "[", false);
        for (int k = 0; k < h->events.len; k++) {
            const RHeapEvent *e = &h->events.data[k];
            j_elem(j);
            j_open(j, "{", true);
            k_str(j, "kind", heap_event_kind(e->kind));
            k_uint(j, "line", e->at.line);
            k_uint(j, "col", e->at.col);
            k_str(j, "name", e->name);
            k_str(j, "function", e->function);
            if (e->how)
                k_str(j, "how", e->how);
            if (e->conditional)
                k_bool(j, "conditional", true);
            j_close(j, "}");
        }
        j_close(j, "]");
        k_loc(j, "freed", freed ? freed->at : (RLoc){0, 0, 0});
        k_str(j, "freed_in", freed ? freed->function : NULL);
        if (freed && freed->conditional)
            k_bool(j, "freed_conditional", true);
        j_close(j, "}");
    }
    j_close(j, "]");
}

static void types(J *j, const Report *r) {
    j_key(j, "types");
    j_open(j, "[", false);
    for (int i = 0; i < r->types.len; i++) {
        const RType *t = &r->types.data[i];
        j_elem(j);
        j_open(j, "{", false);
        k_str(j, "name", t->name);
        k_uint(j, "size", t->size);
        k_uint(j, "align", t->align);
        fields(j, &t->fields, false);
        if (t->elem) {
            k_str(j, "elem", t->elem);
            k_uint(j, "len", t->len);
            k_uint(j, "stride", t->stride);
        }
        j_close(j, "}");
    }
    j_close(j, "]");
}

static const char *time_class(RTimeClass c) {
    switch (c) {
    case TL_FRAME: return "frame";
    case TL_ALLOC: return "alloc";
    case TL_MOVE: return "move";
    case TL_COPY: return "copy";
    case TL_BORROW: return "borrow";
    case TL_FREE: return "free";
    case TL_OTHER: return "other";
    }
    return "other";
}

static void timeline(J *j, const Report *r) {
    j_key(j, "timeline");
    j_open(j, "[", false);
    for (int i = 0; i < r->timeline.len; i++) {
        const RTimeEvent *e = &r->timeline.data[i];
        j_elem(j);
        j_open(j, "{", true);
        k_uint(j, "line", e->at.line);
        k_uint(j, "col", e->at.col);
        k_str(j, "kind", time_class(e->cls));
        k_str(j, "text", e->text);
        j_close(j, "}");
    }
    j_close(j, "]");
}

void report_json(const Report *r, CharVec *out) {
    J j = {0};
    j.out = out;
    j_open(&j, "{", false);
    k_int(&j, "version", 1);
    k_str(&j, "target", r->target);
    k_str(&j, "file", r->file);
    k_bool(&j, "optimized", r->optimized);
    k_uint(&j, "stack_limit", r->stack_limit);
    statics(&j, r);
    consts(&j, r);
    code(&j, r);
    functions(&j, r);
    heap(&j, r);
    types(&j, r);
    timeline(&j, r);
    j_close(&j, "}");
    str_append(out, "\n", 1);
}
