// A late initialisation inside a loop runs more than once.
fn main() {
    let x: i32;
    for i in 0..3 {
        x = i;
        println!("{}", x);
    }
}
