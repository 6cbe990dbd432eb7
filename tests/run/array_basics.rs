// Array literals, repeat expressions [x; n], element assignment, zero-length arrays and Copy semantics.
fn main() {
    let a = [1, 2, 3, 4, 5];
    let b = [0u8; 8];
    let c: [char; 3] = ['a', 'b', 'c'];
    println!("{:?} {:?} {:?}", a, b, c);
    let mut d = a;
    d[0] = 100;
    println!("{:?} {:?}", a, d);
    let e = [[1, 2], [3, 4]];
    println!("{:?} {:?}", e, e[1]);
    let f = [1.5; 3];
    println!("{:?}", f);
    let g: [i32; 0] = [];
    println!("{:?}", g);
}
