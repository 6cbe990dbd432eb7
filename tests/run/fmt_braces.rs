// Escaped braces {{ and }} in print!, println!, format! and around arguments.
fn main() {
    println!("{{}}");
    println!("{{{}}}", 5);
    println!("}}{{");
    let s = format!("{{{:?}}}", "q");
    println!("{} len={}", s, s.len());
    print!("{{a}}\n");
    println!("{{{{}}}}");
    println!("a{{b{}c}}d", 0);
}
