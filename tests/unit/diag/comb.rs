fn main() {
    let s = "é́"; let x = 5;
    println!("{}", s); x = 7; println!("{}", x);
}
