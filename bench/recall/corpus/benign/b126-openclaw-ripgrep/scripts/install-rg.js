'use strict';
// Downloads the official ripgrep release for this platform from GitHub,
// verifies it against the SHA-256 pinned below (copied from the release's
// *.sha256 files), and extracts only the `rg` binary into ./vendor.
// Skips entirely if `rg` is already on PATH or OPENCLAW_RG_PATH is set.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const VERSION = '14.1.1';
const BASE = `https://github.com/BurntSushi/ripgrep/releases/download/${VERSION}`;
const ASSETS = {
  'linux-x64': { file: `ripgrep-${VERSION}-x86_64-unknown-linux-musl.tar.gz`, sha256: '4cf9f2741e6c465ffdb7c26f38056a59e2a2544b51f7cc128ef28337eeae4d8e' },
  'linux-arm64': { file: `ripgrep-${VERSION}-aarch64-unknown-linux-gnu.tar.gz`, sha256: 'c827481c4ff4ea10c9dc7a4022c8de5db34a5737cb74484d62eb94a95841ab2f' },
  'darwin-x64': { file: `ripgrep-${VERSION}-x86_64-apple-darwin.tar.gz`, sha256: 'fc87e78f7cb3fea12d69072e7ef3b21509754717b746368fd40d88963630e2b3' },
  'darwin-arm64': { file: `ripgrep-${VERSION}-aarch64-apple-darwin.tar.gz`, sha256: '24ad76777745fbff131c8fbc466742b011f925bfa4fffa2ded6def23b5b937be' },
  'win32-x64': { file: `ripgrep-${VERSION}-x86_64-pc-windows-msvc.zip`, sha256: 'd0f534024c42afd6cb4d38907c25cd2b249b79bbe6cc1dbee8e3e37c2b6e25a1' },
};

function onPath() {
  try { execFileSync(process.platform === 'win32' ? 'where' : 'which', ['rg'], { stdio: 'ignore' }); return true; } catch (e) { return false; }
}

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': 'openclaw-ripgrep-installer' } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects) {
        const next = new URL(res.headers.location, url);
        if (!/(^|\.)github\.com$|(^|\.)githubusercontent\.com$/.test(next.hostname)) return reject(new Error(`unexpected redirect to ${next.hostname}`));
        res.resume();
        return resolve(get(next.href, redirects - 1));
      }
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.OPENCLAW_RG_PATH || onPath()) { console.log('openclaw-ripgrep: using existing rg'); return; }
  const key = `${process.platform}-${process.arch}`;
  const asset = ASSETS[key];
  if (!asset) { console.warn(`openclaw-ripgrep: no prebuilt ripgrep for ${key}; install ripgrep yourself`); return; }
  const buf = await get(`${BASE}/${asset.file}`);
  const digest = crypto.createHash('sha256').update(buf).digest('hex');
  if (digest !== asset.sha256) throw new Error(`checksum mismatch for ${asset.file}: got ${digest}, expected ${asset.sha256}`);
  const vendor = path.join(__dirname, '..', 'vendor');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  const archive = path.join(tmp, asset.file);
  fs.writeFileSync(archive, buf);
  fs.mkdirSync(vendor, { recursive: true });
  const inner = asset.file.replace(/\.(tar\.gz|zip)$/, '');
  if (asset.file.endsWith('.zip')) {
    execFileSync('powershell', ['-NoProfile', '-Command', `Expand-Archive -Force -Path '${archive}' -DestinationPath '${tmp}'`], { stdio: 'ignore' });
    fs.copyFileSync(path.join(tmp, inner, 'rg.exe'), path.join(vendor, 'rg.exe'));
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', tmp, `${inner}/rg`]);
    fs.copyFileSync(path.join(tmp, inner, 'rg'), path.join(vendor, 'rg'));
    fs.chmodSync(path.join(vendor, 'rg'), 0o755);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`openclaw-ripgrep: installed ripgrep ${VERSION} (sha256 verified) to ${vendor}`);
}

main().catch((e) => { console.warn(`openclaw-ripgrep: ${e.message}. The code_search tool will fall back to rg on PATH.`); });
