// size_of results used in arithmetic and arrays; full std::mem paths without use.
fn main() {
    let total = std::mem::size_of::<u64>() * 4 + std::mem::size_of::<u16>();
    println!("{}", total);
    let bytes_per_string = std::mem::size_of::<String>();
    let a = [bytes_per_string; 2];
    println!("{:?}", a);
    println!("{}", std::mem::align_of::<(u8, u16, u64)>() == std::mem::align_of::<u64>());
    println!("{}", std::mem::size_of::<[char; 10]>() / std::mem::size_of::<char>());
    println!("{}", std::mem::size_of::<(i8, (i16, (i32, i64)))>());
}
