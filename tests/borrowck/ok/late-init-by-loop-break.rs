// `loop` runs at least once: the break value initialises.
fn main() {
    let mut i = 0;
    let x = loop {
        i += 1;
        if i == 3 {
            break i * 10;
        }
    };
    println!("{}", x);
}
