fn main() {
    let mut i = 0;
    while i < 3 {
        break 5;
    }
    let x = loop { break; } + 1;
}
