// Compiles the SIMD-friendly C diff kernel and links it statically.
use std::env;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=csrc/diffkern.c");
    println!("cargo:rerun-if-changed=csrc/diffkern.h");
    println!("cargo:rerun-if-env-changed=IMGDIFF_NO_NATIVE");

    let mut build = cc::Build::new();
    build.file("csrc/diffkern.c").include("csrc").opt_level(3).warnings(true);

    // Tune for the build machine unless cross-compiling or explicitly disabled.
    let target = env::var("TARGET").unwrap_or_default();
    let host = env::var("HOST").unwrap_or_default();
    if target == host && env::var_os("IMGDIFF_NO_NATIVE").is_none() {
        let compiler = build.get_compiler();
        if compiler.is_like_gnu() || compiler.is_like_clang() {
            build.flag_if_supported("-march=native");
        }
    }
    build.compile("diffkern");

    // Embed the git revision for --version (best effort).
    let rev = Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=IMGDIFF_GIT_REV={rev}");
}
