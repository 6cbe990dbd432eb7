// An immutable binding assigned once on each path.
fn pick(c: bool) -> String {
    let s: String;
    if c {
        s = String::from("yes");
    } else {
        s = String::from("no");
    }
    s
}

fn main() {
    println!("{} {}", pick(true), pick(false));
}
