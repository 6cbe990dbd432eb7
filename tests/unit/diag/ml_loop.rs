fn main() {
    let x: i32 = loop {
        break;
    };
    println!("{}", x);
}
