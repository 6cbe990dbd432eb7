// const items declared inside function bodies and blocks, shadowing an outer const name.
const X: i32 = 1;
fn main() {
    println!("{}", X);
    {
        const X: i32 = 2;
        println!("{}", X);
    }
    const Y: &str = "local const";
    println!("{} {}", X, Y);
    const LEN: usize = 3;
    let a = ['q'; LEN];
    println!("{:?}", a);
}
