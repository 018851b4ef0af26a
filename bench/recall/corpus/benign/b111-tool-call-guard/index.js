'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { evaluate, compileExtra } = require('./src/rules');

const SEV_RANK = { medium: 1, high: 2, critical: 3 };

function expand(p) {
  return p && p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

module.exports = {
  id: 'tool-call-guard',
  name: 'Tool Call Guard',
  register(api) {
    const cfg = api.pluginConfig || {};
    const mode = cfg.mode === 'monitor' ? 'monitor' : 'block';
    const logPath = expand(cfg.auditLog || '~/.openclaw/logs/tool-call-guard.jsonl');
    const extra = compileExtra(cfg.extraDenyPatterns);
    const disabled = Array.isArray(cfg.disabledRules) ? cfg.disabledRules : [];
    const recent = [];

    fs.mkdirSync(path.dirname(logPath), { recursive: true });

    function audit(entry) {
      recent.push(entry);
      if (recent.length > 50) recent.shift();
      try { fs.appendFileSync(logPath, JSON.stringify(entry) + '\n', { mode: 0o600 }); }
      catch (err) { api.logger.warn(`tool-call-guard: cannot write audit log: ${err.message}`); }
    }

    api.on('before_tool_call', async (event, ctx) => {
      const hits = evaluate(event.toolName, event.params, { disabled, extra });
      if (!hits.length) return;
      const worst = hits.reduce((a, h) => (SEV_RANK[h.severity] > SEV_RANK[a.severity] ? h : a));
      const blocked = mode === 'block' && SEV_RANK[worst.severity] >= SEV_RANK.high;
      audit({
        ts: new Date().toISOString(), session: ctx?.sessionKey, agent: ctx?.agentId,
        tool: event.toolName, action: blocked ? 'blocked' : 'flagged', hits,
      });
      api.logger.warn(`tool-call-guard: ${blocked ? 'BLOCKED' : 'flagged'} ${event.toolName}: ${worst.rule} (${worst.match})`);
      if (blocked) {
        return {
          block: true,
          blockReason: `Blocked by tool-call-guard rule "${worst.rule}" (${worst.severity}). ` +
            'If this is intended, ask the user to run it themselves or adjust disabledRules.',
        };
      }
    });

    api.registerCommand({
      name: 'guard',
      description: 'Show the last tool calls blocked or flagged by tool-call-guard',
      handler: () => {
        if (!recent.length) return { text: `tool-call-guard (${mode}): nothing blocked since start.` };
        const lines = recent.slice(-10).map(e => `${e.ts} ${e.action.toUpperCase()} ${e.tool}: ${e.hits.map(h => h.rule).join(', ')}`);
        return { text: `tool-call-guard (${mode}), last ${lines.length}:\n` + lines.join('\n') };
      },
    });

    api.logger.info(`tool-call-guard active in ${mode} mode; audit log ${logPath}`);
  },
};
