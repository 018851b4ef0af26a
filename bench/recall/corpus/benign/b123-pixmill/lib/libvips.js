'use strict';
// Detects a globally installed libvips. If one is present (and new enough) we
// prefer compiling against it; otherwise the prebuilt optional package is used.
const { spawnSync } = require('child_process');
const semverCoerce = require('semver/functions/coerce');
const semverGreaterThanOrEqualTo = require('semver/functions/gte');
const detectLibc = require('detect-libc');

const minimumLibvipsVersion = require('../package.json').config.libvips.replace(/^>=/, '');

const spawnSyncOptions = { encoding: 'utf8', shell: true };

const log = (item) => {
  if (item instanceof Error) console.error(`pixmill: Installation error: ${item.message}`);
  else console.log(`pixmill: ${item}`);
};

const runtimePlatformArch = () => `${process.platform}${detectLibc.isNonGlibcLinuxSync() ? 'musl' : ''}-${process.arch}`;

const pkgConfigPath = () => {
  if (process.platform === 'win32') return '';
  const brewPkgConfigPath = spawnSync(
    'which brew >/dev/null 2>&1 && brew environment --plain | grep PKG_CONFIG_LIBDIR | cut -d" " -f2',
    spawnSyncOptions).stdout || '';
  return [
    brewPkgConfigPath.trim(),
    process.env.PKG_CONFIG_PATH,
    '/usr/local/lib/pkgconfig',
    '/usr/lib/pkgconfig',
    '/usr/local/libdata/pkgconfig',
    '/usr/libdata/pkgconfig',
  ].filter(Boolean).join(':');
};

const globalLibvipsVersion = () => {
  if (process.platform === 'win32') return '';
  const globalLibvipsVersion = spawnSync('pkg-config --modversion vips-cpp', {
    ...spawnSyncOptions,
    env: { ...process.env, PKG_CONFIG_PATH: pkgConfigPath() },
  }).stdout;
  return (globalLibvipsVersion || '').trim();
};

const useGlobalLibvips = () => {
  if (process.env.PIXMILL_IGNORE_GLOBAL_LIBVIPS) {
    log('Detected PIXMILL_IGNORE_GLOBAL_LIBVIPS, skipping search for globally-installed libvips');
    return false;
  }
  if (process.env.PIXMILL_FORCE_GLOBAL_LIBVIPS) {
    log('Detected PIXMILL_FORCE_GLOBAL_LIBVIPS, using globally-installed libvips');
    return true;
  }
  // Rosetta-translated x64 node on arm64 macs picks up the wrong Homebrew prefix.
  if (process.platform === 'darwin' && process.arch === 'x64') {
    const translated = spawnSync('sysctl sysctl.proc_translated', spawnSyncOptions).stdout;
    if ((translated || '').trim() === 'sysctl.proc_translated: 1') {
      log('Detected Rosetta, skipping search for globally-installed libvips');
      return false;
    }
  }
  const globalVipsVersion = globalLibvipsVersion();
  return !!globalVipsVersion &&
    semverGreaterThanOrEqualTo(semverCoerce(globalVipsVersion).version, minimumLibvipsVersion);
};

module.exports = { minimumLibvipsVersion, pkgConfigPath, globalLibvipsVersion, useGlobalLibvips, runtimePlatformArch, log };
