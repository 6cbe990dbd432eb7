// Rounding under {:.N} for f32 and f64 at many precisions, including values just around .5.
fn main() {
    let xs = [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.345, 99.995];
    for i in 0..8 {
        println!("{} -> [{:.0}] [{:.1}] [{:.2}]", xs[i], xs[i], xs[i], xs[i]);
    }
    let ys = [0.5f32, 0.1f32, 2.675f32];
    for i in 0..3 {
        println!("{} -> [{:.2}] [{:.8}]", ys[i], ys[i], ys[i]);
    }
    println!("[{:.3}] [{:.3}]", -0.0005, 0.0005);
    println!("[{:.1}] [{:.1}]", 0.05f32, 0.15f32);
}
