// Comparison operators on signed and unsigned integers, including extremes, chained with && ||.
fn main() {
    println!("{} {} {}", 1 < 2, 2 <= 2, 3 > 4);
    println!("{} {} {}", 5 >= 6, 7 == 7, 8 != 8);
    println!("{}", i32::MIN < i32::MAX);
    println!("{}", u64::MAX > 0);
    println!("{}", -1i8 < 0);
    println!("{}", i128::MIN < -1);
    println!("{}", 1 < 2 && 3 < 2 || 5 == 5);
    println!("{}", !(1 == 1));
    println!("{} {}", 'a' < 'b', "abc" < "abd");
    println!("{} {}", true > false, "Z" < "a");
    println!("{} {}", "" < "a", "ab" == "ab");
}
