// print! without newline accumulates on one line; println!() ends it; final partial line is flushed at exit.
fn main() {
    print!("a");
    print!("b{}", 1);
    print!("");
    println!();
    for i in 0..5 {
        print!("{} ", i);
    }
    println!("end");
    print!("multi\nline\n");
    print!("no newline at the very end");
}
