// Indexing with usize::MAX reports the full index value in the panic message.
fn get(a: &[char; 2], i: usize) -> char {
    a[i]
}
fn main() {
    let a = ['x', 'y'];
    println!("{}", get(&a, 1));
    println!("{}", get(&a, usize::MAX));
}
