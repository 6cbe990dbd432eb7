// rustc asserts even a constant shift amount in debug builds, and the
// assert ends a block: the reassigned index is forgotten, so this compiles
// (and panics at run time). Compare boundary-const-shift-release.rs.
fn main() {
    let a = [0; 3];
    let mut x = 5;
    let z = x + 1;
    x = 40;
    let y = 1 << 3;
    println!("{} {} {}", a[x], y, z);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 0'
// RUN: sh -c 'test ! -s %t.err'
