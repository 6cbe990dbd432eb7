// Unbounded recursion overflows the main thread's stack: rustc's runtime reports it and aborts (status 134).
// owl-no-valgrind: valgrind runs the program on its own emulated stack and reports the overflow itself.
fn deep(n: u64, pad: [u64; 16]) -> u64 {
    if n == u64::MAX {
        return pad[0];
    }
    let mut next = pad;
    next[(n % 16) as usize] = n;
    deep(n + 1, next) + next[3]
}
fn main() {
    println!("start");
    let r = deep(0, [1; 16]);
    println!("unreachable {}", r);
}
