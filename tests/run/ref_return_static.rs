// Functions returning &'static str literals chosen at run time, stored and compared later.
fn name(i: u32) -> &'static str {
    if i == 0 { "zero" } else if i == 1 { "one" } else { "many" }
}
fn main() {
    for i in 0..3 {
        println!("{}", name(i));
    }
    let a = name(1);
    let b = name(1);
    println!("{} {}", a == b, a.len());
    let c: &'static str = "annotated";
    println!("{}", c);
}
