// A String parameter without `mut`.
fn f(s: String) -> String {
    s.push_str("!");
    s
}

fn main() {
    println!("{}", f(String::from("a")));
}
