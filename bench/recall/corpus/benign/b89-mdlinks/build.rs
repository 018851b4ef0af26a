use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let dir = env::var("CARGO_MANIFEST_DIR").ok()?;
    let out = Command::new("git").args(["-C", &dir]).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=.git/HEAD");

    let pkg = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let hash = git(&["rev-parse", "--short=10", "HEAD"]);
    let date = git(&["log", "-1", "--format=%cs"]);
    let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).map(|s| !s.is_empty()).unwrap_or(false);
    let target = env::var("TARGET").unwrap_or_default();
    let profile = env::var("PROFILE").unwrap_or_default();

    let long = match (hash, date) {
        (Some(h), Some(d)) => format!("{pkg} ({h}{} {d}) {target} {profile}", if dirty { "-dirty" } else { "" }),
        _ => format!("{pkg} {target} {profile}"),
    };
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("version.rs");
    fs::write(out, format!("pub const LONG_VERSION: &str = {:?};\n", long)).unwrap();
}
