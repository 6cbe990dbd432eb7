fn main() {
    let c = true;
    let x: i32 = if c {
        1
    };
    println!("{}", x);
}
