'use strict';
const TARGETS = {
  'linux-x64': { pkg: '@fastdiff/linux-x64', triple: 'x86_64-unknown-linux-musl', ext: 'tar.gz', exe: 'fastdiff' },
  'linux-arm64': { pkg: '@fastdiff/linux-arm64', triple: 'aarch64-unknown-linux-musl', ext: 'tar.gz', exe: 'fastdiff' },
  'darwin-arm64': { pkg: '@fastdiff/darwin-arm64', triple: 'aarch64-apple-darwin', ext: 'tar.gz', exe: 'fastdiff' },
  'darwin-x64': { pkg: '@fastdiff/darwin-x64', triple: 'x86_64-apple-darwin', ext: 'tar.gz', exe: 'fastdiff' },
  'win32-x64': { pkg: '@fastdiff/win32-x64', triple: 'x86_64-pc-windows-msvc', ext: 'zip', exe: 'fastdiff.exe' }
};

function currentTarget() {
  const key = `${process.platform}-${process.arch}`;
  const t = TARGETS[key];
  if (!t) throw new Error(`fastdiff: unsupported platform ${key}`);
  return t;
}

module.exports = { currentTarget, TARGETS };
