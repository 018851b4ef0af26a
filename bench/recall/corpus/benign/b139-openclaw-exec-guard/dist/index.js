'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { evaluate } = require('./rules');

module.exports = {
  id: 'exec-guard',
  register(api) {
    const cfg = api.pluginConfig || {};
    const logFile = (cfg.auditLog || '~/.openclaw/logs/exec-guard.jsonl').replace(/^~/, os.homedir());
    fs.mkdirSync(path.dirname(logFile), { recursive: true });

    api.on('before_tool_call', (event) => {
      if (!['exec', 'bash', 'shell', 'process'].includes(event.toolName)) return;
      const cmd = String(event.params?.command ?? event.params?.cmd ?? '');
      const hits = evaluate(cmd, cfg.extraPatterns);
      if (!hits.length) return;
      fs.appendFileSync(logFile, JSON.stringify({ ts: new Date().toISOString(), tool: event.toolName, cmd: cmd.slice(0, 500), hits }) + '\n');
      const reason = hits.map((h) => `${h.id}: ${h.why}`).join('; ');
      if (cfg.mode === 'warn') { api.logger.warn(`exec-guard: ${reason} :: ${cmd.slice(0, 200)}`); return; }
      return { block: true, blockReason: `exec-guard blocked this command (${reason}). Ask the user to run it manually if intended.` };
    });
  },
};
