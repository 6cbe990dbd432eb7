// Display and Debug of String, &String, &&str and &mut String values.
fn main() {
    let s = String::from("hello");
    let r = &s;
    let rr = &r;
    println!("{} {} {}", s, r, rr);
    println!("{:?} {:?} {:?}", s, r, rr);
    let lit: &str = "lit";
    let lr = &lit;
    println!("{} {:?}", lr, lr);
    let mut m = String::from("mut");
    let mr = &mut m;
    mr.push('!');
    println!("{} {:?}", mr, mr);
    println!("{}", m);
}
