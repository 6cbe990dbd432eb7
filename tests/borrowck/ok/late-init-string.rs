// A String declared first and assigned once.
fn main() {
    let s: String;
    s = String::from("late");
    println!("{}", s);
}
