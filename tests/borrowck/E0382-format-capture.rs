// An inline format argument `{s}` borrows s.
fn main() {
    let s = String::from("cap");
    let t = s;
    println!("{s} {t}");
}
