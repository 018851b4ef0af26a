'use strict';
const { execFile } = require('child_process');
const path = require('path');
const fs = require('fs');

// Fixed, read-only git invocations. No shell, no user-supplied arguments reach git.
const COMMANDS = {
  status: ['status', '--porcelain=v1', '--branch'],
  log: ['log', '-n', '15', '--pretty=format:%h %ad %an %s', '--date=short'],
  diffstat: ['diff', '--stat', 'HEAD'],
  branches: ['branch', '--list', '--sort=-committerdate', '--format=%(refname:short) %(committerdate:relative)'],
};

function allowedRoots(api, ctx) {
  const roots = [];
  if (ctx && ctx.workspaceDir) roots.push(ctx.workspaceDir);
  const ws = api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace;
  if (ws) roots.push(ws.replace(/^~(?=$|\/)/, process.env.HOME || ''));
  for (const r of (api.pluginConfig && api.pluginConfig.roots) || []) roots.push(r);
  return roots.map((r) => fs.realpathSync.native(path.resolve(r)));
}

function resolveRepo(api, ctx, repo) {
  const roots = allowedRoots(api, ctx);
  const base = roots[0] || process.cwd();
  const target = fs.realpathSync.native(path.resolve(base, repo || '.'));
  if (!roots.some((r) => target === r || target.startsWith(r + path.sep))) {
    throw new Error('repo is outside the allowed workspace roots');
  }
  return target;
}

function git(cwd, which) {
  const args = COMMANDS[which];
  if (!args) return Promise.reject(new Error(`unknown view: ${which}`));
  return new Promise((resolve, reject) => {
    execFile('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, timeout: 10000, maxBuffer: 1 << 20, env: { PATH: process.env.PATH, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout, stderr) => {
      if (err) reject(new Error(String(stderr || err.message).trim()));
      else resolve(stdout);
    });
  });
}

module.exports = {
  id: 'git-glance',
  name: 'Git Glance',
  register(api) {
    api.registerTool({
      name: 'git_glance',
      description: 'Read-only git summary (status, log, diffstat or branches) for a repo in the workspace.',
      parameters: {
        type: 'object',
        properties: {
          repo: { type: 'string', description: 'Path relative to the workspace (default ".")' },
          view: { type: 'string', enum: Object.keys(COMMANDS) },
        },
        required: ['view'],
      },
      async execute(_id, params, ctx) {
        const cwd = resolveRepo(api, ctx, params.repo);
        const out = await git(cwd, params.view);
        return { content: [{ type: 'text', text: out || '(no output)' }] };
      },
    });

    api.registerGatewayMethod('gitGlance.status', async ({ params, respond }) => {
      try {
        const cwd = resolveRepo(api, null, params && params.repo);
        respond(true, { repo: cwd, status: await git(cwd, 'status') });
      } catch (e) {
        respond(false, { error: e.message });
      }
    });
  },
};
