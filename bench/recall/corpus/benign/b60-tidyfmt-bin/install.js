'use strict';

const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const path = require('path');
const zlib = require('zlib');

const { version, files } = require('./checksums.json');
const BASE = process.env.TIDYFMT_DOWNLOAD_BASE || `https://downloads.tidyfmt.example.com/releases/v${version}`;
const VENDOR = path.join(__dirname, 'vendor');

const TRIPLES = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64': 'x86_64-pc-windows-msvc',
};

function fetch(url, hops = 0) {
  return new Promise((resolve, reject) => {
    https
      .get(url, (res) => {
        if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && hops < 5) {
          res.resume();
          const next = new URL(res.headers.location, url);
          if (next.protocol !== 'https:') return reject(new Error('refusing non-https redirect'));
          return resolve(fetch(next.toString(), hops + 1));
        }
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`download failed: HTTP ${res.statusCode} for ${url}`));
        }
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
}

function untarSingle(tarBuf, wanted) {
  let off = 0;
  while (off + 512 <= tarBuf.length) {
    const name = tarBuf.toString('utf8', off, off + 100).replace(/\0.*$/, '');
    if (!name) break;
    const size = parseInt(tarBuf.toString('utf8', off + 124, off + 136).replace(/\0.*$/, '').trim() || '0', 8);
    const body = off + 512;
    if (path.basename(name) === wanted) return tarBuf.subarray(body, body + size);
    off = body + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${wanted} not found in archive`);
}

async function main() {
  if (process.env.TIDYFMT_BINARY_PATH) {
    console.log(`tidyfmt: using TIDYFMT_BINARY_PATH=${process.env.TIDYFMT_BINARY_PATH}`);
    return;
  }
  const triple = TRIPLES[`${process.platform}-${process.arch}`];
  if (!triple) throw new Error(`unsupported platform ${process.platform}-${process.arch}`);
  const asset = `tidyfmt-${triple}.tar.gz`;
  const expected = files[asset];
  const archive = await fetch(`${BASE}/${asset}`);
  const actual = crypto.createHash('sha256').update(archive).digest('hex');
  if (actual !== expected) {
    throw new Error(`checksum mismatch for ${asset}\n  expected ${expected}\n  got      ${actual}`);
  }
  const exe = process.platform === 'win32' ? 'tidyfmt.exe' : 'tidyfmt';
  const bin = untarSingle(zlib.gunzipSync(archive), exe);
  fs.mkdirSync(VENDOR, { recursive: true });
  fs.writeFileSync(path.join(VENDOR, exe), bin, { mode: 0o755 });
  console.log(`tidyfmt ${version} installed (${asset}, sha256 verified)`);
}

main().catch((e) => {
  console.error(`tidyfmt-bin: ${e.message}`);
  console.error('You can set TIDYFMT_BINARY_PATH to an existing tidyfmt binary instead.');
  process.exit(1);
});
