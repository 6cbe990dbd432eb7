// Returning an uninitialised value.
fn f() -> i32 {
    let r: i32;
    r
}

fn main() {
    println!("{}", f());
}
