// assert_eq! failure with tuples and arrays prints their compact Debug form.
fn pair(a: i32) -> (i32, [char; 2]) {
    (a, ['x', 'y'])
}
fn main() {
    assert_eq!(pair(1), (1, ['x', 'y']));
    assert_eq!(pair(2), (2, ['x', 'z']));
}
