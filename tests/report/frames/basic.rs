// Frame offsets of many kinds of locals in one function. Each line prints
// "ADDR <function> <name> <address>"; tests/report/frame_offsets.py checks
// that address differences equal the report's offset differences, and that
// "<name>.<path>" field addresses equal the slot offset plus the field
// offset from the report's `types` list.
fn main() {
    let a: u8 = 1;
    let b: u16 = 2;
    let c: u32 = 3;
    let d: u64 = 4;
    let e: i128 = 5;
    let f: f32 = 6.0;
    let g: f64 = 7.0;
    let h: bool = true;
    let i: char = 'i';
    let j: &str = "jay";
    let k = String::from("kay");
    let l: (u8, u32, u16) = (1, 2, 3);
    let m: [u16; 3] = [1, 2, 3];
    let n: &u64 = &d;
    let o: (char, (u8, bool), &str) = ('o', (1, false), "oh");
    let p: [(u8, u64); 2] = [(1, 2), (3, 4)];
    let q: (String, u8) = (String::from("q"), 9);
    println!("ADDR main a {:p}", &a);
    println!("ADDR main b {:p}", &b);
    println!("ADDR main c {:p}", &c);
    println!("ADDR main d {:p}", &d);
    println!("ADDR main e {:p}", &e);
    println!("ADDR main f {:p}", &f);
    println!("ADDR main g {:p}", &g);
    println!("ADDR main h {:p}", &h);
    println!("ADDR main i {:p}", &i);
    println!("ADDR main j {:p}", &j);
    println!("ADDR main k {:p}", &k);
    println!("ADDR main l {:p}", &l);
    println!("ADDR main l.0 {:p}", &l.0);
    println!("ADDR main l.1 {:p}", &l.1);
    println!("ADDR main l.2 {:p}", &l.2);
    println!("ADDR main m {:p}", &m);
    println!("ADDR main m[2] {:p}", &m[2]);
    println!("ADDR main n {:p}", &n);
    println!("ADDR main o {:p}", &o);
    println!("ADDR main o.1.1 {:p}", &o.1.1);
    println!("ADDR main o.2 {:p}", &o.2);
    println!("ADDR main p {:p}", &p);
    println!("ADDR main p[1].1 {:p}", &p[1].1);
    println!("ADDR main q {:p}", &q);
    println!("ADDR main q.1 {:p}", &q.1);
    println!("{} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h, i, j,
             k, l.0, m[0], n, o.0, p[0].0, q.1);
}
