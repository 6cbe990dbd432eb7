// format! builds Strings whose len is checked; formatted pieces can be nested into other formats.
fn main() {
    let a = format!("{}-{}", 1, 2);
    println!("{} len={}", a, a.len());
    let b = format!("{:>5}|{:<5}|", a, "x");
    println!("{} len={}", b, b.len());
    let c = format!("{b}{a}");
    println!("{}", c);
    let empty = format!("");
    println!("empty={:?} is_empty={}", empty, empty.is_empty());
    let uni = format!("{}{}", "日本", '😀');
    println!("{} len={}", uni, uni.len());
    let n = format!("{:?}", format!("{:?}", "q"));
    println!("{}", n);
}
