// A shadowing binding inside a block ends with the block; the outer binding is visible again.
fn main() {
    let x = 1;
    {
        let x = 2;
        println!("inner {}", x);
        {
            let x = x + 10;
            println!("innermost {}", x);
        }
        println!("inner again {}", x);
    }
    println!("outer {}", x);
    let v = 'o';
    for v in 0..2 {
        println!("loop var {}", v);
    }
    println!("after loop {}", v);
    if true {
        let v = "if";
        println!("{}", v);
    }
    println!("{}", v);
}
