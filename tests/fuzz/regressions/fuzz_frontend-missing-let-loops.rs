fn main() {
    mut g = 1;
}
