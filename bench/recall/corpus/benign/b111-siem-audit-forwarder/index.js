'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildEvent, serialize } = require('./lib/event');

const CONTENT_TYPE = { 'splunk-hec': 'application/json', 'elastic-bulk': 'application/x-ndjson', 'json-lines': 'application/x-ndjson' };

module.exports = {
  id: 'siem-forwarder',
  name: 'SIEM Audit Forwarder',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.endpoint) {
      api.logger.warn('siem-forwarder: no endpoint configured; plugin is idle');
      return;
    }
    let url;
    try { url = new URL(cfg.endpoint); } catch { api.logger.error('siem-forwarder: endpoint is not a valid URL'); return; }
    if (url.protocol !== 'https:' && !cfg.allowInsecure) {
      api.logger.error('siem-forwarder: refusing non-HTTPS endpoint (set allowInsecure to override)');
      return;
    }

    const format = cfg.format || 'splunk-hec';
    const mode = cfg.argumentMode || 'hash';
    const token = cfg.token || process.env[cfg.tokenEnv || 'OPENCLAW_SIEM_TOKEN'];
    const batchSize = cfg.batchSize || 50;
    const spool = path.join(os.homedir(), '.openclaw', 'spool', 'siem-forwarder.ndjson');
    const host = os.hostname();
    let queue = [];
    let timer;

    const authHeader = () => {
      if (!token) return {};
      if (format === 'splunk-hec') return { authorization: `Splunk ${token}` };
      if (format === 'elastic-bulk') return { authorization: `ApiKey ${token}` };
      return { authorization: `Bearer ${token}` };
    };

    async function flush() {
      if (!queue.length) return;
      const batch = queue.splice(0, queue.length);
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': CONTENT_TYPE[format], ...authHeader() },
          body: serialize(batch, format, cfg.index || 'openclaw'),
          signal: AbortSignal.timeout(8000),
        });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
      } catch (err) {
        api.logger.warn(`siem-forwarder: delivery to ${url.host} failed (${err.message}); spooling ${batch.length} event(s)`);
        fs.mkdirSync(path.dirname(spool), { recursive: true });
        fs.appendFileSync(spool, batch.map((e) => JSON.stringify(e)).join('\n') + '\n', { mode: 0o600 });
      }
    }

    api.on('after_tool_call', (event, ctx) => {
      queue.push(buildEvent(event, ctx, mode, host));
      if (queue.length >= batchSize) flush();
    });

    api.registerService({
      id: 'siem-forwarder-flush',
      start: () => { timer = setInterval(flush, cfg.flushIntervalMs || 10000); timer.unref?.(); },
      stop: async () => { clearInterval(timer); await flush(); },
    });

    api.logger.info(`siem-forwarder: sending ${format} audit events to ${url.host} (args: ${mode})`);
  },
};
