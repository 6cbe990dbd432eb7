// The expected type flows into literals inside branches, blocks, tuples,
// arrays and `loop`'s break value.
fn main() {
    let c = true;
    let a: u64 = if c { 1 } else { 2 };
    let t: (u8, f32) = (1, 2.0);
    let arr: [i16; 2] = [3, 4];
    let b: i8 = {
        let z = 5;
        z
    };
    let l: u32 = loop {
        break 9;
    };
    println!("{} {:?} {:?} {} {}", a, t, arr, b, l);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 3:1
// AST-NEXT:  body 3:11
// AST-NEXT:    let 4:5
// AST-NEXT:      pat c 4:9: bool
// AST-NEXT:      bool true 4:13: bool
// AST-NEXT:    let 5:5
// AST-NEXT:      pat a 5:9: u64
// AST-NEXT:      type `u64` 5:12: u64
// AST-NEXT:      if 5:18: u64
// AST-NEXT:        path c (local) 5:21: bool
// AST-NEXT:        then 5:23
// AST-NEXT:          tail 5:25
// AST-NEXT:            int 1 5:25: u64
// AST-NEXT:        else 5:34
// AST-NEXT:          block 5:34
// AST-NEXT:            tail 5:36
// AST-NEXT:              int 2 5:36: u64
// AST-NEXT:    let 6:5
// AST-NEXT:      pat t 6:9: (u8, f32)
// AST-NEXT:      type `(u8, f32)` 6:12: (u8, f32)
// AST-NEXT:      tuple 6:24: (u8, f32)
// AST-NEXT:        int 1 6:25: u8
// AST-NEXT:        float 2.0 6:28: f32
// AST-NEXT:    let 7:5
// AST-NEXT:      pat arr 7:9: [i16; 2]
// AST-NEXT:      type `[i16; 2]` 7:14: [i16; 2]
// AST-NEXT:      array 7:25: [i16; 2]
// AST-NEXT:        int 3 7:26: i16
// AST-NEXT:        int 4 7:29: i16
// AST-NEXT:    let 8:5
// AST-NEXT:      pat b 8:9: i8
// AST-NEXT:      type `i8` 8:12: i8
// AST-NEXT:      block 8:17
// AST-NEXT:        let 9:9
// AST-NEXT:          pat z 9:13: i8
// AST-NEXT:          int 5 9:17: i8
// AST-NEXT:        tail 10:9
// AST-NEXT:          path z (local) 10:9: i8
// AST-NEXT:    let 12:5
// AST-NEXT:      pat l 12:9: u32
// AST-NEXT:      type `u32` 12:12: u32
// AST-NEXT:      loop 12:18: u32
// AST-NEXT:        block 12:23
// AST-NEXT:          expr; 13:9
// AST-NEXT:            break 13:9: !
// AST-NEXT:              int 9 13:15: u32
// AST-NEXT:    expr; 15:5
// AST-NEXT:      macro println! 15:5: ()
// AST-NEXT:        str "{} {:?} {:?} {} {}" 15:14: &str
// AST-NEXT:        path a (local) 15:36: u64
// AST-NEXT:        path t (local) 15:39: (u8, f32)
// AST-NEXT:        path arr (local) 15:42: [i16; 2]
// AST-NEXT:        path b (local) 15:47: i8
// AST-NEXT:        path l (local) 15:50: u32
