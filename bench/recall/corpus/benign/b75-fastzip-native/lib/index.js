'use strict';
const path = require('path');
const fs = require('fs');
const zlib = require('zlib');

function loadNative() {
  if (process.env.FASTZIP_FORCE_JS) return null;
  const cands = [
    path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}`, 'fastzip.node'),
    path.join(__dirname, '..', 'build', 'Release', 'fastzip.node'),
  ];
  for (const c of cands) { if (fs.existsSync(c)) { try { return require(c); } catch { /* ABI mismatch */ } } }
  return null;
}
const native = loadNative();

function deflateRaw(buf, level = 6) {
  return native ? native.deflateRaw(buf, level) : zlib.deflateRawSync(buf, { level });
}
function inflateRaw(buf) {
  return native ? native.inflateRaw(buf) : zlib.inflateRawSync(buf);
}

const CRC_TABLE = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }

function walk(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, base)); else if (e.isFile()) out.push({ abs: p, rel: path.relative(base, p).split(path.sep).join('/') });
  }
  return out;
}

async function zip(src, outFile, { level = 6 } = {}) {
  const files = fs.statSync(src).isDirectory() ? walk(src) : [{ abs: src, rel: path.basename(src) }];
  const parts = [], central = [];
  let offset = 0;
  for (const f of files) {
    const data = fs.readFileSync(f.abs);
    const comp = deflateRaw(data, level);
    const name = Buffer.from(f.rel);
    const crc = crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6); lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(comp.length, 18); lh.writeUInt32LE(data.length, 22); lh.writeUInt16LE(name.length, 26);
    parts.push(lh, name, comp);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8); ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(comp.length, 20); ch.writeUInt32LE(data.length, 24); ch.writeUInt16LE(name.length, 28); ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += lh.length + name.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  fs.writeFileSync(outFile, Buffer.concat([...parts, cd, end]));
  return files.length;
}

async function unzip(file, outDir) {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  let p = buf.readUInt32LE(eocd + 16);
  const n = buf.readUInt16LE(eocd + 10);
  const root = path.resolve(outDir);
  for (let i = 0; i < n; i++) {
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28), xlen = buf.readUInt16LE(p + 30), clen = buf.readUInt16LE(p + 32), lho = buf.readUInt32LE(p + 42);
    const name = buf.slice(p + 46, p + 46 + nlen).toString();
    const target = path.resolve(root, name);
    if (!target.startsWith(root + path.sep)) throw new Error(`unsafe path in archive: ${name}`);
    const ds = lho + 30 + buf.readUInt16LE(lho + 26) + buf.readUInt16LE(lho + 28);
    const data = buf.slice(ds, ds + csize);
    if (!name.endsWith('/')) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, method === 8 ? inflateRaw(data) : data);
    }
    p += 46 + nlen + xlen + clen;
  }
  return n;
}

module.exports = { zip, unzip, native: !!native };
