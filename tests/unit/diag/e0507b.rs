struct P { name: String }
fn f(p: &P) -> String {
    let q = p;
    q.name
}
fn main() {
    let p = P { name: String::from("a") };
    println!("{}", f(&p));
}
