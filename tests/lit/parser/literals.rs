// Every literal form reaches the AST with its value; a suffix gives the
// type, `1f64` is a float.
fn main() {
    let a = (7, 0xffu8, 0o17, 0b101, 1_000i64, 1f64);
    let b = (1.5, 2.5e-3f32, 1e10, 3.);
    let c = ('x', '\u{1F600}', '\'', true, false);
    let d = ("a\tb", r#"r"aw"#, "x\
             y");
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 3:1
// AST-NEXT:  body 3:11
// AST-NEXT:    let 4:5
// AST-NEXT:      pat a 4:9: (i32, u8, i32, i32, i64, f64)
// AST-NEXT:      tuple 4:13: (i32, u8, i32, i32, i64, f64)
// AST-NEXT:        int 7 4:14: i32
// AST-NEXT:        int 255u8 4:17: u8
// AST-NEXT:        int 15 4:25: i32
// AST-NEXT:        int 5 4:31: i32
// AST-NEXT:        int 1000i64 4:38: i64
// AST-NEXT:        float 1f64 4:48: f64
// AST-NEXT:    let 5:5
// AST-NEXT:      pat b 5:9: (f64, f32, f64, f64)
// AST-NEXT:      tuple 5:13: (f64, f32, f64, f64)
// AST-NEXT:        float 1.5 5:14: f64
// AST-NEXT:        float 2.5e-3f32 5:19: f32
// AST-NEXT:        float 1e10 5:30: f64
// AST-NEXT:        float 3. 5:36: f64
// AST-NEXT:    let 6:5
// AST-NEXT:      pat c 6:9: (char, char, char, bool, bool)
// AST-NEXT:      tuple 6:13: (char, char, char, bool, bool)
// AST-NEXT:        char 'x' 6:14: char
// AST-NEXT:        char U+1F600 6:19: char
// AST-NEXT:        char U+0027 6:32: char
// AST-NEXT:        bool true 6:38: bool
// AST-NEXT:        bool false 6:44: bool
// AST-NEXT:    let 7:5
// AST-NEXT:      pat d 7:9: (&str, &str, &str)
// AST-NEXT:      tuple 7:13: (&str, &str, &str)
// AST-NEXT:        str "a\tb" 7:14: &str
// AST-NEXT:        str "r\"aw" 7:22: &str
// AST-NEXT:        str "xy" 7:33: &str
// AST-NEXT:    expr; 9:5
// AST-NEXT:      macro println! 9:5: ()
// AST-NEXT:        str "{:?} {:?} {:?} {:?}" 9:14: &str
// AST-NEXT:        path a (local) 9:37: (i32, u8, i32, i32, i64, f64)
// AST-NEXT:        path b (local) 9:40: (f64, f32, f64, f64)
// AST-NEXT:        path c (local) 9:43: (char, char, char, bool, bool)
// AST-NEXT:        path d (local) 9:46: (&str, &str, &str)
