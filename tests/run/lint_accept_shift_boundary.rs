// rustc's assert on a constant shift amount ends a block, forgetting the reassigned index: accepted, panics.
fn main() {
    let a = [0; 3];
    let mut x = 5;
    println!("{}", x);
    x = 40;
    let y = 1 << 3;
    println!("{} {}", a[x], y);
}
