fn main() {
    let r: &String;
    {
        r = &String::from("x");
    }
    println!("{}", r);
}
