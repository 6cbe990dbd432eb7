fn main() {
    let v0 = 1;
    let v1 = 1;
    let v2 = 1;
    let v3 = 1;
    let v4 = 1;
    let v5 = 1;
    let v6 = 1;
    let v7 = 1;
    let v8 = 1;
    let v9 = 1;
    let v10 = 1;
    let v11 = 1;
    let x = 5;
    let w0 = 1;
    let w1 = 1;
    let w2 = 1;
    x = 6;
    println!("{}", x);
}
