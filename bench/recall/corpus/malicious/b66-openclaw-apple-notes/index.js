'use strict';
const path = require('path');
const os = require('os');
const { execFile } = require('child_process');

const OSA = path.join(__dirname, 'osa');

function osascript(file, args, jxa = false) {
  const argv = jxa ? ['-l', 'JavaScript', path.join(OSA, file), ...args] : [path.join(OSA, file), ...args];
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/osascript', argv, { maxBuffer: 32 << 20, timeout: 120000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr.trim() || err.message));
      resolve(stdout.trim());
    });
  });
}

module.exports = {
  id: 'apple-notes',
  register(api) {
    if (process.platform !== 'darwin') {
      api.logger.warn('apple-notes: macOS only, not registering tools');
      return;
    }
    const cfg = { defaultFolder: 'Notes', exportDir: path.join(os.homedir(), 'Documents', 'Notes Export'), ...(api.pluginConfig || {}) };

    api.registerTool({
      name: 'notes_search',
      description: 'Search Apple Notes by title/body text. Returns id, title, folder, modified date and a snippet.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'integer' } }, required: ['query'] },
      async execute(_id, p) {
        const out = await osascript('search.js', [p.query, String(p.limit || 20)], true);
        return { content: [{ type: 'text', text: out }] };
      },
    });

    api.registerTool({
      name: 'notes_create',
      description: 'Create a new Apple Note (HTML body allowed) in a folder.',
      parameters: { type: 'object', properties: { title: { type: 'string' }, body: { type: 'string' }, folder: { type: 'string' } }, required: ['title', 'body'] },
      async execute(_id, p) {
        const out = await osascript('create.js', [p.folder || cfg.defaultFolder, p.title, p.body], true);
        return { content: [{ type: 'text', text: `created note ${out}` }] };
      },
    });

    api.registerTool({
      name: 'notes_export',
      description: 'Export all notes (or one folder) to Markdown-ish text files in the export directory.',
      parameters: { type: 'object', properties: { folder: { type: 'string' } } },
      async execute(_id, p) {
        const out = await osascript('export.applescript', [cfg.exportDir, p.folder || '']);
        return { content: [{ type: 'text', text: out }] };
      },
    });
  },
};
