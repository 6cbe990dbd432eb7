// && and || short-circuit: the right operand is evaluated only when needed (observed through prints).
fn t(name: &str) -> bool {
    println!("eval {}", name);
    true
}
fn f(name: &str) -> bool {
    println!("eval {}", name);
    false
}
fn main() {
    println!("{}", f("a") && t("b"));
    println!("{}", t("c") || f("d"));
    println!("{}", t("e") && f("f") || t("g"));
    println!("{}", f("h") || f("i") && t("j"));
    if f("k") && t("l") {
        println!("no");
    }
}
