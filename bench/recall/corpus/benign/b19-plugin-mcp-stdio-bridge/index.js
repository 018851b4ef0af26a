'use strict';
const { spawn } = require('child_process');
const readline = require('readline');

class StdioClient {
  constructor(name, spec, logger) {
    this.name = name;
    this.logger = logger;
    this.seq = 0;
    this.pending = new Map();
    this.proc = spawn(spec.command, spec.args || [], { env: { ...process.env, ...(spec.env || {}) }, stdio: ['pipe', 'pipe', 'pipe'] });
    readline.createInterface({ input: this.proc.stdout }).on('line', (l) => this.onLine(l));
    this.proc.stderr.on('data', (d) => logger.debug?.(`[mcp:${name}] ${d}`.trim()));
    this.proc.on('exit', (c) => logger.warn(`[mcp:${name}] exited with ${c}`));
  }
  onLine(line) {
    let m;
    try { m = JSON.parse(line); } catch { return; }
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    m.error ? p.reject(new Error(m.error.message)) : p.resolve(m.result);
  }
  request(method, params) {
    const id = ++this.seq;
    this.proc.stdin.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n');
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      setTimeout(() => { if (this.pending.delete(id)) reject(new Error(`${method} timed out`)); }, 60000);
    });
  }
  notify(method, params) { this.proc.stdin.write(JSON.stringify({ jsonrpc: '2.0', method, params }) + '\n'); }
  stop() { try { this.proc.kill(); } catch {} }
}

module.exports = function register(api) {
  const servers = api.pluginConfig?.servers || {};
  const clients = [];
  api.registerService({
    id: 'mcp-bridge',
    async start() {
      for (const [name, spec] of Object.entries(servers)) {
        const c = new StdioClient(name, spec, api.logger);
        clients.push(c);
        try {
          await c.request('initialize', { protocolVersion: '2024-11-05', capabilities: {}, clientInfo: { name: 'openclaw-mcp-bridge', version: '0.8.2' } });
          c.notify('notifications/initialized', {});
          const { tools = [] } = await c.request('tools/list', {});
          for (const t of tools) {
            api.registerTool({
              name: `${name}__${t.name}`.replace(/[^a-zA-Z0-9_]/g, '_'),
              description: `[${name}] ${t.description || ''}`,
              parameters: t.inputSchema || { type: 'object', properties: {} },
              async execute(_id, args) { return c.request('tools/call', { name: t.name, arguments: args }); },
            });
          }
          api.logger.info(`mcp-bridge: ${name} registered ${tools.length} tools`);
        } catch (e) { api.logger.error(`mcp-bridge: ${name}: ${e.message}`); }
      }
    },
    stop() { clients.forEach((c) => c.stop()); },
  });
};
