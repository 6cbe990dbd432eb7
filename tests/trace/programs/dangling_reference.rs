// A reference whose last use is behind it can outlive what it points at:
// after drop(s), r's slot still holds the address of the freed text. The
// trace shows r's bytes but does not follow them: `-> (freed)`. A field of
// a String tuple replaced in place, and a String replaced through a `&mut`,
// drop the old value first (one line each), then show the new one.
fn main() {
    let s = String::from("gone soon");
    let r: &str = &s;
    println!("{}", r);
    drop(s);
    let x = 1;
    println!("{}", x);
    let mut t = (String::from("old"), 2);
    t.0 = String::from("new");
    let mut u = String::from("first");
    let m = &mut u;
    *m = String::from("second");
    println!("{} {} {}", t.0, t.1, u);
}
