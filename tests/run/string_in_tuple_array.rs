// Strings stored in tuples and arrays: Display/Debug, lengths, and moving them out by destructuring.
fn main() {
    let t = (String::from("one"), 2, String::from("three"));
    println!("{:?}", t);
    println!("{} {}", t.0.len(), t.2.len());
    let (a, n, c) = t;
    println!("{} {} {}", a, n, c);
    let arr = [String::from("x"), String::from("yy"), String::from("zzz")];
    println!("{:?} {}", arr, arr[2].len());
    let mut m = [String::new(), String::new()];
    m[1].push_str("filled");
    println!("{:?} cap={}", m, m[1].capacity());
}
