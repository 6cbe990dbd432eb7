// A `&mut` is not Copy: `let r2 = r;` moves it.
fn main() {
    let mut s = String::from("s");
    let r = &mut s;
    let r2 = r;
    r.push('a');
    r2.push('b');
}
