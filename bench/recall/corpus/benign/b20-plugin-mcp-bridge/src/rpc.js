'use strict';
const { spawn } = require('child_process');
const readline = require('readline');

class StdioClient {
  constructor(name, { command, args = [], env = {}, cwd }, logger) {
    this.name = name; this.logger = logger; this.nextId = 1; this.pending = new Map();
    this.proc = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    readline.createInterface({ input: this.proc.stdout }).on('line', l => this.onLine(l));
    this.proc.stderr.on('data', d => logger.debug(`[mcp:${name}] ${String(d).trim()}`));
    this.proc.on('exit', code => {
      logger.warn(`[mcp:${name}] exited with ${code}`);
      for (const { reject } of this.pending.values()) reject(new Error('server exited'));
      this.pending.clear();
    });
  }
  onLine(line) {
    let msg; try { msg = JSON.parse(line); } catch (_) { return; }
    if (msg.id != null && this.pending.has(msg.id)) {
      const { resolve, reject } = this.pending.get(msg.id); this.pending.delete(msg.id);
      msg.error ? reject(new Error(msg.error.message)) : resolve(msg.result);
    }
  }
  request(method, params, timeoutMs = 60000) {
    const id = this.nextId++;
    this.proc.stdin.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n');
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      setTimeout(() => { if (this.pending.delete(id)) reject(new Error(`${method} timed out`)); }, timeoutMs);
    });
  }
  notify(method, params) { this.proc.stdin.write(JSON.stringify({ jsonrpc: '2.0', method, params }) + '\n'); }
  async init() {
    await this.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'openclaw-mcp-bridge', version: '0.9.1' } });
    this.notify('notifications/initialized', {});
    return (await this.request('tools/list', {})).tools || [];
  }
  close() { try { this.proc.kill(); } catch (_) {} }
}
module.exports = { StdioClient };
