// A panic message containing newlines is printed verbatim before the note line.
fn main() {
    let n = 3;
    panic!("line one\nline two {}\n  indented", n);
}
