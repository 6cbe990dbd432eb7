// 09: Shadowing makes a new variable; mutation changes the old one.
//
// Look at: the addresses of `x` (lines 17 and 19) and of `y` (lines 23 and 25).
// Expect: `let x = x * 2;` (line 18) does not change x: it declares a SECOND
// variable, also called x, in a new stack slot, and the name now refers to
// it. The first x still exists, unchanged, until the end of its scope:
// `first` borrowed it before the shadowing and still reads 5 (line 20).
// Its type could even differ (line 33: x becomes a &str).
// `y += 1` (line 24) writes into y's one slot: same address before and
// after, and it needs `let mut`.
// Then: a shadow inside a block (line 28) ends with the block; after
// it, the name means the outer variable again (line 31).

fn main() {
    let x = 5;
    let first = &x;
    println!("x = {} at {:p}", x, &x);
    let x = x * 2;
    println!("x = {} at {:p}", x, &x);
    println!("the first x is still {}", first);

    let mut y = 5;
    println!("y = {} at {:p}", y, &y);
    y += 1;
    println!("y = {} at {:p}", y, &y);

    {
        let y = "inner";
        println!("inside the block y = {}", y);
    }
    println!("after the block y = {}", y);

    let x = "now a string";
    println!("x = {}", x);
}
