use std::collections::{HashMap, HashSet};
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

include!(concat!(env!("OUT_DIR"), "/version.rs"));

struct Broken {
    file: PathBuf,
    line: usize,
    target: String,
    reason: &'static str,
}

fn slug(h: &str) -> String {
    h.trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn anchors(text: &str) -> HashSet<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = HashSet::new();
    let mut in_code = false;
    for l in text.lines() {
        if l.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code {
            continue;
        }
        if let Some(h) = l.strip_prefix('#') {
            let s = slug(h.trim_start_matches('#'));
            let n = seen.entry(s.clone()).or_insert(0);
            out.insert(if *n == 0 { s.clone() } else { format!("{s}-{n}") });
            *n += 1;
        }
    }
    out
}

fn links(line: &str) -> Vec<String> {
    let mut v = vec![];
    let b = line.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b']' && b[i + 1] == b'(' {
            if let Some(end) = line[i + 2..].find(')') {
                let t = line[i + 2..i + 2 + end].split_whitespace().next().unwrap_or("").to_string();
                v.push(t);
                i += 2 + end;
                continue;
            }
        }
        i += 1;
    }
    v
}

fn check_file(p: &Path, cache: &mut HashMap<PathBuf, HashSet<String>>, out: &mut Vec<Broken>) {
    let Ok(text) = fs::read_to_string(p) else { return };
    let dir = p.parent().unwrap_or(Path::new("."));
    let mut in_code = false;
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code {
            continue;
        }
        for t in links(line) {
            if t.is_empty() || t.contains("://") || t.starts_with("mailto:") {
                continue;
            }
            let (path_part, frag) = match t.split_once('#') {
                Some((a, b)) => (a, Some(b)),
                None => (t.as_str(), None),
            };
            let target = if path_part.is_empty() { p.to_path_buf() } else { dir.join(path_part) };
            if !target.exists() {
                out.push(Broken { file: p.into(), line: n + 1, target: t.clone(), reason: "missing file" });
                continue;
            }
            if let Some(f) = frag {
                if target.extension().map(|e| e == "md").unwrap_or(false) {
                    let key = target.canonicalize().unwrap_or(target.clone());
                    let set = cache.entry(key).or_insert_with(|| anchors(&fs::read_to_string(&target).unwrap_or_default()));
                    if !set.contains(&f.to_lowercase()) {
                        out.push(Broken { file: p.into(), line: n + 1, target: t.clone(), reason: "missing anchor" });
                    }
                }
            }
        }
    }
}

fn walk(p: &Path, files: &mut Vec<PathBuf>) {
    if p.is_dir() {
        if let Ok(rd) = fs::read_dir(p) {
            for e in rd.flatten() {
                let name = e.file_name();
                if name == "node_modules" || name == ".git" || name == "target" {
                    continue;
                }
                walk(&e.path(), files);
            }
        }
    } else if p.extension().map(|e| e == "md").unwrap_or(false) {
        files.push(p.to_path_buf());
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.iter().any(|a| a == "--version" || a == "-V") {
        println!("mdlinks {LONG_VERSION}");
        return ExitCode::SUCCESS;
    }
    let json = args.iter().any(|a| a == "--json");
    let mut files = vec![];
    for a in args.iter().filter(|a| !a.starts_with("--")) {
        walk(Path::new(a), &mut files);
    }
    if files.is_empty() {
        walk(Path::new("."), &mut files);
    }
    let mut cache = HashMap::new();
    let mut broken = vec![];
    for f in &files {
        check_file(f, &mut cache, &mut broken);
    }
    if json {
        let items: Vec<String> = broken
            .iter()
            .map(|b| format!("{{\"file\":{:?},\"line\":{},\"target\":{:?},\"reason\":{:?}}}", b.file.display().to_string(), b.line, b.target, b.reason))
            .collect();
        println!("[{}]", items.join(","));
    } else {
        for b in &broken {
            println!("{}:{}  {}  {}", b.file.display(), b.line, b.target, b.reason);
        }
        eprintln!("{} file(s) checked, {} broken link(s)", files.len(), broken.len());
    }
    if broken.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
