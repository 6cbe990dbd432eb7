// Display/Debug through &T, &mut T and &&T print the referent; bools, unit and chars in Debug.
fn main() {
    let x = 5;
    let mut y = 'c';
    let r = &x;
    let m = &mut y;
    println!("{} {:?} {} {:?}", r, r, m, m);
    let t = (true, ());
    let rt = &t;
    println!("{:?} {:?}", rt, &rt);
    let a = [1.5f32; 2];
    println!("{:?} {:?}", &a, &&a);
    println!("{:?} {:?} {:?}", true, false, ());
    let s = String::from("s");
    let rs = &s;
    let rrs = &rs;
    println!("{} {:?} {:>4} {:<4?}|", rrs, rrs, rrs, rrs);
}
