// Line comments, block comments (nested), doc comments and comments inside expressions are ignored.
//! Inner doc comment on the crate.

/// Outer doc comment on a function.
/** Block doc comment. */
fn f(/* inline */ x: i32) -> i32 {
    x /* between */ + 1 // trailing
}
/* outer /* nested /* deeper */ still nested */ end of outer */
fn main() {
    // println!("commented out");
    /* println!("also commented out"); */
    let y = f(41); /* after statement */
    println!("{}", y);
    let s = "// not a comment /* nor this */";
    println!("{}", s);
    let z = 10 /* a */ * /* b */ 2;
    println!("{}", z);
    /// doc comment on a statement
    let w = 3;
    println!("{}", w);
}
