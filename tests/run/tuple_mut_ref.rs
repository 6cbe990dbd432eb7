// Mutating tuple elements through &mut to the tuple and &mut to a single field.
fn bump(t: &mut (i32, i32)) {
    t.0 += 1;
    t.1 *= 2;
}
fn set(x: &mut i32, v: i32) {
    *x = v;
}
fn main() {
    let mut t = (1, 10);
    bump(&mut t);
    bump(&mut t);
    println!("{:?}", t);
    set(&mut t.1, -5);
    println!("{:?}", t);
    let r = &mut t;
    r.0 = 100;
    let f = &mut r.1;
    *f += 1;
    println!("{:?}", t);
}
