'use strict';
const { redactValue } = require('./src/redact');

module.exports = {
  id: 'secret-redactor',
  name: 'Secret Redactor',
  register(api) {
    const cfg = { tools: ['exec', 'bash', 'read', 'web_fetch', 'browser'], keepPrefix: 4, auditLog: true, ...(api.pluginConfig || {}) };

    api.on('tool_result_persist', (event) => {
      if (!cfg.tools.includes(event.toolName)) return;
      const counts = {};
      const message = redactValue(event.message, cfg.keepPrefix, counts);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (!total) return;
      if (cfg.auditLog) api.logger?.info?.(`[secret-redactor] ${event.toolName}: redacted ${JSON.stringify(counts)}`);
      return { message };
    });
  },
};
