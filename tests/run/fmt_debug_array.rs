// {:?} of arrays: empty, ints, floats, strs, chars, bools, arrays of tuples, repeat expressions.
fn main() {
    println!("{:?} {:?}", [1, 2, 3], [0u8; 0]);
    println!("{:?}", [1.5, 2.0, -0.0]);
    println!("{:?}", ["a", "b\n", ""]);
    println!("{:?}", ['x', '\t', '\u{0}']);
    println!("{:?}", [true; 3]);
    println!("{:?}", [(1, 'a'), (2, 'b')]);
    println!("{:?}", [String::from("x"), String::new()]);
    let a: [i64; 4] = [i64::MIN, -1, 0, i64::MAX];
    println!("{:?}", a);
    println!("{:?}", [(); 2]);
    println!("{:?}", &a);
}
