// Moving out of `*r` where r is `&String`.
fn g(r: &String) -> String {
    let t = *r;
    t
}

fn main() {
    println!("{}", g(&String::from("x")));
}
