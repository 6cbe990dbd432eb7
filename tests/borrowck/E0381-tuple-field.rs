// Reading a field of an uninitialised tuple.
fn main() {
    let u: (i32, i32);
    let v = u.0;
    println!("{}", v);
}
