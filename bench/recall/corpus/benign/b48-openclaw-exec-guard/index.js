'use strict';

const { load, evaluate } = require('./engine');

const ORDER = { low: 0, medium: 1, high: 2, critical: 3 };

module.exports = {
  id: 'exec-guard',
  name: 'Exec Guard',
  register(api) {
    const cfg = Object.assign({ mode: 'block', disabledRules: [] }, api.pluginConfig || {});
    const rules = load(cfg);
    api.logger.info(`[exec-guard] ${rules.length} rules loaded (mode: ${cfg.mode})`);

    api.on('before_tool_call', (event) => {
      const hits = evaluate(rules, event.toolName, event.params);
      if (!hits.length) return;
      const worst = hits.reduce((a, b) => (ORDER[b.severity] > ORDER[a.severity] ? b : a));
      const reason = hits.map((h) => `${h.id}: ${h.message}`).join('; ');
      api.logger.warn(`[exec-guard] ${event.toolName} matched ${reason}`);
      if (cfg.mode === 'block' && ORDER[worst.severity] >= ORDER.high) {
        return { block: true, blockReason: `exec-guard blocked this call (${reason}). Ask the user to run it themselves if it is intended.` };
      }
      return undefined;
    });

    api.registerCommand({
      name: 'guardrules',
      description: 'List Exec Guard rules',
      handler() {
        return { text: rules.map((r) => `${r.severity.padEnd(8)} ${r.id} — ${r.message}`).join('\n') };
      },
    });
  },
};
