fn main() {
    let x = mem::size_of::<i32>();
    println!("{}", x);
}
