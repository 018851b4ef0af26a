'use strict';
// Downloads the prebuilt quillc binary for this platform from the GitHub
// release matching this package version and verifies it against the
// SHA-256 digests pinned in checksums.json before extracting it.
const crypto = require('node:crypto');
const fs = require('node:fs');
const https = require('node:https');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { target } = require('./lib/platform');
const { version, sha256 } = require('./checksums.json');

const RELEASES = 'https://github.com/quill-build/quillc/releases/download';
const binDir = path.join(__dirname, 'bin', 'native');

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { headers: { 'user-agent': `quillc-install/${version}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`GET ${url} -> ${res.statusCode}`));
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error('download timed out')));
    req.on('error', reject);
  });
}

function verify(buf, asset) {
  const expected = sha256[asset];
  if (!expected) throw new Error(`No pinned checksum for ${asset}; refusing to install.`);
  const actual = crypto.createHash('sha256').update(buf).digest('hex');
  if (actual !== expected) {
    throw new Error(`Checksum mismatch for ${asset}\n  expected ${expected}\n  actual   ${actual}`);
  }
}

function extract(archive, asset) {
  fs.mkdirSync(binDir, { recursive: true });
  const tmp = path.join(binDir, asset);
  fs.writeFileSync(tmp, archive);
  try {
    if (asset.endsWith('.zip')) {
      execFileSync('powershell', ['-NoProfile', '-Command',
        `Expand-Archive -Force -LiteralPath '${tmp}' -DestinationPath '${binDir}'`], { stdio: 'ignore' });
    } else {
      execFileSync('tar', ['-xzf', tmp, '-C', binDir], { stdio: 'ignore' });
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

async function main() {
  if (process.env.QUILLC_BINARY_PATH) {
    console.log(`[quillc] using QUILLC_BINARY_PATH=${process.env.QUILLC_BINARY_PATH}`);
    return;
  }
  const { asset, exe } = target();
  const dest = path.join(binDir, exe);
  if (fs.existsSync(dest)) return;

  const url = `${RELEASES}/v${version}/${asset}`;
  const archive = await get(url);
  verify(archive, asset);
  extract(archive, asset);
  if (process.platform !== 'win32') fs.chmodSync(dest, 0o755);

  const reported = execFileSync(dest, ['--version'], { encoding: 'utf8' }).trim();
  if (!reported.includes(version)) {
    throw new Error(`Installed binary reports "${reported}", expected ${version}`);
  }
}

main().catch((err) => {
  console.error(`[quillc] failed to install the native binary: ${err.message}`);
  console.error('[quillc] set QUILLC_BINARY_PATH to a local build to skip the download.');
  process.exit(1);
});
