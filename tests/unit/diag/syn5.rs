fn main() {
    let s = "unterminated;
}
