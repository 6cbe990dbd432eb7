fn main() {
    let s = String::from("hi");
    let b = s.into_bytes();
    println!("{} {:?}", s, b);
}
