// Recursive functions: factorial (u128), fibonacci, gcd, Ackermann-small, mutual recursion.
fn fact(n: u128) -> u128 {
    if n <= 1 { 1 } else { n * fact(n - 1) }
}
fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}
fn ack(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ack(m - 1, 1)
    } else {
        ack(m - 1, ack(m, n - 1))
    }
}
fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}
fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}
fn main() {
    println!("{}", fact(34));
    println!("{}", fib(25));
    println!("{}", gcd(1071, 462));
    println!("{}", ack(2, 3));
    println!("{} {}", is_even(10), is_odd(7));
}
