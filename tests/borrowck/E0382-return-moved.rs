// Returning a moved value.
fn f() -> String {
    let s = String::from("ret");
    let t = s;
    println!("{}", t);
    s
}

fn main() {
    println!("{}", f());
}
