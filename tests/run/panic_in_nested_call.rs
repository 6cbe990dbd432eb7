// A panic deep in a call chain reports the location of the panic! itself.
fn level3(x: u32) -> u32 {
    if x == 3 {
        panic!("reached level {}", x);
    }
    x
}
fn level2(x: u32) -> u32 {
    level3(x + 1)
}
fn level1(x: u32) -> u32 {
    level2(x + 1)
}
fn main() {
    println!("{}", level1(0));
    println!("{}", level1(1));
}
