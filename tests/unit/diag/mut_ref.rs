fn main() {
    let x = 5;
    let r = &mut x;
    *r += 1;
}
