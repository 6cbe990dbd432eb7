// Errors in two functions.
fn first() {
    let s = String::from("1");
    let t = s;
    println!("{} {}", s, t);
}

fn main() {
    let u = String::from("2");
    let v = u;
    println!("{} {}", u, v);
    first();
}
