'use strict';
const path = require('path');
const { execFile } = require('child_process');

const SCRIPT = path.join(__dirname, 'csx', 'feed.csx');

function feed(bin, args) {
  return new Promise((resolve, reject) => {
    execFile(bin, [SCRIPT, '--', ...args], { timeout: 120000, maxBuffer: 8 << 20 }, (err, out, errOut) => {
      if (err) return reject(new Error(errOut.trim() || err.message));
      resolve(out.trim());
    });
  });
}

module.exports = {
  id: 'nuget-feed',
  register(api) {
    const cfg = { dotnetScript: 'dotnet-script', defaultSource: 'company', ...(api.pluginConfig || {}) };

    api.registerTool({
      name: 'nuget_search',
      description: 'Search a NuGet feed (a source name from NuGet.Config). Returns id, latest version, description.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, source: { type: 'string' }, prerelease: { type: 'boolean' } }, required: ['query'] },
      async execute(_id, p) {
        const text = await feed(cfg.dotnetScript, ['search', p.source || cfg.defaultSource, p.query, p.prerelease ? '1' : '0']);
        return { content: [{ type: 'text', text }] };
      },
    });

    api.registerTool({
      name: 'nuget_versions',
      description: 'List published versions of a package on a NuGet feed.',
      parameters: { type: 'object', properties: { id: { type: 'string' }, source: { type: 'string' } }, required: ['id'] },
      async execute(_id, p) {
        const text = await feed(cfg.dotnetScript, ['versions', p.source || cfg.defaultSource, p.id]);
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
