import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Budget { path: string; maxSize: string; compression?: 'gzip' | 'brotli' | 'none' }
export interface Result { file: string; size: number; limit: number; pass: boolean }

export function parseSize(s: string): number {
  const m = /^([\d.]+)\s*(b|kb|kib|mb|mib)?$/i.exec(s.trim());
  if (!m) throw new Error(`Invalid size "${s}"`);
  const n = parseFloat(m[1]);
  const unit = (m[2] || 'b').toLowerCase();
  return Math.round(n * ({ b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1048576 } as Record<string, number>)[unit]);
}

function glob(pattern: string, cwd: string): string[] {
  const re = new RegExp('^' + pattern.split('/').map((seg) => seg === '**' ? '.*' : seg.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('/') + '$');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p); }
      else if (re.test(path.relative(cwd, p).split(path.sep).join('/'))) out.push(p);
    }
  };
  walk(cwd);
  return out;
}

export function measure(file: string, compression: Budget['compression'] = 'gzip'): number {
  const buf = fs.readFileSync(file);
  if (compression === 'none') return buf.length;
  if (compression === 'brotli') return zlib.brotliCompressSync(buf).length;
  return zlib.gzipSync(buf, { level: 9 }).length;
}

export function check(budgets: Budget[], cwd = process.cwd()): Result[] {
  const results: Result[] = [];
  for (const b of budgets) {
    const limit = parseSize(b.maxSize);
    for (const file of glob(b.path, cwd)) {
      const size = measure(file, b.compression);
      results.push({ file: path.relative(cwd, file), size, limit, pass: size <= limit });
    }
  }
  return results;
}
