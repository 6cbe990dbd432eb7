// Moving a field out from behind `&`.
fn h(r: &(String, i32)) -> String {
    r.0
}

fn main() {
    println!("{}", h(&(String::new(), 1)));
}
