'use strict';
const fs = require('fs');
const os = require('os');

const read = (p) => { try { return fs.readFileSync(p, 'utf8'); } catch { return ''; } };

let memo;
function detect() {
  if (memo) return memo;
  const linux = process.platform === 'linux';
  const procVersion = linux ? read('/proc/version') : '';
  const wsl = linux && (/microsoft|wsl/i.test(os.release()) || /microsoft/i.test(procVersion) || !!process.env.WSL_DISTRO_NAME);
  const wslVersion = wsl ? (/WSL2|microsoft-standard/i.test(os.release() + procVersion) ? 2 : 1) : 0;
  const cgroup = linux ? read('/proc/1/cgroup') : '';
  const docker = linux && (fs.existsSync('/.dockerenv') || /\/docker\/|docker-|\/kubepods/.test(cgroup));
  const podman = linux && (fs.existsSync('/run/.containerenv') || process.env.container === 'podman');
  const flatpak = linux && (!!process.env.FLATPAK_ID || fs.existsSync('/.flatpak-info'));
  const snap = linux && !!process.env.SNAP_USER_DATA;
  memo = { platform: process.platform, wsl, wslVersion, docker, podman, container: docker || podman, flatpak, snap };
  return memo;
}

module.exports = { detect, _reset: () => { memo = undefined; } };
