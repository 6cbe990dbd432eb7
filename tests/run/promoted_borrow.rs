// A shared borrow of a constant expression is promoted by rustc to a
// constant that lives for the whole program, so a reference assigned from it
// (not a `let` initializer, where the temporary would be extended anyway)
// outlives the statement. Found by the random differential test
// (tests/gen): owl reported E0597 for `q = &5;`.
const LIMIT: u16 = 600;

fn show(r: &i32) -> i32 {
    *r * 2
}

fn main() {
    let q: &i32;
    q = &5;
    println!("{}", q);

    let sum: &i32;
    sum = &(1 + 2 * 3);
    let pair: &(i32, bool);
    pair = &(3, true);
    let arr: &[u8; 3];
    arr = &[1, 2, 3];
    let neg: &i64;
    neg = &-4;
    let lim: &u16;
    lim = &LIMIT;
    let word: &&str;
    word = &"owl";
    let cast: &f64;
    cast = &(7 as f64 / 2.0);
    println!("{} {:?} {:?} {} {} {} {}", sum, pair, arr, neg, lim, word, cast);

    let mut last: &i32 = &0;
    for i in 0..3 {
        if i == 1 {
            last = &42;
        }
        println!("{} {}", i, last);
    }
    {
        last = &(-1 - 1);
    }
    println!("{} {}", last, show(&10));
}
