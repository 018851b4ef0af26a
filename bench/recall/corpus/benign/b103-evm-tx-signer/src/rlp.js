export function hexToBytes(hex) {
  let h = hex.startsWith('0x') ? hex.slice(2) : hex;
  if (h.length % 2) h = '0' + h;
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export const bytesToHex = (b) => '0x' + Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

export function intToBytes(n) {
  n = BigInt(n);
  if (n < 0n) throw new RangeError('negative integer');
  if (n === 0n) return new Uint8Array(0);
  return hexToBytes(n.toString(16));
}

function concat(parts) {
  const len = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

function lengthPrefix(len, offset) {
  if (len < 56) return Uint8Array.of(offset + len);
  const l = intToBytes(len);
  return concat([Uint8Array.of(offset + 55 + l.length), l]);
}

export function encode(item) {
  if (Array.isArray(item)) {
    const body = concat(item.map(encode));
    return concat([lengthPrefix(body.length, 0xc0), body]);
  }
  const b = item instanceof Uint8Array ? item : typeof item === 'string' ? hexToBytes(item) : intToBytes(item);
  if (b.length === 1 && b[0] < 0x80) return b;
  return concat([lengthPrefix(b.length, 0x80), b]);
}

export { concat };
