// drop(s) while a reference to s is used afterwards.
fn f() -> usize {
    let s = String::from("x");
    let r = &s;
    drop(s);
    r.len()
}

fn main() {
    println!("{}", f());
}
