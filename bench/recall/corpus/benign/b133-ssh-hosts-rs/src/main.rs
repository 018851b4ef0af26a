//! ssh-hosts: list Host blocks from ~/.ssh/config.
use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Default, Clone, Debug)]
struct Host {
    patterns: Vec<String>,
    opts: BTreeMap<String, String>,
    source: String,
}

fn home() -> PathBuf {
    env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

fn expand(p: &str, base: &Path) -> PathBuf {
    if let Some(rest) = p.strip_prefix("~/") { return home().join(rest); }
    let pb = PathBuf::from(p);
    if pb.is_absolute() { pb } else { base.join(pb) }
}

/// Minimal glob for Include: supports a single '*' in the file name component.
fn glob(path: &Path) -> Vec<PathBuf> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if !name.contains('*') { return vec![path.to_path_buf()]; }
    let (pre, suf) = name.split_once('*').unwrap();
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut v: Vec<PathBuf> = fs::read_dir(dir).into_iter().flatten().flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).map(|n| n.starts_with(pre) && n.ends_with(suf)).unwrap_or(false))
        .collect();
    v.sort();
    v
}

fn parse_file(path: &Path, out: &mut Vec<Host>, depth: usize) {
    if depth > 8 { return; }
    let Ok(text) = fs::read_to_string(path) else { return };
    let ssh_dir = home().join(".ssh");
    let mut cur: Option<Host> = None;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') { continue; }
        let (k, v) = match line.split_once(|c: char| c.is_whitespace() || c == '=') {
            Some((k, v)) => (k.trim().to_lowercase(), v.trim().trim_start_matches('=').trim().trim_matches('"').to_string()),
            None => continue,
        };
        match k.as_str() {
            "include" => {
                for part in v.split_whitespace() {
                    for inc in glob(&expand(part, &ssh_dir)) { parse_file(&inc, out, depth + 1); }
                }
            }
            "host" => {
                if let Some(h) = cur.take() { out.push(h); }
                cur = Some(Host { patterns: v.split_whitespace().map(String::from).collect(), opts: BTreeMap::new(), source: path.display().to_string() });
            }
            "match" => { if let Some(h) = cur.take() { out.push(h); } }
            _ => {
                if let Some(h) = cur.as_mut() { h.opts.entry(k).or_insert(v); }
            }
        }
    }
    if let Some(h) = cur.take() { out.push(h); }
}

fn json_escape(s: &str) -> String {
    s.chars().flat_map(|c| match c { '"' => "\\\"".chars().collect::<Vec<_>>(), '\\' => "\\\\".chars().collect(), c => vec![c] }).collect()
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let cfg = args.iter().position(|a| a == "--config").and_then(|i| args.get(i + 1)).map(PathBuf::from)
        .unwrap_or_else(|| home().join(".ssh").join("config"));
    let filter = args.iter().enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || args[*i - 1] != "--config"))
        .map(|(_, a)| a.to_lowercase());

    let mut hosts = vec![];
    parse_file(&cfg, &mut hosts, 0);
    let hosts: Vec<Host> = hosts.into_iter()
        .filter(|h| h.patterns.iter().any(|p| !p.contains('*') && !p.contains('?') && !p.starts_with('!')))
        .filter(|h| match &filter {
            Some(f) => h.patterns.iter().any(|p| p.to_lowercase().contains(f)) || h.opts.get("hostname").map(|x| x.to_lowercase().contains(f)).unwrap_or(false),
            None => true,
        })
        .collect();

    if json {
        let items: Vec<String> = hosts.iter().map(|h| {
            let opts: Vec<String> = ["hostname", "user", "port", "proxyjump", "identityfile"].iter()
                .filter_map(|k| h.opts.get(*k).map(|v| format!("\"{}\":\"{}\"", k, json_escape(v)))).collect();
            format!("{{\"alias\":\"{}\",{}\"source\":\"{}\"}}", json_escape(&h.patterns.join(" ")),
                if opts.is_empty() { String::new() } else { opts.join(",") + "," }, json_escape(&h.source))
        }).collect();
        println!("[{}]", items.join(","));
        return;
    }
    if hosts.is_empty() { println!("no hosts found in {}", cfg.display()); return; }
    println!("{:<24} {:<32} {:<12} {:<6} {:<16} {}", "ALIAS", "HOSTNAME", "USER", "PORT", "PROXYJUMP", "IDENTITYFILE");
    for h in &hosts {
        let g = |k: &str| h.opts.get(k).cloned().unwrap_or_else(|| "-".into());
        println!("{:<24} {:<32} {:<12} {:<6} {:<16} {}", h.patterns.join(" "), g("hostname"), g("user"), g("port"), g("proxyjump"), g("identityfile"));
    }
}
