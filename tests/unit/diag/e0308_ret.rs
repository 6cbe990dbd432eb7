fn f() -> i32 {
    "x"
}
fn g() -> String {
    5
}
fn main() { f(); g(); }
