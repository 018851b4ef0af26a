use std::collections::BTreeMap;
use std::env;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process;

mod build_info {
    include!(concat!(env!("OUT_DIR"), "/build_info.rs"));
}

#[derive(Default)]
struct Opts {
    file: String,
    from: Option<String>,
    to: Option<String>,
    level: Option<u8>,
    grep: Option<String>,
    count: bool,
}

const LEVELS: [&str; 5] = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR"];

fn level_rank(s: &str) -> Option<u8> {
    let up = s.to_ascii_uppercase();
    let up = if up == "WARNING" { "WARN".to_string() } else if up == "FATAL" { "ERROR".to_string() } else { up };
    LEVELS.iter().position(|l| *l == up).map(|p| p as u8)
}

fn parse_args() -> Opts {
    let mut o = Opts::default();
    let mut it = env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--from" => o.from = it.next().map(|s| norm_ts(&s)),
            "--to" => o.to = it.next().map(|s| norm_ts(&s)),
            "--level" => o.level = it.next().and_then(|s| level_rank(&s)),
            "--grep" => o.grep = it.next(),
            "--count" => o.count = true,
            "--version" => {
                println!("logslice {} ({}, {}, {})", env!("CARGO_PKG_VERSION"), build_info::GIT, build_info::RUSTC, build_info::TARGET);
                process::exit(0);
            }
            _ if o.file.is_empty() => o.file = a,
            _ => {
                eprintln!("unexpected argument: {a}");
                process::exit(2);
            }
        }
    }
    if o.file.is_empty() {
        eprintln!("usage: logslice FILE [--from TS] [--to TS] [--level L] [--grep S] [--count]");
        process::exit(2);
    }
    o
}

/// Normalise "2024-05-01T10:00:00" / "2024-05-01 10:00" to a sortable "2024-05-01 10:00:00".
fn norm_ts(s: &str) -> String {
    let s = s.replace('T', " ");
    let mut t: String = s.chars().take(19).collect();
    while t.len() < 19 {
        t.push_str(match t.len() { 10 => " ", 13 | 16 => ":", _ => "0" });
    }
    t
}

fn line_ts(line: &str) -> Option<String> {
    let b = line.as_bytes();
    if b.len() >= 19 && b[4] == b'-' && b[7] == b'-' && (b[10] == b' ' || b[10] == b'T') && b[13] == b':' {
        return Some(norm_ts(&line[..19]));
    }
    None
}

fn line_level(line: &str) -> Option<u8> {
    line.split(|c: char| !c.is_ascii_alphabetic()).take(12).find_map(level_rank)
}

fn main() -> io::Result<()> {
    let o = parse_args();
    let f = File::open(&o.file).unwrap_or_else(|e| {
        eprintln!("{}: {e}", o.file);
        process::exit(1)
    });
    let rd = BufReader::with_capacity(1 << 20, f);
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    let mut keep = false;
    for line in rd.lines() {
        let line = match line { Ok(l) => l, Err(_) => continue };
        if let Some(ts) = line_ts(&line) {
            keep = o.from.as_ref().map_or(true, |f| ts >= *f) && o.to.as_ref().map_or(true, |t| ts <= *t);
            let lvl = line_level(&line);
            if keep {
                if let Some(min) = o.level {
                    keep = lvl.map_or(false, |l| l >= min);
                }
            }
            if keep {
                if let Some(g) = &o.grep {
                    keep = line.contains(g.as_str());
                }
            }
            if keep && o.count {
                *counts.entry(lvl.map_or("OTHER", |l| LEVELS[l as usize])).or_default() += 1;
            }
        }
        if keep && !o.count {
            writeln!(w, "{line}")?;
        }
    }
    if o.count {
        for (k, v) in counts {
            writeln!(w, "{k:<6} {v}")?;
        }
    }
    Ok(())
}
