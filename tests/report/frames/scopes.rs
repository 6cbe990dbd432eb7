// Shadowing, blocks and loops: every `let` gets its own slot for the whole
// call (debug builds do not reuse slots), so a shadowed x and the new x
// have different addresses. Names are tagged name@line for the checker.
fn main() {
    let x: i32 = 1;
    println!("ADDR main x@5 {:p}", &x);
    let x: i64 = x as i64 * 2;
    println!("ADDR main x@7 {:p}", &x);
    {
        let inner: (u8, u8) = (1, 2);
        println!("ADDR main inner {:p}", &inner);
        println!("ADDR main inner.1 {:p}", &inner.1);
    }
    let mut total: u32 = 0;
    for i in 0..3u32 {
        let sq = i * i;
        total += sq;
        if i == 2 {
            println!("ADDR main i {:p}", &i);
            println!("ADDR main sq {:p}", &sq);
        }
    }
    println!("ADDR main total {:p}", &total);
    let x = "shadowed again";
    println!("ADDR main x@24 {:p}", &x);
    let mut count = 0u8;
    while count < 2 {
        let w: [char; 2] = ['w', 'x'];
        count += 1;
        if count == 2 {
            println!("ADDR main w {:p}", &w);
            println!("ADDR main w[1] {:p}", &w[1]);
        }
    }
    println!("ADDR main count {:p}", &count);
    println!("{} {}", total, x);
}
