// A parameter moved, then used.
fn f(s: String) -> String {
    let t = s;
    println!("{}", t);
    s
}

fn main() {
    println!("{}", f(String::from("x")));
}
