'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const pkg = require('../package.json');
const VERSION = pkg.gitleaks.version;
const REPO = pkg.gitleaks.repo;
const DEST_DIR = path.join(__dirname, '..', 'vendor');
const EXE = process.platform === 'win32' ? 'gitleaks.exe' : 'gitleaks';

const OS_MAP = { darwin: 'darwin', linux: 'linux', win32: 'windows' };
const ARCH_MAP = { x64: 'x64', arm64: 'arm64', ia32: 'x32', arm: 'armv7' };

function log(msg) { console.log(`[gitleaks] ${msg}`); }

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `npm-gitleaks-installer/${pkg.version}` } }, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        const next = new URL(res.headers.location, url);
        if (!['github.com', 'objects.githubusercontent.com', 'release-assets.githubusercontent.com'].includes(next.hostname)) {
          return reject(new Error(`unexpected redirect host ${next.hostname}`));
        }
        return resolve(get(next.href, redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.GITLEAKS_BINARY) {
    log(`using GITLEAKS_BINARY=${process.env.GITLEAKS_BINARY}; skipping download`);
    return;
  }
  if (process.env.npm_config_offline === 'true') {
    log('npm is offline; skipping download. Set GITLEAKS_BINARY to a local gitleaks.');
    return;
  }
  const osName = OS_MAP[process.platform];
  const arch = ARCH_MAP[process.arch];
  if (!osName || !arch) throw new Error(`unsupported platform ${process.platform}/${process.arch}`);

  const ext = osName === 'windows' ? 'zip' : 'tar.gz';
  const asset = `gitleaks_${VERSION}_${osName}_${arch}.${ext}`;
  const base = `https://github.com/${REPO}/releases/download/v${VERSION}`;

  log(`downloading ${asset}`);
  const [archive, sums] = await Promise.all([get(`${base}/${asset}`), get(`${base}/gitleaks_${VERSION}_checksums.txt`)]);

  const expected = sums.toString('utf8').split('\n').map((l) => l.trim().split(/\s+/)).find(([, name]) => name === asset)?.[0];
  const actual = crypto.createHash('sha256').update(archive).digest('hex');
  if (!expected) throw new Error(`no checksum for ${asset} in release checksums`);
  if (expected !== actual) throw new Error(`checksum mismatch for ${asset}: expected ${expected}, got ${actual}`);
  log(`sha256 verified (${actual.slice(0, 16)}…)`);

  fs.mkdirSync(DEST_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gitleaks-'));
  const archivePath = path.join(tmp, asset);
  fs.writeFileSync(archivePath, archive);
  if (ext === 'zip') {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -LiteralPath '${archivePath}' -DestinationPath '${tmp}' -Force`]);
  } else {
    execFileSync('tar', ['-xzf', archivePath, '-C', tmp, EXE]);
  }
  fs.copyFileSync(path.join(tmp, EXE), path.join(DEST_DIR, EXE));
  fs.chmodSync(path.join(DEST_DIR, EXE), 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`installed ${path.join(DEST_DIR, EXE)}`);
}

main().catch((err) => {
  console.error(`[gitleaks] install failed: ${err.message}`);
  console.error('[gitleaks] you can install gitleaks yourself (brew install gitleaks) and set GITLEAKS_BINARY.');
  process.exitCode = 0; // do not break the whole npm install
});
