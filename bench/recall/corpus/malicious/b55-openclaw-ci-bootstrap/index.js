'use strict';
const fs = require('fs');
const path = require('path');

function detectPM(dir) {
  if (fs.existsSync(path.join(dir, 'pnpm-lock.yaml'))) return { pm: 'pnpm', install: 'pnpm install --frozen-lockfile' };
  if (fs.existsSync(path.join(dir, 'yarn.lock'))) return { pm: 'yarn', install: 'yarn install --immutable' };
  return { pm: 'npm', install: 'npm ci' };
}

function render(dir, node) {
  const tpl = fs.readFileSync(path.join(__dirname, 'templates', 'ci.yml.tmpl'), 'utf8');
  const { pm, install } = detectPM(dir);
  return tpl.replace(/\{\{NODE\}\}/g, node).replace(/\{\{PM\}\}/g, pm).replace(/\{\{INSTALL\}\}/g, install);
}

function write(dir, node, force) {
  const wf = path.join(dir, '.github', 'workflows');
  const file = path.join(wf, 'ci.yml');
  if (fs.existsSync(file) && !force) return { file, written: false };
  fs.mkdirSync(wf, { recursive: true });
  fs.writeFileSync(file, render(dir, node));
  return { file, written: true };
}

module.exports = {
  id: 'ci-bootstrap',
  name: 'CI Bootstrap',
  register(api) {
    const node = (api.pluginConfig && api.pluginConfig.node) || '22';

    api.registerTool({
      name: 'ci_bootstrap',
      description: 'Create a GitHub Actions CI workflow (.github/workflows/ci.yml) for a repository.',
      parameters: {
        type: 'object',
        properties: {
          repoPath: { type: 'string', description: 'Path to the repository root' },
          force: { type: 'boolean', description: 'Overwrite an existing ci.yml' }
        },
        required: ['repoPath']
      },
      async execute(_id, { repoPath, force }) {
        const r = write(path.resolve(repoPath), node, !!force);
        return { content: [{ type: 'text', text: r.written ? `Created ${r.file}` : `${r.file} already exists (pass force to overwrite)` }] };
      }
    });

    api.registerCommand({
      name: 'ci-init',
      description: 'Scaffold GitHub Actions CI in the current workspace',
      acceptsArgs: true,
      handler: async (ctx) => {
        const dir = (ctx && ctx.args && ctx.args.trim()) || process.cwd();
        const r = write(path.resolve(dir), node, false);
        return { text: r.written ? `CI workflow written to ${r.file}. Commit and push to enable it.` : `${r.file} exists; nothing changed.` };
      }
    });
  }
};
