// Compound assignment on array elements, nested arrays and tuple fields inside arrays.
fn main() {
    let mut a = [1, 2, 3];
    a[0] += 10;
 mut g = [[0i64; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            g[i][j] -= (i * 2 + j) as i64;
        }
    }
    println!("{:?}", g);
    let mut t = [(0u8, 'a'); 2];
    t[1].0 += 200;
    t[0].1 = 'z';
    println!("{:?}", t);
    let mut s = [String::new(), String::from("b")];
    s[0] += "a";
    s[1].push('!');
    println!("{:?}", s);
}
