// `loop` with a conditional `break` after the move.
fn main() {
    let v = String::from("v");
    let mut n = 0;
    loop {
        drop(v);
        n += 1;
        if n > 2 {
            break;
        }
    }
    println!("{}", n);
}
