// for over a..b and a..=b: empty, single-element, reversed-empty, negative and typed ranges.
fn main() {
    for i in 0..3 {
        print!("{} ", i);
    }
    println!("|");
    for i in 0..=3 {
        print!("{} ", i);
    }
    println!("|");
    for i in 5..5 {
        print!("{} ", i);
    }
    println!("empty|");
    for i in 5..=5 {
        print!("{} ", i);
    }
    println!("one|");
    for i in 3..1 {
        print!("{} ", i);
    }
    println!("reversed|");
    for i in -3..2i8 {
        print!("{} ", i);
    }
    println!("|");
    for c in 250u8..=255 {
        print!("{} ", c);
    }
    println!("|");
    let lo = 10;
    let hi = 13;
    for i in lo..hi {
        print!("{} ", i * 2);
    }
    println!("|");
    for i in i64::MAX - 2..=i64::MAX {
        println!("{}", i);
    }
}
