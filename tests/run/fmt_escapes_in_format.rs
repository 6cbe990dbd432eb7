// Escape sequences inside format strings (\t \n \" \\ \u{..}) mixed with placeholders.
fn main() {
    println!("a\t{}\tb", 1);
    println!("quote \"{}\" backslash \\{}\\", "q", 2);
    print!("two\nlines {}\n", 3);
    println!("\u{263a} {} \u{1F980}", "crab");
    println!("{}\r", "cr at end");
    let s = format!("\x41{}\x42", '-');
    println!("{}", s);
    println!(r"raw {} \n", 4);
}
