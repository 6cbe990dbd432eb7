// panic! with a formatted message: stdout before it is kept, the message goes to stderr, status 101.
fn check(x: i32) {
    if x > 2 {
        panic!("something bad: {}", x);
    }
    println!("ok {}", x);
}
fn main() {
    for i in 0..10 {
        check(i);
    }
}
