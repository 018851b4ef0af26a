//! Link libzstd: prefer the system library (pkg-config) unless ZSTD_NAPI_VENDORED=1,
//! otherwise compile the vendored sources with the cc crate.
use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    napi_build::setup();
    println!("cargo:rerun-if-env-changed=ZSTD_NAPI_VENDORED");
    println!("cargo:rerun-if-env-changed=ZSTD_LIB_DIR");
    println!("cargo:rerun-if-changed=vendor/zstd/lib");

    let target = env::var("TARGET").unwrap();
    let vendored = env::var("ZSTD_NAPI_VENDORED").map(|v| v == "1").unwrap_or(false);

    // Stamp the build with the git revision when building from a checkout.
    let rev = Command::new("git")
        .args(["describe", "--always", "--dirty"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| env::var("CARGO_PKG_VERSION").unwrap());
    println!("cargo:rustc-env=ZSTD_NAPI_REV={}", rev);

    if let Ok(dir) = env::var("ZSTD_LIB_DIR") {
        println!("cargo:rustc-link-search=native={}", dir);
        println!("cargo:rustc-link-lib=zstd");
        return;
    }

    if !vendored && !target.contains("windows") {
        if let Ok(lib) = pkg_config::Config::new().atleast_version("1.5.0").probe("libzstd") {
            for p in lib.include_paths {
                println!("cargo:include={}", p.display());
            }
            return;
        }
        println!("cargo:warning=system libzstd >= 1.5 not found, building vendored copy");
    }

    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("vendor/zstd/lib");
    let mut build = cc::Build::new();
    for sub in ["common", "compress", "decompress"] {
        for entry in std::fs::read_dir(root.join(sub)).expect("vendored zstd missing; run `git submodule update --init`") {
            let p = entry.unwrap().path();
            if p.extension().map_or(false, |e| e == "c") {
                build.file(&p);
            }
        }
    }
    if target.contains("x86_64") && !target.contains("msvc") {
        build.file(root.join("decompress/huf_decompress_amd64.S"));
    }
    build
        .include(&root)
        .include(root.join("common"))
        .define("ZSTD_MULTITHREAD", None)
        .define("XXH_NAMESPACE", Some("ZSTD_"))
        .flag_if_supported("-fvisibility=hidden")
        .opt_level(3)
        .warnings(false)
        .compile("zstd");
    println!("cargo:include={}", root.display());
}
