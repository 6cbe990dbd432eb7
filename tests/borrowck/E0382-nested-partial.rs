// Partial moves nest: moving n.0.0 partially moves n.0.
fn main() {
    let n = ((String::new(), 1), 2);
    let m = n.0.0;
    let k = n.0;
    println!("{} {:?} {}", m, k, n.1);
}
