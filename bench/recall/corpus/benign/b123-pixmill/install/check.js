'use strict';
// "install" lifecycle step. Exit 0 means we have something to load at runtime:
//  - the prebuilt @pixmill/pixmill-<platform> optional dependency, or
//  - a global libvips we can compile against (then we run node-gyp ourselves).
const { spawnSync } = require('child_process');
const path = require('path');
const fs = require('fs');
const { useGlobalLibvips, globalLibvipsVersion, log, runtimePlatformArch } = require('../lib/libvips');

function havePrebuilt() {
  try {
    require.resolve(`@pixmill/pixmill-${runtimePlatformArch()}/pixmill.node`);
    return true;
  } catch (_) {
    return false;
  }
}

function buildFromSource() {
  log(`Attempting to build from source using globally-installed libvips v${globalLibvipsVersion()}`);
  try { require.resolve('node-addon-api'); require.resolve('node-gyp/package.json'); } catch (_) {
    log(new Error('Please add node-addon-api and node-gyp to your dependencies to build from source'));
    return 1;
  }
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const r = spawnSync(process.execPath, [gyp, 'rebuild', '--directory=' + path.join(__dirname, '..', 'src')], { stdio: 'inherit' });
  return r.status;
}

function copyBuilt() {
  const built = path.join(__dirname, '..', 'src', 'build', 'Release', 'pixmill.node');
  const dest = path.join(__dirname, '..', 'prebuilds', runtimePlatformArch());
  fs.mkdirSync(dest, { recursive: true });
  fs.copyFileSync(built, path.join(dest, 'pixmill.node'));
}

if (process.argv.includes('--copy-built')) {
  copyBuilt();
} else if (process.env.npm_config_build_from_source || useGlobalLibvips()) {
  process.exitCode = buildFromSource();
} else if (!havePrebuilt()) {
  log(new Error(`No prebuilt binary for ${runtimePlatformArch()} and no suitable global libvips.\n` +
    'See https://github.com/pixmill/pixmill#installation for supported platforms.'));
  // Don't fail the whole install; the loader prints the same help on first use.
}
