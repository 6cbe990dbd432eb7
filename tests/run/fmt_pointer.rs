// {:p} of thin references (digits masked by the runner); {:#p} pads to 18 chars, width right-aligns.
fn main() {
    let x = 5i32;
    let r = &x;
    let p = format!("{:p}", r);
    println!("{}", p);
    println!("starts with 0x: {}", p.len() > 2);
    let a = [1u8, 2, 3];
    println!("{:p}", &a);
    let s = String::from("heap");
    println!("{:p}", &s);
    let q = format!("{:#p}", r);
    println!("{} len={}", q, q.len());
    let w = format!("{:30p}", r);
    println!("[{}] len={}", w, w.len());
    let e = String::new();
    println!("{:p}", e.as_ptr());
}
