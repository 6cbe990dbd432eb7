/* report_obj.c: reading the emitted ELF object for the layout report.
 *
 * Takes the path of the object cg_emit wrote; gives its sections (with
 * their bytes) and symbols. Only what the report needs: no relocations, no
 * program headers. Every offset read from the file is bounds-checked, so a
 * truncated or foreign file is a reported error, never a crash. The
 * structures come from <elf.h>, which is part of the C library.
 */
#include "report_obj.h"

#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const unsigned char *file_bytes(const char *path, size_t *len, const char **why) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        *why = arena_printf(compiler_arena, "cannot open `%s`: %s", path, strerror(errno));
        return NULL;
    }
    CharVec buf = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        str_append(&buf, chunk, n);
    bool err = ferror(f);
    fclose(f);
    if (err) {
        *why = arena_printf(compiler_arena, "cannot read `%s`", path);
        return NULL;
    }
    *len = (size_t)buf.len;
    return (const unsigned char *)(buf.data ? buf.data : "");
}

/* [off, off+size) lies inside a file of len bytes. */
static bool in_file(uint64_t off, uint64_t size, size_t len) {
    return off <= len && size <= len - off;
}

static const char *str_at(const unsigned char *strtab, uint64_t strsize, uint32_t idx) {
    if (!strtab || idx >= strsize)
        return "";
    const char *s = (const char *)strtab + idx;
    if (!memchr(s, '\0', strsize - idx))
        return "";
    return s;
}

bool obj_read(const char *path, ObjFile *out, const char **why) {
    memset(out, 0, sizeof *out);
    size_t len = 0;
    const unsigned char *b = file_bytes(path, &len, why);
    if (!b)
        return false;
    Elf64_Ehdr eh;
    if (len < sizeof eh || memcmp(b, ELFMAG, SELFMAG) != 0 || b[EI_CLASS] != ELFCLASS64 ||
        b[EI_DATA] != ELFDATA2LSB) {
        *why = arena_printf(compiler_arena, "`%s` is not an ELF64 little-endian object", path);
        return false;
    }
    memcpy(&eh, b, sizeof eh);
    if (eh.e_shentsize != sizeof(Elf64_Shdr) ||
        !in_file(eh.e_shoff, (uint64_t)eh.e_shnum * sizeof(Elf64_Shdr), len) ||
        eh.e_shstrndx >= eh.e_shnum) {
        *why = arena_printf(compiler_arena, "`%s` has a malformed section table", path);
        return false;
    }
    Elf64_Shdr *sh = ALLOC_N(Elf64_Shdr, eh.e_shnum ? eh.e_shnum : 1);
    memcpy(sh, b + eh.e_shoff, (size_t)eh.e_shnum * sizeof(Elf64_Shdr));
    for (int i = 0; i < eh.e_shnum; i++) {
        if (sh[i].sh_type != SHT_NOBITS && !in_file(sh[i].sh_offset, sh[i].sh_size, len)) {
            *why = arena_printf(compiler_arena, "`%s`: section %d lies outside the file", path, i);
            return false;
        }
    }
    const Elf64_Shdr *names = &sh[eh.e_shstrndx];
    for (int i = 0; i < eh.e_shnum; i++) {
        ObjSection s;
        s.name = str_at(b + names->sh_offset, names->sh_size, sh[i].sh_name);
        s.type = sh[i].sh_type;
        s.flags = sh[i].sh_flags;
        s.size = sh[i].sh_size;
        s.align = sh[i].sh_addralign;
        s.data = sh[i].sh_type == SHT_NOBITS ? NULL : b + sh[i].sh_offset;
        vec_push(out->sections, s);
    }
    for (int i = 0; i < eh.e_shnum; i++) {
        if (sh[i].sh_type != SHT_SYMTAB)
            continue;
        if (sh[i].sh_link >= eh.e_shnum) {
            *why = arena_printf(compiler_arena, "`%s`: bad symbol string table", path);
            return false;
        }
        const Elf64_Shdr *strs = &sh[sh[i].sh_link];
        uint64_t n = sh[i].sh_size / sizeof(Elf64_Sym);
        for (uint64_t k = 0; k < n; k++) {
            Elf64_Sym sym;
            memcpy(&sym, b + sh[i].sh_offset + k * sizeof sym, sizeof sym);
            ObjSymbol o;
            o.name = str_at(b + strs->sh_offset, strs->sh_size, sym.st_name);
            o.value = sym.st_value;
            o.size = sym.st_size;
            o.type = ELF64_ST_TYPE(sym.st_info);
            o.global = ELF64_ST_BIND(sym.st_info) != STB_LOCAL;
            o.section = (sym.st_shndx == SHN_UNDEF || sym.st_shndx >= eh.e_shnum)
                            ? -1 : (int)sym.st_shndx;
            vec_push(out->symbols, o);
        }
    }
    return true;
}

const ObjSymbol *obj_symbol(const ObjFile *f, const char *name) {
    for (int i = 0; i < f->symbols.len; i++)
        if (!strcmp(f->symbols.data[i].name, name))
            return &f->symbols.data[i];
    return NULL;
}

static bool section_has(const ObjSection *s, const char *bytes, uint32_t len) {
    if (!s->data || s->size < len || len == 0)
        return false;
    for (uint64_t i = 0; i + len <= s->size; i++)
        if (s->data[i] == (unsigned char)bytes[0] && !memcmp(s->data + i, bytes, len))
            return true;
    return false;
}

int obj_find_bytes(const ObjFile *f, const char *bytes, uint32_t len, const char *prefer) {
    int found = -1;
    for (int i = 0; i < f->sections.len; i++) {
        const ObjSection *s = &f->sections.data[i];
        if (!(s->flags & SHF_ALLOC) || (s->flags & SHF_EXECINSTR) || !section_has(s, bytes, len))
            continue;
        if (prefer && !strcmp(s->name, prefer))
            return i;
        if (found < 0)
            found = i;
    }
    return found;
}

static bool has_prefix(const char *s, const char *p) {
    return !strncmp(s, p, strlen(p)) && (s[strlen(p)] == '\0' || s[strlen(p)] == '.');
}

const char *obj_output_section(const char *name) {
    static const char *const groups[] = {".text", ".rodata", ".data.rel.ro", ".data",
                                         ".bss", ".tbss", ".tdata"};
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
        if (has_prefix(name, groups[i]))
            return groups[i];
    return name;
}

/* x86-64 prologues as LLVM writes them: optional endbr64, pushes of
 * callee-saved registers (with `mov %rsp,%rbp` after push %rbp), then
 * `sub $N,%rsp` with an 8- or 32-bit immediate. */
int64_t obj_prologue_frame(const ObjFile *f, const ObjSymbol *fn) {
    if (!fn || fn->section < 0)
        return -1;
    const ObjSection *text = &f->sections.data[fn->section];
    if (!text->data || fn->value > text->size || fn->size > text->size - fn->value)
        return -1;
    const unsigned char *p = text->data + fn->value, *end = p + fn->size;
    int64_t bytes = 8; /* the return address the call pushed */
    bool seen = false;
    while (p < end) {
        if (end - p >= 4 && p[0] == 0xf3 && p[1] == 0x0f && p[2] == 0x1e && p[3] == 0xfa) {
            p += 4; /* endbr64 */
        } else if (p[0] >= 0x50 && p[0] <= 0x57) {
            bytes += 8, p += 1, seen = true;
        } else if (end - p >= 2 && p[0] == 0x41 && p[1] >= 0x50 && p[1] <= 0x57) {
            bytes += 8, p += 2, seen = true;
        } else if (end - p >= 3 && p[0] == 0x48 && p[1] == 0x89 && p[2] == 0xe5) {
            p += 3; /* mov %rsp,%rbp */
        } else if (end - p >= 4 && p[0] == 0x48 && p[1] == 0x83 && p[2] == 0xec) {
            return bytes + p[3];
        } else if (end - p >= 7 && p[0] == 0x48 && p[1] == 0x81 && p[2] == 0xec) {
            uint32_t imm = (uint32_t)p[3] | (uint32_t)p[4] << 8 | (uint32_t)p[5] << 16 |
                           (uint32_t)p[6] << 24;
            return bytes + imm;
        } else {
            break;
        }
    }
    /* Pushes without a `sub`, or a leaf that touches no stack at all. */
    return seen || (p < end && p[0] == 0xc3) ? bytes : -1;
}
