// The value rustc suggests depends on the type.
fn main() {
    let a: f64;
    println!("{}", a);
    let b: bool;
    println!("{}", b);
    let c: char;
    println!("{}", c);
    let d: &str;
    println!("{}", d);
    let e: [i32; 3];
    println!("{:?}", e);
    let f: (u8, String);
    println!("{:?}", f);
}
