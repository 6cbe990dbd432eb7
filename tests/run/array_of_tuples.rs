// Arrays of tuples and tuples of arrays: indexing, field access, nested mutation.
fn main() {
    let mut people = [("ann", 31), ("bob", 25), ("cy", 40)];
    people[1].1 += 1;
    for i in 0..3 {
        println!("{} is {}", people[i].0, people[i].1);
    }
    let mut t = ([1, 2, 3], ['x'; 2]);
    t.0[2] = 30;
    t.1[0] = 'y';
    println!("{:?}", t);
    let grid = [[(0, 0); 2]; 2];
    println!("{:?}", grid);
}
