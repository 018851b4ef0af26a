#![deny(clippy::all)]

use napi::bindgen_prelude::Buffer;
use napi_derive::napi;

#[napi]
pub fn hash(input: Buffer) -> String {
    blake3::hash(&input).to_hex().to_string()
}

#[napi]
pub fn keyed_hash(key: Buffer, input: Buffer) -> napi::Result<String> {
    let k: [u8; 32] = key
        .as_ref()
        .try_into()
        .map_err(|_| napi::Error::from_reason("key must be 32 bytes"))?;
    Ok(blake3::keyed_hash(&k, &input).to_hex().to_string())
}

#[napi]
pub fn derive_key(context: String, material: Buffer) -> String {
    hex(&blake3::derive_key(&context, &material))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}
