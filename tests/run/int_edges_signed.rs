// MIN and MAX of every signed integer type, printed with Display and Debug.
fn main() {
    println!("i8    {} {}", i8::MIN, i8::MAX);
    println!("i16   {} {}", i16::MIN, i16::MAX);
    println!("i32   {} {}", i32::MIN, i32::MAX);
    println!("i64   {} {}", i64::MIN, i64::MAX);
    println!("i128  {} {}", i128::MIN, i128::MAX);
    println!("isize {} {}", isize::MIN, isize::MAX);
    println!("{:?} {:?}", i8::MIN, i64::MAX);
}
