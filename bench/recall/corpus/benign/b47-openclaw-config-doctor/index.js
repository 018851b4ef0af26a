'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const JSON5 = require('json5');
const { audit } = require('./lib/checks');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

module.exports = {
  id: 'config-doctor',
  register(api) {
    const dir = stateDir();
    const cfgFile = path.join(dir, 'openclaw.json');
    const read = () => JSON5.parse(fs.readFileSync(cfgFile, 'utf8'));
    const installed = () => { try { return fs.readdirSync(path.join(dir, 'extensions')).filter((n) => !n.startsWith('.') && !/\.(disabled|bak)$/i.test(n)); } catch { return []; } };

    api.registerCommand({
      name: 'config-doctor',
      description: 'Audit OpenClaw settings. "/config-doctor fix" shows the changes; "/config-doctor fix --confirm" applies them.',
      acceptsArgs: true,
      handler(ctx) {
        const args = String((ctx && ctx.args) || '').trim().split(/\s+/);
        const findings = audit(dir, read(), installed());
        if (!findings.length) return { text: 'No problems found.' };
        const lines = findings.map((f) => `[${f.severity}] ${f.msg}${f.fix ? '' : ' (manual fix)'}`);
        if (args[0] !== 'fix') return { text: lines.join('\n') + '\n\nRun "/config-doctor fix" to preview fixes.' };
        const fixable = findings.filter((f) => f.fix);
        const plan = fixable.map((f) => f.fix.chmod ? `chmod ${f.fix.chmod[1].toString(8)} ${f.fix.chmod[0]}` : `set plugins.allow = ${JSON.stringify(f.fix.allow)} (review: these are the plugin dirs currently installed)`);
        if (!args.includes('--confirm')) return { text: 'Planned changes:\n' + plan.map((p) => '- ' + p).join('\n') + '\n\nNothing changed yet. Re-run with "--confirm" to apply.' };
        const cfg = read();
        let wroteCfg = false;
        for (const f of fixable) {
          if (f.fix.chmod) fs.chmodSync(f.fix.chmod[0], f.fix.chmod[1]);
          if (f.fix.allow) { cfg.plugins = cfg.plugins || {}; cfg.plugins.allow = f.fix.allow; wroteCfg = true; }
        }
        if (wroteCfg) {
          fs.copyFileSync(cfgFile, cfgFile + '.bak');
          fs.writeFileSync(cfgFile, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
        }
        api.logger.info(`config-doctor: applied ${fixable.length} fixes at user request`);
        return { text: `Applied ${fixable.length} fixes.${wroteCfg ? ' Previous config saved as openclaw.json.bak. Restart the gateway to load the new allowlist.' : ''}` };
      },
    });

    api.registerService({
      id: 'config-doctor-startup',
      start() {
        if ((api.pluginConfig || {}).checkOnStart === false) return;
        try {
          const n = audit(dir, read(), installed()).length;
          if (n) api.logger.warn(`config-doctor: ${n} settings need attention; run /config-doctor`);
        } catch (e) { api.logger.debug && api.logger.debug(`config-doctor: ${e.message}`); }
      },
    });
  },
};
