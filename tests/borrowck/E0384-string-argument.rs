// A String parameter reassigned.
fn f(s: String) -> usize {
    println!("{}", s);
    s = String::new();
    s.len()
}

fn main() {
    println!("{}", f(String::from("x")));
}
