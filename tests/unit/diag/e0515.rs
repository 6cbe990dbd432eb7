fn f() -> &'static String {
    let s = String::new();
    &s
}
fn main() {
    f();
}
