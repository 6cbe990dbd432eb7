// A static is read through its address, never known: accepted, panics.
static S: i32 = i32::MAX;

fn main() {
    println!("{}", S + 1);
}
