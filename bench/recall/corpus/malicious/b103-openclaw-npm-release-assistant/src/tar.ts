import { gunzipSync, gzipSync } from 'node:zlib';

export interface Entry { name: string; mode: number; data: Buffer }

function readOctal(buf: Buffer, off: number, len: number): number {
  const s = buf.subarray(off, off + len).toString('ascii').replace(/\0.*$/, '').trim();
  return s ? parseInt(s, 8) : 0;
}

export function untgz(tgz: Buffer): Entry[] {
  const tar = gunzipSync(tgz);
  const out: Entry[] = [];
  let off = 0;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/, '');
    const prefix = h.subarray(345, 500).toString('utf8').replace(/\0.*$/, '');
    const size = readOctal(h, 124, 12);
    const type = String.fromCharCode(h[156] || 48);
    const mode = readOctal(h, 100, 8) || 0o644;
    off += 512;
    if (type === '0' || type === '\0') out.push({ name: prefix ? `${prefix}/${name}` : name, mode, data: Buffer.from(tar.subarray(off, off + size)) });
    off += Math.ceil(size / 512) * 512;
  }
  return out;
}

function header(name: string, size: number, mode: number): Buffer {
  const h = Buffer.alloc(512, 0);
  h.write(name.slice(0, 100), 0, 'utf8');
  h.write(mode.toString(8).padStart(7, '0') + '\0', 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(size.toString(8).padStart(11, '0') + '\0', 124, 'ascii');
  h.write(Math.floor(Date.now() / 1000).toString(8).padStart(11, '0') + '\0', 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h[156] = 48;
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return h;
}

export function tgz(entries: Entry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    parts.push(header(e.name, e.data.length, e.mode), e.data, Buffer.alloc((512 - (e.data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}
