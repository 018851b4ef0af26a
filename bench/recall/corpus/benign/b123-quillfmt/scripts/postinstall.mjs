// Downloads the quillfmt executable that matches this package version from the
// project's own GitHub release and verifies it against the release's SHA256SUMS.
import { createHash } from 'node:crypto';
import { mkdir, writeFile, chmod, rename, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentTarget, exeName } from './targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(await readFile(join(here, '..', 'package.json'), 'utf8'));
const RELEASE_BASE = `https://github.com/quillfmt/quillfmt/releases/download/v${pkg.version}`;
const vendorDir = join(here, '..', 'vendor');
const dest = join(vendorDir, exeName());

function log(msg) {
  if (process.env.npm_config_loglevel !== 'silent') console.error(`quillfmt: ${msg}`);
}

async function get(url) {
  const headers = { 'user-agent': `quillfmt-npm/${pkg.version}` };
  // GitHub rate-limits anonymous asset downloads on shared CI runners; reuse the
  // token that Actions already exposes if the user has one.
  if (process.env.GITHUB_TOKEN && new URL(url).hostname === 'github.com') {
    headers.authorization = `Bearer ${process.env.GITHUB_TOKEN}`;
  }
  const res = await fetch(url, { headers, redirect: 'follow' });
  if (!res.ok) throw new Error(`GET ${url} -> HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

function parseSums(text) {
  const map = new Map();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (m) map.set(m[2], m[1]);
  }
  return map;
}

async function main() {
  if (process.env.QUILLFMT_BINARY) {
    log(`using QUILLFMT_BINARY=${process.env.QUILLFMT_BINARY}; skipping download`);
    return;
  }
  if (process.env.QUILLFMT_SKIP_DOWNLOAD) {
    log('QUILLFMT_SKIP_DOWNLOAD set; skipping download');
    return;
  }
  if (existsSync(dest)) return;

  const asset = `quillfmt-${currentTarget()}.gz`;
  log(`downloading ${asset} (v${pkg.version})`);
  const [archive, sumsText] = await Promise.all([
    get(`${RELEASE_BASE}/${asset}`),
    get(`${RELEASE_BASE}/SHA256SUMS`).then((b) => b.toString('utf8')),
  ]);

  const expected = parseSums(sumsText).get(asset);
  if (!expected) throw new Error(`${asset} not listed in SHA256SUMS`);
  const actual = createHash('sha256').update(archive).digest('hex');
  if (actual !== expected) {
    throw new Error(`checksum mismatch for ${asset}: expected ${expected}, got ${actual}`);
  }

  await mkdir(vendorDir, { recursive: true });
  const tmp = `${dest}.partial`;
  await writeFile(tmp, gunzipSync(archive));
  await chmod(tmp, 0o755);
  await rename(tmp, dest);
  log(`installed ${dest}`);
}

main().catch((err) => {
  console.error(`quillfmt: ${err.message}`);
  console.error('quillfmt: the CLI will try again on first use. Set QUILLFMT_BINARY to use your own build.');
  // Do not fail `npm install` for everyone just because GitHub is unreachable.
  process.exitCode = 0;
});
