// A `&mut` coerced to `&` for a call, then used again.
fn read(n: &i32) -> i32 {
    *n
}

fn main() {
    let mut k = 5;
    let r = &mut k;
    let a = read(r);
    *r += a;
    println!("{}", k);
}
