// `+=` on a String borrows it mutably.
fn main() {
    let s = String::from("a");
    s += "b";
    println!("{}", s);
}
