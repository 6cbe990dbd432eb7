// Each iteration binds a fresh `i`.
fn main() {
    let mut total = 0;
    for i in 0..5 {
        total += i;
    }
    println!("{}", total);
}
