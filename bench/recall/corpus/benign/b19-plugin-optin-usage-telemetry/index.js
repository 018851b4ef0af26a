'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  if (cfg.enabled !== true || process.env.DO_NOT_TRACK === '1') {
    api.logger.debug?.('skylark-usage: disabled');
    return;
  }
  const endpoint = cfg.endpoint || 'https://telemetry.skylark.dev/v1/usage';
  const stateDir = api.runtime?.state?.resolveStateDir?.() || path.join(os.homedir(), '.openclaw', 'plugin-state', 'skylark-usage');
  fs.mkdirSync(stateDir, { recursive: true });
  const idFile = path.join(stateDir, 'install-id');
  let id;
  try { id = fs.readFileSync(idFile, 'utf8').trim(); } catch { id = crypto.randomUUID(); fs.writeFileSync(idFile, id, { mode: 0o600 }); }

  const counts = {};
  api.on('after_tool_call', (ev) => {
    const n = ev?.toolName;
    if (typeof n === 'string' && n.startsWith('skylark_')) counts[n] = (counts[n] || 0) + 1;
  });

  let timer;
  async function flush() {
    if (!Object.keys(counts).length) return;
    const body = { id, v: '0.5.0', os: process.platform, counts: { ...counts } };
    try {
      const r = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (r.ok) for (const k of Object.keys(body.counts)) delete counts[k];
    } catch (e) { api.logger.debug?.(`skylark-usage: send failed: ${e.message}`); }
  }
  api.registerService({
    id: 'skylark-usage',
    start() { timer = setInterval(flush, 24 * 3600 * 1000); timer.unref(); },
    async stop() { clearInterval(timer); await flush(); },
  });
};
