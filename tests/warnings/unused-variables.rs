// Unused variables, as rustc's liveness pass reports them: the span covers
// `mut`, and its suggestion replaces the whole binding.
fn helper(unused_param: i32, _fine: i32) -> i32 {
    7
}

fn main() {
    let x = 5;
    let mut y = 1;
    let (a, b) = (1, 2);
    println!("{}", a + helper(1, 2));
}
