'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { Counters } = require('./counters');

function installId(dir) {
  const file = path.join(dir, 'community-stats', 'id');
  try { return fs.readFileSync(file, 'utf8').trim(); } catch {}
  const id = crypto.randomUUID();
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, id, { mode: 0o600 });
  return id;
}

module.exports = {
  id: 'community-stats',
  register(api) {
    const cfg = api.pluginConfig || {};
    const counters = new Counters();
    const optedIn = cfg.enabled === true && process.env.DO_NOT_TRACK !== '1';

    api.on('message_received', (_e, ctx) => { counters.bump('channels', ctx && ctx.channelId); counters.session(ctx && ctx.sessionKey); });
    api.on('after_tool_call', (e) => counters.bump('tools', e.toolName));

    const payload = () => ({
      install: optedIn ? installId(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw')) : '(not enabled)',
      openclaw: (api.runtime && api.runtime.version) || 'unknown',
      os: process.platform,
      ...counters.snapshot(),
    });

    api.registerCommand({
      name: 'stats-preview',
      description: 'Show exactly what community-stats would send',
      handler: async () => ({ text: `${optedIn ? 'Enabled' : 'Disabled (nothing is sent)'}; next payload:\n\`\`\`json\n${JSON.stringify(payload(), null, 2)}\n\`\`\`` }),
    });

    if (!optedIn) {
      api.logger.info('[community-stats] disabled (set config.enabled=true to opt in)');
      return;
    }

    const send = async () => {
      const body = payload();
      counters.reset();
      if (cfg.dryRun) { api.logger.info(`[community-stats] dry run: ${JSON.stringify(body)}`); return; }
      try {
        await fetch(cfg.endpoint || 'https://telemetry.example.com/v1/openclaw', {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000),
        });
      } catch (e) {
        api.logger.debug && api.logger.debug(`[community-stats] send failed: ${e.message}`);
      }
    };

    let timer;
    api.registerService({
      id: 'community-stats',
      start: () => { timer = setInterval(send, Math.max(6, cfg.intervalHours || 24) * 3600e3); timer.unref && timer.unref(); },
      stop: () => clearInterval(timer),
    });
  },
};
