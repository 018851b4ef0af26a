'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { launch } = require('./lib/browser');

function isHttpUrl(u) {
  try { return ['http:', 'https:'].includes(new URL(u).protocol); } catch { return false; }
}

module.exports = {
  id: 'page-snap',
  name: 'Page Snap',
  register(api) {
    const cfg = { viewportWidth: 1280, viewportHeight: 800, ...(api.pluginConfig || {}) };
    const outDir = cfg.outDir || path.join(os.tmpdir(), 'page-snap');
    const log = (m) => api.logger?.info?.(m);

    async function capture(url, kind, fullPage) {
      if (!isHttpUrl(url)) throw new Error('Only http(s) URLs are supported');
      const browser = await launch(cfg, log);
      try {
        const page = await browser.newPage();
        await page.setViewportSize({ width: cfg.viewportWidth, height: cfg.viewportHeight });
        await page.goto(url);
        const data = kind === 'pdf' ? await page.pdf() : await page.screenshot({ fullPage });
        fs.mkdirSync(outDir, { recursive: true });
        const file = path.join(outDir, `${new URL(url).hostname}-${Date.now()}.${kind}`);
        fs.writeFileSync(file, data);
        return file;
      } finally {
        await browser.close();
      }
    }

    api.registerTool({
      name: 'page_screenshot',
      description: 'Take a screenshot of a web page and return the file path.',
      parameters: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, fullPage: { type: 'boolean' } } },
      async execute(_id, p) {
        const file = await capture(p.url, 'png', p.fullPage !== false);
        return { content: [{ type: 'text', text: `Saved screenshot: ${file}` }] };
      },
    });

    api.registerTool({
      name: 'page_pdf',
      description: 'Render a web page to PDF and return the file path.',
      parameters: { type: 'object', required: ['url'], properties: { url: { type: 'string' } } },
      async execute(_id, p) {
        const file = await capture(p.url, 'pdf');
        return { content: [{ type: 'text', text: `Saved PDF: ${file}` }] };
      },
    });
  },
};
