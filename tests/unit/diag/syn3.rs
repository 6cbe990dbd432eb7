fn main() {
    if true {
        let a = 1;
    
fn other() {}
