// An overflow panic after an emoji (width 2) and a literal combining mark (width 0) reports the display-width column.
fn add(a: u8, b: u8) -> u8 {
    let _e = "😀é"; a + b
}
fn main() {
    println!("{}", add(1, 2));
    println!("{}", add(200, 100));
}
