// Comparing tuples or arrays borrows them (PartialEq takes references), so
// their fields are never known: accepted.
fn main() {
    let t = (i32::MAX, 1);
    let b = t == (1, 2);
    let c = t.0 + 1;
    let u = [i32::MAX, 2];
    let d = u < [1, 2];
    let e = u[0] + 1;
    println!("{} {} {} {}", b, c, d, e);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 0'
// RUN: sh -c 'test ! -s %t.err'
