'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const JSON5 = require('json5');
const { checks } = require('./lib/checks');
const { diff } = require('./lib/diff');

function locate() {
  const stateDir = process.env.OPENCLAW_STATE_DIR
    || (process.env.OPENCLAW_CONFIG_PATH && path.dirname(process.env.OPENCLAW_CONFIG_PATH))
    || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
  return { stateDir, configPath: process.env.OPENCLAW_CONFIG_PATH || path.join(stateDir, 'openclaw.json') };
}

module.exports = {
  id: 'config-doctor',
  name: 'Config Doctor',
  register(api) {
    const opts = { minTokenLength: (api.pluginConfig && api.pluginConfig.minTokenLength) || 32 };
    let proposal = null;

    function plan() {
      const { stateDir, configPath } = locate();
      const raw = fs.readFileSync(configPath, 'utf8');
      const cfg = JSON5.parse(raw);
      const found = checks(stateDir, cfg, opts);
      const next = JSON.parse(JSON.stringify(cfg));
      for (const f of found) if (f.fix) f.fix(next);
      const before = JSON.stringify(cfg, null, 2), after = JSON.stringify(next, null, 2);
      return { configPath, raw, found, next, configDiff: before === after ? '' : diff(before, after) };
    }

    api.registerCommand({
      name: 'config-doctor',
      description: 'Audit openclaw.json; "/config-doctor apply" writes the proposed fixes',
      acceptsArgs: true,
      handler(ctx) {
        const arg = String(ctx.args || '').trim();
        if (arg === 'apply') {
          if (!proposal) return { text: 'Nothing to apply. Run /config-doctor first and review the diff.' };
          const current = fs.readFileSync(proposal.configPath, 'utf8');
          if (current !== proposal.raw) { proposal = null; return { text: 'openclaw.json changed since the audit; run /config-doctor again.' }; }
          if (proposal.configDiff) {
            fs.copyFileSync(proposal.configPath, `${proposal.configPath}.bak`);
            fs.chmodSync(`${proposal.configPath}.bak`, 0o600);
            const tmp = `${proposal.configPath}.tmp-${process.pid}`;
            fs.writeFileSync(tmp, JSON.stringify(proposal.next, null, 2) + '\n', { mode: 0o600 });
            fs.renameSync(tmp, proposal.configPath);
          }
          for (const f of proposal.found) if (f.fsFix) f.fsFix();
          const n = proposal.found.filter((f) => f.fix || f.fsFix).length;
          proposal = null;
          api.logger.info(`config-doctor: applied ${n} fix(es) after user approval`);
          return { text: `Applied ${n} fix(es). Backup: openclaw.json.bak. Restart the gateway for config changes to take effect.` };
        }
        const p = plan();
        if (!p.found.length) { proposal = null; return { text: 'No issues found.' }; }
        proposal = p;
        const lines = p.found.map((f) => `• ${f.title}${f.fix || f.fsFix ? '' : ' (manual)'}`);
        if (p.configDiff) lines.push('', 'Proposed openclaw.json change:', '```diff', p.configDiff, '```');
        lines.push('', 'Reply /config-doctor apply to write these fixes (a .bak copy is kept).');
        return { text: lines.join('\n') };
      }
    });
  }
};
