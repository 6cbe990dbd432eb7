// {:?} of tuples: unit, 1-tuples with trailing comma, mixed element types, nested tuples, references.
fn main() {
    println!("{:?} {:?}", (), (5,));
    println!("{:?}", (1, "a", 'c'));
    println!("{:?}", (1.0, -0.0f32, true, String::from("s")));
    println!("{:?}", ((1, 2), (3, (4, 5)), ((),)));
    let t = (i8::MIN, u128::MAX, 'é');
    println!("{:?}", t);
    let r = &t;
    println!("{:?} {:?}", r, &&r.2);
    println!("{:?}", ("quote\"", '\''));
    println!("{:?}", (f64::NAN, f64::INFINITY, 1e21, 1e-7));
}
