// Arrays are passed by value (copied); passing &mut lets the callee modify the caller's array.
fn zero_copy(mut a: [i32; 3]) -> [i32; 3] {
    a[0] = 0;
    a
}
fn zero_in_place(a: &mut [i32; 3]) {
    a[0] = 0;
}
fn sum(a: &[i32; 3]) -> i32 {
    a[0] + a[1] + a[2]
}
fn main() {
    let mut a = [7, 8, 9];
    let b = zero_copy(a);
    println!("{:?} {:?}", a, b);
    zero_in_place(&mut a);
    println!("{:?} {}", a, sum(&a));
    let big = [1u64; 100];
    let mut total = 0;
    for i in 0..100 {
        total += big[i];
    }
    println!("{}", total);
}
