fn main() {
    let a = "a";
    let b = "b";
    let c = a + b;
    println!("{}", c);
}
