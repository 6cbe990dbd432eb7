// mut parameters are local copies: mutating them does not affect the caller's variable.
fn count_down(mut n: u32) -> u32 {
    let mut steps = 0;
    while n > 0 {
        n /= 2;
        steps += 1;
    }
    steps
}
fn append(mut s: String) -> String {
    s.push_str(" appended");
    s
}
fn first_doubled(mut a: [i32; 3]) -> i32 {
    a[0] *= 2;
    a[0]
}
fn main() {
    let n = 1000;
    println!("{} {}", count_down(n), n);
    let s = String::from("base");
    let t = append(s);
    println!("{}", t);
    let arr = [1, 2, 3];
    println!("{} {:?}", first_doubled(arr), arr);
}
