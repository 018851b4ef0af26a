use std::env;
use std::path::PathBuf;

fn main() {
    let vendor = PathBuf::from("vendor");
    let src = vendor.join("sqlite3.c");
    let hdr = vendor.join("sqlite3.h");
    if !src.exists() {
        panic!("vendor/sqlite3.c missing: run the skill's install step to download the SQLite amalgamation");
    }
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed={}", hdr.display());
    println!("cargo:rerun-if-env-changed=SQLITE_INSPECT_EXTRA_CFLAGS");

    let mut build = cc::Build::new();
    build
        .file(&src)
        .define("SQLITE_THREADSAFE", "1")
        .define("SQLITE_OMIT_LOAD_EXTENSION", None)
        .define("SQLITE_ENABLE_DBSTAT_VTAB", None)
        .define("SQLITE_ENABLE_FTS5", None)
        .define("SQLITE_DQS", "0")
        .define("SQLITE_DEFAULT_MEMSTATUS", "0")
        .warnings(false);
    if env::var("PROFILE").as_deref() == Ok("release") {
        build.opt_level(2);
    }
    if let Ok(extra) = env::var("SQLITE_INSPECT_EXTRA_CFLAGS") {
        for flag in extra.split_whitespace() {
            build.flag_if_supported(flag);
        }
    }
    build.compile("sqlite3");

    let bindings = bindgen::Builder::default()
        .header(hdr.to_string_lossy())
        .allowlist_function("sqlite3_(open_v2|close|prepare_v2|step|finalize|column_.*|errmsg|libversion)")
        .allowlist_var("SQLITE_(OK|ROW|DONE|OPEN_READONLY|OPEN_URI|INTEGER|FLOAT|TEXT|BLOB|NULL)")
        .layout_tests(false)
        .generate()
        .expect("bindgen failed");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    bindings.write_to_file(out.join("bindings.rs")).expect("write bindings");
}
