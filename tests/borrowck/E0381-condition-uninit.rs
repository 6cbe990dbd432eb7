// An uninitialised bool as the condition.
fn main() {
    let c: bool;
    if c {
        println!("yes");
    }
}
