// A binding declared inside the loop is new in every iteration.
fn main() {
    for i in 0..3 {
        let x: i32;
        x = i * i;
        println!("{}", x);
    }
}
