// panic! with a plain literal message containing braces-escapes and Unicode.
fn main() {
    eprintln!("about to panic");
    panic!("literal {{braces}} and 日本");
}
