fn main() {
    let x = 5;
    x = 6;
    let s = String::new();
    let t = s;
    println!("{} {} {}", x, s, t);
}
