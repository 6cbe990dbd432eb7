// owl-flags: -O
// Release build: array bounds checks remain; the panic message and location are unchanged.
fn get(a: &[u32; 4], i: usize) -> u32 {
    a[i]
}
fn main() {
    let a = [1, 2, 3, 4];
    let mut s = 0;
    for i in 0..4 {
        s += get(&a, i);
    }
    println!("{}", s);
    println!("{}", get(&a, 4));
}
