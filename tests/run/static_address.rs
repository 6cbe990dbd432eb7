// A static has one address: references taken in different places point to the same location.
static VALUE: i64 = 7;
fn addr() -> String {
    format!("{:p}", &VALUE)
}
fn main() {
    let a = format!("{:p}", &VALUE);
    let b = addr();
    println!("{}", a == b);
    println!("{}", a);
    let r: &'static i64 = &VALUE;
    println!("{}", *r + 1);
}
