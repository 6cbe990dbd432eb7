fn main() {
    1 = 2;
    let s = "x";
    s.len() = 3;
}
