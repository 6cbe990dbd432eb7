// `&mut` of an immutable binding.
fn main() {
    let v = 5;
    let m = &mut v;
    *m += 1;
    println!("{}", m);
}
