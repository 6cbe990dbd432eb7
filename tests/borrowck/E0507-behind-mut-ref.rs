// Moving out of a `&mut String`.
fn g(r: &mut String) -> String {
    let t = *r;
    t
}

fn main() {
    let mut s = String::from("x");
    println!("{}", g(&mut s));
}
