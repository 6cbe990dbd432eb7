// An i8 loop counter overflows after 127 and panics with the value printed so far.
fn run(start: i8) {
    let mut i = start;
    loop {
        if i > 125 || i < -100 {
            println!("i = {}", i);
        }
        i += 1;
    }
}
fn main() {
    run(120);
}
