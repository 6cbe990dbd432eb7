fn main() {
    let x: u8 = 256;
    let y = 3000000000;
    println!("{} {}", x, y);
}
