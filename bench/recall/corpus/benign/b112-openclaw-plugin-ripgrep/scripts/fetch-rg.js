'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const VENDOR = path.join(ROOT, 'vendor');
const { version, assets } = require('../checksums.json');
const log = (m) => process.stderr.write(`[openclaw-plugin-ripgrep] ${m}\n`);

function onPath(bin) {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const e of exts) if (dir && fs.existsSync(path.join(dir, bin + e))) return path.join(dir, bin + e);
  }
  return null;
}

function download(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': 'openclaw-plugin-ripgrep' } }, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && redirects > 0) {
        const next = new URL(res.headers.location, url);
        if (!/(^|\.)github\.com$|(^|\.)githubusercontent\.com$/.test(next.hostname)) return reject(new Error(`unexpected redirect to ${next.hostname}`));
        res.resume();
        return resolve(download(next.href, redirects - 1));
      }
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.OPENCLAW_RG_SKIP_DOWNLOAD === '1') return log('skip: OPENCLAW_RG_SKIP_DOWNLOAD=1');
  const existing = onPath('rg');
  if (existing) return log(`using system ripgrep at ${existing}`);
  const key = `${process.platform}-${process.arch}`;
  const asset = assets[key];
  if (!asset) return log(`no prebuilt ripgrep for ${key}; install it with your package manager`);

  const url = `https://github.com/BurntSushi/ripgrep/releases/download/${version}/${asset.file}`;
  log(`downloading ${url}`);
  const buf = await download(url);
  const sha = crypto.createHash('sha256').update(buf).digest('hex');
  if (sha !== asset.sha256) throw new Error(`checksum mismatch for ${asset.file}: got ${sha}`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocrg-'));
  const archive = path.join(tmp, asset.file);
  fs.writeFileSync(archive, buf);
  const inner = asset.file.replace(/\.(tar\.gz|zip)$/, '');
  const binName = process.platform === 'win32' ? 'rg.exe' : 'rg';
  if (asset.file.endsWith('.zip')) {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -LiteralPath '${archive}' -DestinationPath '${tmp}' -Force`]);
  } else {
    execFileSync('tar', ['-xzf', archive, '-C', tmp, `${inner}/${binName}`]);
  }
  fs.mkdirSync(VENDOR, { recursive: true });
  fs.copyFileSync(path.join(tmp, inner, binName), path.join(VENDOR, binName));
  if (process.platform !== 'win32') fs.chmodSync(path.join(VENDOR, binName), 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`installed ripgrep ${version} to vendor/${binName} (sha256 verified)`);
}

main().catch((e) => {
  log(`could not install ripgrep: ${e.message}`);
  log('the code_search tool will fall back to `git grep`');
});
