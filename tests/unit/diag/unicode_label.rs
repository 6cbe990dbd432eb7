fn main() {
    let café = 1;
    café = 2;
    let 变量 = 3;
    变量 = 4;
    println!("{} {}", café, 变量);
}
