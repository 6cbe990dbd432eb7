// Reinitialised at the end of every iteration.
fn main() {
    let mut s = String::from("0");
    for i in 0..3 {
        let t = s;
        println!("{}", t);
        s = format!("{}", i + 1);
    }
    println!("{}", s);
}
