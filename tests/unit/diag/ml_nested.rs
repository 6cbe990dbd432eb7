fn main() {
    let c = true;
    let d = false;
    let x = if c {
        if d {
            1
        } else {
            2
        }
    } else {
        if d {
            "a"
        } else {
            "b"
        }
    };
    println!("{}", x);
}
