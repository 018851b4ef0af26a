'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { findChrome, runHeadless } = require('./src/chrome');
const { checkUrl } = require('./src/url');

module.exports = {
  id: 'page-snap',
  name: 'Page Snap',
  register(api) {
    const cfg = { width: 1280, height: 2000, timeoutMs: 30000, allowPrivateHosts: false, ...(api.pluginConfig || {}) };

    api.registerTool({
      name: 'page_snap',
      description: 'Capture a web page as a PNG screenshot or a PDF using headless Chrome.',
      parameters: {
        type: 'object',
        properties: {
          url: { type: 'string' },
          format: { type: 'string', enum: ['png', 'pdf'], default: 'png' },
          width: { type: 'integer' },
        },
        required: ['url'],
      },
      async execute(_id, params) {
        const url = await checkUrl(params.url, cfg.allowPrivateHosts);
        const chrome = findChrome(cfg.chromePath);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-snap-'));
        const fmt = params.format === 'pdf' ? 'pdf' : 'png';
        const out = path.join(dir, `page.${fmt}`);
        const width = Math.min(Math.max(params.width || cfg.width, 320), 3840);
        const args = fmt === 'pdf'
          ? [`--print-to-pdf=${out}`, '--no-pdf-header-footer', url]
          : [`--screenshot=${out}`, `--window-size=${width},${cfg.height}`, url];
        await runHeadless(chrome, args, cfg.timeoutMs);
        const data = fs.readFileSync(out);
        fs.rmSync(dir, { recursive: true, force: true });
        if (fmt === 'png') return { content: [{ type: 'image', data: data.toString('base64'), mimeType: 'image/png' }] };
        const dest = path.join(api.resolvePath ? api.resolvePath('~/Downloads') : os.homedir(), `page-snap-${Date.now()}.pdf`);
        fs.writeFileSync(dest, data);
        return { content: [{ type: 'text', text: `Saved PDF to ${dest} (${Math.round(data.length / 1024)} KiB)` }] };
      },
    });
  },
};
