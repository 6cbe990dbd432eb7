// `+=` through a `&i32`.
fn bump(n: &i32) {
    *n += 1;
}

fn main() {
    let k = 1;
    bump(&k);
    println!("{}", k);
}
