// A str moved by value into a tuple: rustc says E0161, then E0507 at the
// same place.
fn main() {
    let c = "x";
    (1, *c, 2);
}
