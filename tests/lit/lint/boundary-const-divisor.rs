// A division always has rustc's zero check, even by a constant, and the
// check ends a block: the reassigned index is forgotten. Accepted.
fn main() {
    let a = [0; 3];
    let mut i = 1;
    let k = i + 0;
    i = 5;
    let h = 10 / 2;
    println!("{} {} {}", a[i], h, k);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 0'
// RUN: sh -c 'test ! -s %t.err'
