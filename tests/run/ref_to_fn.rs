// Passing &mut to functions that mutate several caller variables; swap through references.
fn swap(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}
fn accumulate(total: &mut u64, count: &mut u32, v: u64) {
    *total += v;
    *count += 1;
}
fn main() {
    let mut a = 1;
    let mut b = 2;
    swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let mut total = 0;
    let mut count = 0;
    for v in 1..=10 {
        accumulate(&mut total, &mut count, v * v);
    }
    println!("total={} count={}", total, count);
}
