// Out-of-bounds outer index of a 2-D array reports the outer length.
fn get(g: [[u8; 5]; 2], i: usize, j: usize) -> u8 {
    g[i][j]
}
fn main() {
    let g = [[1; 5]; 2];
    println!("{}", get(g, 0, 4));
    println!("{}", get(g, 2, 0));
}
