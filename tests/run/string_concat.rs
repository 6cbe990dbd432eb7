// String + &str moves the left String and appends; += appends in place; &String coerces to &str.
fn main() {
    let a = String::from("ab");
    let b = a + "cd";
    println!("{} len={} cap={}", b, b.len(), b.capacity());
    let s1 = String::from("Hello, ");
    let s2 = String::from("world");
    let s3 = s1 + &s2;
    println!("{} {}", s3, s2);
    let mut s = String::new();
    s += "x";
    s += &s2;
    s += &String::from("!");
    println!("{} len={} cap={}", s, s.len(), s.capacity());
    let chain = String::from("a") + "b" + "c" + &s2 + "d";
    println!("{}", chain);
    let lit = "lit".to_string() + "eral";
    println!("{}", lit);
}
