// Labeled break out of nested loops: 'outer: on for, while and loop, with break values.
fn main() {
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 {
                println!("found {} {}", i, j);
                break 'outer;
            }
        }
    }
    let mut n = 0;
    'a: while n < 10 {
        let mut m = 0;
        loop {
            m += 1;
            if m == 3 {
                break;
            }
            if n == 4 {
                break 'a;
            }
        }
        n += 1;
    }
    println!("n={}", n);
    let v = 'search: loop {
        for k in 1..100 {
            if k % 17 == 0 && k % 3 == 0 {
                break 'search k;
            }
        }
        break 0;
    };
    println!("v={}", v);
}
