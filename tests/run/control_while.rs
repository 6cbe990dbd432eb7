// while loops: counting, conditions with &&, zero-iteration loops, and while with a mutable flag.
fn main() {
    let mut i = 0;
    while i < 5 {
        print!("{} ", i);
        i += 1;
    }
    println!();
    let mut n = 27u64;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("collatz steps {}", steps);
    while false {
        println!("never");
    }
    let mut done = false;
    let mut k = 0;
    while !done && k < 100 {
        k += 7;
        done = k > 30;
    }
    println!("k={}", k);
}
