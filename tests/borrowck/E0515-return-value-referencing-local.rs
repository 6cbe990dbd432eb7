// The returned reference came from a local through another variable.
fn f(x: &String) -> &String {
    let s = String::from("a");
    let r = &s;
    println!("{}", x);
    r
}

fn main() {
    let a = String::new();
    println!("{}", f(&a));
}
