// Unit values: functions without a return type, empty blocks, assignments and loops all produce ().
fn nothing() {}
fn nothing2() -> () {
    ()
}
fn main() {
    let a = nothing();
    let b = nothing2();
    let c = {};
    let mut x = 0;
    let d = x = 5;
    let e = while x > 10 {};
    let f = for _ in 0..0 {};
    println!("{:?} {:?} {:?} {:?} {:?} {:?} x={}", a, b, c, d, e, f, x);
    println!("{}", std::mem::size_of::<()>());
    let g: ((), ((),)) = ((), ((),));
    println!("{:?}", g);
}
