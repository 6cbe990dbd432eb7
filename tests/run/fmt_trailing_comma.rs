// Format macros accept a trailing comma after the last argument; literal-only format strings.
fn main() {
    println!("{} {}", 1, 2,);
    print!("{}\n", "p",);
    let s = format!("{:?}", (1,),);
    println!("{}", s,);
    eprintln!("{}", 'e',);
    println!("no args",);
    assert!(true,);
    assert_eq!(1, 1,);
    assert_ne!(1, 2,);
}
