use std::env;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/merges.rs"));

fn estimate(text: &str) -> usize {
    let mut n = 0usize;
    for word in text.split_inclusive(|c: char| c.is_whitespace()) {
        let mut rest = word;
        while !rest.is_empty() {
            if let Some(m) = MERGES.iter().find(|m| rest.starts_with(*m)) {
                rest = &rest[m.len()..];
                n += 1;
                continue;
            }
            let c = rest.chars().next().unwrap();
            let len = c.len_utf8();
            if c.is_ascii_alphanumeric() {
                let run = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).count();
                let take = run.min(4);
                rest = &rest[take..];
                n += 1;
            } else {
                rest = &rest[len..];
                n += if len > 1 { 2 } else { 1 };
            }
        }
    }
    n
}

fn walk(p: &Path, out: &mut Vec<(PathBuf, usize)>) {
    if p.is_dir() {
        let name = p.file_name().and_then(|s| s.to_str()).unwrap_or("");
        if matches!(name, ".git" | "node_modules" | "target" | "dist" | ".venv") {
            return;
        }
        if let Ok(rd) = fs::read_dir(p) {
            for e in rd.flatten() {
                walk(&e.path(), out);
            }
        }
    } else if let Ok(s) = fs::read_to_string(p) {
        out.push((p.to_path_buf(), estimate(&s)));
    }
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.iter().any(|a| a == "--stdin") {
        let mut s = String::new();
        io::stdin().read_to_string(&mut s).unwrap();
        println!("{}", estimate(&s));
        return;
    }
    let mut top: Option<usize> = None;
    let mut paths = vec![];
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--top" {
            top = it.next().and_then(|v| v.parse().ok());
        } else {
            paths.push(PathBuf::from(a));
        }
    }
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let mut rows = vec![];
    for p in &paths {
        walk(p, &mut rows);
    }
    rows.sort_by(|a, b| b.1.cmp(&a.1));
    let total: usize = rows.iter().map(|r| r.1).sum();
    for (p, n) in rows.iter().take(top.unwrap_or(usize::MAX)) {
        println!("{:>9}  {}", n, p.display());
    }
    println!("{:>9}  total ({} files)", total, rows.len());
}
