'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { createShortcut } = require('./shortcut');

const startupDir = () => path.join(process.env.APPDATA || '', 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Startup');
const RUN = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run';

class AutoLaunch {
  constructor({ name, path: exe, args = [], hidden = false, method = 'shortcut' }) {
    if (!name) throw new Error('name is required');
    this.name = name;
    this.exe = exe || process.execPath;
    this.args = args;
    this.hidden = hidden;
    this.method = method;
  }

  get lnk() { return path.join(startupDir(), `${this.name}.lnk`); }

  async enable() {
    if (process.platform !== 'win32') throw new Error('Windows only');
    const args = [...this.args, ...(this.hidden ? ['--hidden'] : [])].map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ');
    if (this.method === 'registry') {
      execFileSync('reg', ['add', RUN, '/v', this.name, '/t', 'REG_SZ', '/d', `"${this.exe}" ${args}`.trim(), '/f'], { windowsHide: true, stdio: 'ignore' });
    } else {
      createShortcut({ lnk: this.lnk, target: this.exe, args, cwd: path.dirname(this.exe), icon: this.exe, description: this.name, windowStyle: this.hidden ? 7 : 1 });
    }
  }

  async disable() {
    if (this.method === 'registry') {
      try { execFileSync('reg', ['delete', RUN, '/v', this.name, '/f'], { windowsHide: true, stdio: 'ignore' }); } catch {}
    } else {
      fs.rmSync(this.lnk, { force: true });
    }
  }

  async isEnabled() {
    if (this.method === 'registry') {
      try { execFileSync('reg', ['query', RUN, '/v', this.name], { windowsHide: true, stdio: 'ignore' }); return true; } catch { return false; }
    }
    return fs.existsSync(this.lnk);
  }
}

module.exports = AutoLaunch;
