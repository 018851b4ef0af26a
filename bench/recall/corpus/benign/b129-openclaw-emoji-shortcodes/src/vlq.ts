// Base64 VLQ decoder (same encoding as source maps). The lookup table is built from
// char-code ranges so the bundle doesn't carry a 64-char literal.
const B64 = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[i < 26 ? 65 + i : i < 52 ? 71 + i : i < 62 ? i - 4 : i === 62 ? 43 : 47] = i;
  return t;
})();

export function decodeVlq(s: string): number[] {
  const out: number[] = [];
  let value = 0, shift = 0;
  for (let i = 0; i < s.length; i++) {
    const d = B64[s.charCodeAt(i)];
    if (d < 0) throw new Error("bad vlq char " + s[i]);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else { out.push(value & 1 ? -(value >>> 1) : value >>> 1); value = 0; shift = 0; }
  }
  return out;
}
