// += on a String uses the same growth rule as push_str; capacities printed after every append.
fn main() {
    let mut s = String::from("ab");
    let parts = ["cd", "efghij", "k", "lmnopqrstuvwxyz0123456789", "!"];
    for i in 0..5 {
        s += parts[i];
        println!("{} len={} cap={}", s, s.len(), s.capacity());
    }
    let a = String::from("ab") + "cd";
    println!("cap={}", a.capacity());
}
