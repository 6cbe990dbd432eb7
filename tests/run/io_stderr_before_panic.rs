// Output written to stderr before a panic precedes the panic message in the stderr stream.
fn fail(n: i32) -> i32 {
    eprintln!("fail called with {}", n);
    if n > 0 {
        panic!("n = {}", n);
    }
    n
}
fn main() {
    println!("{}", fail(0));
    eprint!("partial ");
    println!("{}", fail(1));
}
