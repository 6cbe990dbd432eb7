// Writing through `&&i32`: no suggestion.
fn main() {
    let mut z = 1;
    let w = &mut z;
    let ww = &w;
    **ww = 4;
    println!("{}", ww);
}
