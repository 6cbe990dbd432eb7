// The condition of the loop uses a value the body moves.
fn main() {
    let s = String::from("cond");
    while s.len() > 10 {
        let t = s;
        println!("{}", t);
    }
}
