// A partial stdout line written with print! is still flushed when the program panics.
fn main() {
    print!("partial ");
    print!("line");
    eprint!("err-partial ");
    panic!("boom");
}
