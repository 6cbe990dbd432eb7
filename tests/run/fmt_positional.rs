// Explicit positional arguments {0} {1}, reordering, reuse, and mixing with implicit {}.
fn main() {
    println!("{0} {1} {0}", "x", "y");
    println!("{1} {0}", "first", "second");
    println!("{} {} {0} {}", 'a', 'b', 'c');
    println!("{2:?} {0:>3} {1:.1}", 7, 2.25, "s");
    println!("{0}{0}{0}", "ab");
    println!("{0:x} {0:o} {0:b} {0:e}", 100);
}
