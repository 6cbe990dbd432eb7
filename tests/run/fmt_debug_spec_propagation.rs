// Format specs applied to {:?} of containers reach each element; Debug of str/char ignores width.
fn main() {
    println!("[{:5?}] [{:<8?}] [{:>8?}] [{:.1?}] [{:#?}]", 1, "ab", 'x', 1.25, 7);
    println!("[{:3?}] [{:03?}] [{:+?}] [{:.1?}]", [1, 2], [1, 2], [1, -2], [1.25, 2.35]);
    println!("[{:x?}] [{:X?}] [{:#x?}]", [10, 255], [10, 255], 255);
    println!("[{:>4?}]", (1, "s", 'c'));
    println!("[{:04?}]", ((1, 2), [3]));
    println!("[{:.2?}]", (1.0, [0.5f32]));
    println!("[{:x?}]", (255u8, -1i8));
}
