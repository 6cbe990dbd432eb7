// A field of a tuple behind `&`.
fn q(t: &(i32, String)) {
    t.1.push('a');
}

fn main() {
    let mut u = (1, String::new());
    q(&u);
    u.0 += 1;
    println!("{:?}", u);
}
