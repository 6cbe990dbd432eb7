// Comparing Unicode strings and chars: byte-wise order, equality of composed vs decomposed forms.
fn main() {
    println!("{}", "é" == "e\u{301}");
    println!("{}", "é" > "z");
    println!("{}", 'é' > 'z');
    println!("{}", "日本" < "日本語");
    println!("{}", String::from("😀") == "😀");
    let a = String::from("abc");
    let b = "ab".to_string() + "c";
    println!("{} {}", a == b, a != b);
    println!("{}", &a == "abc");
}
