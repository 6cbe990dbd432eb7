// The result of `longest` borrows from both arguments.
fn longest<'a>(a: &'a String, b: &'a String) -> &'a String {
    if a.len() > b.len() {
        a
    } else {
        b
    }
}

fn main() {
    let a = String::from("a");
    let r;
    {
        let b = String::from("bb");
        r = longest(&a, &b);
    }
    println!("{}", r);
}
