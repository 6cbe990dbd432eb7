// Shadowing inside a loop body is fresh on each iteration; mutation of the outer binding persists.
fn main() {
    let mut total = 0;
    for i in 0..4 {
        let total2 = total + i;
        let i = i * 100;
        total = total2;
        println!("i={} total={}", i, total);
    }
    println!("total={}", total);
    let mut n = 0;
    while n < 3 {
        let n2 = n;
        let n2 = n2 * n2;
        println!("sq {}", n2);
        n += 1;
    }
}
