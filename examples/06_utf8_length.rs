// 06: len() counts bytes, not characters: text is stored as UTF-8.
//
// Look at: the lengths printed on lines 17-20.
//   "hello" and "héllo" both have five characters, but `é` takes two bytes in
//   UTF-8, so "héllo".len() is 6. CJK characters take three bytes each and
//   most emoji four: "日本" is 6 bytes for 2 characters.
// Expect: a String's len and capacity, and the size of its heap block, are
// always measured in bytes. Rust never stores "characters" in a String.
// Then: a `char` is different: it is always 4 bytes (one Unicode scalar
// value, line 21), but pushing it into a String appends only its UTF-8
// bytes: push('e') adds 1 byte, push('é') adds 2, push('😀') adds 4
// (lines 23-27).
// (Counting characters needs an iterator, s.chars().count(), which is
// beyond Owl's first tier.)

fn main() {
    println!("{:?} has len {}", "hello", "hello".len());
    println!("{:?} has len {}", "héllo", "héllo".len());
    println!("{:?} has len {}", "日本", "日本".len());
    println!("{:?} has len {}", "😀", "😀".len());
    println!("a char is {} bytes", std::mem::size_of::<char>());
    let mut s = String::new();
    s.push('e');
    println!("after push('e'): {} len {}", s, s.len());
    s.push('é');
    println!("after push('é'): {} len {}", s, s.len());
    s.push('😀');
    println!("after push('😀'): {} len {}", s, s.len());
}
