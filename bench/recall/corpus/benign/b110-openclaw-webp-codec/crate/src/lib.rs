use image::{DynamicImage, ImageFormat};
use std::io::Cursor;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = log)]
    fn log(s: &str);
}

fn load(input: &[u8]) -> Result<DynamicImage, JsError> {
    image::load_from_memory(input).map_err(|e| JsError::new(&format!("decode: {e}")))
}

/// Encode any supported image as WebP. quality 1..=100; lossless != 0 ignores quality.
#[wasm_bindgen]
pub fn encode_webp(input: &[u8], quality: u8, lossless: u8) -> Result<Vec<u8>, JsError> {
    let img = load(input)?;
    let rgba = img.to_rgba8();
    let enc = webp::Encoder::from_rgba(rgba.as_raw(), rgba.width(), rgba.height());
    let mem = if lossless != 0 { enc.encode_lossless() } else { enc.encode(quality.clamp(1, 100) as f32) };
    log(&format!("webp {}x{} -> {} bytes", rgba.width(), rgba.height(), mem.len()));
    Ok(mem.to_vec())
}

/// Decode any supported image (incl. WebP) and re-encode as PNG.
#[wasm_bindgen]
pub fn decode_to_png(input: &[u8]) -> Result<Vec<u8>, JsError> {
    let img = load(input)?;
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png).map_err(|e| JsError::new(&format!("encode: {e}")))?;
    Ok(out.into_inner())
}
