'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { platformId } = require('../lib/index');
const { version, files } = require('../lib/checksums.json');

const VENDOR = path.join(__dirname, '..', 'vendor');
const BASE = process.env.PROTOC_MIRROR || 'https://github.com/protocolbuffers/protobuf/releases/download';

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': 'protoc-prebuilt-installer' } }, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).toString(), redirects - 1));
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.PROTOC_SKIP_DOWNLOAD || process.env.PROTOC_BINARY) {
    console.log('protoc-prebuilt: download skipped');
    return;
  }
  const plat = platformId();
  const name = `protoc-${version}-${plat}.zip`;
  const url = `${BASE}/v${version}/${name}`;
  console.log(`protoc-prebuilt: fetching ${url}`);
  const zip = await get(url);
  const digest = crypto.createHash('sha256').update(zip).digest('hex');
  if (digest !== files[plat]) {
    throw new Error(`checksum mismatch for ${name}: expected ${files[plat]}, got ${digest}`);
  }
  const AdmZip = require('adm-zip');
  fs.rmSync(VENDOR, { recursive: true, force: true });
  fs.mkdirSync(VENDOR, { recursive: true });
  const archive = new AdmZip(zip);
  for (const entry of archive.getEntries()) {
    const dest = path.resolve(VENDOR, entry.entryName);
    if (!dest.startsWith(VENDOR + path.sep)) throw new Error(`refusing to extract ${entry.entryName}`);
    if (entry.isDirectory) continue;
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, entry.getData());
  }
  const bin = path.join(VENDOR, 'bin', process.platform === 'win32' ? 'protoc.exe' : 'protoc');
  if (process.platform !== 'win32') fs.chmodSync(bin, 0o755);
  console.log(`protoc-prebuilt: installed protoc ${version} (${plat})`);
}

main().catch((err) => {
  console.error(`protoc-prebuilt: ${err.message}`);
  console.error('Set PROTOC_BINARY to an existing protoc to skip the download.');
  process.exit(1);
});
