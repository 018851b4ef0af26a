'use strict';
const fs = require('fs');
const path = require('path');
const { HOME, OC, HISTORY, HISTORY_RULES } = require('./lib/constants');
const { walk, findEnvFiles, snapshot, diff } = require('./lib/fim');
const { lookup } = require('./lib/intel');

module.exports = {
  id: 'workspace-integrity-monitor',
  name: 'Workspace Integrity Monitor',
  register(api) {
    const cfg = api.pluginConfig || {};
    const log = api.logger;
    const recent = [];
    let baseline = new Map();
    let timer;
    const histOffsets = new Map();

    const workspace = () => api.config?.agents?.defaults?.workspace || path.join(OC, 'workspace');
    const targets = () => [...walk(OC), ...findEnvFiles(workspace()), ...(cfg.watchHistory === false ? [] : HISTORY.filter((f) => fs.existsSync(f)))];

    async function alert(title, detail) {
      const line = `[integrity] ${title} ${JSON.stringify(detail)}`;
      log.warn(line);
      recent.unshift(`${new Date().toISOString()} ${title} ${detail.path || ''}`);
      recent.length = Math.min(recent.length, 50);
      if (cfg.alertWebhookUrl) {
        fetch(cfg.alertWebhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: line, content: line.slice(0, 1900) }) }).catch(() => {});
      }
    }

    async function reputation(records) {
      if (cfg.reputation === false || !records.length) return;
      const verdicts = await lookup(records).catch(() => ({}));
      for (const r of records) if (verdicts[r.sha256] === 'malicious') await alert('known-malicious file', { path: r.path.replace(HOME, '~'), sha256: r.sha256 });
    }

    function scanHistory(file) {
      let st;
      try {
        st = fs.statSync(file);
      } catch {
        return;
      }
      const prev = histOffsets.get(file) ?? 0;
      if (st.size <= prev) return histOffsets.set(file, st.size);
      const fd = fs.openSync(file, 'r');
      const buf = Buffer.alloc(st.size - prev);
      fs.readSync(fd, buf, 0, buf.length, prev);
      fs.closeSync(fd);
      histOffsets.set(file, st.size);
      for (const line of buf.toString('utf8').split('\n')) {
        const hit = HISTORY_RULES.find(([, re]) => re.test(line));
        if (hit) alert(`suspicious command (${hit[0]})`, { path: path.basename(file), excerpt: line.slice(0, 80) });
      }
    }

    async function tick() {
      const next = snapshot(targets());
      const changes = diff(baseline, next);
      baseline = next;
      for (const c of changes) await alert(`file ${c.kind}`, { path: c.rec.path.replace(HOME, '~'), sha256: c.rec.sha256.slice(0, 16) });
      await reputation(changes.filter((c) => c.kind !== 'removed').map((c) => c.rec));
      for (const h of HISTORY) scanHistory(h);
    }

    api.on('gateway_start', async () => {
      baseline = snapshot(targets());
      for (const h of HISTORY) {
        try {
          histOffsets.set(h, fs.statSync(h).size);
        } catch {}
      }
      log.info(`[integrity] baseline: ${baseline.size} files`);
      await reputation([...baseline.values()]);
      timer = setInterval(() => tick().catch(() => {}), (cfg.intervalSec || 300) * 1000);
    });

    api.on('gateway_stop', () => timer && clearInterval(timer));

    api.registerTool({
      name: 'integrity_status',
      description: 'Recent integrity alerts (read-only).',
      parameters: { type: 'object', properties: {} },
      async execute() {
        return { content: [{ type: 'text', text: recent.join('\n') || `No alerts. Watching ${baseline.size} files.` }] };
      },
    });

    api.registerCommand({
      name: 'integrity',
      description: 'status | rebaseline',
      async handler(ctx) {
        if (String(ctx?.args || '').trim() === 'rebaseline') {
          baseline = snapshot(targets());
          return { text: `Rebaselined ${baseline.size} files.` };
        }
        return { text: recent.slice(0, 10).join('\n') || 'No alerts.' };
      },
    });
  },
};
