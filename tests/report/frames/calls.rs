// Frames of called functions: parameters are copied into the callee's own
// frame, so their addresses follow the callee's layout too. Each function
// is called twice; the first argument tags the call.
fn takes_copy(call: i32, x: u64, y: (u8, i16)) -> u64 {
    let local: u32 = 7;
    println!("ADDR takes_copy#{} call {:p}", call, &call);
    println!("ADDR takes_copy#{} x {:p}", call, &x);
    println!("ADDR takes_copy#{} y {:p}", call, &y);
    println!("ADDR takes_copy#{} y.1 {:p}", call, &y.1);
    println!("ADDR takes_copy#{} local {:p}", call, &local);
    x + local as u64 + y.0 as u64
}

fn takes_string(call: i32, s: String, r: &String) -> usize {
    let n = s.len() + r.len();
    let t: (bool, String) = (true, s);
    println!("ADDR takes_string#{} call {:p}", call, &call);
    println!("ADDR takes_string#{} r {:p}", call, &r);
    println!("ADDR takes_string#{} n {:p}", call, &n);
    println!("ADDR takes_string#{} t {:p}", call, &t);
    println!("ADDR takes_string#{} t.0 {:p}", call, &t.0);
    n
}

fn nested(call: i32, depth: u8) -> u8 {
    let here: [u8; 5] = [depth; 5];
    println!("ADDR nested#{} call {:p}", call, &call);
    println!("ADDR nested#{} depth {:p}", call, &depth);
    println!("ADDR nested#{} here {:p}", call, &here);
    println!("ADDR nested#{} here[4] {:p}", call, &here[4]);
    if depth > 0 {
        nested(call + 10, depth - 1) + here[0]
    } else {
        here[4]
    }
}

fn main() {
    let keep = String::from("kept");
    println!("{}", takes_copy(1, 10, (1, -2)));
    println!("{}", takes_copy(2, 20, (3, -4)));
    println!("{}", takes_string(1, String::from("one"), &keep));
    println!("{}", takes_string(2, String::from("two"), &keep));
    println!("{}", nested(1, 2));
    println!("ADDR main keep {:p}", &keep);
}
