'use strict';
const { execFileSync } = require('child_process');
const path = require('path');
const fs = require('fs');

function vswhere() {
  const pf = process.env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)';
  const exe = path.join(pf, 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
  if (!fs.existsSync(exe)) return [];
  const out = execFileSync(exe, ['-products', '*', '-requires', 'Microsoft.VisualStudio.Component.VC.Tools.x86.x64', '-format', 'json', '-utf8'], { encoding: 'utf8' });
  return JSON.parse(out);
}

function latest() {
  const all = vswhere().sort((a, b) => (a.installationVersion < b.installationVersion ? 1 : -1));
  return all[0] || null;
}

function environment(arch = process.arch === 'arm64' ? 'arm64' : 'x64') {
  if (process.platform !== 'win32') return {};
  const inst = latest();
  if (!inst) throw new Error('Visual Studio Build Tools with the C++ workload were not found');
  const bat = path.join(inst.installationPath, 'VC', 'Auxiliary', 'Build', 'vcvarsall.bat');
  const out = execFileSync('cmd.exe', ['/d', '/s', '/c', `"${bat}" ${arch} >nul && set`], { encoding: 'utf8', windowsHide: true });
  const env = {};
  for (const line of out.split(/\r?\n/)) {
    const i = line.indexOf('=');
    if (i > 0) env[line.slice(0, i)] = line.slice(i + 1);
  }
  return env;
}

module.exports = { vswhere, latest, environment };
