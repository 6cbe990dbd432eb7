// loop with break value: the loop is an expression whose value is the break operand.
fn first_square_over(n: u32) -> u32 {
    let mut i = 0;
    loop {
        if i * i > n {
            break i * i;
        }
        i += 1;
    }
}
fn main() {
    println!("{}", first_square_over(50));
    let mut c = 0;
    let v = loop {
        c += 3;
        if c > 10 {
            break (c, "done");
        }
    };
    println!("{:?}", v);
    let s = loop {
        break String::from("string from loop");
    };
    println!("{}", s);
    let mut k = 0;
    let u: () = loop {
        k += 1;
        if k == 3 {
            break;
        }
    };
    println!("{:?} {}", u, k);
}
