// String comparisons and concatenation become builtins; both sides of ==
// become &str. Shifts keep the left operand's type.
fn main() {
    let s = String::from("a");
    let eq = s == "a";
    let lt = "a" < "b";
    let mut t = String::new();
    t += "x";
    let sh = 1u8 << 3i64;
    println!("{} {} {} {}", eq, lt, t, sh);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 3:1
// AST-NEXT:  body 3:11
// AST-NEXT:    let 4:5
// AST-NEXT:      pat s 4:9: String
// AST-NEXT:      call 4:13: String
// AST-NEXT:        path String::from (builtin) 4:13: ()
// AST-NEXT:        str "a" 4:26: &str
// AST-NEXT:    let 5:5
// AST-NEXT:      pat eq 5:9: bool
// AST-NEXT:      binary == 5:14: bool
// AST-NEXT:        coerce deref-string 5:14: &str
// AST-NEXT:          coerce autoref 5:14: &String
// AST-NEXT:            path s (local) 5:14: String
// AST-NEXT:        str "a" 5:19: &str
// AST-NEXT:    let 6:5
// AST-NEXT:      pat lt 6:9: bool
// AST-NEXT:      binary < 6:14: bool
// AST-NEXT:        str "a" 6:14: &str
// AST-NEXT:        str "b" 6:20: &str
// AST-NEXT:    let 7:5
// AST-NEXT:      pat mut t 7:9: String
// AST-NEXT:      call 7:17: String
// AST-NEXT:        path String::new (builtin) 7:17: ()
// AST-NEXT:    expr; 8:5
// AST-NEXT:      assign += 8:5: ()
// AST-NEXT:        path t (local) 8:5: String
// AST-NEXT:        str "x" 8:10: &str
// AST-NEXT:    let 9:5
// AST-NEXT:      pat sh 9:9: u8
// AST-NEXT:      binary << 9:14: u8
// AST-NEXT:        int 1u8 9:14: u8
// AST-NEXT:        int 3i64 9:21: i64
// AST-NEXT:    expr; 10:5
// AST-NEXT:      macro println! 10:5: ()
// AST-NEXT:        str "{} {} {} {}" 10:14: &str
// AST-NEXT:        path eq (local) 10:29: bool
// AST-NEXT:        path lt (local) 10:33: bool
// AST-NEXT:        path t (local) 10:37: String
// AST-NEXT:        path sh (local) 10:40: u8
