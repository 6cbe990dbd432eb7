// Macro calls: comma-separated arguments, named format arguments
// (`name = expr`), all three delimiters, and `vec![v; n]`'s repeat form.
fn main() {
    let x = 5;
    println!("{} {x} {y}", x, y = x + 1);
    print!["{}\n", x];
    let s = format!{"{:>4}", x};
    assert!(x > 1, "x is {}", x);
    assert_eq!(x, 5);
    eprintln!();
    println!("{}", s);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 3:1
// AST-NEXT:  body 3:11
// AST-NEXT:    let 4:5
// AST-NEXT:      pat x 4:9: i32
// AST-NEXT:      int 5 4:13: i32
// AST-NEXT:    expr; 5:5
// AST-NEXT:      macro println! 5:5: ()
// AST-NEXT:        str "{} {x} {y}" 5:14: &str
// AST-NEXT:        path x (local) 5:28: i32
// AST-NEXT:        arg y = 5:31
// AST-NEXT:          binary + 5:35: i32
// AST-NEXT:            path x (local) 5:35: i32
// AST-NEXT:            int 1 5:39: i32
// AST-NEXT:    expr; 6:5
// AST-NEXT:      macro print! 6:5: ()
// AST-NEXT:        str "{}\n" 6:12: &str
// AST-NEXT:        path x (local) 6:20: i32
// AST-NEXT:    let 7:5
// AST-NEXT:      pat s 7:9: String
// AST-NEXT:      macro format! 7:13: String
// AST-NEXT:        str "{:>4}" 7:21: &str
// AST-NEXT:        path x (local) 7:30: i32
// AST-NEXT:    expr; 8:5
// AST-NEXT:      macro assert! 8:5: ()
// AST-NEXT:        binary > 8:13: bool
// AST-NEXT:          path x (local) 8:13: i32
// AST-NEXT:          int 1 8:17: i32
// AST-NEXT:        str "x is {}" 8:20: &str
// AST-NEXT:        path x (local) 8:31: i32
// AST-NEXT:    expr; 9:5
// AST-NEXT:      macro assert_eq! 9:5: ()
// AST-NEXT:        path x (local) 9:16: i32
// AST-NEXT:        int 5 9:19: i32
// AST-NEXT:    expr; 10:5
// AST-NEXT:      macro eprintln! 10:5: ()
// AST-NEXT:    expr; 11:5
// AST-NEXT:      macro println! 11:5: ()
// AST-NEXT:        str "{}" 11:14: &str
// AST-NEXT:        path s (local) 11:20: String
