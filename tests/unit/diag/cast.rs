fn main() {
    let x = 5i32;
    let b = x as bool;
    let c = 'a' as f64;
}
