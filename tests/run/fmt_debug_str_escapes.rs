// Debug of &str and String: \" \\ \t \r \n \0, \u{..} for control, format and grapheme-extend chars.
fn main() {
    println!("{:?}", "q\"uote\" 'apos' \\ tab\t nl\n é 日本 😀");
    println!("{:?}", "\u{1}\u{7f}\u{200b}a\u{301}");
    println!("{:?}", "cr\r nul\0 bell\u{7} esc\u{1b} del\u{7f}");
    println!("{:?}", "\u{a0}nbsp \u{ad}shy \u{feff}bom \u{2028}ls");
    println!("{:?}", "e\u{301} n\u{303} combining");
    println!("{:?}", String::from("own\n"));
    println!("{:?}", "");
    println!("{:?}", r"raw \n stays");
    println!("{:?}", "\u{10ffff} \u{e000}");
    println!("{:?}", "emoji 👍🏽 flag 🇫🇷 zwj 👨\u{200d}👩");
}
