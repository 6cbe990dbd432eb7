fn main() {
    let c = 1;
    let x = match c {
        1 => 1,
        _ => "a",
    };
    println!("{}", x);
}
