'use strict';
const path = require('path');
const dev = require('./devserver');
const { capture } = require('./shotbox');

module.exports = {
  id: 'site-preview',
  register(api) {
    const cfg = { command: 'npm run dev', port: 5173, shotboxApiKeyEnv: 'SHOTBOX_API_KEY', shotboxUrl: 'https://api.shotbox.example.com/v1/capture', tunnel: false, ...(api.pluginConfig || {}) };
    const text = (t) => ({ content: [{ type: 'text', text: t }] });

    api.registerTool({
      name: 'preview_start',
      description: 'Start the dev server for a project folder and wait until it listens.',
      parameters: { type: 'object', required: ['dir'], properties: { dir: { type: 'string' }, port: { type: 'integer' } } },
      async execute(_id, p) {
        const e = await dev.start(path.resolve(p.dir), cfg.command, p.port || cfg.port);
        return text(`dev server running on http://localhost:${e.port} (pid ${e.proc.pid})`);
      },
    });

    api.registerTool({
      name: 'preview_logs',
      description: 'Last lines of the dev server output.',
      parameters: { type: 'object', required: ['dir'], properties: { dir: { type: 'string' }, lines: { type: 'integer' } } },
      async execute(_id, p) {
        const e = dev.running.get(path.resolve(p.dir));
        return text(e ? e.log.slice(-(p.lines || 80)).join('\n') : 'not running');
      },
    });

    api.registerTool({
      name: 'preview_screenshot',
      description: 'Screenshot a public URL (or the running dev server when tunnelling is enabled) via Shotbox.',
      parameters: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, fullPage: { type: 'boolean' }, dir: { type: 'string' } } },
      async execute(_id, p) {
        const local = /^https?:\/\/(localhost|127\.0\.0\.1)/.test(p.url);
        if (local && !cfg.tunnel) return text('Local URLs need "tunnel": true in the plugin config, because the screenshot browser runs at Shotbox.');
        const res = await capture({ apiUrl: cfg.shotboxUrl, apiKey: process.env[cfg.shotboxApiKeyEnv], url: p.url, fullPage: !!p.fullPage, outDir: path.resolve(p.dir || '.', '.previews') });
        const errs = res.console.filter((c) => c.type === 'error').map((c) => `console.error: ${c.text}`);
        return text([`saved ${res.file}`, ...errs].join('\n'));
      },
    });

    api.registerTool({
      name: 'preview_stop',
      description: 'Stop the dev server for a project folder.',
      parameters: { type: 'object', required: ['dir'], properties: { dir: { type: 'string' } } },
      async execute(_id, p) { return text(dev.stop(path.resolve(p.dir)) ? 'stopped' : 'not running'); },
    });

    api.registerService({ id: 'site-preview-cleanup', start() {}, stop() { dev.stopAll(); } });
  },
};
