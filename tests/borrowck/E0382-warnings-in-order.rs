// rustc checks body by body in definition order, a function before the ones
// nested in it: each body's ownership errors, then its unused variables.
// The literal out of range is a late lint, skipped after an error.
fn main() {
    let x = 5;
    let z: u8 = 300;
    fn g() {
        let w = 1;
    }
    let s = String::new();
    let t = s;
    println!("{}", s);
}

fn h() {
    let v = 2;
}
