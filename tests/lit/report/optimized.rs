// With -O the frame object is gone (each local gets its own alloca and
// the optimiser keeps what it likes in registers): the report prints no
// offsets and says instead, per local, what the optimiser made of it.
// RUN: %owl layout -O %s | FileCheck %s --check-prefix=TEXT
// TEXT: optimised build (-O): frame offsets do not
// TEXT-NEXT: apply.
// TEXT: fn square
// TEXT:  where  size align  name
// TEXT-NEXT: inline     8     8  (return)
// TEXT-NEXT: inline     8     8  n
// TEXT-NEXT: inline     8     8  sq
// TEXT: fn main
// TEXT:  where  size align  name
// TEXT-NEXT: {{^ +}}stack     8     8  big
// TEXT-NEXT: {{^ +}}regs     8     8  count
// TEXT: Optimised build: no offsets.
// RUN: %owl layout -O %s --format=markdown | FileCheck %s --check-prefix=MD
// MD: | where | size | align | name | type | line | semantics |
// MD: | inline | 8 | 8 | **sq** | `u64` | 38 | Copy |
// MD: | stack | 8 | 8 | **big** | `u64` | 43 | Copy |
// MD: | regs | 8 | 8 | **count** | `u64` | 45 | Copy |
// RUN: %owl layout -O %s --format=json | FileCheck %s --check-prefix=JSON
// JSON: "optimized": true,
// JSON: "offsets_apply": false,
// JSON: "name": "big",
// JSON: "offset": null,
// JSON: "padding": null,
// JSON-NEXT: "home": "stack",
// JSON: "name": "count",
// JSON: "home": "regs",
// RUN: %owl layout %s --format=json | FileCheck %s --check-prefix=DEBUG
// DEBUG: "optimized": false,
// DEBUG: "offsets_apply": true,
// DEBUG: "name": "big",
// DEBUG: "offset": {{[0-9]+}},
// DEBUG: "home": "frame",
fn square(n: u64) -> u64 {
    let sq = n * n;
    sq
}

fn main() {
    let big: u64 = 1 << 40;
    let small: u8 = 7;
    let mut count = 0u64;
    while count < small as u64 {
        count += 1;
    }
    let s = String::from("hi");
    let n = s.len();
    println!("{} {} {} {}", big, small, square(count), n);
}
