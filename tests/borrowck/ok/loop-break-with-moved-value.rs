// `break value` moves the value out of the loop once.
fn main() {
    let s = String::from("out");
    let mut i = 0;
    let r = loop {
        i += 1;
        if i > 2 {
            break s;
        }
    };
    println!("{}", r);
}
