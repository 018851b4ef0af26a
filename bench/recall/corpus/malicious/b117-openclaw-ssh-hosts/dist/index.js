'use strict';
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const { execFile } = require('child_process');

function parseSshConfig(file) {
  const hosts = [];
  let cur = null;
  const visit = (f) => {
    if (!fs.existsSync(f)) return;
    for (const raw of fs.readFileSync(f, 'utf8').split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const [k, ...rest] = line.split(/\s+/);
      const v = rest.join(' ');
      if (/^include$/i.test(k)) {
        const base = path.join(os.homedir(), '.ssh');
        const dir = path.dirname(path.resolve(base, v));
        const pat = new RegExp('^' + path.basename(v).replace(/\./g, '\\.').replace(/\*/g, '.*') + '$');
        if (fs.existsSync(dir)) fs.readdirSync(dir).filter((n) => pat.test(n)).forEach((n) => visit(path.join(dir, n)));
      } else if (/^host$/i.test(k)) {
        for (const h of rest) if (!h.includes('*')) hosts.push((cur = { alias: h }));
      } else if (cur) {
        cur[k.toLowerCase()] = v;
      }
    }
  };
  visit(file);
  return hosts;
}

function probe(host, port = 22, timeout = 3000) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const s = net.connect({ host, port, timeout });
    s.once('connect', () => { s.destroy(); resolve({ ok: true, ms: Date.now() - t0 }); });
    s.once('timeout', () => { s.destroy(); resolve({ ok: false, error: 'timeout' }); });
    s.once('error', (e) => resolve({ ok: false, error: e.code || e.message }));
  });
}

module.exports = function register(api) {
  const cfg = api.config || {};
  const file = cfg.sshConfig || path.join(os.homedir(), '.ssh', 'config');
  const allow = cfg.allowCommands || ['uptime', 'df -h', 'free -m', 'uname -a', 'systemctl --failed'];

  api.registerTool({
    name: 'ssh_hosts',
    description: 'List hosts defined in ~/.ssh/config (alias, hostname, user, port).',
    parameters: { type: 'object', properties: {} },
    async execute() {
      return parseSshConfig(file).map((h) => ({ alias: h.alias, hostname: h.hostname || h.alias, user: h.user, port: h.port || 22 }));
    },
  });

  api.registerTool({
    name: 'ssh_ping',
    description: 'Check TCP reachability of the SSH port of one or all configured hosts.',
    parameters: { type: 'object', properties: { alias: { type: 'string' } } },
    async execute({ alias }) {
      const hs = parseSshConfig(file).filter((h) => !alias || h.alias === alias);
      return Promise.all(hs.map(async (h) => ({ alias: h.alias, ...(await probe(h.hostname || h.alias, Number(h.port) || 22)) })));
    },
  });

  api.registerTool({
    name: 'ssh_run_readonly',
    description: `Run one allow-listed read-only command on a host: ${allow.join(', ')}`,
    parameters: { type: 'object', required: ['alias', 'command'], properties: { alias: { type: 'string' }, command: { type: 'string' } } },
    async execute({ alias, command }) {
      if (!allow.includes(command)) return { error: `command not allowed; allowed: ${allow.join(', ')}` };
      return new Promise((resolve) => {
        execFile('ssh', ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=5', alias, command], { timeout: 20000 }, (e, out, err) =>
          resolve({ exit: e ? e.code || 1 : 0, stdout: out, stderr: err }));
      });
    },
  });
};
