// STATIC: literals with escapes and non-ASCII text (sizes in UTF-8 bytes,
// bytes shown), statics with their section, bytes and every use, consts
// with their uses and no storage.
// RUN: %owl layout %s | FileCheck %s --check-prefix=TEXT
// TEXT: owl.str.{{[0-9]+}} .rodata{{ +}}12  "tab\there\n\"q\""
// TEXT: owl.str.{{[0-9]+}} .rodata{{ +}}2  "é"
// TEXT-NEXT: UTF-8: c3 a9
// TEXT: static COUNT: u32 = 7
// TEXT-NEXT: 4 bytes, align 4, in .rodata (symbol owl.static.COUNT)
// TEXT-NEXT: bytes: 07 00 00 00
// TEXT-NEXT: used at: 30:25, 30:33
// TEXT: static mut HITS: u64 = 0
// TEXT-NEXT: 8 bytes, align 8, in .bss (symbol owl.static.HITS)
// TEXT: static NAME: &str = "owl"
// TEXT-NEXT: 16 bytes, align 8, in .data.rel.ro (symbol owl.static.NAME)
// TEXT: SIX: i32 = 6{{ +}}used at 31:23, 31:28
// RUN: %owl layout %s --format=json | FileCheck %s --check-prefix=JSON
// JSON: "kind": "literal",
// JSON-NEXT: "section": ".rodata",
// JSON: "text": "tab\there\n\"q\"",
// JSON-NEXT: "bytes_hex": "74 61 62 09 68 65 72 65 0a 22 71 22",
static COUNT: u32 = 7;
static mut HITS: u64 = 0;
static NAME: &str = "owl";
const SIX: i32 = 6;
fn main() {
    let s = "tab\there\n\"q\"";
    let e = "é";
    println!("{} {} {}", s, e, NAME);
    println!("{} {:p}", COUNT, &COUNT);
    println!("{} {}", SIX, SIX + 1);
}
