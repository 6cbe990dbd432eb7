// Temporaries made by an expression and by `&mut` of a constant (which is
// not promoted): rustc notes the fix for the constant, rewrites the other.
fn main() {
    let x = 4;
    let q: &i32;
    q = &(x + 1);
    let m: &mut i32;
    if x > 2 {
        m = &mut 5;
        *m += 1;
        println!("{}", m);
    }
    println!("{}", q);
}
