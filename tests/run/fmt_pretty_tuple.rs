// {:#?} of tuples and arrays: one element per line, 4-space indent, trailing commas, empty stays [].
fn main() {
    println!("{:#?}", (1, "a"));
    println!("{:#?}", [1, 2]);
    println!("{:#?}", [0i32; 0]);
    println!("{:#?}", ());
    println!("{:#?}", (5,));
    println!("{:#?}", ['c', '\n']);
    println!("{:#?}", (1.5, true, String::from("s")));
}
