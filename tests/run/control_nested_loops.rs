// Nested loops of mixed kinds: multiplication table and counting inner iterations.
fn main() {
    for i in 1..=4 {
        for j in 1..=4 {
            print!("{:4}", i * j);
        }
        println!();
    }
    let mut count = 0;
    let mut i = 0;
    while i < 10 {
        let mut j = i;
        loop {
            if j >= 10 {
                break;
            }
            count += 1;
            j += 3;
        }
        i += 1;
    }
    println!("count={}", count);
}
