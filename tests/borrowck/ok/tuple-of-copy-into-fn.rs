// A Copy tuple passed twice.
fn sum(p: (i32, i32)) -> i32 {
    p.0 + p.1
}

fn main() {
    let p = (3, 4);
    println!("{} {} {:?}", sum(p), sum(p), p);
}
