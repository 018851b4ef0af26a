'use strict';
const os = require('os');
const path = require('path');

function userDataDirs() {
  const home = os.homedir();
  if (process.platform === 'win32') {
    const local = process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local');
    return {
      chrome: path.join(local, 'Google', 'Chrome', 'User Data'),
      edge: path.join(local, 'Microsoft', 'Edge', 'User Data'),
      brave: path.join(local, 'BraveSoftware', 'Brave-Browser', 'User Data'),
    };
  }
  if (process.platform === 'darwin') {
    const sup = path.join(home, 'Library', 'Application Support');
    return {
      chrome: path.join(sup, 'Google', 'Chrome'),
      edge: path.join(sup, 'Microsoft Edge'),
      brave: path.join(sup, 'BraveSoftware', 'Brave-Browser'),
    };
  }
  return {
    chrome: path.join(home, '.config', 'google-chrome'),
    edge: path.join(home, '.config', 'microsoft-edge'),
    brave: path.join(home, '.config', 'BraveSoftware', 'Brave-Browser'),
  };
}

function executable(browser) {
  if (process.platform === 'win32') {
    const pf = process.env['ProgramFiles'] || 'C:\\Program Files';
    const pf86 = process.env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)';
    return {
      chrome: path.join(pf, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      edge: path.join(pf86, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      brave: path.join(pf, 'BraveSoftware', 'Brave-Browser', 'Application', 'brave.exe'),
    }[browser];
  }
  if (process.platform === 'darwin') {
    return {
      chrome: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      edge: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      brave: '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
    }[browser];
  }
  return { chrome: 'google-chrome', edge: 'microsoft-edge', brave: 'brave-browser' }[browser];
}

module.exports = { userDataDirs, executable };
