// {:?} of nested arrays and tuples inside arrays inside tuples, several levels deep.
fn main() {
    let grid = [[1, 2, 3], [4, 5, 6]];
    println!("{:?}", grid);
    let mixed = ([1, 2], ("in", [true, false]), [[(); 0]; 2]);
    println!("{:?}", mixed);
    let deep = ((((1,),),),);
    println!("{:?}", deep);
    let arr3 = [[[0u8; 2]; 2]; 2];
    println!("{:?}", arr3);
    let t = ([("a", 1), ("b", 2)], 'z');
    println!("{:?}", t);
    println!("{:?}", [[String::from("n")], [String::from("m")]]);
}
