// u16 multiply overflow panics; the panic note line is printed after output already written.
fn sq(x: u16) -> u16 {
    x * x
}
fn main() {
    let mut n: u16 = 250;
    while n < 300 {
        println!("{}^2 = {}", n, sq(n));
        n += 3;
    }
}
