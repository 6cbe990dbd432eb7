// A value moved into a function comes back as its result.
fn append(mut s: String) -> String {
    s.push_str(" world");
    s
}

fn main() {
    let s = String::from("hello");
    let s = append(s);
    println!("{}", s);
}
