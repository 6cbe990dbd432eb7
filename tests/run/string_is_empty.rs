// is_empty and len on &str and String, before and after pushes.
fn main() {
    let e = "";
    let ne = "x";
    println!("{} {} {} {}", e.is_empty(), e.len(), ne.is_empty(), ne.len());
    let mut s = String::new();
    println!("{}", s.is_empty());
    s.push_str("");
    println!("{}", s.is_empty());
    s.push(' ');
    println!("{} {}", s.is_empty(), s.len());
    let sp = String::with_capacity(8);
    println!("{} {}", sp.is_empty(), sp.capacity());
}
