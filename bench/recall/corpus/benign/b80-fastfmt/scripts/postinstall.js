'use strict';
// Downloads the prebuilt fastfmt binary for this platform from the GitHub release that matches
// this package version, verifies it against checksums.json (shipped in this tarball), then extracts it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { archiveName, binaryPath } = require('../lib/platform');
const pkg = require('../package.json');
const sums = require('../checksums.json');

const REPO = 'https://github.com/fastfmt/fastfmt/releases/download';

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `fastfmt-installer/${pkg.version}` } }, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`GET ${url} -> HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.FASTFMT_SKIP_DOWNLOAD || process.env.FASTFMT_BINARY_PATH) {
    console.log('fastfmt: skipping binary download (FASTFMT_SKIP_DOWNLOAD / FASTFMT_BINARY_PATH set)');
    return;
  }
  if (sums.version !== pkg.version) throw new Error('checksums.json does not match package version');
  const name = archiveName();
  const expected = sums.sha256[name];
  if (!expected) throw new Error(`no pinned checksum for ${name}`);

  const url = `${REPO}/v${pkg.version}/${name}`;
  const data = await get(url);
  const actual = crypto.createHash('sha256').update(data).digest('hex');
  if (actual !== expected) {
    throw new Error(`checksum mismatch for ${name}\n  expected ${expected}\n  got      ${actual}\nRefusing to install.`);
  }

  const dest = binaryPath();
  const vendor = path.dirname(dest);
  fs.mkdirSync(vendor, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fastfmt-'));
  const archive = path.join(tmp, name);
  fs.writeFileSync(archive, data);
  if (name.endsWith('.zip')) {
    execFileSync('powershell', ['-NoProfile', '-Command', `Expand-Archive -Force '${archive}' '${vendor}'`]);
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', vendor, 'fastfmt']);
    fs.chmodSync(dest, 0o755);
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  const v = execFileSync(dest, ['--version'], { encoding: 'utf8' }).trim();
  if (!v.includes(pkg.version)) throw new Error(`unexpected binary version: ${v}`);
  console.log(`fastfmt: installed ${v}`);
}

main().catch((e) => {
  console.error(`fastfmt postinstall failed: ${e.message}`);
  console.error('You can install the binary manually and set FASTFMT_BINARY_PATH.');
  process.exit(1);
});
