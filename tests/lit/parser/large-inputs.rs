// The parser's stacks are on the heap and the lexer holds the file in one
// buffer: 100,000 nested parentheses, a 100,000-character identifier and
// a 1 MB line all parse (parentheses make no node, so later phases see a
// shallow tree).
// RUN: python3 -c "n = 100000; print('fn main() {\n    let x = ' + '(' * n + '1' + ')' * n + ';\n    println!(\"{}\", x);\n}')" > %t.parens.rs
// RUN: %owl check %t.parens.rs
// RUN: python3 -c "i = 'a' * 100000; print('fn main() {\n    let ' + i + ' = 5;\n    println!(\"{}\", ' + i + ');\n}')" > %t.ident.rs
// RUN: %owl check %t.ident.rs
// RUN: python3 -c "print('fn main() {\n    let s = \"' + 'x' * 1000000 + '\"; let t = 1;' + ' let t = t + 1;' * 2000 + '\n    println!(\"{} {}\", s.len(), t);\n}')" > %t.line.rs
// RUN: %owl check %t.line.rs
fn main() {}
