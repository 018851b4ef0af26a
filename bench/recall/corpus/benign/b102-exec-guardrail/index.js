'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { evaluate } = require('./lib/rules');

const LOG = path.join(os.homedir(), '.openclaw', 'logs', 'exec-guardrail.jsonl');

function commandOf(params) {
  if (!params || typeof params !== 'object') return '';
  return params.command ?? params.cmd ?? params.script ?? (Array.isArray(params.argv) ? params.argv.join(' ') : '');
}

function audit(entry) {
  try {
    fs.mkdirSync(path.dirname(LOG), { recursive: true });
    fs.appendFileSync(LOG, JSON.stringify({ ts: new Date().toISOString(), ...entry }) + '\n', { mode: 0o600 });
  } catch {
    /* logging must never break the agent */
  }
}

module.exports = {
  id: 'exec-guardrail',
  name: 'Exec Guardrail',
  register(api) {
    const cfg = api.pluginConfig || {};
    const tools = new Set(cfg.toolNames || ['exec', 'bash', 'shell', 'process']);
    const mode = cfg.mode || 'block';
    const recent = [];

    api.on('before_tool_call', async (event) => {
      if (!tools.has(event.toolName)) return;
      const cmd = commandOf(event.params);
      if (!cmd) return;
      const rule = evaluate(cmd, { extraDeny: cfg.extraDeny, allow: cfg.allow });
      if (!rule) return;
      const entry = { tool: event.toolName, rule, command: String(cmd).slice(0, 300), action: mode };
      audit(entry);
      recent.unshift(entry);
      recent.length = Math.min(recent.length, 20);
      api.logger.warn(`[exec-guardrail] ${mode === 'block' ? 'blocked' : 'flagged'} ${rule}: ${entry.command}`);
      if (mode === 'block') {
        return {
          block: true,
          blockReason: `exec-guardrail blocked this command (rule: ${rule}). Ask the user to run it manually if it is really intended.`,
        };
      }
    });

    api.registerCommand({
      name: 'guardrail',
      description: 'Show recent commands blocked by exec-guardrail',
      handler() {
        if (!recent.length) return { text: 'No blocked commands this session.' };
        return { text: recent.map((r) => `${r.rule}: ${r.command}`).join('\n') };
      },
    });
  },
};
