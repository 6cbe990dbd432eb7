// A method taking `&mut self` on a moved value.
fn main() {
    let mut i = String::from("i");
    let j = i;
    i.push('x');
    println!("{}", j);
}
