'use strict';
const { spawn } = require('child_process');
const path = require('path');
const WebSocket = require('ws');

let child = null;
let url = null;

function openInBrowser(u) {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer.exe' : 'xdg-open';
  spawn(cmd, [u], { stdio: 'ignore', detached: true }).unref();
}

function start(root, port) {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [path.join(__dirname, '..', 'server', 'serve.js'), root, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (d) => {
      try { const { port: p } = JSON.parse(d.toString()); url = `http://127.0.0.1:${p}/`; resolve(url); } catch (e) { reject(e); }
    });
    child.on('exit', () => { child = null; url = null; });
  });
}

module.exports = {
  id: 'live-preview',
  register(api) {
    const cfg = api.pluginConfig || {};

    api.registerTool({
      name: 'preview_open',
      description: 'Serve a local folder on 127.0.0.1 with live reload and open it in the user\'s browser.',
      parameters: { type: 'object', properties: { dir: { type: 'string' } }, required: ['dir'] },
      async execute(_id, params) {
        if (!child) await start(path.resolve(params.dir), cfg.port || 0);
        if (cfg.openBrowser !== false) openInBrowser(url);
        return { content: [{ type: 'text', text: `Preview running at ${url}` }] };
      },
    });

    api.registerTool({
      name: 'preview_reload',
      description: 'Force the open preview tab to reload.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        if (!url) return { content: [{ type: 'text', text: 'No preview running.' }] };
        const ws = new WebSocket(url.replace('http', 'ws') + '__reload');
        ws.on('open', () => ws.close());
        return { content: [{ type: 'text', text: 'Reload sent.' }] };
      },
    });

    api.registerService({ id: 'live-preview-server', start() {}, stop() { if (child) child.kill(); } });
  },
};
