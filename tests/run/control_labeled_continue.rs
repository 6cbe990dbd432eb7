// Labeled continue skips to the next iteration of an outer loop.
fn main() {
    'rows: for i in 0..4 {
        for j in 0..4 {
            if j > i {
                println!();
                continue 'rows;
            }
            print!("{}{} ", i, j);
        }
        println!("full");
    }
    let mut i = 0;
    'w: while i < 6 {
        i += 1;
        let mut j = 0;
        while j < 3 {
            j += 1;
            if i % 2 == 0 {
                continue 'w;
            }
        }
        println!("odd i={}", i);
    }
}
