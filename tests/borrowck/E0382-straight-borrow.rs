// A String moved into `t` is then borrowed by println!: "borrow of moved value".
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{} {}", s, t);
}
