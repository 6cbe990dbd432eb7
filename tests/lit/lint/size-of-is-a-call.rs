// size_of::<T>() is a function call in rustc: the call ends the block, so
// the reassigned index is forgotten. Accepted.
fn main() {
    let a = [1, 2, 3];
    let mut i = 0;
    i = i + 5;
    let n = std::mem::size_of::<i32>();
    println!("{} {}", a[i], n);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 0'
// RUN: sh -c 'test ! -s %t.err'
