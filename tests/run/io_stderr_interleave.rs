// eprintln!/eprint! go to stderr, println!/print! to stdout; each stream keeps its own order.
fn main() {
    println!("out 1");
    eprintln!("err 1");
    print!("out 2 partial, ");
    eprint!("err 2 partial, ");
    println!("out 2 end");
    eprintln!("err 2 end");
    for i in 0..3 {
        println!("out loop {}", i);
        eprintln!("err loop {}", i);
    }
    eprint!("err no newline");
}
