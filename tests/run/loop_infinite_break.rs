// An unconditional loop exited by break from deep inside nested if/else, with state carried across iterations.
fn main() {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut n = 0;
    loop {
        let c = a + b;
        a = b;
        b = c;
        n += 1;
        if n % 10 == 0 {
            println!("fib({}) = {}", n, a);
            if a > 1_000_000_000_000 {
                if n > 0 {
                    break;
                }
            }
        }
    }
    println!("stopped at n={}", n);
}
