'use strict';

// Mirrors esbuild's install.js:
// 1. The right native binary normally arrives as an optionalDependency.
// 2. If the package manager skipped it, install that one package with npm into
//    a temp dir (scripts disabled) and copy the binary.
// 3. If npm is unavailable, fetch the tarball directly from the registry the user
//    is configured to use and extract just the binary.
// Every path ends by running `<binary> --version` and checking it matches.

const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const https = require('https');
const child = require('child_process');
const { pkgAndSubpath } = require('./lib/platform');

const version = require('./package.json').version;

function validate(bin) {
  const out = child.execFileSync(bin, ['--version'], { stdio: ['ignore', 'pipe', 'inherit'] }).toString().trim();
  if (out !== version) throw new Error(`Expected ${JSON.stringify(version)} but got ${JSON.stringify(out)}`);
}

function fetchBuf(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if ((res.statusCode === 301 || res.statusCode === 302) && res.headers.location) return fetchBuf(res.headers.location).then(resolve, reject);
      if (res.statusCode !== 200) return reject(new Error(`Server responded with ${res.statusCode}`));
      const chunks = [];
      res.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

function extractFromTgz(tgz, subpath) {
  const tar = zlib.unzipSync(tgz);
  const want = `package/${subpath}`;
  for (let off = 0; off + 512 <= tar.length;) {
    const name = tar.toString('utf8', off, off + 100).replace(/\0.*$/s, '');
    const size = parseInt(tar.toString('utf8', off + 124, off + 136), 8) || 0;
    off += 512;
    if (name === want) return tar.subarray(off, off + size);
    off += (size + 511) & ~511;
  }
  throw new Error(`Could not find ${JSON.stringify(want)} in archive`);
}

function installWithNpm(pkg, sub, dest) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rapidpack-'));
  try {
    fs.writeFileSync(path.join(tmp, 'package.json'), '{}');
    child.execSync(`npm install --loglevel=error --prefer-offline --no-audit --progress=false --ignore-scripts ${pkg}@${version}`, { cwd: tmp, stdio: 'pipe' });
    fs.copyFileSync(path.join(tmp, 'node_modules', pkg, sub), dest);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function installFromRegistry(pkg, sub, dest) {
  let registry = 'https://registry.npmjs.org';
  try {
    registry = child.execSync('npm config get registry', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().replace(/\/+$/, '') || registry;
  } catch (_) {}
  const url = `${registry}/${pkg}/-/${pkg.replace('@rapidpack/', '')}-${version}.tgz`;
  const meta = JSON.parse((await fetchBuf(`${registry}/${pkg}/${version}`)).toString());
  const tgz = await fetchBuf(url);
  const crypto = require('crypto');
  const [algo, b64] = meta.dist.integrity.split('-');
  if (crypto.createHash(algo).update(tgz).digest('base64') !== b64) throw new Error('integrity check failed');
  fs.writeFileSync(dest, extractFromTgz(tgz, sub), { mode: 0o755 });
}

async function main() {
  const { pkg, sub } = pkgAndSubpath();
  try {
    validate(require.resolve(`${pkg}/${sub}`));
    return;
  } catch (_) {}
  const dest = path.join(__dirname, 'bin', `downloaded-${pkg.replace('/', '-')}-${path.basename(sub)}`);
  try {
    installWithNpm(pkg, sub, dest);
  } catch (e) {
    console.error(`[rapidpack] Trying to install "${pkg}" using npm failed, downloading from the registry instead`);
    await installFromRegistry(pkg, sub, dest);
  }
  fs.chmodSync(dest, 0o755);
  validate(dest);
}

main().catch((e) => {
  console.error(`[rapidpack] Failed to install the native binary: ${e.message}`);
  process.exit(1);
});
