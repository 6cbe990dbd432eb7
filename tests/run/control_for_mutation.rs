// The for loop variable is a copy; mutating the bound variables inside does not change the range.
fn main() {
    let mut n = 3;
    for i in 0..n {
        n += 10;
        print!("{} ", i);
    }
    println!("n={}", n);
    for mut i in 0..3 {
        i *= 10;
        print!("{} ", i);
    }
    println!();
    let mut sum = 0u64;
    for i in 1..=100u64 {
        sum += i;
    }
    println!("sum={}", sum);
}
