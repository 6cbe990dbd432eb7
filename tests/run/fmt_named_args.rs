// Named format arguments, repeated use of one argument, and named args mixed with positional ones.
fn main() {
    println!("{a} {b} {a}", a = 1, b = "two");
    println!("{x:?} {x} {x:>4}|", x = 'q');
    println!("{0} {n} {1} {n}", "p0", "p1", n = 9);
    let s = format!("{greeting}, {who}!", greeting = "Hello", who = String::from("world"));
    println!("{}", s);
    println!("{v:.2} {v:e} {v:+}", v = 2.5f32);
    println!("{first}{second}{first}", first = "<", second = ">");
}
