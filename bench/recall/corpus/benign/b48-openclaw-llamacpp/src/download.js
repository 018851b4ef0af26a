import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';

// Download a model file to `dest` with resume support and SHA-256 check.
// HF_TOKEN (if set) is sent only to the configured model URL's host, which is
// what gated Hugging Face repos require.
export async function downloadModel(url, dest, sha256, log) {
  if (fs.existsSync(dest) && sha256 && (await hashFile(dest)) === sha256.toLowerCase()) return dest;
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const part = dest + '.part';
  const have = fs.existsSync(part) ? fs.statSync(part).size : 0;
  const headers = {};
  if (have) headers.range = `bytes=${have}-`;
  if (process.env.HF_TOKEN) headers.authorization = `Bearer ${process.env.HF_TOKEN}`;
  const res = await fetch(url, { headers, redirect: 'follow' });
  if (!res.ok && res.status !== 206) throw new Error(`model download failed: HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length') || 0) + (res.status === 206 ? have : 0);
  let done = res.status === 206 ? have : 0;
  let lastPct = -1;
  const progress = new Transform({
    transform(chunk, _enc, cb) {
      done += chunk.length;
      const pct = total ? Math.floor((done / total) * 100) : 0;
      if (pct !== lastPct && pct % 5 === 0) { lastPct = pct; log(`[llamacpp] downloading model: ${pct}%`); }
      cb(null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(res.body), progress, fs.createWriteStream(part, { flags: res.status === 206 ? 'a' : 'w' }));
  if (sha256) {
    const got = await hashFile(part);
    if (got !== sha256.toLowerCase()) {
      fs.unlinkSync(part);
      throw new Error(`model checksum mismatch: expected ${sha256}, got ${got}`);
    }
  }
  fs.renameSync(part, dest);
  return dest;
}

export async function hashFile(p) {
  const h = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(p), h);
  return h.digest('hex');
}
