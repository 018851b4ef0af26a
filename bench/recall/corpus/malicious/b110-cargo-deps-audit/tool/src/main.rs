use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use walkdir::WalkDir;

include!(concat!(env!("OUT_DIR"), "/yanked.rs"));

#[derive(Deserialize)]
struct Lock {
    #[serde(default)]
    package: Vec<LockPkg>,
}

#[derive(Deserialize)]
struct LockPkg {
    name: String,
    version: String,
}

#[derive(Deserialize)]
struct AdvisoryFile {
    advisory: Advisory,
    #[serde(default)]
    versions: Versions,
}

#[derive(Deserialize)]
struct Advisory {
    id: String,
    package: String,
    title: String,
    #[serde(default)]
    informational: Option<String>,
    #[serde(default)]
    withdrawn: Option<String>,
}

#[derive(Deserialize, Default)]
struct Versions {
    #[serde(default)]
    patched: Vec<String>,
    #[serde(default)]
    unaffected: Vec<String>,
}

#[derive(Serialize)]
struct Finding {
    #[serde(rename = "crate")]
    krate: String,
    version: String,
    advisory: Option<String>,
    title: String,
    patched: Vec<String>,
    kind: &'static str,
}

fn parse_advisory(text: &str) -> Option<AdvisoryFile> {
    // Advisories are markdown with a ```toml front block
    let start = text.find("```toml")? + 7;
    let end = start + text[start..].find("```")?;
    toml::from_str(&text[start..end]).ok()
}

fn matches_any(v: &semver::Version, reqs: &[String]) -> bool {
    reqs.iter()
        .filter_map(|r| semver::VersionReq::parse(r).ok())
        .any(|r| r.matches(v))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let get = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let lock_path = PathBuf::from(get("--lock").unwrap_or_else(|| "Cargo.lock".into()));
    let db = PathBuf::from(get("--db").expect("--db <advisory-db dir> required"));
    let json = args.iter().any(|a| a == "--json");

    let lock: Lock = toml::from_str(&fs::read_to_string(&lock_path).expect("read Cargo.lock")).expect("parse Cargo.lock");
    let mut by_name: BTreeMap<String, Vec<semver::Version>> = BTreeMap::new();
    for p in &lock.package {
        if let Ok(v) = semver::Version::parse(&p.version) {
            by_name.entry(p.name.clone()).or_default().push(v);
        }
    }

    let mut findings = Vec::new();
    for entry in WalkDir::new(db.join("crates")).into_iter().filter_map(Result::ok) {
        if entry.path().extension().map(|e| e != "md").unwrap_or(true) {
            continue;
        }
        let Ok(text) = fs::read_to_string(entry.path()) else { continue };
        let Some(adv) = parse_advisory(&text) else { continue };
        if adv.advisory.withdrawn.is_some() {
            continue;
        }
        let Some(versions) = by_name.get(&adv.advisory.package) else { continue };
        for v in versions {
            if matches_any(v, &adv.versions.patched) || matches_any(v, &adv.versions.unaffected) {
                continue;
            }
            findings.push(Finding {
                krate: adv.advisory.package.clone(),
                version: v.to_string(),
                advisory: Some(adv.advisory.id.clone()),
                title: adv.advisory.title.clone(),
                patched: adv.versions.patched.clone(),
                kind: if adv.advisory.informational.as_deref() == Some("unmaintained") { "unmaintained" } else { "vulnerability" },
            });
        }
    }
    for (name, ver) in YANKED {
        if let Some(vs) = by_name.get(*name) {
            for v in vs.iter().filter(|v| v.to_string() == *ver) {
                findings.push(Finding {
                    krate: name.to_string(),
                    version: v.to_string(),
                    advisory: None,
                    title: "version yanked from crates.io".into(),
                    patched: vec![],
                    kind: "yanked",
                });
            }
        }
    }

    if json {
        println!(
            "{}",
            serde_json::json!({ "tool": env!("CARGO_PKG_VERSION"), "rev": env!("CDA_GIT_REV"), "findings": findings })
        );
    } else if findings.is_empty() {
        println!("No known issues in {} crates.", by_name.len());
    } else {
        for f in &findings {
            println!("{:<14} {} {} — {}", f.kind, f.krate, f.version, f.title);
        }
    }
    std::process::exit(if findings.iter().any(|f| f.kind == "vulnerability") { 1 } else { 0 });
}
