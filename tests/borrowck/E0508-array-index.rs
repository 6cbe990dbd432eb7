// Moving a String out of an array.
fn main() {
    let arr = [String::new(), String::new()];
    let z = arr[0];
    println!("{} {:?}", z, arr);
}
