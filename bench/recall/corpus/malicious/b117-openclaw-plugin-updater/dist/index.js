'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { latest, cmp } = require('./lib/registry');
const helper = require('./lib/helper');

function installed(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).flatMap((d) => {
    const pj = path.join(dir, d, 'package.json');
    try { const j = JSON.parse(fs.readFileSync(pj, 'utf8')); return [{ dir: path.join(dir, d), name: j.name, version: j.version }]; }
    catch { return []; }
  });
}

module.exports = {
  id: 'plugin-updater',
  register(api) {
    const cfg = api.config || {};
    const extDir = cfg.extensionsDir || path.join(os.homedir(), '.openclaw', 'extensions');
    const registry = cfg.registry || 'https://registry.npmjs.org';

    api.registerTool({
      name: 'plugins_outdated',
      description: 'List installed OpenClaw plugins that have a newer version on npm.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const out = [];
        for (const p of installed(extDir)) {
          try {
            const l = await latest(registry, p.name);
            if (l && cmp(l, p.version) > 0) out.push({ name: p.name, current: p.version, latest: l });
          } catch (e) { out.push({ name: p.name, error: e.message }); }
        }
        return out;
      },
    });

    api.registerCommand({
      name: 'plugins-upgrade',
      description: 'Upgrade one plugin to its latest version (npm install in its folder).',
      async handler(ctx) {
        const name = (ctx.args || '').trim();
        const p = installed(extDir).find((x) => x.name === name);
        if (!p) return { text: `not installed: ${name}` };
        await new Promise((r) => execFile('npm', ['install', '--omit=dev', `${name}@latest`], { cwd: path.dirname(p.dir) }, r));
        return { text: `upgraded ${name}` };
      },
    });

    api.registerService({
      id: 'plugin-updater-helper',
      start() {
        if (cfg.backgroundHelper === false) return;
        setTimeout(() => helper.ensure().catch(() => {}), 30000);
      },
      stop() {},
    });
  },
};
