// A method's receiver is adjusted to the builtin's self type: autoref for
// a String place, &String to &str for str methods, &mut for push_str, and a
// reborrow of a `&mut String`.
fn main() {
    let mut s = String::from("x");
    let a = s.len();
    let b = s.capacity();
    s.push('y');
    let r = &mut s;
    r.push_str("z");
    let c = r.len();
    let lit = "abc".len();
    println!("{} {} {} {}", a, b, c, lit);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 4:1
// AST-NEXT:  body 4:11
// AST-NEXT:    let 5:5
// AST-NEXT:      pat mut s 5:9: String
// AST-NEXT:      call 5:17: String
// AST-NEXT:        path String::from (builtin) 5:17: ()
// AST-NEXT:        str "x" 5:30: &str
// AST-NEXT:    let 6:5
// AST-NEXT:      pat a 6:9: usize
// AST-NEXT:      method len 6:13: usize
// AST-NEXT:        coerce deref-string 6:13: &str
// AST-NEXT:          coerce autoref 6:13: &String
// AST-NEXT:            path s (local) 6:13: String
// AST-NEXT:    let 7:5
// AST-NEXT:      pat b 7:9: usize
// AST-NEXT:      method capacity 7:13: usize
// AST-NEXT:        coerce autoref 7:13: &String
// AST-NEXT:          path s (local) 7:13: String
// AST-NEXT:    expr; 8:5
// AST-NEXT:      method push 8:5: ()
// AST-NEXT:        coerce autoref-mut 8:5: &mut String
// AST-NEXT:          path s (local) 8:5: String
// AST-NEXT:        char 'y' 8:12: char
// AST-NEXT:    let 9:5
// AST-NEXT:      pat r 9:9: &mut String
// AST-NEXT:      ref &mut 9:13: &mut String
// AST-NEXT:        path s (local) 9:18: String
// AST-NEXT:    expr; 10:5
// AST-NEXT:      method push_str 10:5: ()
// AST-NEXT:        coerce autoref-mut 10:5: &mut String
// AST-NEXT:          coerce autoderef 10:5: String
// AST-NEXT:            path r (local) 10:5: &mut String
// AST-NEXT:        str "z" 10:16: &str
// AST-NEXT:    let 11:5
// AST-NEXT:      pat c 11:9: usize
// AST-NEXT:      method len 11:13: usize
// AST-NEXT:        coerce deref-string 11:13: &str
// AST-NEXT:          coerce reborrow 11:13: &String
// AST-NEXT:            path r (local) 11:13: &mut String
// AST-NEXT:    let 12:5
// AST-NEXT:      pat lit 12:9: usize
// AST-NEXT:      method len 12:15: usize
// AST-NEXT:        str "abc" 12:15: &str
// AST-NEXT:    expr; 13:5
// AST-NEXT:      macro println! 13:5: ()
// AST-NEXT:        str "{} {} {} {}" 13:14: &str
// AST-NEXT:        path a (local) 13:29: usize
// AST-NEXT:        path b (local) 13:32: usize
// AST-NEXT:        path c (local) 13:35: usize
// AST-NEXT:        path lit (local) 13:38: usize
