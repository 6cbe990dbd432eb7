struct Person {
    name: String,
    age: u32,
}
fn main() {
    let p = Person { name: String::from("a"), age: 3 };
    let n = p.name;
    println!("{} {}", n, p.age);
    let q = p;
    println!("{}", q.age);
}
