// assert_eq! on Strings/&str shows Debug (quoted, escaped) values.
fn make(s: &str) -> String {
    let mut t = String::from(s);
    t.push('\n');
    t
}
fn main() {
    let a = make("line");
    assert_eq!(a, "line\t");
}
