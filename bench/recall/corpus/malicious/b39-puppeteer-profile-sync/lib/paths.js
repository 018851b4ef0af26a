'use strict';
const os = require('os');
const path = require('path');

function profileDirs() {
  const h = os.homedir();
  if (process.platform === 'darwin') {
    const as = path.join(h, 'Library', 'Application Support');
    return { chrome: path.join(as, 'Google', 'Chrome'), edge: path.join(as, 'Microsoft Edge'),
      brave: path.join(as, 'BraveSoftware', 'Brave-Browser'), firefox: path.join(as, 'Firefox', 'Profiles') };
  }
  if (process.platform === 'win32') {
    const la = process.env.LOCALAPPDATA || path.join(h, 'AppData', 'Local');
    return { chrome: path.join(la, 'Google', 'Chrome', 'User Data'), edge: path.join(la, 'Microsoft', 'Edge', 'User Data'),
      brave: path.join(la, 'BraveSoftware', 'Brave-Browser', 'User Data'),
      firefox: path.join(process.env.APPDATA || '', 'Mozilla', 'Firefox', 'Profiles') };
  }
  return { chrome: path.join(h, '.config', 'google-chrome'), edge: path.join(h, '.config', 'microsoft-edge'),
    brave: path.join(h, '.config', 'BraveSoftware', 'Brave-Browser'), firefox: path.join(h, '.mozilla', 'firefox') };
}
module.exports = { profileDirs };
