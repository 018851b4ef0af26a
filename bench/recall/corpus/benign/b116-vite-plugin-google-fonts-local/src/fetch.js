import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';

const ALLOWED = new Set(['fonts.googleapis.com', 'fonts.gstatic.com']);
// Google serves woff2 only to modern browsers; send a current UA string.
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

function assertAllowed(url) {
  const u = new URL(url);
  if (u.protocol !== 'https:' || !ALLOWED.has(u.hostname)) {
    throw new Error(`[google-fonts-local] refusing to fetch ${url}: only ${[...ALLOWED].join(', ')} are allowed`);
  }
}

function keyFor(url) {
  return crypto.createHash('sha256').update(url).digest('hex');
}

async function cached(url, cacheDir, offline, ext, load) {
  assertAllowed(url);
  const file = path.join(cacheDir, keyFor(url) + ext);
  try { return await fs.readFile(file); } catch {}
  if (offline) throw new Error(`[google-fonts-local] offline and not cached: ${url}`);
  const data = await load();
  await fs.mkdir(cacheDir, { recursive: true });
  await fs.writeFile(file, data);
  return data;
}

export async function fetchCss(url, cacheDir, offline) {
  const buf = await cached(url, cacheDir, offline, '.css', async () => {
    const res = await fetch(url, { headers: { 'user-agent': UA } });
    if (!res.ok) throw new Error(`[google-fonts-local] ${res.status} fetching ${url}`);
    return Buffer.from(await res.text());
  });
  return buf.toString('utf8');
}

export async function fetchFont(url, cacheDir, offline) {
  return cached(url, cacheDir, offline, '.woff2', async () => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`[google-fonts-local] ${res.status} fetching ${url}`);
    return Buffer.from(await res.arrayBuffer());
  });
}
