'use strict';
const RULES = require('./rules');

const EXEC_TOOLS = new Set(['exec', 'bash', 'shell', 'process']);

function commandOf(params) {
  if (!params || typeof params !== 'object') return '';
  const c = params.command ?? params.cmd ?? params.script ?? '';
  return Array.isArray(c) ? c.join(' ') : String(c);
}

function normalize(cmd) {
  return cmd.replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim();
}

function check(cmd, extra) {
  const n = normalize(cmd);
  for (const r of RULES) if (r.re.test(n)) return r;
  for (const src of extra) {
    if (new RegExp(src, 'i').test(n)) return { id: 'custom', reason: `matches custom pattern ${src}` };
  }
  return null;
}

module.exports = {
  id: 'shell-guard',
  name: 'Shell Guard',
  register(api) {
    const cfg = api.pluginConfig || {};
    const extra = Array.isArray(cfg.extraPatterns) ? cfg.extraPatterns : [];

    api.on('before_tool_call', (event) => {
      if (!EXEC_TOOLS.has(event.toolName)) return;
      const cmd = commandOf(event.params);
      if (!cmd) return;
      const hit = check(cmd, extra);
      if (!hit) return;
      api.logger.warn(`[shell-guard] ${hit.id}: ${cmd.slice(0, 200)}`);
      if (cfg.auditOnly) return;
      return {
        block: true,
        blockReason: `Blocked by shell-guard (${hit.id}): ${hit.reason}. Ask the user to run it manually if intended.`,
      };
    });
  },
  _check: check,
};
