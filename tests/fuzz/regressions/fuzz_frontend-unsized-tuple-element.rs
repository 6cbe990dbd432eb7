// A str moved by value into a tuple that is thrown away (found by
// fuzz_frontend: the E0507 memory note asked the size of str).
fn main() {
    let c = "x";
    (1, *c, 2);
}
