// if/else used as an expression in let, arguments, arithmetic and nested positions.
fn main() {
    let x = 7;
    let parity = if x % 2 == 0 { "even" } else { "odd" };
    println!("{}", parity);
    let y = 10 + if x > 5 { 100 } else { 0 };
    println!("{}", y);
    println!("{}", if x < 0 { -1 } else if x == 0 { 0 } else { 1 });
    let s = if x > 3 { String::from("big") } else { String::from("small") };
    println!("{}", s);
    let t = (if true { 1 } else { 2 }, if false { 'a' } else { 'b' });
    println!("{:?}", t);
    let u: () = if x == 7 {} else {};
    println!("{:?}", u);
}
