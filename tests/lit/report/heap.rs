// HEAP: a block's owners across calls and returns, a conditional drop
// through a drop flag, a partial move out of a tuple, and an allocation
// inside a loop. Every owner change is a MIR move; every free is a Drop.
// RUN: %owl layout %s | FileCheck %s --check-prefix=TEXT
// TEXT:      #1  String::with_capacity(n)  at 41:17 in make
// TEXT-NEXT:     size: runtime: the requested capacity, known at run time
// TEXT-NEXT:     owner: s -> the caller (44:1, returned by make) -> a (52:13, returned by
// TEXT-NEXT:     make()) -> pass_through(t) (53:13, moved into pass_through()) -> u (47:13)
// TEXT-NEXT:     -> the caller (49:1, returned by pass_through) -> b (53:13, returned by
// TEXT-NEXT:     pass_through())
// TEXT-NEXT:     may grow (reallocate) at: 42:5 (.push_str())
// TEXT-NEXT:     freed: 67:1 in main, when b is dropped
// TEXT:      #2  b.clone()  at 54:13 in main
// TEXT:          freed: 67:1 in main, when c is dropped
// TEXT-NOT:  if it still owns it
// TEXT:      #3  String::from("maybe")  at 56:13 in main
// TEXT-NEXT:     size: 5 bytes: the 5 bytes of "maybe" (capacity = length)
// TEXT-NEXT:     owner: d
// TEXT-NEXT:     freed: 58:9 in main, by drop()
// TEXT-NEXT:     freed: 67:1 in main, when d is dropped (if it still owns it)
// TEXT:      #4  String::from("left")  at 60:17 in main
// TEXT-NEXT:     size: 4 bytes
// TEXT-NEXT:     owner: pair.0 -> l (61:10)
// TEXT-NEXT:     freed: 67:1 in main, when l is dropped
// TEXT:      #5  format!("{}{}", l, i)  at 63:19 in main
// TEXT-NEXT:     size: runtime
// TEXT-NEXT:     inside a loop: a new block each time round
// TEXT-NEXT:     owner: tmp
// TEXT-NEXT:     freed: 65:5 in main, when tmp is dropped
// RUN: %owl layout %s | FileCheck %s --check-prefix=LIFE
// LIFE:      pair ((String, u8), frame+{{[0-9]+}}) declared at 60:9
// LIFE-NEXT:   60:16   init   = (String::from("left"), 7u8)
// LIFE-NEXT:   61:10   move   pair.0 -> l
// LIFE-NEXT:   61:13   copy   pair.1 -> n
// LIFE-NEXT:   67:1    end    goes out of scope; moved out earlier, so not dropped
// RUN: %owl layout %s --format=json | FileCheck %s --check-prefix=JSON
// JSON:      "id": 3,
// JSON:      "freed": {"line": 58, "col": 9},
// JSON-NEXT: "freed_in": "main"
fn make(n: usize) -> String {
    let mut s = String::with_capacity(n);
    s.push_str("made");
    s
}

fn pass_through(t: String) -> String {
    let u = t;
    u
}

fn main() {
    let a = make(8);
    let b = pass_through(a);
    let c = b.clone();
    let flag = c.len() > 3;
    let d = String::from("maybe");
    if flag {
        drop(d);
    }
    let pair = (String::from("left"), 7u8);
    let (l, n) = pair;
    for i in 0..2 {
        let tmp = format!("{}{}", l, i);
        println!("{} {}", tmp, n);
    }
    println!("{} {}", b, c);
}
