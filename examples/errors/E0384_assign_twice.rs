// E0384: assigning twice to a variable that is not `mut`.
//
// Run `owl check E0384_assign_twice.rs` (from this folder): it fails with
// status 1, points at the second assignment on line 10 and suggests
// `let mut x`. A `let` without `mut` may be initialised once; shadowing
// (`let x = ...` again, see ../09_shadowing_vs_mutation.rs) is the other way.
fn main() {
    let x = 5;
    println!("{}", x);
    x = 6;
    println!("{}", x);
}
