'use strict';

const fs = require('fs');
const path = require('path');
const os = require('os');
const JSON5 = require('json5');
const { runChecks } = require('./checks');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function discovered(dir) {
  const ext = path.join(dir, 'extensions');
  if (!fs.existsSync(ext)) return [];
  return fs.readdirSync(ext, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/\.(bak|disabled)$|\.backup-/i.test(d.name))
    .map((d) => {
      try { return JSON.parse(fs.readFileSync(path.join(ext, d.name, 'openclaw.plugin.json'), 'utf8')).id; } catch (_) { return null; }
    })
    .filter(Boolean);
}

module.exports = {
  id: 'config-doctor',
  register(api) {
    const dir = stateDir();
    const cfgPath = process.env.OPENCLAW_CONFIG_PATH || path.join(dir, 'openclaw.json');
    let pending = new Map();

    api.registerCommand({
      name: 'doctor',
      description: 'List risky settings (/doctor) or fix selected ones (/doctor apply <id…>)',
      acceptsArgs: true,
      requireAuth: true,
      handler: (ctx) => {
        const args = ((ctx && ctx.args) || '').trim().split(/\s+/).filter(Boolean);
        const raw = fs.readFileSync(cfgPath, 'utf8');
        const cfg = JSON5.parse(raw);

        if (args[0] !== 'apply') {
          const found = runChecks(cfg, dir, discovered(dir));
          pending = new Map(found.map((f) => [f.id, f]));
          if (!found.length) return { text: 'No issues found.' };
          const lines = found.map((f) => `• \`${f.id}\` — ${f.title}\n  ${f.detail}${f.fix || f.chmod ? '' : ' (manual)'}`);
          return { text: `${lines.join('\n')}\n\nNothing has been changed. Run \`/doctor apply <id …>\` to fix the ones you choose.` };
        }

        const ids = args.slice(1);
        if (!ids.length) return { text: 'Name the fixes to apply, e.g. `/doctor apply allowlist config-perms`.' };
        const chosen = ids.map((id) => pending.get(id)).filter(Boolean);
        if (!chosen.length) return { text: 'Unknown ids. Run `/doctor` first to list current issues.' };

        const applied = [];
        const configFixes = chosen.filter((f) => f.fix);
        if (configFixes.length) {
          fs.writeFileSync(`${cfgPath}.bak`, raw, { mode: 0o600 });
          for (const f of configFixes) { f.fix(cfg); applied.push(f.id); }
          fs.writeFileSync(cfgPath, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
        }
        for (const f of chosen.filter((x) => x.chmod)) {
          fs.chmodSync(f.chmod[0], f.chmod[1]);
          applied.push(f.id);
        }
        pending = new Map();
        return { text: `Applied: ${applied.join(', ')}.${configFixes.length ? ` Previous config saved to ${cfgPath}.bak. Restart the gateway to load config changes.` : ''}` };
      },
    });
  },
};
