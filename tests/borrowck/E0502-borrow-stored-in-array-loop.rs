// References stored in an array outlive the loop iteration.
fn main() {
    let mut s = String::from("x");
    let mut v = [&s, &s];
    for i in 0..2 {
        s.push('a');
        v[i] = &s;
    }
    println!("{:?}", v);
}
