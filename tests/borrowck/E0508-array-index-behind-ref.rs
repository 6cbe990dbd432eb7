// Moving out of an array behind a reference.
fn k(a: &[String; 2]) -> String {
    a[0]
}

fn main() {
    println!("{}", k(&[String::new(), String::new()]));
}
