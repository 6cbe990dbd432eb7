// isize::MIN - 1 panics with "attempt to subtract with overflow".
fn sub(a: isize, b: isize) -> isize {
    a - b
}
fn main() {
    println!("{}", sub(isize::MIN, -1));
    println!("{}", sub(isize::MIN, 1));
}
