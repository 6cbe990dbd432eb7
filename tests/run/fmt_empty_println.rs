// println!() prints just a newline; eprintln!() likewise on stderr; empty strings print nothing.
fn main() {
    println!();
    println!("");
    println!("{}", "");
    eprintln!();
    eprintln!("{}", "");
    print!("");
    println!("{}{}", "", "x");
}
