// A reference to a String that no variable owns outlives its statement.
fn main() {
    let r: &String;
    r = &String::from("tmp");
    println!("{}", r);
}
