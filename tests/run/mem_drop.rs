// std::mem::drop and the prelude drop end a String's life early; Copy values can be dropped too.
use std::mem;
fn main() {
    let s = String::from("to be dropped");
    println!("{}", s);
    drop(s);
    let t = String::from("also dropped");
    mem::drop(t);
    let x = 5;
    drop(x);
    println!("{}", x);
    let tup = (String::from("a"), String::from("b"));
    std::mem::drop(tup);
    let arr = [String::from("x"), String::from("y")];
    drop(arr);
    println!("done");
}
