/* diag_replay.c: rebuild diagnostics from a script and print them with
 * owl's renderer, for the differential test against rustc
 * (tests/unit/diag_differential.py writes the scripts from rustc's JSON).
 *
 * Usage: diag_replay SCRIPT
 * The script is tab-separated, one command per line; strings use the
 * escapes \\ \n \t, and \N stands for NULL:
 *   file   SHOWN-PATH  PATH-TO-READ      load the source (src_load)
 *   format human|json|short
 *   diag   LEVEL CODE|- MESSAGE          start a diagnostic
 *   primary LO HI                        the primary span `-->` shows, if not the first
 *   label  P|S LO HI TEXT                a span label (the first P is primary)
 *   child  LEVEL MESSAGE                 a note/help child; labels follow
 *   clabel P|S LO HI TEXT
 *   sugg   - - MESSAGE                   a help child with a suggestion
 *   part   LO HI REPLACEMENT
 *   suggattr STYLE(0 block|1 inline|2 inline, no code) APPLICABILITY
 *   emit                                 emit the diagnostic
 *   finish                               diag_finish()
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static char *unescape(char *s) {
    if (strcmp(s, "\\N") == 0)
        return NULL;
    char *o = s, *r = s;
    for (; *r; r++) {
        if (*r == '\\' && r[1]) {
            r++;
            *o++ = *r == 'n' ? '\n' : *r == 't' ? '\t' : *r;
        } else
            *o++ = *r;
    }
    *o = '\0';
    return s;
}

static SourceFile *file;

/* rustc's JSON offsets count the BOM and the CRs owl strips. */
static uint32_t norm(const char *s) {
    uint32_t off = (uint32_t)atol(s);
    if (!file)
        return off;
    for (uint32_t n = off > file->bom_len ? off - file->bom_len : 0;; n--) {
        if (src_original_offset(file, n) <= off || n == 0)
            return n;
    }
}

static DiagLevel level_of(const char *s) {
    if (!strcmp(s, "error"))
        return DIAG_ERROR;
    if (!strcmp(s, "warning"))
        return DIAG_WARNING;
    if (!strcmp(s, "note"))
        return DIAG_NOTE;
    return DIAG_HELP;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: diag_replay SCRIPT\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 2;
    }
    compiler_arena = arena_new();
    diag_set_output(stdout);
    DiagFormat format = DIAG_HUMAN;
    Diag *d = NULL, *child = NULL;
    bool d_has_primary = false, child_has_primary = false;
    char line[1 << 16];
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = '\0';
        char *f[6] = {0};
        int n = 0;
        for (char *p = line; n < 6;) {
            f[n++] = p;
            char *t = strchr(p, '\t');
            if (!t)
                break;
            *t = '\0';
            p = t + 1;
        }
        if (!strcmp(f[0], "format")) {
            format = !strcmp(f[1], "json") ? DIAG_JSON : !strcmp(f[1], "short") ? DIAG_SHORT
                                                                                 : DIAG_HUMAN;
            diag_init(file, format, COLOR_NEVER);
        } else if (!strcmp(f[0], "color")) {
            diag_init(file, format, COLOR_ALWAYS);
        } else if (!strcmp(f[0], "file")) {
            bool io;
            SourceFile *tmp = src_load(f[2], &io);
            if (!tmp)
                return 1;
            file = src_from_string(unescape(f[1]), tmp->text, tmp->len);
            file->bom_len = tmp->bom_len;
            file->crlf_lfs = tmp->crlf_lfs;
            file->ncrlf = tmp->ncrlf;
            diag_init(file, format, COLOR_NEVER);
        } else if (!strcmp(f[0], "diag")) {
            d = diag_new_nospan(level_of(f[1]), strcmp(f[2], "-") ? f[2] : NULL, "%s",
                                unescape(f[3]));
            d_has_primary = false;
            child = NULL;
        } else if (!strcmp(f[0], "primary")) {
            /* the span of `-->` when it is not the first primary label */
            DiagLabel l = {span_at(norm(f[1]), norm(f[2])), true, NULL};
            vec_push(d->labels, l);
            d->has_span = d_has_primary = true;
        } else if (!strcmp(f[0], "label") || !strcmp(f[0], "clabel")) {
            Diag *t = f[0][0] == 'l' ? d : child;
            bool *hp = f[0][0] == 'l' ? &d_has_primary : &child_has_primary;
            Span s = span_at(norm(f[2]), norm(f[3]));
            char *text = unescape(f[4]);
            if (f[1][0] == 'P') {
                if (!*hp) {
                    /* What diag_new/diag_child do: the primary span first,
                     * unlabelled; its label (if any) comes in order. */
                    DiagLabel l = {s, true, NULL};
                    vec_push(t->labels, l);
                    t->has_span = true;
                    *hp = true;
                }
                if (text)
                    diag_primary_label(t, s, "%s", text);
                else
                    diag_primary_label(t, s, NULL);
            } else {
                diag_label(t, s, "%s", text ? text : "");
            }
        } else if (!strcmp(f[0], "child")) {
            child = level_of(f[1]) == DIAG_NOTE ? diag_note(d, "%s", unescape(f[2]))
                                                : diag_help(d, "%s", unescape(f[2]));
            child->level = level_of(f[1]);
            child_has_primary = false;
        } else if (!strcmp(f[0], "sugg")) {
            child = diag_help(d, "%s", unescape(f[3]));
            child->suggestions.len = 0;
            child_has_primary = false;
        } else if (!strcmp(f[0], "part")) {
            diag_suggest_part(child, span_at(norm(f[1]), norm(f[2])),
                              unescape(f[3]));
        } else if (!strcmp(f[0], "suggattr")) {
            /* inline flag and applicability of the current suggestion */
            diag_set_suggestion_style(child, f[1][0] == '2'   ? SUGG_INLINE_MSG
                                             : f[1][0] == '1' ? SUGG_INLINE
                                                              : SUGG_VERBOSE);
            DiagApplicability a = !strcmp(f[2], "MaybeIncorrect")    ? APPLY_MAYBE
                                  : !strcmp(f[2], "HasPlaceholders") ? APPLY_PLACEHOLDERS
                                  : !strcmp(f[2], "Unspecified")     ? APPLY_UNSPECIFIED
                                                                     : APPLY_MACHINE;
            diag_set_applicability(child, a);
        } else if (!strcmp(f[0], "emit")) {
            diag_emit(d);
            d = NULL;
        } else if (!strcmp(f[0], "finish")) {
            diag_finish();
        }
    }
    fclose(in);
    return 0;
}
