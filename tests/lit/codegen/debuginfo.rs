// -g: a Rust compile unit, a subprogram per function, and each variable
// declared at its frame slot with a type that has rustc's layout (a
// String's words, a tuple's fields at their offsets).
// RUN: %owl build -g %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn main() {
    let s = String::from("hi");
    let t: (u8, u32, u16) = (1, 2, 3);
    println!("{} {:?}", s, t);
}
// IR: !DICompileUnit(language: DW_LANG_Rust, {{.*}}producer: "owl"
// IR-DAG: !DISubprogram(name: "main", linkageName: "owl.main"
// IR-DAG: !DILocalVariable(name: "s", {{.*}}line: 6
// IR-DAG: !DILocalVariable(name: "t", {{.*}}line: 7
// IR-DAG: !DIDerivedType(tag: DW_TAG_member, name: "len", {{.*}}size: 64, align: 64, offset: 128
// IR-DAG: !DIDerivedType(tag: DW_TAG_member, name: "__0", {{.*}}size: 8, align: 8, offset: 32
// IR-DAG: !DIDerivedType(tag: DW_TAG_member, name: "__2", {{.*}}size: 16, align: 16, offset: 48
