// Recursion deeper than a snapshot shows: the innermost frames are listed,
// then how many outer frames are left out. Each frame holds a reference to
// main's String, which stays in main's frame.
fn depth(s: &String, n: u32) -> usize {
    if n == 0 {
        println!("innermost s at {:p}, n at {:p}", s, &n);
        return s.len();
    }
    let below = depth(s, n - 1);
    below + 1
}

fn main() {
    let s = String::from("deep");
    let d = depth(&s, 14);
    println!("{} {:p}", d, &s);
}
