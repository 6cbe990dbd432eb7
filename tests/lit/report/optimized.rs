// With -O the frame object is gone (each local gets its own alloca and
// the optimiser keeps what it likes in registers): the report says offsets
// do not apply and prints none, in every format.
// RUN: %owl layout -O %s | FileCheck %s --check-prefix=TEXT
// TEXT: optimised build (-O): frame offsets do not
// TEXT-NEXT: apply.
// TEXT: offset  size align  name
// TEXT-NEXT: {{^ +}}-     8     8  big
// TEXT: Optimised build: no offsets.
// RUN: %owl layout -O %s --format=json | FileCheck %s --check-prefix=JSON
// JSON: "optimized": true,
// JSON: "offsets_apply": false,
// JSON: "name": "big",
// JSON: "offset": null,
// JSON: "padding": null,
// RUN: %owl layout %s --format=json | FileCheck %s --check-prefix=DEBUG
// DEBUG: "optimized": false,
// DEBUG: "offsets_apply": true,
// DEBUG: "name": "big",
// DEBUG: "offset": {{[0-9]+}},
fn main() {
    let big: u64 = 1 << 40;
    let small: u8 = 7;
    println!("{} {}", big, small);
}
