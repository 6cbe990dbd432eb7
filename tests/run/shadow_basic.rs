// Shadowing with let: a new binding may change type and mutability; the old one is untouched.
fn main() {
    let x = 5;
    let x = x * 2;
    println!("{}", x);
    let x = "now a str";
    println!("{}", x);
    let x = x.len();
    println!("{}", x);
    let mut y = 1;
    y += 1;
    let y = y;
    println!("{}", y);
    let s = String::from("a");
    let s = s + "b";
    println!("{}", s);
}
