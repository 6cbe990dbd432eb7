// Float literal forms: exponents, underscores, suffixes, integer-looking literals with f32/f64 types.
fn main() {
    let a = 1e3;
    let b = 2.5E-3;
    let c = 1_000.000_1;
    let d = 3f32;
    let e: f64 = 7.;
    let f = 0.1e1_f64;
    let g = 6.02214076e23;
    let h = 1e-10f32;
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h);
    println!("{:?} {:?} {:?}", a, d, e);
    println!("{}", 123456789012345678901234567890.0);
    println!("{}", 0.000000000000000000001);
}
