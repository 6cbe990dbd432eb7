// Array indexing reads and writes, index expressions computed at runtime, nested and tuple-element indexing.
fn main() {
    let mut a = [0i32; 5];
    for i in 0..5 {
        a[i] = (i * i) as i32;
    }
    println!("{:?}", a);
    let idx = a[2] as usize;
    println!("{}", a[idx]);
    a[a[1] as usize] += 10;
    println!("{:?}", a);
    let mut g = [[0u8; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g[i][j] = (i * 3 + j) as u8;
        }
    }
    println!("{:?}", g);
    println!("{}", g[2][1]);
    let t = [(1, 'a'), (2, 'b')];
    println!("{} {}", t[1].0, t[0].1);
}
