// assert_eq! borrows.
fn main() {
    let a = String::from("eq");
    let b = a.clone();
    assert_eq!(a, b);
    assert!(a.len() == 2);
    println!("{} {}", a, b);
}
