// owl-flags: -O
// Release build: a u8 counter incremented past 255 wraps to 0 and the loop continues.
fn run(start: u8, steps: u32) {
    let mut c = start;
    for _ in 0..steps {
        c += 1;
        print!("{} ", c);
    }
    println!();
    let mut d = start;
    let mut i = 0;
    while i < steps {
        d *= 2;
        i += 1;
    }
    println!("{}", d);
}
fn main() {
    run(250, 10);
}
