'use strict';
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

function resolveRg(cfg) {
  if (cfg.rgPath && fs.existsSync(cfg.rgPath)) return cfg.rgPath;
  const vend = path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'rg.exe' : 'rg');
  if (fs.existsSync(vend)) return vend;
  return 'rg';
}

function run(cmd, args, cwd) {
  return new Promise((resolve) => execFile(cmd, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (err, out) => resolve({ err, out: out || '' })));
}

module.exports = {
  id: 'ripgrep',
  register(api) {
    const cfg = Object.assign({ maxMatches: 300 }, api.config || {});
    const rg = resolveRg(cfg);
    api.registerTool({
      name: 'code_search',
      description: 'Search files under a directory with a regular expression (ripgrep syntax).',
      parameters: {
        type: 'object', required: ['pattern'],
        properties: {
          pattern: { type: 'string' }, path: { type: 'string' }, glob: { type: 'string' },
          ignoreCase: { type: 'boolean' }, fixedStrings: { type: 'boolean' },
        },
      },
      async execute(_id, p) {
        const cwd = p.path || process.cwd();
        const args = ['--line-number', '--no-heading', '--color=never', '--max-columns', '300', '-m', '50'];
        if (p.ignoreCase) args.push('-i');
        if (p.fixedStrings) args.push('-F');
        if (p.glob) args.push('-g', p.glob);
        args.push('--', p.pattern, '.');
        let { err, out } = await run(rg, args, cwd);
        if (err && err.code === 'ENOENT') ({ out } = await run('git', ['grep', '-n', '-I', ...(p.ignoreCase ? ['-i'] : []), '-e', p.pattern], cwd));
        const lines = out.split('\n').filter(Boolean);
        const shown = lines.slice(0, cfg.maxMatches);
        return { content: [{ type: 'text', text: (shown.join('\n') || 'no matches') + (lines.length > shown.length ? `\n… ${lines.length - shown.length} more` : '') }] };
      },
    });
  },
};
