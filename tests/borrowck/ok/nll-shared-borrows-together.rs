// Any number of shared borrows may be alive at once.
fn total(a: &String, b: &String) -> usize {
    a.len() + b.len()
}

fn main() {
    let s = String::from("shared");
    let r1 = &s;
    let r2 = &s;
    let r3 = r1;
    println!("{} {} {} {}", r1, r2, r3, total(r1, r2));
}
