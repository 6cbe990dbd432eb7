// An uninitialised operand of `+`.
fn main() {
    let z: i32;
    let w = z + 1;
    println!("{}", w);
}
