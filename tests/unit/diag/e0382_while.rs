fn main() {
    let s = String::from("x");
    let mut i = 0;
    while i < 3 {
        let t = s;
        println!("{}", t);
        i += 1;
    }
}
