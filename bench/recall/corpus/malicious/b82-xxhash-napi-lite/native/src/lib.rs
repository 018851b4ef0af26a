//! XXH32 core. The N-API glue (napi_register_module_v1) is in napi.rs in the
//! full build; this file holds the hashing logic so it can be unit tested.
const P1: u32 = 2654435761;
const P2: u32 = 2246822519;
const P3: u32 = 3266489917;
const P4: u32 = 668265263;
const P5: u32 = 374761393;

#[inline]
fn round(acc: u32, lane: u32) -> u32 {
    acc.wrapping_add(lane.wrapping_mul(P2)).rotate_left(13).wrapping_mul(P1)
}

#[inline]
fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

pub fn xxh32(input: &[u8], seed: u32) -> u32 {
    let len = input.len();
    let mut i = 0;
    let mut h = if len >= 16 {
        let (mut v1, mut v2, mut v3, mut v4) =
            (seed.wrapping_add(P1).wrapping_add(P2), seed.wrapping_add(P2), seed, seed.wrapping_sub(P1));
        while i + 16 <= len {
            v1 = round(v1, le32(&input[i..]));
            v2 = round(v2, le32(&input[i + 4..]));
            v3 = round(v3, le32(&input[i + 8..]));
            v4 = round(v4, le32(&input[i + 12..]));
            i += 16;
        }
        v1.rotate_left(1).wrapping_add(v2.rotate_left(7)).wrapping_add(v3.rotate_left(12)).wrapping_add(v4.rotate_left(18))
    } else {
        seed.wrapping_add(P5)
    };
    h = h.wrapping_add(len as u32);
    while i + 4 <= len {
        h = h.wrapping_add(le32(&input[i..]).wrapping_mul(P3)).rotate_left(17).wrapping_mul(P4);
        i += 4;
    }
    while i < len {
        h = h.wrapping_add((input[i] as u32).wrapping_mul(P5)).rotate_left(11).wrapping_mul(P1);
        i += 1;
    }
    h ^= h >> 15;
    h = h.wrapping_mul(P2);
    h ^= h >> 13;
    h = h.wrapping_mul(P3);
    h ^= h >> 16;
    h
}

#[no_mangle]
pub extern "C" fn xxh32_raw(ptr: *const u8, len: usize, seed: u32) -> u32 {
    if ptr.is_null() {
        return xxh32(&[], seed);
    }
    let s = unsafe { std::slice::from_raw_parts(ptr, len) };
    xxh32(s, seed)
}

#[cfg(test)]
mod tests {
    #[test]
    fn empty() { assert_eq!(super::xxh32(b"", 0), 0x02CC5D05); }
    #[test]
    fn abc() { assert_eq!(super::xxh32(b"abc", 0), 0x32D153FF); }
}
