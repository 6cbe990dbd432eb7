// `push` needs `&mut self`.
fn main() {
    let s = String::new();
    s.push('a');
    println!("{}", s);
}
