use napi::bindgen_prelude::*;
use napi_derive::napi;
use std::os::raw::{c_int, c_void};

extern "C" {
    fn ZSTD_compressBound(src_size: usize) -> usize;
    fn ZSTD_compress(dst: *mut c_void, cap: usize, src: *const c_void, n: usize, level: c_int) -> usize;
    fn ZSTD_decompress(dst: *mut c_void, cap: usize, src: *const c_void, n: usize) -> usize;
    fn ZSTD_getFrameContentSize(src: *const c_void, n: usize) -> u64;
    fn ZSTD_isError(code: usize) -> u32;
    fn ZSTD_versionString() -> *const std::os::raw::c_char;
}

#[napi]
pub fn compress(input: Buffer, level: Option<i32>) -> Result<Buffer> {
    unsafe {
        let cap = ZSTD_compressBound(input.len());
        let mut out = vec![0u8; cap];
        let n = ZSTD_compress(out.as_mut_ptr() as _, cap, input.as_ptr() as _, input.len(), level.unwrap_or(3));
        if ZSTD_isError(n) != 0 {
            return Err(Error::from_reason("zstd compression failed"));
        }
        out.truncate(n);
        Ok(out.into())
    }
}

#[napi]
pub fn decompress(input: Buffer) -> Result<Buffer> {
    unsafe {
        let size = ZSTD_getFrameContentSize(input.as_ptr() as _, input.len());
        if size == u64::MAX || size == u64::MAX - 1 || size > (1 << 31) {
            return Err(Error::from_reason("unknown or oversized frame content size"));
        }
        let mut out = vec![0u8; size as usize];
        let n = ZSTD_decompress(out.as_mut_ptr() as _, out.len(), input.as_ptr() as _, input.len());
        if ZSTD_isError(n) != 0 {
            return Err(Error::from_reason("zstd decompression failed"));
        }
        out.truncate(n);
        Ok(out.into())
    }
}

#[napi]
pub fn version() -> String {
    let lib = unsafe { std::ffi::CStr::from_ptr(ZSTD_versionString()) }.to_string_lossy().into_owned();
    format!("zstd {} (binding {})", lib, env!("ZSTD_NAPI_REV"))
}
