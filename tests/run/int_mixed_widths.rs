// Arithmetic in every integer width stays within its type (values chosen not to overflow).
fn main() {
    let a: i8 = 100;
    let b: i8 = 27;
    println!("{}", a + b);
    let c: u8 = 200;
    println!("{}", c + 55);
    let d: i16 = -32000;
    println!("{}", d - 768);
    let e: u16 = 65000;
    println!("{}", e + 535);
    let f: i32 = 46340;
    println!("{}", f * f);
    let g: u32 = 65535;
    println!("{}", g * 65537);
    let h: i64 = 3037000499;
    println!("{}", h * h);
    let i: u64 = 4294967295;
    println!("{}", i * 4294967297);
    let j: isize = -9;
    println!("{}", j * 1000000000000000000);
    let k: usize = 18446744073709551615;
    println!("{}", k - 1);
    let l: u128 = 18446744073709551616;
    println!("{}", l * (l - 1));
}
