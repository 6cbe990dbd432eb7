fn main() {
    let v = vec![String::from("a")];
    let r = &v;
    let s = r[0];
    println!("{}", s);
}
