// Known values that do not overflow are fine: MAX - 1 + 1, MIN / 2, a shift by 31, the last index.
fn main() {
    let x = i32::MAX;
    let x = x - 1;
    let y = x + 1;
    let m = i32::MIN / 2;
    let s = 1u32 << 31;
    let a = [1, 2, 3];
    let i = 2;
    println!("{} {} {} {}", y, m, s, a[i]);
}
