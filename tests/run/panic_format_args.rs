// panic! with inline captures, positional and Debug arguments in its message.
fn fail(code: u32, what: &str) {
    let pair = (code, what);
    panic!("failure {code}: {what:?} {0:>5} {pair:?}", code + 1);
}
fn main() {
    println!("start");
    fail(7, "disk");
}
