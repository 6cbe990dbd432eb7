// A `let` moving a field out from behind `&`.
fn h(r: &(String, i32)) -> usize {
    let s = r.0;
    s.len()
}

fn main() {
    println!("{}", h(&(String::new(), 1)));
}
