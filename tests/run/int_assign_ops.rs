// Every compound assignment operator: += -= *= /= %= &= |= ^= <<= >>=.
fn main() {
    let mut x = 10i32;
    x += 5;
    println!("{}", x);
    x -= 20;
    println!("{}", x);
    x *= -3;
    println!("{}", x);
    x /= 4;
    println!("{}", x);
    x %= 5;
    println!("{}", x);
    x &= 6;
    println!("{}", x);
    x |= 9;
    println!("{}", x);
    x ^= 3;
    println!("{}", x);
    x <<= 2;
    println!("{}", x);
    x >>= 1;
    println!("{}", x);
    let mut y: u8 = 1;
    y <<= 7;
    y >>= 3u32;
    println!("{}", y);
}
