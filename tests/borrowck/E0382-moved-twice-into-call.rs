// Passing the same String to a function twice.
fn show(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("twice");
    show(s);
    show(s);
}
