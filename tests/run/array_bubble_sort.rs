// Bubble sort of an integer array in place through &mut, printing each pass.
fn sort(a: &mut [i32; 6]) {
    for pass in 0..6 {
        let mut swapped = false;
        for i in 0..5 - pass {
            if a[i] > a[i + 1] {
                let t = a[i];
                a[i] = a[i + 1];
                a[i + 1] = t;
                swapped = true;
            }
        }
        println!("pass {}: {:?}", pass, a);
        if !swapped {
            break;
        }
    }
}
fn main() {
    let mut a = [5, -1, 3, 3, 0, 9];
    sort(&mut a);
    println!("{:?}", a);
}
