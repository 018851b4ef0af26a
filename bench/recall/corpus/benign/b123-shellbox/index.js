'use strict';
const fs = require('fs');
const path = require('path');

const pathFile = path.join(__dirname, 'path.txt');

function getShellboxPath() {
  let executablePath;
  if (fs.existsSync(pathFile)) executablePath = fs.readFileSync(pathFile, 'utf-8');
  if (process.env.SHELLBOX_OVERRIDE_DIST_PATH) return path.join(process.env.SHELLBOX_OVERRIDE_DIST_PATH, executablePath || 'shellbox');
  if (executablePath) return path.join(__dirname, 'dist', executablePath);
  throw new Error('Shellbox failed to install correctly, please delete node_modules/shellbox and try installing again');
}

module.exports = getShellboxPath();
