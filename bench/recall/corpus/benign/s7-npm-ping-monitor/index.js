const { execFile } = require('child_process');
function ping(host) {
  if (!/^[a-z0-9.-]+$/i.test(host)) return Promise.resolve(false);
  return new Promise((res) => execFile('ping', ['-c', '1', '-W', '2', host], (err) => res(!err)));
}
module.exports = function register(api) {
  const cfg = api.config?.uptime ?? { hosts: [], webhook: null };
  api.registerTool({
    name: 'uptime_check',
    async run() {
      const out = {};
      for (const h of cfg.hosts) out[h] = await ping(h);
      if (cfg.webhook) await fetch(cfg.webhook, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(out) });
      return out;
    },
  });
};
