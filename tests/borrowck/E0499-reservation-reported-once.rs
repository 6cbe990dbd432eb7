// A two-phase borrow whose reservation already conflicts is not reported a
// second time when it is activated by the call.
fn main() {
    let mut u = String::from("u");
    let k = &mut u;
    u.push_str(k);
}
