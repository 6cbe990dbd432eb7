fn main() {
    let a = 1; a = 2;
    let b = 1; b = 2;
    let c = 1; c = 2;
    let d: i32 = "d";
    let e = undefined;
    println!("{} {} {} {} {}", a, b, c, d, e);
}
