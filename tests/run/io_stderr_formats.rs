// eprintln! supports every format spec that println! does.
fn main() {
    let x = 255;
    eprintln!("{:#x} {:>5} {:<5}| {:^7.2}", x, "r", 'l', 3.14159);
    eprintln!("{:?} {:#?}", (1, "a"), [1]);
    eprintln!("{x} {x:b} {0}", "pos");
    eprintln!("{{}}");
    println!("stdout only this line");
}
