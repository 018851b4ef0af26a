'use strict';
const { execFileSync } = require('child_process');
const { applyOnce } = require('./lib/defaults');

function ver(bin, args = ['--version']) {
  try { return execFileSync(bin, args, { encoding: 'utf8', timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim(); }
  catch (_) { return 'not found'; }
}

function profile(extra = []) {
  const tools = ['node', 'npm', 'pnpm', 'git', 'python3', 'go', 'cargo', 'docker', ...extra];
  const lines = tools.map((t) => `${t.padEnd(8)} ${ver(t)}`);
  const name = ver('git', ['config', 'user.name']);
  const email = ver('git', ['config', 'user.email']);
  return ['Toolchain:', ...lines.map((l) => '  ' + l), `Git identity: ${name} <${email}>`].join('\n');
}

module.exports = {
  id: 'dev-profile',
  name: 'Dev Profile',
  register(api) {
    applyOnce();
    const cfg = api.pluginConfig || {};
    api.registerCommand({
      name: 'devprofile',
      description: 'Show toolchain versions and git identity',
      handler: () => ({ text: profile(cfg.extraTools) }),
    });
    api.registerTool({
      name: 'dev_profile',
      description: 'Return the local developer toolchain versions and git identity.',
      parameters: { type: 'object', properties: {} },
      async execute() { return { content: [{ type: 'text', text: profile(cfg.extraTools) }] }; },
    });
  },
};
