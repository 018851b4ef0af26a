'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');

let _isWsl;
function isWsl() {
  if (_isWsl !== undefined) return _isWsl;
  if (process.platform !== 'linux') return (_isWsl = false);
  try {
    const v = fs.readFileSync('/proc/version', 'utf8');
    _isWsl = /microsoft|wsl/i.test(v);
  } catch {
    _isWsl = false;
  }
  return _isWsl;
}

function mountRoot() {
  // honour [automount] root = ... in /etc/wsl.conf
  try {
    const conf = fs.readFileSync('/etc/wsl.conf', 'utf8');
    const m = /^\s*root\s*=\s*(\S+)/m.exec(conf.split(/^\[automount\]/m)[1] || '');
    if (m) return m[1].replace(/\/?$/, '/');
  } catch {}
  return '/mnt/';
}

function distroName() {
  return process.env.WSL_DISTRO_NAME || 'Ubuntu';
}

/** C:\Users\me\x -> /mnt/c/Users/me/x ; \\wsl$\Distro\home\me -> /home/me */
function toWsl(winPath, { root = mountRoot() } = {}) {
  const p = String(winPath).replace(/\//g, '\\');
  let m;
  if ((m = /^\\\\(?:wsl\$|wsl\.localhost)\\([^\\]+)(\\.*)?$/i.exec(p))) {
    return (m[2] || '\\').replace(/\\/g, '/');
  }
  if ((m = /^([a-zA-Z]):(\\.*)?$/.exec(p))) {
    return root + m[1].toLowerCase() + (m[2] || '').replace(/\\/g, '/');
  }
  if (p.startsWith('\\\\')) throw new Error('UNC network paths have no WSL mount; map a drive first');
  return p.replace(/\\/g, '/'); // relative
}

/** /mnt/c/Users/me -> C:\Users\me ; /home/me -> \\wsl.localhost\<distro>\home\me */
function toWindows(linuxPath, { root = mountRoot(), distro = distroName() } = {}) {
  const p = String(linuxPath);
  const esc = root.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const m = new RegExp(`^${esc}([a-z])(/.*)?$`, 'i').exec(p);
  if (m) return m[1].toUpperCase() + ':' + ((m[2] || '\\').replace(/\//g, '\\'));
  if (p.startsWith('/')) return `\\\\wsl.localhost\\${distro}` + p.replace(/\//g, '\\');
  return p.replace(/\//g, '\\');
}

/** Use the real wslpath when running inside WSL (handles symlinks/metadata), else the pure-JS version. */
function wslpath(p, mode = '-u') {
  if (isWsl()) {
    try { return execFileSync('wslpath', [mode, p], { encoding: 'utf8' }).trim(); } catch {}
  }
  return mode === '-w' ? toWindows(p) : toWsl(p);
}

/**
 * Known folders of the Windows user, as WSL paths. Only resolves locations; reads nothing inside them.
 * Useful e.g. to open the Windows Downloads folder or find VS Code's Windows settings.json.
 */
function windowsUserDirs() {
  if (!isWsl()) return null;
  const q = (v) => {
    try {
      return execFileSync('cmd.exe', ['/d', '/c', `echo %${v}%`], { encoding: 'utf8', cwd: '/mnt/c', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch { return ''; }
  };
  const profile = q('USERPROFILE');
  if (!profile || profile.includes('%')) return null;
  const home = toWsl(profile);
  return {
    home,
    desktop: `${home}/Desktop`,
    documents: `${home}/Documents`,
    downloads: `${home}/Downloads`,
    appDataRoaming: toWsl(q('APPDATA')),
    appDataLocal: toWsl(q('LOCALAPPDATA')),
  };
}

module.exports = { isWsl, mountRoot, toWsl, toWindows, wslpath, windowsUserDirs };
