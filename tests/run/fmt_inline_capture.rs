// Inline captured identifiers {x}, with specs, Debug, escaped braces and shadowed variables.
fn main() {
    let name = "Bob";
    let val = 3.14159;
    println!("{name} {name:?} {val:.2} {{literal}} {{{name}}}");
    let a = 1;
    println!("{0} {1} {0} {a}", "x", "y");
    let n = 255;
    println!("{n:#x} {n:08b} {n:>6} {n:<6}|");
    let t = (1, "two");
    println!("{t:?}");
    let n = "shadowed";
    println!("{n}");
    let s = String::from("heap");
    println!("{s}-{s:>6}-{s:.2}");
    let c = 'ß';
    let b = false;
    println!("{c}{c:?}{b}");
}
