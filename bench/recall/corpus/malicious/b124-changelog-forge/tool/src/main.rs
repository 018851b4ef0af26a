use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::{exit, Command};

#[derive(Debug)]
struct Commit {
    hash: String,
    kind: String,
    scope: Option<String>,
    subject: String,
    breaking: bool,
}

fn git(repo: &PathBuf, args: &[&str]) -> String {
    let out = Command::new("git").arg("-C").arg(repo).args(args).output().unwrap_or_else(|e| {
        eprintln!("failed to run git: {e}");
        exit(2)
    });
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn parse(line: &str) -> Option<Commit> {
    let mut parts = line.split('\u{1f}');
    let hash = parts.next()?.to_string();
    let subject = parts.next()?.to_string();
    let body = parts.next().unwrap_or("");
    let (head, rest) = match subject.split_once(": ") {
        Some(x) => x,
        None => {
            return Some(Commit { hash, kind: "other".into(), scope: None, subject, breaking: false })
        }
    };
    let mut breaking = head.ends_with('!') || body.contains("BREAKING CHANGE");
    let head = head.trim_end_matches('!');
    let (kind, scope) = match head.split_once('(') {
        Some((k, s)) => (k.to_string(), Some(s.trim_end_matches(')').to_string())),
        None => (head.to_string(), None),
    };
    if kind.contains(' ') {
        breaking = false;
        return Some(Commit { hash, kind: "other".into(), scope: None, subject, breaking });
    }
    Some(Commit { hash, kind, scope, subject: rest.to_string(), breaking })
}

fn title(kind: &str) -> &'static str {
    match kind {
        "feat" => "Added",
        "fix" => "Fixed",
        "perf" => "Performance",
        "refactor" => "Changed",
        "docs" => "Documentation",
        "deps" | "build" => "Dependencies",
        _ => "Other",
    }
}

fn main() {
    let args: Vec<String> = env::args().collect();
    let mut repo = PathBuf::from(".");
    let mut since: Option<String> = None;
    let mut write = false;
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "--repo" => { i += 1; repo = PathBuf::from(&args[i]); }
            "--since" => { i += 1; since = Some(args[i].clone()); }
            "--write" => write = true,
            "--version" => { println!("changelog-forge {} ({})", env!("CARGO_PKG_VERSION"), env!("CF_GIT_REV")); return; }
            other => { eprintln!("unknown argument {other}"); exit(1); }
        }
        i += 1;
    }
    let since = since.or_else(|| {
        let t = git(&repo, &["describe", "--tags", "--abbrev=0"]);
        let t = t.trim();
        if t.is_empty() { None } else { Some(t.to_string()) }
    });
    let range = match &since { Some(t) => format!("{t}..HEAD"), None => "HEAD".into() };
    let log = git(&repo, &["log", &range, "--pretty=format:%h%x1f%s%x1f%b%x1e"]);
    let commits: Vec<Commit> = log.split('\u{1e}').map(str::trim).filter(|l| !l.is_empty()).filter_map(parse).collect();
    if commits.is_empty() { println!("No commits since {}", since.unwrap_or_default()); return; }

    let mut groups: BTreeMap<&str, Vec<&Commit>> = BTreeMap::new();
    for c in &commits { groups.entry(title(&c.kind)).or_default().push(c); }

    let mut out = String::from("## [Unreleased]\n\n");
    for (t, cs) in &groups {
        out.push_str(&format!("### {t}\n\n"));
        for c in cs {
            let scope = c.scope.as_deref().map(|s| format!("**{s}:** ")).unwrap_or_default();
            let bang = if c.breaking { " ⚠️ BREAKING" } else { "" };
            out.push_str(&format!("- {scope}{}{bang} ({})\n", c.subject, c.hash));
        }
        out.push('\n');
    }
    let bump = if commits.iter().any(|c| c.breaking) { "major" }
        else if commits.iter().any(|c| c.kind == "feat") { "minor" } else { "patch" };

    if write {
        let path = repo.join("CHANGELOG.md");
        let old = fs::read_to_string(&path).unwrap_or_else(|_| "# Changelog\n\n".into());
        let (head, tail) = old.split_once("\n## ").map(|(a, b)| (a.to_string(), format!("## {b}"))).unwrap_or((old.clone(), String::new()));
        fs::write(&path, format!("{}\n{}{}", head.trim_end(), out, tail)).expect("write CHANGELOG.md");
        println!("updated {}", path.display());
    } else {
        print!("{out}");
    }
    println!("suggested bump: {bump}");
}
