// {:#?} of nested tuples and arrays: indentation grows by 4 per level; () and [] stay inline.
fn main() {
    let t = ((1, 2), [3, 4], ((), [0u8; 0]));
    println!("{:#?}", t);
    let a = [[(1, 'x')], [(2, 'y')]];
    println!("{:#?}", a);
    let s = format!("{:#?}", (((7,),),));
    println!("{}", s);
    println!("len={}", s.len());
    println!("{:#?}", ("x", [[1.5; 2]; 1]));
}
