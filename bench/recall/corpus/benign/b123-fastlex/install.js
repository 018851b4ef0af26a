'use strict';
// Postinstall for fastlex.
//
// The native executable normally arrives through one of the platform-specific
// optionalDependencies. Some setups skip optional deps, so as a fallback we fetch
// the very same tarball from the npm registry, check it against the integrity
// string the registry publishes for it, and extract only the binary.
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const https = require('https');
const crypto = require('crypto');
const child_process = require('child_process');
const { pkgAndSubpathForCurrentPlatform, downloadedBinPath } = require('./lib/platform');

const versionFromPackageJSON = require('./package.json').version;
const REGISTRY = (process.env.npm_config_registry || 'https://registry.npmjs.org/').replace(/\/?$/, '/');

function fetch(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        return fetch(new URL(res.headers.location, url).href, redirects - 1).then(resolve, reject);
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`Server responded with ${res.statusCode} for ${url}`));
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

// Minimal ustar reader: we only need one regular file out of the tarball.
function extractFileFromTarGzip(buffer, subpath) {
  try {
    buffer = zlib.unzipSync(buffer);
  } catch (err) {
    throw new Error(`Invalid gzip data in archive: ${(err && err.message) || err}`);
  }
  const str = (i, n) => String.fromCharCode(...buffer.subarray(i, i + n)).replace(/\0.*$/, '');
  let offset = 0;
  subpath = `package/${subpath}`;
  while (offset < buffer.length) {
    const name = str(offset, 100);
    const size = parseInt(str(offset + 124, 12), 8);
    offset += 512;
    if (!isNaN(size)) {
      if (name === subpath) return buffer.subarray(offset, offset + size);
      offset += (size + 511) & ~511;
    }
  }
  throw new Error(`Could not find ${JSON.stringify(subpath)} in archive`);
}

function verifyIntegrity(buffer, integrity) {
  const [algo, expected] = integrity.split('-');
  if (!['sha512', 'sha384', 'sha256'].includes(algo)) throw new Error(`Unsupported integrity algorithm ${algo}`);
  const actual = crypto.createHash(algo).update(buffer).digest('base64');
  if (actual !== expected) {
    throw new Error(`Integrity check failed: expected ${integrity}, got ${algo}-${actual}`);
  }
}

function validateBinaryVersion(binaryPath) {
  const stdout = child_process.execFileSync(binaryPath, ['--version'], { stdio: 'pipe' }).toString().trim();
  if (stdout !== versionFromPackageJSON) {
    throw new Error(`Expected ${JSON.stringify(versionFromPackageJSON)} but got ${JSON.stringify(stdout)}`);
  }
}

async function downloadDirectlyFromNPM(pkg, subpath, binPath) {
  const metaUrl = `${REGISTRY}${pkg.replace('/', '%2f')}/${versionFromPackageJSON}`;
  console.error(`[fastlex] Trying to download ${JSON.stringify(pkg)} from ${REGISTRY}`);
  const meta = JSON.parse((await fetch(metaUrl)).toString('utf8'));
  if (!meta.dist || !meta.dist.tarball || !meta.dist.integrity) {
    throw new Error(`Registry metadata for ${pkg}@${versionFromPackageJSON} has no dist.integrity`);
  }
  const tgz = await fetch(meta.dist.tarball);
  verifyIntegrity(tgz, meta.dist.integrity);
  fs.writeFileSync(binPath, extractFileFromTarGzip(tgz, subpath));
  fs.chmodSync(binPath, 0o755);
}

function isYarnPnP() {
  return !!process.versions.pnp;
}

async function checkAndPreparePackage() {
  if (process.env.FASTLEX_BINARY_PATH) {
    console.error('[fastlex] FASTLEX_BINARY_PATH is set, skipping binary installation');
    return;
  }
  const { pkg, subpath } = pkgAndSubpathForCurrentPlatform();
  let binPath;
  try {
    binPath = require.resolve(`${pkg}/${subpath}`);
  } catch (e) {
    console.error(`[fastlex] Failed to find package "${pkg}" on the file system

This can happen if you use the "--no-optional" flag. The "optionalDependencies"
package.json feature is used by fastlex to install the correct binary executable
for your current platform. Falling back to a direct download.`);
    binPath = downloadedBinPath(pkg, subpath);
    try {
      await downloadDirectlyFromNPM(pkg, subpath, binPath);
    } catch (e3) {
      throw new Error(`Failed to install package "${pkg}": ${e3 && e3.message}`);
    }
  }
  if (!isYarnPnP()) validateBinaryVersion(binPath);
}

checkAndPreparePackage().catch((e) => {
  console.error(e && e.message ? e.message : e);
  process.exit(1);
});
