// rustc writes string and integer literals shown by a plain `{}` into the
// format string, so format! builds them with an exact capacity; chars,
// bools, floats, negative numbers and placeholders with options are
// formatted at run time.
fn main() {
    let a = format!("{}", 12345);
    let b = format!("x{}y", "lit");
    let c = format!("{} {}", 1u8, 300i64);
    let d = format!("{}", 'c');
    let e = format!("{}", true);
    let f = format!("{:>5}", 7);
    let g = format!("{}", -5);
    let h = format!("{} and {}", "a", 3.5);
    let i = format!("{}", 255u8);
    println!("{} {} {} {} {} {} {} {} {}", a.capacity(), b.capacity(), c.capacity(), d.capacity(), e.capacity(), f.capacity(), g.capacity(), h.capacity(), i.capacity());
    println!("{}{}{}{}{}{}{}{}{}", a, b, c, d, e, f, g, h, i);
    more();
}
fn more() {
    let a = format!("{}", 30000);
    let b = format!("{}", 0x10);
    let c = format!("{}", 1_000u16);
    let d = format!("{}{}", "", 5);
    let e = format!("{0} {0}", "ab");
    let f = format!("{x}", x = "named");
    let g = format!("{:}", 42);
    let h = format!("{}", r"raw");
    let i = format!("{}", "a\tb");
    println!("{} {} {} {} {} {} {} {} {}", a.capacity(), b.capacity(), c.capacity(), d.capacity(), e.capacity(), f.capacity(), g.capacity(), h.capacity(), i.capacity());
    println!("{}|{}|{}|{}|{}|{}|{}|{}|{}", a, b, c, d, e, f, g, h, i);
}
