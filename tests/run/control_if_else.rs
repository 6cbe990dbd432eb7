// if / else if / else chains, including nested ifs and conditions with side-effect-free calls.
fn classify(n: i32) -> u8 {
    if n < 0 {
        1
    } else if n == 0 {
        2
    } else if n % 2 == 0 {
        if n > 100 { 3 } else { 4 }
    } else {
        5
    }
}
fn main() {
    let xs = [-5, 0, 4, 7, 200];
    for i in 0..5 {
        println!("{} is {}", xs[i], classify(xs[i]));
    }
    if true {
        println!("bare if");
    }
    if false {
        println!("never");
    }
}
