fn main() {
    let count = 1;
    println!("{}", Count);
    println!("{}", undefined_thing);
}
