// Items may be used before their definition; nested fn items inside function bodies.
fn main() {
    println!("{}", later(4));
    fn inner(x: i32) -> i32 {
        x * 3
    }
    println!("{}", inner(5));
    println!("{}", LATE_CONST + LATE_STATIC);
}
fn later(x: i32) -> i32 {
    helper(x) + 1
}
fn helper(x: i32) -> i32 {
    x * x
}
const LATE_CONST: i32 = 7;
static LATE_STATIC: i32 = 8;
