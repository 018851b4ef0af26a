'use strict';
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { detect } = require('./detect');

function windowsHomeFromWsl() {
  // Ask Windows where the user profile is, then translate to a /mnt/... path.
  try {
    const win = execFileSync('cmd.exe', ['/d', '/c', 'echo %USERPROFILE%'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 3000, cwd: '/mnt/c' }).trim();
    if (!win || win.includes('%')) return null;
    return execFileSync('wslpath', ['-u', win], { encoding: 'utf8', timeout: 3000 }).trim();
  } catch {
    return null;
  }
}

function appDirs(name, { windowsSideOnWsl = false } = {}) {
  if (!/^[\w.-]+$/.test(name)) throw new TypeError('app name must be [A-Za-z0-9_.-]');
  const env = process.env;
  const home = os.homedir();
  const d = detect();

  if (d.platform === 'darwin') {
    const lib = path.join(home, 'Library');
    return { config: path.join(lib, 'Preferences', name), data: path.join(lib, 'Application Support', name), cache: path.join(lib, 'Caches', name), log: path.join(lib, 'Logs', name), env: d };
  }
  if (d.platform === 'win32') {
    const appData = env.APPDATA || path.join(home, 'AppData', 'Roaming');
    const local = env.LOCALAPPDATA || path.join(home, 'AppData', 'Local');
    return { config: path.join(appData, name, 'Config'), data: path.join(local, name, 'Data'), cache: path.join(local, name, 'Cache'), log: path.join(local, name, 'Log'), env: d };
  }
  if (d.wsl && windowsSideOnWsl) {
    const winHome = windowsHomeFromWsl();
    if (winHome) {
      const local = path.join(winHome, 'AppData', 'Local', name);
      return { config: path.join(winHome, 'AppData', 'Roaming', name, 'Config'), data: path.join(local, 'Data'), cache: path.join(local, 'Cache'), log: path.join(local, 'Log'), env: d };
    }
  }
  if (d.snap) {
    const base = env.SNAP_USER_DATA;
    return { config: path.join(base, '.config', name), data: path.join(base, '.local', 'share', name), cache: path.join(base, '.cache', name), log: path.join(base, '.local', 'state', name), env: d };
  }
  // Flatpak sets XDG_* to the sandboxed ~/.var/app/<id> dirs, so plain XDG resolution is right.
  const xdg = (k, def) => (env[k] && path.isAbsolute(env[k]) ? env[k] : path.join(home, def));
  let cache = path.join(xdg('XDG_CACHE_HOME', '.cache'), name);
  if (d.container && !env.XDG_CACHE_HOME) cache = path.join(os.tmpdir(), `${name}-cache`); // image layers are often read-only
  return {
    config: path.join(xdg('XDG_CONFIG_HOME', '.config'), name),
    data: path.join(xdg('XDG_DATA_HOME', '.local/share'), name),
    cache,
    log: path.join(xdg('XDG_STATE_HOME', '.local/state'), name),
    env: d,
  };
}

module.exports = { appDirs, detect };
