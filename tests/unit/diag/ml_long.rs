fn main() {
    let c = 1;
    let x = match c {
        1 => 1,
        2 => 2,
        3 => 3,
        4 => 4,
        5 => 5,
        6 => 6,
        7 => 7,
        8 => 8,
        _ => "a",
    };
    println!("{}", x);
}
