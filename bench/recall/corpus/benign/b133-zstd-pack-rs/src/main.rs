#![allow(non_snake_case)]
use std::ffi::CStr;
use std::fs;
use std::process::exit;

mod sys { include!(concat!(env!("OUT_DIR"), "/zstd_sys.rs")); }

fn err_name(code: usize) -> String {
    unsafe { CStr::from_ptr(sys::ZSTD_getErrorName(code)).to_string_lossy().into_owned() }
}

fn compress(data: &[u8], level: i32) -> Result<Vec<u8>, String> {
    unsafe {
        let bound = sys::ZSTD_compressBound(data.len());
        let mut out = vec![0u8; bound];
        let n = sys::ZSTD_compress(out.as_mut_ptr().cast(), bound, data.as_ptr().cast(), data.len(), level);
        if sys::ZSTD_isError(n) != 0 { return Err(err_name(n)); }
        out.truncate(n);
        Ok(out)
    }
}

fn decompress(data: &[u8]) -> Result<Vec<u8>, String> {
    unsafe {
        let size = sys::ZSTD_getFrameContentSize(data.as_ptr().cast(), data.len());
        if size == sys::ZSTD_CONTENTSIZE_ERROR { return Err("not a zstd frame".into()); }
        if size == sys::ZSTD_CONTENTSIZE_UNKNOWN { return Err("frame has no content size; use the zstd CLI for streams".into()); }
        let mut out = vec![0u8; size as usize];
        let n = sys::ZSTD_decompress(out.as_mut_ptr().cast(), out.len(), data.as_ptr().cast(), data.len());
        if sys::ZSTD_isError(n) != 0 { return Err(err_name(n)); }
        out.truncate(n);
        Ok(out)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--version") {
        let v = unsafe { CStr::from_ptr(sys::ZSTD_versionString()) };
        println!("zstd-pack {} (libzstd {})", env!("CARGO_PKG_VERSION"), v.to_string_lossy());
        return;
    }
    if args.len() < 2 { eprintln!("usage: zstd-pack c|d <file> [-l level]"); exit(2); }
    let level = args.iter().position(|a| a == "-l").and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(3);
    let max = unsafe { sys::ZSTD_maxCLevel() };
    let path = &args[1];
    let input = fs::read(path).unwrap_or_else(|e| { eprintln!("{path}: {e}"); exit(1) });
    let (out_path, result) = match args[0].as_str() {
        "c" => (format!("{path}.zst"), compress(&input, level.clamp(1, max))),
        "d" => (path.strip_suffix(".zst").map(str::to_string).unwrap_or_else(|| format!("{path}.out")), decompress(&input)),
        _ => { eprintln!("first argument must be c or d"); exit(2) }
    };
    match result {
        Ok(bytes) => {
            if std::path::Path::new(&out_path).exists() { eprintln!("{out_path} exists; not overwriting"); exit(1); }
            fs::write(&out_path, &bytes).unwrap();
            let ratio = if bytes.is_empty() { 0.0 } else { input.len() as f64 / bytes.len() as f64 };
            println!("{path} -> {out_path}: {} -> {} bytes (ratio {:.2})", input.len(), bytes.len(), if args[0] == "c" { ratio } else { 1.0 / ratio });
        }
        Err(e) => { eprintln!("zstd error: {e}"); exit(1) }
    }
}
