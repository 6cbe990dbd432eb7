fn main() {
    'outer: loop {
        break 'inner;
    }
    continue;
}
