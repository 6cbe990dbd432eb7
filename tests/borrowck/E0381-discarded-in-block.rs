// A value thrown away after flowing out of a block, a branch or a loop's
// `break` is still read.
fn main() {
    let x: i32;
    { x };
    let y: i32;
    let c = true;
    if c { y } else { 1 };
    let z: i32;
    loop {
        break z;
    };
}
