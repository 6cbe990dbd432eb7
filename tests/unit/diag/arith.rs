fn main() {
    let x = i32::MAX;
    let y = x + 1;
    let a = [1, 2, 3];
    let i = 5;
    println!("{} {}", y, a[i]);
}
