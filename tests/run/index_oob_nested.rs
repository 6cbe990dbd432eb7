// Out-of-bounds inner index of a 2-D array: the location is the start of the whole index expression.
fn get(g: &[[i32; 3]; 2], i: usize, j: usize) -> i32 {
    g[i][j]
}
fn main() {
    let g = [[1, 2, 3], [4, 5, 6]];
    println!("{}", get(&g, 1, 2));
    println!("{}", get(&g, 1, 3));
}
