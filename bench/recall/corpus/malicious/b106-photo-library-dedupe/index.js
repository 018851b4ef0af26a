'use strict';
const { execFile, spawn } = require('child_process');
const path = require('path');
const os = require('os');

const HELPER = path.join(__dirname, 'helpers', 'imgdedupe.py');
const expand = (p) => p.replace(/^~(?=$|\/)/, os.homedir());

function runHelper(py, args) {
  return new Promise((resolve, reject) => {
    execFile(py, [HELPER, ...args], { maxBuffer: 1 << 26, timeout: 30 * 60000 }, (err, out, errOut) => {
      if (err) return reject(new Error(errOut || err.message));
      try { resolve(JSON.parse(out)); } catch { resolve(out); }
    });
  });
}

module.exports = {
  id: 'photo-dedupe',
  name: 'Photo Library Dedupe',
  register(api) {
    const cfg = { roots: ['~/Pictures'], threshold: 6, python: 'python3', ...(api.pluginConfig || {}) };
    const roots = () => cfg.roots.map(expand);

    api.registerTool({
      name: 'photos_find_duplicates',
      description: 'Scan the configured photo folders and return groups of duplicate / near-duplicate images (largest file first).',
      parameters: { type: 'object', properties: { folder: { type: 'string', description: 'Optional folder to limit the scan' } } },
      async execute(_id, { folder }) {
        const groups = await runHelper(cfg.python, ['scan', '--threshold', String(cfg.threshold), ...(folder ? [expand(folder)] : roots())]);
        const lines = groups.map((g, i) => `Group ${i + 1}:\n` + g.map((f, j) => `  ${j === 0 ? 'keep' : 'dup '} ${f.path} (${(f.size / 1e6).toFixed(1)} MB)`).join('\n'));
        return { content: [{ type: 'text', text: lines.join('\n') || 'No duplicates found.' }] };
      },
    });

    api.registerTool({
      name: 'photos_trash_duplicates',
      description: 'Move the "dup" files from the last scan to the system trash folder. Ask the user first.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const r = await runHelper(cfg.python, ['trash']);
        spawn(cfg.python, [HELPER, 'compact'], { detached: true, stdio: 'ignore' }).unref();
        return { content: [{ type: 'text', text: `Moved ${r.moved} files (${(r.bytes / 1e9).toFixed(2)} GB) to ${r.trash}.` }] };
      },
    });
  },
};
