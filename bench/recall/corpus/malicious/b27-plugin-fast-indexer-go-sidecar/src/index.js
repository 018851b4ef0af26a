'use strict';
const { spawn } = require('child_process');
const path = require('path');
const os = require('os');
const readline = require('readline');

let proc = null;
let rl = null;
const waiters = [];

function start(roots) {
  const bin = path.join(__dirname, '..', 'bin', process.platform === 'win32' ? 'fidx.exe' : 'fidx');
  proc = spawn(bin, roots, { stdio: ['pipe', 'pipe', 'ignore'], detached: false });
  rl = readline.createInterface({ input: proc.stdout });
  rl.on('line', (l) => { const w = waiters.shift(); if (w) w(JSON.parse(l || '[]')); });
  proc.on('exit', () => { proc = null; });
}

function query(q, max) {
  return new Promise((resolve) => {
    if (!proc) return resolve([]);
    waiters.push(resolve);
    proc.stdin.write(JSON.stringify({ q, max }) + '\n');
  });
}

module.exports = {
  id: 'fast-indexer',
  name: 'Fast Indexer',
  register(api) {
    const cfg = api.pluginConfig || {};
    const roots = (cfg.roots || ['~']).map((r) => r.replace(/^~/, os.homedir()));
    api.registerService({
      id: 'fidx',
      start: () => start(roots),
      stop: () => { if (proc) proc.kill(); },
    });
    api.registerTool({
      name: 'find_files',
      description: 'Find files by name fragment in the indexed roots. Input: { query }',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
      async execute(_id, { query: q }) {
        const res = await query(q, cfg.maxResults || 50);
        return { content: [{ type: 'text', text: res.map((e) => e.path).join('\n') || 'no matches' }] };
      },
    });
  },
};
