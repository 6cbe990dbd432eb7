// Debug of char: \' escaped (but not "), \\ \t \r \n \0, \u{..} for non-printables; Display prints raw.
fn main() {
    println!("{:?} {:?}", 'a', '\'');
    println!("{:?} {:?} {:?} {:?}", '"', '\\', '\t', '\0');
    println!("{:?} {:?} {:?}", 'é', '\u{7f}', '\u{301}');
    println!("{:?} {:?} {:?}", '\r', '\n', '\u{1b}');
    println!("{:?} {:?} {:?}", '日', '😀', '\u{200b}');
    println!("{:?} {:?}", '\u{a0}', '\u{ffff}');
    println!("[{}] [{}]", '\'', '"');
    println!("[{:>5?}] [{:<8?}]", 'x', 'y');
}
