// String::new() is written inline ({cap 0, dangling ptr 1, len 0});
// String::from and push_str call the runtime; the value is dropped at the
// end of its scope with owl_string_drop, which frees the heap buffer.
// format! starts with rustc's capacity estimate: twice the literal length
// ("hello " = 6, so 12) when arguments follow a literal.
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn main() {
    let mut s = String::new();
    s.push_str("abc");
    let t = String::from("xyz");
    let u = format!("hello {}", t);
    println!("{} {} {}", s, t, u);
}
// IR-LABEL: define internal void @owl.main(
// IR: store i64 0,
// IR: store {{.*}} inttoptr (i64 1 to {{.*}}),
// IR: store i64 0,
// IR: call void @owl_string_push_str({{.*}}, i64 3)
// IR: call void @owl_string_from({{.*}}, i64 3)
// IR: call void @owl_fmt_init({{.*}}, i64 12)
// IR: call void @owl_fmt_into_string(
// IR: call void @owl_string_drop(
// IR: call void @owl_string_drop(
// IR: call void @owl_string_drop(
// IR: ret void
