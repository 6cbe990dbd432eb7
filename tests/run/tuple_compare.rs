// Tuple equality and lexicographic ordering with < > == !=.
fn main() {
    println!("{}", (1, 2) == (1, 2));
    println!("{}", (1, 2) < (1, 3));
    println!("{}", (2, 0) > (1, 99));
    println!("{}", (1, "b") < (1, "c"));
    println!("{}", ('a', 1.5) != ('a', 1.5));
    println!("{}", ((1, 2), 3) <= ((1, 2), 3));
    println!("{}", () == ());
}
