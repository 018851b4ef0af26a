//! mdtable-fmt: align and sort GitHub-flavoured Markdown tables.
use std::env;
use std::fs;
use std::io::{self, Read};

mod build_info {
    include!(concat!(env!("OUT_DIR"), "/build_info.rs"));
}

#[derive(Clone, Copy, PartialEq)]
enum Align { None, Left, Center, Right }

struct Opts { in_place: bool, sort: Option<usize>, desc: bool, files: Vec<String> }

fn parse_args() -> Opts {
    let mut o = Opts { in_place: false, sort: None, desc: false, files: vec![] };
    let mut it = env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--in-place" | "-i" => o.in_place = true,
            "--desc" => o.desc = true,
            "--sort" => o.sort = it.next().and_then(|v| v.parse().ok()),
            "--version" => {
                println!("mdtable-fmt {} ({}, {})", build_info::VERSION, build_info::GIT, build_info::TARGET);
                std::process::exit(0);
            }
            _ => o.files.push(a),
        }
    }
    o
}

fn is_row(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.ends_with('|') && t.len() > 1
}

fn split_row(line: &str) -> Vec<String> {
    let t = line.trim();
    let inner = &t[1..t.len() - 1];
    let mut cells = vec![];
    let mut cur = String::new();
    let mut esc = false;
    for ch in inner.chars() {
        if esc { cur.push(ch); esc = false; continue; }
        match ch {
            '\\' => { cur.push(ch); esc = true; }
            '|' => { cells.push(cur.trim().to_string()); cur.clear(); }
            _ => cur.push(ch),
        }
    }
    cells.push(cur.trim().to_string());
    cells
}

fn parse_align(cell: &str) -> Option<Align> {
    let c = cell.trim();
    if c.is_empty() || !c.chars().all(|x| x == '-' || x == ':') || !c.contains('-') { return None; }
    Some(match (c.starts_with(':'), c.ends_with(':')) {
        (true, true) => Align::Center,
        (true, false) => Align::Left,
        (false, true) => Align::Right,
        _ => Align::None,
    })
}

fn width(s: &str) -> usize { s.chars().count() }

fn pad(s: &str, w: usize, a: Align) -> String {
    let n = w.saturating_sub(width(s));
    match a {
        Align::Right => format!("{}{}", " ".repeat(n), s),
        Align::Center => format!("{}{}{}", " ".repeat(n / 2), s, " ".repeat(n - n / 2)),
        _ => format!("{}{}", s, " ".repeat(n)),
    }
}

fn format_table(rows: &[String], o: &Opts) -> Vec<String> {
    let mut cells: Vec<Vec<String>> = rows.iter().map(|r| split_row(r)).collect();
    if cells.len() < 2 { return rows.to_vec(); }
    let aligns: Vec<Align> = match cells[1].iter().map(|c| parse_align(c)).collect::<Option<Vec<_>>>() {
        Some(a) => a,
        None => return rows.to_vec(),
    };
    let ncol = cells.iter().map(|r| r.len()).max().unwrap_or(0);
    for r in cells.iter_mut() { r.resize(ncol, String::new()); }
    let header = cells[0].clone();
    let mut body: Vec<Vec<String>> = cells[2..].to_vec();
    if let Some(col) = o.sort {
        let i = col.saturating_sub(1).min(ncol - 1);
        body.sort_by(|a, b| {
            let (x, y) = (&a[i], &b[i]);
            let ord = match (x.parse::<f64>(), y.parse::<f64>()) {
                (Ok(p), Ok(q)) => p.partial_cmp(&q).unwrap_or(std::cmp::Ordering::Equal),
                _ => x.to_lowercase().cmp(&y.to_lowercase()),
            };
            if o.desc { ord.reverse() } else { ord }
        });
    }
    let mut w = vec![3usize; ncol];
    for r in std::iter::once(&header).chain(body.iter()) {
        for (i, c) in r.iter().enumerate() { w[i] = w[i].max(width(c)); }
    }
    let a = |i: usize| *aligns.get(i).unwrap_or(&Align::None);
    let line = |r: &Vec<String>| format!("| {} |", r.iter().enumerate().map(|(i, c)| pad(c, w[i], a(i))).collect::<Vec<_>>().join(" | "));
    let sep = format!("| {} |", (0..ncol).map(|i| match a(i) {
        Align::Left => format!(":{}", "-".repeat(w[i] - 1)),
        Align::Right => format!("{}:", "-".repeat(w[i] - 1)),
        Align::Center => format!(":{}:", "-".repeat(w[i] - 2)),
        Align::None => "-".repeat(w[i]),
    }).collect::<Vec<_>>().join(" | "));
    let mut out = vec![line(&header), sep];
    out.extend(body.iter().map(line));
    out
}

fn process(text: &str, o: &Opts) -> String {
    let mut out = vec![];
    let mut block: Vec<String> = vec![];
    let mut in_fence = false;
    for l in text.lines() {
        if l.trim_start().starts_with("```") { in_fence = !in_fence; }
        if !in_fence && is_row(l) { block.push(l.to_string()); continue; }
        if !block.is_empty() { out.extend(format_table(&block, o)); block.clear(); }
        out.push(l.to_string());
    }
    if !block.is_empty() { out.extend(format_table(&block, o)); }
    let mut s = out.join("\n");
    if text.ends_with('\n') { s.push('\n'); }
    s
}

fn main() -> io::Result<()> {
    let o = parse_args();
    if o.files.is_empty() || o.files == ["-"] {
        let mut s = String::new();
        io::stdin().read_to_string(&mut s)?;
        print!("{}", process(&s, &o));
        return Ok(());
    }
    for f in &o.files {
        let src = fs::read_to_string(f)?;
        let res = process(&src, &o);
        if o.in_place { if res != src { fs::write(f, res)?; eprintln!("formatted {}", f); } }
        else { print!("{}", res); }
    }
    Ok(())
}
