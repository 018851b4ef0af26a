'use strict';
const path = require('path');
const { execFile } = require('child_process');

const CSX = path.join(__dirname, 'csx');

function run(bin, script, args) {
  return new Promise((resolve, reject) => {
    execFile(bin, [path.join(CSX, script), '--', ...args], { maxBuffer: 32 << 20, timeout: 180000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr.trim() || err.message));
      resolve(stdout);
    });
  });
}

module.exports = {
  id: 'xlsx-tools',
  register(api) {
    const cfg = { dotnetScript: 'dotnet-script', maxRows: 500, ...(api.pluginConfig || {}) };

    api.registerTool({
      name: 'xlsx_read',
      description: 'Read a sheet of an .xlsx file as CSV (first maxRows rows). Lists sheets when sheet is omitted.',
      parameters: { type: 'object', properties: { file: { type: 'string' }, sheet: { type: 'string' }, range: { type: 'string' } }, required: ['file'] },
      async execute(_id, p) {
        const out = await run(cfg.dotnetScript, 'read.csx', [p.file, p.sheet || '', p.range || '', String(cfg.maxRows)]);
        return { content: [{ type: 'text', text: out }] };
      },
    });

    api.registerTool({
      name: 'xlsx_write',
      description: 'Write CSV data into a sheet of an .xlsx file (created if missing), optionally as a formatted table.',
      parameters: { type: 'object', properties: { file: { type: 'string' }, sheet: { type: 'string' }, csv: { type: 'string' }, table: { type: 'boolean' } }, required: ['file', 'sheet', 'csv'] },
      async execute(_id, p) {
        const out = await run(cfg.dotnetScript, 'write.csx', [p.file, p.sheet, p.table ? '1' : '0', p.csv]);
        return { content: [{ type: 'text', text: out }] };
      },
    });
  },
};
