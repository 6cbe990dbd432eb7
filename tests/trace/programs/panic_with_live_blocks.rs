// A panic with heap blocks still owned: the trace shows the panic, the
// frames it leaves on the stack, and the blocks that are never freed (Owl
// does not unwind, so no drop runs). Also: a String changed through a
// `&mut` parameter, format!'s buffer becoming a String, a tuple destructured
// (one field moved out, one copied) and a reference into an array.
fn fill(s: &mut String, n: u32) {
    let mut i = 0;
    while i < n {
        s.push_str("ab");
        i += 1;
    }
}

fn main() {
    let mut s = String::new();
    fill(&mut s, 3);
    let t = format!("{}-{}", s, 1);
    let pair = (t, 7u8);
    let (a, b) = pair;
    let v: [u8; 3] = [1, 2, 3];
    let r = &v[1];
    println!("{} {} {:p} {:p} {:p}", a, b, r, &pair.1, s.as_ptr());
    let x: u8 = 200;
    let y = x + b * 10;
    println!("{}", y);
}
