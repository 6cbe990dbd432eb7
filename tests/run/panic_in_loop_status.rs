// A panic inside a loop stops the program mid-iteration with exit status 101.
fn main() {
    let mut i = 0;
    loop {
        i += 1;
        println!("iteration {}", i);
        if i == 3 {
            panic!("stopping at {}", i);
        }
    }
}
