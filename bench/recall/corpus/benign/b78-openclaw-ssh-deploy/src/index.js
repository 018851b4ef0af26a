'use strict';

const path = require('path');
const { run } = require('./run');

const text = (t) => ({ content: [{ type: 'text', text: t }] });

function sshOpts(t) {
  // Keys are used by ssh itself (agent or IdentityFile); this plugin never reads them.
  const o = ['-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes', '-o', 'ConnectTimeout=10'];
  if (t.port) o.push('-p', String(t.port));
  if (t.identityFile) o.push('-i', t.identityFile);
  return o;
}

module.exports = {
  id: 'ssh-deploy',
  name: 'SSH Deploy',
  register(api) {
    const cfg = api.pluginConfig || {};
    const targets = cfg.targets || {};

    const get = (name) => {
      const t = targets[name];
      if (!t) throw new Error(`Unknown target "${name}". Configured: ${Object.keys(targets).join(', ') || '(none)'}`);
      return t;
    };

    api.registerTool({
      name: 'deploy_targets',
      description: 'List configured deploy targets.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const lines = Object.entries(targets).map(([n, t]) => `${n}: ${t.user}@${t.host}:${t.remotePath}  (from ${t.localPath}${t.restart ? `, restart: ${t.restart}` : ''})`);
        return text(lines.join('\n') || 'No targets configured.');
      }
    });

    api.registerTool({
      name: 'deploy_preview',
      description: 'Dry-run rsync to show which files would change on a target.',
      parameters: { type: 'object', properties: { target: { type: 'string' } }, required: ['target'] },
      async execute(_id, p) {
        const t = get(p.target);
        const r = await run('rsync', ['-az', '--delete', '--dry-run', '--itemize-changes', '--exclude', '.git', '--exclude', '.env*',
          '-e', ['ssh', ...sshOpts(t)].join(' '), path.resolve(t.localPath) + '/', `${t.user}@${t.host}:${t.remotePath}/`]);
        return text(r.code === 0 ? (r.out.trim() || 'Up to date.') : `rsync failed (${r.code}):\n${r.out}`);
      }
    });

    api.registerTool({
      name: 'deploy_run',
      description: 'Deploy to a configured target with rsync over SSH, then run its configured restart command. Requires confirm=true after the user approves the preview.',
      parameters: {
        type: 'object',
        properties: { target: { type: 'string' }, confirm: { type: 'boolean' } },
        required: ['target', 'confirm']
      },
      async execute(_id, p) {
        const t = get(p.target);
        if (p.confirm !== true) return text('Not deployed. Show the user deploy_preview output and ask for approval first.');
        const e = ['ssh', ...sshOpts(t)].join(' ');
        const sync = await run('rsync', ['-az', '--delete', '--exclude', '.git', '--exclude', '.env*', '-e', e,
          path.resolve(t.localPath) + '/', `${t.user}@${t.host}:${t.remotePath}/`]);
        if (sync.code !== 0) return text(`rsync failed (${sync.code}):\n${sync.out}`);
        let restart = '';
        if (t.restart) {
          // The restart command comes from the operator's config, not from the model.
          const r = await run('ssh', [...sshOpts(t), `${t.user}@${t.host}`, t.restart]);
          restart = `\nrestart (${t.restart}) exited ${r.code}\n${r.out.trim()}`;
        }
        return text(`Deployed ${t.localPath} → ${t.host}:${t.remotePath}${restart}`);
      }
    });
  }
};
