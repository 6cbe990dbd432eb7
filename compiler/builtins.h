/* builtins.h: the standard-library functions, methods and macros Owl knows.
 *
 * Owl has no std to compile; the type checker resolves paths such as
 * `String::from` and methods such as `.push_str` to these builtins, MIR keeps
 * them as the callee of a Call, and codegen lowers each to runtime calls.
 * One table: name as the learner writes it, and a short description used by
 * --dump-mir and the layout report.
 */
#ifndef OWL_BUILTINS_H
#define OWL_BUILTINS_H

#define BUILTINS(X)                                                        \
    /* associated functions */                                             \
    X(STRING_NEW, "String::new")                                           \
    X(STRING_FROM, "String::from")                                         \
    X(STRING_WITH_CAPACITY, "String::with_capacity")                       \
    X(MEM_SIZE_OF, "std::mem::size_of")                                    \
    X(MEM_ALIGN_OF, "std::mem::align_of")                                  \
    X(MEM_DROP, "std::mem::drop")                                          \
    /* methods; the receiver is the first argument, already adjusted */    \
    X(STR_LEN, "str::len")                 /* (&str) -> usize */           \
    X(STR_IS_EMPTY, "str::is_empty")       /* (&str) -> bool */            \
    X(STR_AS_PTR, "str::as_ptr")           /* (&str) -> *const u8 */       \
    X(STR_TO_STRING, "str::to_string")     /* (&str) -> String */          \
    X(STRING_CAPACITY, "String::capacity") /* (&String) -> usize */        \
    X(STRING_PUSH_STR, "String::push_str") /* (&mut String, &str) */       \
    X(STRING_PUSH, "String::push")         /* (&mut String, char) */       \
    X(STRING_CLONE, "String::clone")       /* (&String) -> String */       \
    X(STRING_ADD, "String::add")           /* (String, &str) -> String */  \
    X(STRING_ADD_ASSIGN, "String::add_assign") /* (&mut String, &str) */   \
    X(STR_EQ, "str::eq")                   /* (&str, &str) -> bool */      \
    X(STR_CMP, "str::cmp")                 /* (&str, &str) -> i32 (<0,0,>0) */ \
    /* macros (FmtTemplate attached) */                                    \
    X(MAC_PRINT, "print!")                                                 \
    X(MAC_PRINTLN, "println!")                                             \
    X(MAC_EPRINT, "eprint!")                                               \
    X(MAC_EPRINTLN, "eprintln!")                                           \
    X(MAC_FORMAT, "format!")                                               \
    X(MAC_PANIC, "panic!")                                                 \
    X(MAC_ASSERT, "assert!")                                               \
    X(MAC_ASSERT_EQ, "assert_eq!")                                         \
    X(MAC_ASSERT_NE, "assert_ne!")                                         \
    X(MAC_UNREACHABLE, "unreachable!")                                     \
    X(MAC_TODO, "todo!")

typedef enum Builtin {
    BUILTIN_NONE = 0,
#define X(name, text) BUILTIN_##name,
    BUILTINS(X)
#undef X
    BUILTIN_COUNT
} Builtin;

const char *builtin_name(Builtin b);

#endif
