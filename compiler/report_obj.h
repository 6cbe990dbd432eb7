/* report_obj.h: the facts the layout report reads from the object file.
 *
 * A small, dependency-free reader of ELF64 relocatable objects (what
 * cg_emit writes on x86-64 Linux): the section table, the symbol table with
 * each symbol's section, value and st_size, and each section's bytes. The
 * report takes code sizes, sections of statics and literals, and prologue
 * frame sizes from here rather than from what codegen intended.
 */
#ifndef OWL_REPORT_OBJ_H
#define OWL_REPORT_OBJ_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

typedef struct ObjSection {
    const char *name;
    uint32_t type;          /* SHT_PROGBITS, SHT_NOBITS, ... */
    uint64_t flags;         /* SHF_ALLOC, SHF_WRITE, SHF_EXECINSTR, ... */
    uint64_t size, align;
    const unsigned char *data; /* NULL for SHT_NOBITS */
} ObjSection;

typedef struct ObjSymbol {
    const char *name;
    uint64_t value, size;
    int type;               /* STT_FUNC, STT_OBJECT, STT_NOTYPE, ... */
    bool global;
    int section;            /* index into sections, or -1 (undefined/absolute) */
} ObjSymbol;

typedef struct ObjFile {
    VEC(ObjSection) sections;
    VEC(ObjSymbol) symbols;
} ObjFile;

/* Reads an ELF64 little-endian relocatable object. On failure returns false
 * and sets *why to a message (the caller reports it). */
bool obj_read(const char *path, ObjFile *out, const char **why);
const ObjSymbol *obj_symbol(const ObjFile *f, const char *name);
/* The allocated, non-executable section holding `len` bytes equal to
 * `bytes`, preferring the section named `prefer`; -1 if none. */
int obj_find_bytes(const ObjFile *f, const char *bytes, uint32_t len, const char *prefer);
/* The section an object section ends up in inside the linked executable
 * (the default linker script's grouping): .rodata.cst4 -> .rodata. */
const char *obj_output_section(const char *name);
/* Bytes a function's prologue reserves below the caller's frame: the return
 * address, pushed registers and the `sub rsp, N`; -1 if the prologue is not
 * one of the usual shapes. */
int64_t obj_prologue_frame(const ObjFile *f, const ObjSymbol *fn);

#endif
