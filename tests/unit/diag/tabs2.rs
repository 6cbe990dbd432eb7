fn main() {
	let x = 5;
	if true {
		x = 6;
	}
	println!("{}", x);
}
