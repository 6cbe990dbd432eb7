// E0382: a String is used after it was moved.
//
// Run `owl check E0382_use_after_move.rs` (from this folder): it fails with
// status 1 and prints error[E0382] pointing at `s` on line 10, with a label
// on line 9 where s was moved into t. See ../07_move_and_reassign.rs for the
// version that compiles, and `owl explain E0382` for the long story.
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{} {}", s, t);
}
