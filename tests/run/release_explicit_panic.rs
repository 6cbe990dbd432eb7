// owl-flags: -O
// Release build: panic! prints the same message, location and note, exit status 101.
fn check(v: i32) -> i32 {
    if v < 0 {
        panic!("negative value {}", v);
    }
    v * 2
}
fn main() {
    println!("{}", check(4));
    println!("{}", check(-4));
}
