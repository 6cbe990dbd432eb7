// Variables declared in a block are local to it; assignments to outer variables persist.
fn main() {
    let mut outer = 0;
    {
        let inner = 5;
        outer += inner;
        {
            outer *= 3;
        }
    }
    println!("{}", outer);
    let s;
    {
        let t = String::from("moved out of block");
        s = t;
    }
    println!("{}", s);
    let late: i32;
    if outer > 10 {
        late = 1;
    } else {
        late = 2;
    }
    println!("{}", late);
}
