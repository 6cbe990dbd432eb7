// `s1 + &s1` moves s1 before it borrows it.
fn main() {
    let s1 = String::from("a");
    let s2 = s1 + &s1;
    println!("{}", s2);
}
