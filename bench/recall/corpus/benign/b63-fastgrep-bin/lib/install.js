'use strict';
// Like esbuild/sharp: prefer the platform package npm already installed via
// optionalDependencies; download the release archive only when npm skipped it
// (e.g. --no-optional), and verify its pinned sha256 before unpacking.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const p = require('./platform');

function fromOptional() {
  try {
    return require.resolve(`${p.optionalPackage()}/bin/${p.exeName()}`);
  } catch (_) { return null; }
}

function download(url, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `fastgrep-bin/${p.VERSION}` } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects < 5) {
        res.resume();
        const next = new URL(res.headers.location, url);
        if (next.protocol !== 'https:') return reject(new Error('refusing non-https redirect'));
        return resolve(download(next.toString(), redirects + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

function verifyVersion(bin) {
  const out = execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 10000 }).trim();
  if (!out.includes(p.VERSION)) throw new Error(`expected fastgrep ${p.VERSION}, binary reports "${out}"`);
}

async function main() {
  if (process.env.FASTGREP_BINARY_PATH) { verifyVersion(process.env.FASTGREP_BINARY_PATH); return; }
  const opt = fromOptional();
  if (opt) { verifyVersion(opt); return; }

  const expected = p.CHECKSUMS[p.key()];
  if (!expected) throw new Error(`no prebuilt fastgrep for ${p.key()}; set FASTGREP_BINARY_PATH to your own build`);
  const url = p.archiveUrl();
  console.error(`fastgrep-bin: ${p.optionalPackage()} not installed, downloading ${url}`);
  const buf = await download(url);
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== expected) throw new Error(`checksum mismatch for ${url}\n  expected ${expected}\n  actual   ${actual}`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fastgrep-'));
  try {
    const archive = path.join(tmp, path.basename(new URL(url).pathname));
    fs.writeFileSync(archive, buf);
    if (archive.endsWith('.zip')) execFileSync('tar', ['-xf', archive, '-C', tmp]);
    else execFileSync('tar', ['-xzf', archive, '-C', tmp, '--no-same-owner']);
    const src = path.join(tmp, `fastgrep-${p.VERSION}-${p.key()}`, p.exeName());
    fs.mkdirSync(path.dirname(p.localBin()), { recursive: true });
    fs.copyFileSync(src, p.localBin());
    fs.chmodSync(p.localBin(), 0o755);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  verifyVersion(p.localBin());
}

main().catch((e) => {
  console.error(`fastgrep-bin: install failed: ${e.message}`);
  process.exit(1);
});
