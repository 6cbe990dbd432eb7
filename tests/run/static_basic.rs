// static items of several types: integers, floats, &str, tuples, arrays, read from several functions.
static COUNT: u32 = 42;
static NAME: &str = "owl";
static PI: f64 = 3.14159;
static PAIR: (i8, char) = (-1, 'p');
static TABLE: [u16; 4] = [1, 10, 100, 1000];
static BIG: i128 = i128::MIN;
fn show() {
    println!("{} {} {} {:?}", COUNT, NAME, PI, PAIR);
}
fn main() {
    show();
    println!("{:?} {}", TABLE, TABLE[3]);
    println!("{}", BIG);
    println!("{}", NAME.len());
    let mut total = 0;
    for i in 0..4 {
        total += TABLE[i];
    }
    println!("{}", total);
}
