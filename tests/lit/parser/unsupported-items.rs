// Items of Tier 2 and 3 are parsed, reported at their header, and
// skipped; parsing goes on and reports each.
struct Point { x: i32, y: i32 }
struct Pair(i32, i32);
enum Shape { Circle(f64), Square { side: f64 } }
impl Point { fn new() -> Point { Point { x: 0, y: 0 } } }
trait Area { fn area(&self) -> f64; }
mod util { pub fn f() {} }
type Meters = f64;
fn id<T>(x: T) -> T { x }
fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: a `struct` definition is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-items.rs:3:1
// ERR-NEXT:  |
// ERR-NEXT:3 | struct Point { x: i32, y: i32 }
// ERR-NEXT:  | ^^^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a `struct` definition is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-items.rs:4:1
// ERR-NEXT:  |
// ERR-NEXT:4 | struct Pair(i32, i32);
// ERR-NEXT:  | ^^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: an `enum` definition is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-items.rs:5:1
// ERR-NEXT:  |
// ERR-NEXT:5 | enum Shape { Circle(f64), Square { side: f64 } }
// ERR-NEXT:  | ^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: an `impl` block is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-items.rs:6:1
// ERR-NEXT:  |
// ERR-NEXT:6 | impl Point { fn new() -> Point { Point { x: 0, y: 0 } } }
// ERR-NEXT:  | ^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a `trait` definition is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-items.rs:7:1
// ERR-NEXT:  |
// ERR-NEXT:7 | trait Area { fn area(&self) -> f64; }
// ERR-NEXT:  | ^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a `mod` item is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-items.rs:8:1
// ERR-NEXT:  |
// ERR-NEXT:8 | mod util { pub fn f() {} }
// ERR-NEXT:  | ^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a `type` alias is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-items.rs:9:1
// ERR-NEXT:  |
// ERR-NEXT:9 | type Meters = f64;
// ERR-NEXT:  | ^^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a generic function is not supported by owl
// ERR-NEXT:  --> {{.*}}unsupported-items.rs:10:7
// ERR-NEXT:   |
// ERR-NEXT:10 | fn id<T>(x: T) -> T { x }
// ERR-NEXT:   |       ^ not supported
// ERR-NEXT:   |
// ERR-NEXT:   = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 8 previous errors
