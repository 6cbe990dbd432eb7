// A move by `let` inside a `while` loop.
fn main() {
    let s = String::from("hi");
    let mut i = 0;
    while i < 3 {
        let t = s;
        println!("{}", t);
        i += 1;
    }
}
