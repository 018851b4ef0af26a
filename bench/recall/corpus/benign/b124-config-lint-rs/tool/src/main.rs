use std::{env, fs, process::exit};

mod schema {
    include!(concat!(env!("OUT_DIR"), "/schema_gen.rs"));
}

fn main() {
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: config-lint <file.toml>");
        exit(2);
    };
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        exit(2)
    });
    let table: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: TOML syntax error: {e}");
            exit(1)
        }
    };
    let errs = schema::validate(&table);
    if errs.is_empty() {
        println!("{path}: OK");
        return;
    }
    for (k, m) in &errs {
        println!("{k}: {m}");
    }
    println!("{} error(s)", errs.len());
    exit(1);
}
