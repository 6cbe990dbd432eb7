fn main() {
    let s = "日本語";
    let x = 5;
    x = 6; println!("{} {}", s, x);
}
