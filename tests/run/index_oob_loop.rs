// An off-by-one loop bound (0..=len) runs past the array end on the last iteration.
fn sum(a: [i64; 4], n: usize) -> i64 {
    let mut s = 0;
    for i in 0..=n {
        s += a[i];
        println!("i={} s={}", i, s);
    }
    s
}
fn main() {
    println!("{}", sum([1, 2, 3, 4], 4));
}
