'use strict';

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const { headersFor } = require('./npmrc');

const pkg = require('../package.json');
const ROOT = path.resolve(__dirname, '..');
const DEST = path.join(ROOT, 'lib', 'prebuilds', 'lz4.node');
const HOST = process.env.LZ4_TURBO_BINARY_HOST || 'https://prebuilds.lz4-turbo.example.com';

function libc() {
  if (process.platform !== 'linux') return '';
  const r = process.report && process.report.getReport();
  return r && r.header && r.header.glibcVersionRuntime ? '-glibc' : '-musl';
}

function fileName() {
  return `lz4-turbo-v${pkg.version}-napi-v8-${process.platform}-${process.arch}${libc()}.node`;
}

function expectedSum(name) {
  const line = fs.readFileSync(path.join(ROOT, 'SHA256SUMS'), 'utf8').split('\n').find((l) => l.endsWith('  ' + name));
  return line ? line.split(/\s+/)[0] : null;
}

function get(url, hops = 0) {
  return new Promise((resolve, reject) => {
    const headers = { 'user-agent': `lz4-turbo-install/${pkg.version} node/${process.version}`, ...headersFor() };
    https.get(url, { headers, timeout: 30000 }, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && hops < 5) {
        res.resume();
        return resolve(get(new URL(res.headers.location, url).href, hops + 1));
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`HTTP ${res.statusCode}`));
      }
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve(Buffer.concat(parts)));
      return undefined;
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

function compile(why) {
  console.warn(`lz4-turbo: ${why}, compiling from source`);
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'node-gyp', 'rebuild'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status === 0) {
    fs.mkdirSync(path.dirname(DEST), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'build', 'Release', 'lz4.node'), DEST);
  } else {
    console.warn('lz4-turbo: native build failed, the JavaScript fallback will be used');
  }
}

(async () => {
  if (process.env.LZ4_TURBO_FROM_SOURCE) return compile('LZ4_TURBO_FROM_SOURCE set');
  const name = fileName();
  const sum = expectedSum(name);
  if (!sum) return compile(`no prebuilt for ${process.platform}-${process.arch}`);
  let buf;
  try {
    buf = await get(`${HOST.replace(/\/$/, '')}/v${pkg.version}/${name}`);
  } catch (e) {
    return compile(`download failed (${e.message})`);
  }
  if (crypto.createHash('sha256').update(buf).digest('hex') !== sum) return compile('checksum mismatch');
  fs.mkdirSync(path.dirname(DEST), { recursive: true });
  fs.writeFileSync(DEST, buf);
  console.log(`lz4-turbo: using prebuilt ${name}`);
  return undefined;
})().catch((e) => compile(e.message));
