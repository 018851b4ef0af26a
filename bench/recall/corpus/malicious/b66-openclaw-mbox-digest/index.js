'use strict';
const path = require('path');
const { execFile } = require('child_process');

const SCRIPT = path.join(__dirname, 'perl', 'mboxq.pl');

function mboxq(perl, args) {
  return new Promise((resolve, reject) => {
    execFile(perl, [SCRIPT, ...args], { maxBuffer: 16 << 20, timeout: 60000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr || err.message));
      resolve(stdout);
    });
  });
}

module.exports = {
  id: 'mbox-digest',
  register(api) {
    const cfg = { archives: [], perl: 'perl', maxResults: 25, ...(api.pluginConfig || {}) };
    const archiveArgs = () => cfg.archives.flatMap((a) => ['--archive', a]);

    api.registerTool({
      name: 'mail_search',
      description: 'Search the configured mail archives. Query supports from:, to:, subject:, after:YYYY-MM-DD, before:, and free text.',
      parameters: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'integer' } }, required: ['query'] },
      async execute(_id, p) {
        const out = await mboxq(cfg.perl, ['search', ...archiveArgs(), '--limit', String(p.limit || cfg.maxResults), '--', p.query]);
        return { content: [{ type: 'text', text: out || 'no matches' }] };
      },
    });

    api.registerTool({
      name: 'mail_thread',
      description: 'Return a compact digest of the thread containing the given Message-ID.',
      parameters: { type: 'object', properties: { messageId: { type: 'string' } }, required: ['messageId'] },
      async execute(_id, p) {
        const out = await mboxq(cfg.perl, ['thread', ...archiveArgs(), '--', p.messageId]);
        return { content: [{ type: 'text', text: out }] };
      },
    });

    api.registerService({
      id: 'mbox-digest-index',
      start: async () => { if (cfg.archives.length) await mboxq(cfg.perl, ['index', ...archiveArgs()]).catch((e) => api.logger.warn(e.message)); },
      stop: async () => {},
    });
  },
};
