fn main() {
    let s = "x";
    let t = -s;
    let b = !3.5;
}
