// while loop counting down with an unsigned counter that stops exactly at 0 (no underflow).
fn main() {
    let mut n: u8 = 5;
    while n > 0 {
        print!("{}...", n);
        n -= 1;
    }
    println!("liftoff");
    let mut m: usize = 3;
    loop {
        println!("m={}", m);
        if m == 0 {
            break;
        }
        m -= 1;
    }
}
