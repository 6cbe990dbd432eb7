// Both loops are between the declaration and the move.
fn consume(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("s");
    for i in 0..2 {
        for j in 0..2 {
            if i == j {
                consume(s);
            }
        }
    }
}
