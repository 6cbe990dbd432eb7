// Functions may be declared in any block, also one inside a call's
// argument, an array length or a condition; each is compiled (and linted:
// rustc warns about the unused variable inside g).
fn id(x: i32) -> i32 {
    x
}

fn main() {
    let x = id({
        fn g() -> i32 {
            let unused = 1;
            3
        }
        g()
    });
    let v = if { fn h() -> bool { true } h() } { 1 } else { 2 };
    let w = (1, { fn m() -> i32 { 7 } m() });
    let a = [0u8; 4];
    println!("{} {} {} {}", x, v, w.1, a.len());
}
