// 2-D arrays: row and column sums, transposition by index.
fn main() {
    let m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let mut t = [[0; 3]; 3];
    for i in 0..3 {
        let mut row = 0;
        let mut col = 0;
        for j in 0..3 {
            row += m[i][j];
            col += m[j][i];
            t[j][i] = m[i][j];
        }
        println!("row {} = {}, col {} = {}", i, row, i, col);
    }
    println!("{:?}", t);
}
