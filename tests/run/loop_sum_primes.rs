// Nested loops with break: sum and list the primes below 100 by trial division.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}
fn main() {
    let mut sum = 0;
    let mut count = 0;
    for n in 0..100 {
        if is_prime(n) {
            print!("{} ", n);
            sum += n;
            count += 1;
        }
    }
    println!();
    println!("count={} sum={}", count, sum);
}
