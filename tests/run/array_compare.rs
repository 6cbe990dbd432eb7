// Array equality and lexicographic comparison.
fn main() {
    println!("{}", [1, 2, 3] == [1, 2, 3]);
    println!("{}", [1, 2, 3] != [1, 2, 4]);
    println!("{}", [1, 2, 3] < [1, 3, 0]);
    println!("{}", ["a", "b"] > ["a", "a"]);
    let a = [[0; 2]; 2];
    let b = [[0, 0], [0, 1]];
    println!("{} {}", a == b, a < b);
}
