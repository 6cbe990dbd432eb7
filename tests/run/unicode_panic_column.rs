// Panic locations count display width: a tab is 4 columns and wide chars (日本, 😀) are 2 each.
fn get(a: [i32; 2], i: usize) -> i32 {
	let _s = "日本😀"; let r = a[i];
    r
}
fn main() {
    println!("{}", get([1, 2], 1));
    println!("{}", get([1, 2], 7));
}
