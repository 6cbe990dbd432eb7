// Passing assert!, assert_eq! and assert_ne! print nothing and do not stop the program.
fn main() {
    let x = 2;
    assert!(x == 2);
    assert!(x > 1, "x was {}", x);
    assert_eq!(x + 1, 3);
    assert_eq!("a", "a", "strings {}", "equal");
    assert_ne!(x, 3);
    assert_ne!(String::from("a"), String::from("b"));
    assert_eq!((1, 'c'), (1, 'c'));
    assert_eq!([1, 2], [1, 2]);
    assert!(true);
    println!("all assertions passed");
}
