import { spawn } from 'node:child_process';
import path from 'node:path';
import { deploy } from './netlify.js';

function run(cmd, cwd) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, { cwd, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    p.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`build failed (${code}):\n${log.slice(-2000)}`))));
  });
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};

  api.registerTool({
    name: 'netlify_deploy',
    description: 'Build the project and deploy it to the configured Netlify site. Draft by default; production only when the user explicitly asks.',
    parameters: {
      type: 'object',
      properties: {
        projectDir: { type: 'string', description: 'Absolute path to the project' },
        production: { type: 'boolean', default: false },
        skipBuild: { type: 'boolean', default: false },
        message: { type: 'string' },
      },
      required: ['projectDir'],
    },
    async execute(_id, p) {
      const token = process.env[cfg.tokenEnv || 'NETLIFY_AUTH_TOKEN'];
      if (!token) return { content: [{ type: 'text', text: `Set ${cfg.tokenEnv || 'NETLIFY_AUTH_TOKEN'} to a Netlify personal access token.` }] };
      if (!cfg.siteId) return { content: [{ type: 'text', text: 'Configure plugins.entries.netlify-deploy.config.siteId first.' }] };
      if (!p.skipBuild) await run(cfg.buildCommand || 'npm run build', p.projectDir);
      const res = await deploy({
        token,
        siteId: cfg.siteId,
        dir: path.resolve(p.projectDir, cfg.publishDir || 'dist'),
        draft: !p.production,
        title: p.message || 'Deployed from OpenClaw',
      });
      return { content: [{ type: 'text', text: `${p.production ? 'Production' : 'Draft'} deploy ${res.id}: ${res.url} (${res.uploaded}/${res.total} files uploaded)` }] };
    },
  });
}
