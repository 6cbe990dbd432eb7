// Moving two leaves of a nested tuple, keeping the rest.
fn main() {
    let n = ((String::from("a"), String::from("b")), 3);
    let a = n.0.0;
    let b = n.0.1;
    println!("{} {} {}", a, b, n.1);
}
