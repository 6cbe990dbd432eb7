// bench/trace_loop.rs: the loop-heavy program bench/trace.sh times, traced
// and untraced: integer work in a loop, a call per iteration (a frame pushed
// and popped), and a String that grows (heap reallocations).
fn step(x: u64, k: u64) -> u64 {
    let y = (x % 1000003) * 7919 + k;
    y ^ (y >> 7)
}

fn main() {
    let mut total: u64 = 0;
    let mut i: u64 = 0;
    let mut s = String::new();
    while i < 100000 {
        total = step(total, i);
        if i % 100 == 0 {
            s.push('x');
        }
        i += 1;
    }
    println!("{} {}", total, s.len());
}
