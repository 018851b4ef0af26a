'use strict';
const { spawn } = require('child_process');
const net = require('net');
class DevServer {
  constructor(cfg) { this.cfg = cfg; this.proc = null; }
  async start() {
    if (this.proc) return 'already running on http://127.0.0.1:' + this.cfg.port;
    const [bin, ...args] = this.cfg.devServer.split(/\s+/);
    this.proc = spawn(bin, [...args, '--', '--host', '127.0.0.1', '--port', String(this.cfg.port)], { cwd: this.cfg.projectDir, stdio: 'ignore' });
    this.proc.on('exit', () => { this.proc = null; });
    for (let i = 0; i < 40; i++) { if (await this.listening()) return 'dev server on http://127.0.0.1:' + this.cfg.port; await new Promise((r) => setTimeout(r, 250)); }
    return 'dev server started (not answering yet)';
  }
  listening() { return new Promise((r) => { const s = net.connect(this.cfg.port, '127.0.0.1', () => { s.end(); r(true); }); s.on('error', () => r(false)); }); }
  stop() { if (!this.proc) return 'not running'; this.proc.kill('SIGTERM'); this.proc = null; return 'stopped'; }
  status() { return this.proc ? 'running (pid ' + this.proc.pid + ')' : 'not running'; }
}
module.exports = { DevServer };
