struct Point {
    x: i32,
    y: i32,
}
fn show(p: Point) {
    println!("{}", p.x + p.y);
}
fn main() {
    let p = Point { x: 1, y: 2 };
    show(p);
    show(p);
}
