// Writing through a `&i32`.
fn p(r: &i32) {
    *r = 5;
}

fn main() {
    let mut x = 1;
    p(&x);
    x += 1;
    println!("{}", x);
}
