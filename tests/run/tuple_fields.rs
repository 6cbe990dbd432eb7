// Tuple field access .0 .1, nested fields t.1.0, assignment to fields, and mixed element types.
fn main() {
    let t = (1, 2.5, 'c', "s", true);
    println!("{} {} {} {} {}", t.0, t.1, t.2, t.3, t.4);
    let n = ((1, 2), (3, (4, 5)));
    println!("{} {} {}", n.0.1, n.1.0, n.1.1.1);
    let mut m = (0, (0, 0));
    m.0 = 10;
    m.1.1 = 20;
    m.1.0 += 5;
    println!("{:?}", m);
    let single = (7,);
    println!("{} {:?}", single.0, single);
}
