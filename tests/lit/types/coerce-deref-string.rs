// &String becomes &str at coercion sites: function arguments, method
// arguments, the right side of `+`, and annotated lets.
fn takes(s: &str) -> usize {
    s.len()
}

fn main() {
    let s = String::from("ab");
    let t = String::from("cd");
    let mut u = s + &t;
    u.push_str(&t);
    let n = takes(&u);
    let r: &str = &u;
    println!("{} {}", n, r);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn takes 3:1
// AST-NEXT:  param 3:10
// AST-NEXT:    pat s 3:10: &str
// AST-NEXT:    type `&str` 3:13: &str
// AST-NEXT:  ret `usize` 3:22: usize
// AST-NEXT:  body 3:28
// AST-NEXT:    tail 4:5
// AST-NEXT:      method len 4:5: usize
// AST-NEXT:        path s (local) 4:5: &str
// AST-NEXT:fn main 7:1
// AST-NEXT:  body 7:11
// AST-NEXT:    let 8:5
// AST-NEXT:      pat s 8:9: String
// AST-NEXT:      call 8:13: String
// AST-NEXT:        path String::from (builtin) 8:13: ()
// AST-NEXT:        str "ab" 8:26: &str
// AST-NEXT:    let 9:5
// AST-NEXT:      pat t 9:9: String
// AST-NEXT:      call 9:13: String
// AST-NEXT:        path String::from (builtin) 9:13: ()
// AST-NEXT:        str "cd" 9:26: &str
// AST-NEXT:    let 10:5
// AST-NEXT:      pat mut u 10:9: String
// AST-NEXT:      binary + 10:17: String
// AST-NEXT:        path s (local) 10:17: String
// AST-NEXT:        coerce deref-string 10:21: &str
// AST-NEXT:          ref & 10:21: &String
// AST-NEXT:            path t (local) 10:22: String
// AST-NEXT:    expr; 11:5
// AST-NEXT:      method push_str 11:5: ()
// AST-NEXT:        coerce autoref-mut 11:5: &mut String
// AST-NEXT:          path u (local) 11:5: String
// AST-NEXT:        coerce deref-string 11:16: &str
// AST-NEXT:          ref & 11:16: &String
// AST-NEXT:            path t (local) 11:17: String
// AST-NEXT:    let 12:5
// AST-NEXT:      pat n 12:9: usize
// AST-NEXT:      call 12:13: usize
// AST-NEXT:        path takes (fn) 12:13: ()
// AST-NEXT:        coerce deref-string 12:19: &str
// AST-NEXT:          ref & 12:19: &String
// AST-NEXT:            path u (local) 12:20: String
// AST-NEXT:    let 13:5
// AST-NEXT:      pat r 13:9: &str
// AST-NEXT:      type `&str` 13:12: &str
// AST-NEXT:      coerce deref-string 13:19: &str
// AST-NEXT:        ref & 13:19: &String
// AST-NEXT:          path u (local) 13:20: String
// AST-NEXT:    expr; 14:5
// AST-NEXT:      macro println! 14:5: ()
// AST-NEXT:        str "{} {}" 14:14: &str
// AST-NEXT:        path n (local) 14:23: usize
// AST-NEXT:        path r (local) 14:26: &str
