// String and char literal escapes: \x, \u{..}, \n \r \t \\ \0 \' \", line continuation, raw strings.
fn main() {
    println!("{}", "\x41\x42\x7e");
    println!("{}", "\u{48}\u{49} \u{1F600} \u{65e5}");
    println!("{:?}", "tab\there\r\n");
    println!("{}", "back\\slash \"quoted\" 'single'");
    println!("{:?}", '\x7f');
    println!("{}", "continued \
              line");
    println!("{}", r"raw \n \t {no escapes}");
    println!("{}", r#"raw with "quotes" inside"#);
    println!("{}", r##"raw with "# inside"##);
    println!("{:?}", "nul\0end");
    println!("{}", "multi
line literal");
    println!("{}", '\'');
}
