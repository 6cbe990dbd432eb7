fn main() {
    let x: i32 = 5
        + 6
        + "seven";
    println!("{}", x);
}
