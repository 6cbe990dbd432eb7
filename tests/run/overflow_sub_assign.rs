// Debug build: -= overflow on a usize counter panics with "attempt to subtract with overflow".
fn count_down(mut n: usize) {
    loop {
        println!("n = {}", n);
        n -= 1;
    }
}
fn main() {
    count_down(2);
}
