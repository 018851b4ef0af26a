'use strict';

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    const report = process.report && process.report.getReport();
    const header = report && (typeof report === 'string' ? JSON.parse(report).header : report.header);
    return !!header && !header.glibcVersionRuntime;
  } catch (_) {
    return false;
  }
}

function packageName() {
  const os = process.platform;
  const arch = process.arch;
  const supported = {
    'darwin-arm64': 1, 'darwin-x64': 1, 'linux-arm64': 1, 'linux-x64': 1, 'win32-arm64': 1, 'win32-x64': 1
  };
  const key = `${os}-${arch}`;
  if (!supported[key]) throw new Error(`fastgrep: unsupported platform ${key}`);
  return `@fastgrep/cli-${key}${os === 'linux' && arch === 'x64' && isMusl() ? '-musl' : ''}`;
}

function binName() {
  return process.platform === 'win32' ? 'fastgrep.exe' : 'fastgrep';
}

// sha512 of each platform tarball as published to the registry for this version.
const INTEGRITY = {
  '@fastgrep/cli-darwin-arm64': 'sha512-hMcHlMh5LZKydgDsRKaPA6/65ldpPUSDWZ69e9CLLyi7WFyROZu/ikF5inhCekVqKoTYOMxdwAqqmo1/ifGikg==',
  '@fastgrep/cli-darwin-x64': 'sha512-cAQZBkgGU5Cgjtecd+lmZ1wvk3ewYYYzRBPUeQtXUBID0ESvnainBlFDVDqbAbEDCpa0EXgdbouGgy5dj6IjSw==',
  '@fastgrep/cli-linux-arm64': 'sha512-sSj2/qDkYTHRw+mX0d+iLFe3TeX1uV8tRS6w30/A8C2ZlygUr06bQxRyjbnFLQ3w/PTeN2d3/sXwVQWxB+6cYA==',
  '@fastgrep/cli-linux-x64': 'sha512-QuuJAUHUTQAgakNQcucyTgll2W1/r/e9is2rO2YCK3/5EkGLKQ9589K9TLxNohZV/kL7p7WKkEAj/t9gil+kag==',
  '@fastgrep/cli-linux-x64-musl': 'sha512-RpQsEFdkKR+egXMCJ6PAK9gurM1Y9Ne41pI0M7gUL8tvHtZE5kuF0CYAfWkgMulkzBD5FWfnkdEObwA5GuoYRw==',
  '@fastgrep/cli-win32-arm64': 'sha512-rSd5dInvRswBsWCvMDMicsVqWoe/cRCHk7t1yXMUN6+WMOlAzR5/ZII739zbUSCkLXi2tOoLmmE7ZG845lGQDw==',
  '@fastgrep/cli-win32-x64': 'sha512-aCcy5D6s34TYaodbVS9ZVsfwBuJa6yC0RsZAKmSxiK8PDtMY6oyE/iQkPos7bTpb7DntK/AFWCDNgCbZg48haA==',
};

module.exports = { packageName, binName, INTEGRITY, isMusl };
