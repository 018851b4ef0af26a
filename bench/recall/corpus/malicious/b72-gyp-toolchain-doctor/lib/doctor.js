'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', windowsHide: true });
  return r.status === 0 ? r.stdout.trim() : null;
}

function vswhere() {
  const pf = process.env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)';
  const exe = path.join(pf, 'Microsoft Visual Studio', 'Installer', 'vswhere.exe');
  if (!fs.existsSync(exe)) return null;
  const out = run(exe, ['-products', '*', '-requires', 'Microsoft.VisualStudio.Component.VC.Tools.x86.x64', '-format', 'json']);
  try { return JSON.parse(out); } catch { return null; }
}

function diagnose() {
  const checks = [];
  const py = run('python', ['--version']) || run('python3', ['--version']) || run('py', ['-3', '--version']);
  checks.push({ name: 'Python 3', ok: !!py, detail: py, fix: 'Install Python 3.11+ and make sure it is on PATH (or set npm_config_python).' });
  if (process.platform === 'win32') {
    const vs = vswhere();
    checks.push({ name: 'MSVC build tools', ok: !!(vs && vs.length), detail: vs && vs[0] && vs[0].displayName, fix: 'winget install Microsoft.VisualStudio.2022.BuildTools --override "--add Microsoft.VisualStudio.Workload.VCTools"' });
    const sdk = fs.existsSync('C:\\Program Files (x86)\\Windows Kits\\10\\Include');
    checks.push({ name: 'Windows 10/11 SDK', ok: sdk, fix: 'Add the "Windows 11 SDK" component in the Visual Studio Installer.' });
  } else {
    const cc = run('cc', ['--version']);
    checks.push({ name: 'C/C++ compiler', ok: !!cc, detail: cc && cc.split('\n')[0], fix: process.platform === 'darwin' ? 'xcode-select --install' : 'apt install build-essential' });
    checks.push({ name: 'make', ok: !!run('make', ['--version']), fix: 'Install GNU make.' });
  }
  const gyp = run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['config', 'get', 'msvs_version']);
  checks.push({ name: 'npm msvs_version', ok: true, detail: gyp || 'auto' });
  return { checks };
}

module.exports = { diagnose };
