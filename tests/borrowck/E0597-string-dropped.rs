// A reference outlives the String it points to.
fn main() {
    let r;
    {
        let s = String::from("a");
        r = &s;
    }
    println!("{}", r);
}
