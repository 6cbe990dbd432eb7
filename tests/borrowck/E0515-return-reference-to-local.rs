// Returning a reference to a String that dies with the function.
fn f(x: &String) -> &String {
    let s = String::new();
    println!("{}", x);
    &s
}

fn main() {
    let a = String::new();
    println!("{}", f(&a));
}
