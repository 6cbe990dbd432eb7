// Passing a `&mut` to a function reborrows it: it stays usable.
fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut k = 0;
    let r = &mut k;
    bump(r);
    bump(r);
    *r += 1;
    println!("{}", k);
}
