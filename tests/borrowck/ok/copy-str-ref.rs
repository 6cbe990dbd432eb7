// `&str` is Copy.
fn show(s: &str) -> usize {
    s.len()
}

fn main() {
    let s = "hello";
    let t = s;
    println!("{} {} {} {}", s, t, show(s), show(s));
}
