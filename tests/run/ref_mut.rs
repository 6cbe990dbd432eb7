// Mutable references: *r += 1, assigning through &mut, &mut to array elements and tuple fields.
fn main() {
    let mut x = 10;
    {
        let r = &mut x;
        *r += 1;
        *r *= 2;
    }
    println!("{}", x);
    let mut a = [1, 2, 3];
    {
        let e = &mut a[1];
        *e = 20;
    }
    println!("{:?}", a);
    let mut t = (1, 'a');
    let f = &mut t.1;
    *f = 'z';
    println!("{:?}", t);
    let mut s = String::from("s");
    let rs = &mut s;
    rs.push('!');
    *rs = String::from("replaced");
    println!("{}", s);
}
