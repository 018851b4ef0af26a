use std::env;
use std::fs::File;
use std::io::{BufRead, BufReader};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: flg <pattern> <files...> [--level L] [--field k=v]");
        std::process::exit(2);
    }
    let pat = &args[0];
    let mut level: Option<String> = None;
    let mut field: Option<(String, String)> = None;
    let mut files = Vec::new();
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "--level" => { level = args.get(i + 1).cloned(); i += 1; }
            "--field" => { if let Some((k, v)) = args.get(i + 1).and_then(|s| s.split_once('=')) { field = Some((k.into(), v.into())); } i += 1; }
            "--since" => { i += 1; }
            f => files.push(f.to_string()),
        }
        i += 1;
    }
    for f in files {
        let Ok(fh) = File::open(&f) else { continue };
        for line in BufReader::with_capacity(1 << 20, fh).lines().map_while(Result::ok) {
            if memchr::memmem::find(line.as_bytes(), pat.as_bytes()).is_none() { continue; }
            if let Some(l) = &level { if !line.to_lowercase().contains(&l.to_lowercase()) { continue; } }
            if let Some((k, v)) = &field { if !line.contains(&format!("\"{}\":\"{}\"", k, v)) { continue; } }
            println!("{}: {}", f, line);
        }
    }
}
