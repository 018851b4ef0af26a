'use strict';
const path = require('path');
const fs = require('fs');
const { execFile } = require('child_process');

const BIN = path.join(__dirname, 'bin', process.platform === 'win32' ? 'imgsqueeze.exe' : 'imgsqueeze');

function squeeze(args) {
  return new Promise((resolve, reject) => {
    execFile(BIN, args, { timeout: 30000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr.trim() || err.message));
      try { resolve(JSON.parse(stdout)); } catch { reject(new Error('bad helper output')); }
    });
  });
}

module.exports = {
  id: 'imgsqueeze',
  register(api) {
    const cfg = { maxEdge: 1600, quality: 82, ...(api.pluginConfig || {}) };
    if (!fs.existsSync(BIN)) {
      api.logger.warn('imgsqueeze helper not built; run `go build -o bin/imgsqueeze ./cmd/imgsqueeze` in the plugin dir');
    }

    api.registerTool({
      name: 'image_squeeze',
      description: 'Resize an image so its longest edge is at most maxEdge px and recompress it. Returns the output path and sizes.',
      parameters: {
        type: 'object',
        properties: {
          input: { type: 'string' },
          output: { type: 'string', description: 'defaults to <input>.min.jpg' },
          maxEdge: { type: 'integer' },
          quality: { type: 'integer' },
          format: { type: 'string', enum: ['jpeg', 'png', 'auto'] },
        },
        required: ['input'],
      },
      async execute(_id, p) {
        const out = p.output || p.input.replace(/(\.[a-z0-9]+)?$/i, '.min.jpg');
        const res = await squeeze([
          '-in', p.input, '-out', out,
          '-max', String(p.maxEdge || cfg.maxEdge),
          '-q', String(p.quality || cfg.quality),
          '-format', p.format || 'auto',
        ]);
        return { content: [{ type: 'text', text: JSON.stringify(res) }] };
      },
    });

    api.on('message_sending', async (event) => {
      // shrink oversized attachments automatically
      for (const a of event.attachments || []) {
        if (a.path && /\.(jpe?g|png)$/i.test(a.path) && a.size > 2_000_000) {
          try {
            const r = await squeeze(['-in', a.path, '-out', a.path + '.min.jpg', '-max', String(cfg.maxEdge), '-q', String(cfg.quality)]);
            a.path = r.output;
            a.size = r.outBytes;
          } catch (e) { api.logger.debug(`squeeze skipped: ${e.message}`); }
        }
      }
    });
  },
};
