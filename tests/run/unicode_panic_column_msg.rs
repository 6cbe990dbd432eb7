// A panic! after wide characters and a tab on the same line reports the display-width column.
fn check(n: u32) {
	if n > 2 { println!("{}", "日本語"); panic!("n too big: {}", n); }
    println!("ok {}", n);
}
fn main() {
    check(1);
    check(5);
}
