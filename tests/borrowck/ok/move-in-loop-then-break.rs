// A move followed by `break` leaves the loop before a second iteration.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("once");
    loop {
        println!("{}", consume(s));
        break;
    }
}
