// Block expressions: the tail expression is the value; a trailing semicolon makes it ().
fn main() {
    let a = {
        let x = 3;
        let y = 4;
        x * x + y * y
    };
    println!("{}", a);
    let b = {
        let s = String::from("inner");
        s.len() * 2
    };
    println!("{}", b);
    let u = {
        let _z = 5;
    };
    println!("{:?}", u);
    let nested = { { { 42 } } };
    println!("{}", nested);
    let c = 1 + { 2 * 3 } + { let k = 4; k };
    println!("{}", c);
    let t = { ("tup", { 'c' }) };
    println!("{:?}", t);
}
