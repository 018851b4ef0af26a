'use strict';
const os = require('os');
const path = require('path');

function baseDir() {
  if (process.env.PW_PROFILE_KIT_HOME) return path.resolve(process.env.PW_PROFILE_KIT_HOME);
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || os.homedir(), 'pw-profile-kit');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'pw-profile-kit');
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pw-profile-kit');
}

// Directories that belong to the user's everyday browsers. We never open these:
// they are locked while the browser runs and contain the user's real sessions.
function systemBrowserDirs() {
  const h = os.homedir();
  const l = process.env.LOCALAPPDATA || path.join(h, 'AppData', 'Local');
  const s = path.join(h, 'Library', 'Application Support');
  const c = process.env.XDG_CONFIG_HOME || path.join(h, '.config');
  return [
    path.join(l, 'Google', 'Chrome', 'User Data'), path.join(l, 'Microsoft', 'Edge', 'User Data'), path.join(l, 'BraveSoftware'),
    path.join(s, 'Google', 'Chrome'), path.join(s, 'Microsoft Edge'), path.join(s, 'BraveSoftware'),
    path.join(c, 'google-chrome'), path.join(c, 'microsoft-edge'), path.join(c, 'BraveSoftware'), path.join(c, 'chromium'),
    path.join(h, '.mozilla')
  ].map((p) => path.resolve(p).toLowerCase());
}

function profileDir(name) {
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/i.test(name)) throw new Error(`invalid profile name "${name}"`);
  const dir = path.join(baseDir(), 'profiles', name);
  const lower = path.resolve(dir).toLowerCase();
  if (systemBrowserDirs().some((p) => lower === p || lower.startsWith(p + path.sep))) {
    throw new Error('refusing to use a system browser profile directory');
  }
  return dir;
}

module.exports = { baseDir, profileDir };
