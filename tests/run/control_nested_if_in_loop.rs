// break and continue inside nested if/else within while and for, with several exit paths.
fn main() {
    let mut found = 0;
    let mut i = 0;
    while i < 50 {
        i += 1;
        if i % 2 == 0 {
            if i % 4 == 0 {
                continue;
            } else if i > 30 {
                break;
            }
        } else {
            if i % 7 == 0 {
                found += i;
            }
        }
    }
    println!("i={} found={}", i, found);
    let mut log = String::new();
    for k in 0..20 {
        if k == 15 {
            break;
        } else if k % 5 == 0 {
            log += "|";
            continue;
        }
        log.push('.');
    }
    println!("{}", log);
}
