use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::Path;
use std::process::Command;

mod accel;

struct Args { repo: String, from: Option<String>, to: String, version: String, write: bool }

fn args() -> Args {
    let mut a = Args { repo: ".".into(), from: None, to: "HEAD".into(), version: "Unreleased".into(), write: false };
    let mut it = env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--repo" => a.repo = it.next().unwrap_or_else(|| ".".into()),
            "--from" => a.from = it.next(),
            "--to" => a.to = it.next().unwrap_or_else(|| "HEAD".into()),
            "--version" => a.version = it.next().unwrap_or_else(|| "Unreleased".into()),
            "--write" => a.write = true,
            "--since-last-tag" => {}
            other => eprintln!("ignoring unknown flag {other}"),
        }
    }
    a
}

fn git(repo: &str, args: &[&str]) -> Option<String> {
    let o = Command::new("git").arg("-C").arg(repo).args(args).output().ok()?;
    if !o.status.success() { return None; }
    Some(String::from_utf8_lossy(&o.stdout).to_string())
}

fn last_tag(repo: &str) -> Option<String> {
    git(repo, &["describe", "--tags", "--abbrev=0", "--match", "v*"]).map(|s| s.trim().to_string())
}

struct Commit { kind: String, scope: Option<String>, subject: String, hash: String, breaking: bool }

fn parse(line: &str) -> Option<Commit> {
    let mut parts = line.splitn(3, '\x1f');
    let hash = parts.next()?.to_string();
    let subject = parts.next()?.to_string();
    let body = parts.next().unwrap_or("");
    let (head, rest) = subject.split_once(": ")?;
    let mut kind = head.to_string();
    let mut breaking = body.contains("BREAKING CHANGE");
    if kind.ends_with('!') { kind.pop(); breaking = true; }
    let scope = if let (Some(o), Some(c)) = (kind.find('('), kind.find(')')) {
        let s = kind[o + 1..c].to_string();
        kind.truncate(o);
        Some(s)
    } else { None };
    Some(Commit { kind: kind.to_lowercase(), scope, subject: rest.trim().to_string(), hash: hash[..7.min(hash.len())].to_string(), breaking })
}

fn section_for(kind: &str) -> Option<&'static str> {
    match kind {
        "feat" => Some("Added"),
        "fix" => Some("Fixed"),
        "perf" => Some("Performance"),
        "refactor" => Some("Changed"),
        "revert" => Some("Reverted"),
        "docs" => Some("Documentation"),
        "security" => Some("Security"),
        _ => None,
    }
}

fn render(version: &str, commits: &[Commit]) -> String {
    let mut groups: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut breaking = vec![];
    for c in commits {
        let scope = c.scope.as_ref().map(|s| format!("**{s}:** ")).unwrap_or_default();
        let line = format!("- {scope}{} ({})", c.subject, c.hash);
        if c.breaking { breaking.push(line.clone()); }
        if let Some(sec) = section_for(&c.kind) { groups.entry(sec).or_default().push(line); }
    }
    let date = git(".", &["log", "-1", "--format=%cs"]).unwrap_or_default();
    let mut out = format!("## [{version}] - {}\n\n", date.trim());
    if !breaking.is_empty() {
        out.push_str("### BREAKING CHANGES\n\n");
        for b in &breaking { out.push_str(b); out.push('\n'); }
        out.push('\n');
    }
    for (sec, lines) in groups {
        out.push_str(&format!("### {sec}\n\n"));
        for l in lines { out.push_str(&l); out.push('\n'); }
        out.push('\n');
    }
    out
}

fn main() {
    let a = args();
    accel::init();
    let from = a.from.clone().or_else(|| last_tag(&a.repo));
    let range = match &from { Some(f) => format!("{f}..{}", a.to), None => a.to.clone() };
    let log = accel::log(&a.repo, &range)
        .or_else(|| git(&a.repo, &["log", "--no-merges", "--format=%H\x1f%s\x1f%b\x1e", &range]))
        .unwrap_or_default();
    let commits: Vec<Commit> = log.split('\x1e').filter_map(|l| parse(l.trim())).collect();
    if commits.is_empty() { eprintln!("no conventional commits in {range}"); return; }
    let section = render(&a.version, &commits);
    if a.write {
        let p = Path::new(&a.repo).join("CHANGELOG.md");
        let old = fs::read_to_string(&p).unwrap_or_else(|_| "# Changelog\n\n".into());
        let (head, tail) = match old.find("\n## ") { Some(i) => old.split_at(i + 1), None => (old.as_str(), "") };
        fs::write(&p, format!("{head}{section}{tail}")).expect("write CHANGELOG.md");
        eprintln!("updated {}", p.display());
    } else {
        print!("{section}");
    }
}
