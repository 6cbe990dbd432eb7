// Width and precision taken from arguments: w$, p$, .*, positional N$ and captured names.
fn main() {
    let val = 3.14159;
    let w = 7;
    let p = 2;
    println!("[{:w$}] [{:>w$.p$}] [{:.*}] [{val:>w$.p$}]", 5, val, 3, val);
    println!("[{:1$}] [{:.1$}] [{0:>1$}]", 4, 6);
    println!("[{:>width$}] [{:^width$.prec$}]", "r", 2.0f64 / 3.0, width = 9, prec = 3);
    println!("[{:.*}] [{:.*}]", 0, 2.5, 5, "abcdefgh");
    let width: usize = 12;
    let name = "cap";
    println!("[{name:>width$}] [{name:-^width$}]");
    println!("[{:0w$}] [{:+0w$.p$}]", -12, 1.5);
}
