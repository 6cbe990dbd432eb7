// return from inside loops and nested blocks, including return of () and unit-returning functions.
fn find(target: i32) -> i32 {
    let mut i = 0;
    while i < 100 {
        if i * i == target {
            return i;
        }
        i += 1;
    }
    -1
}
fn report(x: i32) {
    if x < 0 {
        println!("negative, bail");
        return;
    }
    println!("value {}", x);
}
fn nested(n: u32) -> bool {
    for i in 0..10 {
        loop {
            if i == n {
                return true;
            }
            break;
        }
    }
    false
}
fn main() {
    println!("{} {}", find(49), find(50));
    report(-1);
    report(5);
    println!("{} {}", nested(3), nested(30));
}
