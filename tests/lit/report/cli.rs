// The command line of the layout report: formats, errors, and where
// --emit=layout writes (beside the executable, or at -o when it is the only
// output).
// RUN: rm -rf %t && mkdir -p %t
// RUN: sh -c '%owl layout %s --format=xml 2> %t/err; test $? -eq 2'
// RUN: FileCheck %s --check-prefix=BADFMT < %t/err
// BADFMT: error: unknown --format `xml` (text, markdown or json)
// RUN: %owl layout %s | FileCheck %s --check-prefix=TEXT
// TEXT: owl layout: {{.*}}cli.rs
// TEXT: STATIC
// TEXT: CODE
// TEXT: STACK
// TEXT: HEAP
// TEXT: TIMELINE
// RUN: %owl layout %s --format=md | FileCheck %s --check-prefix=MD
// MD: # Memory layout of `{{.*}}cli.rs`
// MD: ```mermaid
// MD-NEXT: stateDiagram-v2
// RUN: %owl layout %s --format=json -o %t/out.json && FileCheck %s --check-prefix=JSON < %t/out.json
// JSON: "version": 1,
// JSON-NEXT: "target": "x86_64-unknown-linux-gnu",
// RUN: %owl build %s --emit=exe,layout,layout-json -o %t/prog
// RUN: %t/prog | FileCheck %s --check-prefix=RUNS
// RUNS: 42
// RUN: FileCheck %s --check-prefix=TEXT < %t/prog.layout.txt
// RUN: FileCheck %s --check-prefix=JSON < %t/prog.layout.json
// RUN: %owl build %s --emit=layout -o %t/only.txt && FileCheck %s --check-prefix=TEXT < %t/only.txt
// RUN: cd %t && %owl build %s --emit=layout-json && FileCheck %s --check-prefix=JSON < %t/cli.layout.json
fn main() {
    let x: i32 = 42;
    println!("{}", x);
}
