use std::env;

fn main() {
    let who = env::args().nth(1).unwrap_or_else(|| "world".to_string());
    println!("Hello, {who}!");
}
