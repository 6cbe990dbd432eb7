fn main() {
    let (a, b) = (1, 2);
    a = 3;
    b += 1;
    println!("{} {}", a, b);
}
