// Moving into a tuple while a reference is alive.
fn main() {
    let s = String::from("x");
    let r = &s;
    let t = (s, 1);
    println!("{} {:?}", r, t);
}
