// continue in for, while and loop skips the rest of the body.
fn main() {
    for i in 0..10 {
        if i % 3 != 0 {
            continue;
        }
        print!("{} ", i);
    }
    println!();
    let mut i = 0;
    while i < 10 {
        i += 1;
        if i % 2 == 0 {
            continue;
        }
        print!("{} ", i);
    }
    println!();
    let mut k = 0;
    loop {
        k += 1;
        if k < 5 {
            continue;
        }
        println!("k={}", k);
        break;
    }
}
