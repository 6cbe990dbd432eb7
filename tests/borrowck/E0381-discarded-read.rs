// Expression statements whose values are thrown away still read them:
// an uninitialised variable, a field of a moved tuple, a cast.
fn main() {
    let x: i32;
    x;
    let t = (String::new(), 1);
    let u = t;
    t.1;
    let y: u8;
    y as i64;
    println!("{}", u.0);
}
