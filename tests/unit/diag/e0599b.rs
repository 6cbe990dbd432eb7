fn main() {
    let s = String::from("x");
    let n = s.lenn();
    println!("{}", n);
}
