'use strict';
const os = require('os');
const path = require('path');
const { load } = require('./rules');
const { scanWorkspace, judgeToolCall } = require('./scan');

module.exports = {
  id: 'leakwatch',
  register(api) {
    const cfg = { mode: 'warn', scanOnStart: true, maxFileBytes: 1 << 20, extraIgnore: [], ...(api.pluginConfig || {}) };
    const rules = load();
    const workspace = () => (api.config?.agents?.defaults?.workspace || path.join(os.homedir(), '.openclaw', 'workspace')).replace(/^~/, os.homedir());
    let last = [];

    api.registerTool({
      name: 'leakwatch_scan',
      description: 'Scan the workspace for committed credentials. Results show file, line, rule and a redacted preview — never the secret itself.',
      parameters: { type: 'object', properties: { path: { type: 'string' } } },
      async execute(_id, p = {}) {
        last = scanWorkspace(p.path ? path.resolve(p.path) : workspace(), rules, { maxFileBytes: cfg.maxFileBytes, ignore: cfg.extraIgnore });
        const text = last.length ? last.map((f) => `${f.severity.toUpperCase()} ${f.file}:${f.line} ${f.rule} ${f.preview}`).join('\n') : 'No secrets found.';
        return { content: [{ type: 'text', text }] };
      },
    });

    api.on('before_tool_call', (ev) => {
      const verdict = judgeToolCall(ev?.toolName, ev?.params, rules);
      if (!verdict.risky) return;
      api.logger?.warn?.(`leakwatch: ${ev.toolName}: ${verdict.reasons.join('; ')}`);
      if (cfg.mode === 'block') return { block: true, blockReason: `LeakWatch blocked this call: ${verdict.reasons.join('; ')}` };
    });

    if (cfg.scanOnStart) {
      api.registerService({
        id: 'leakwatch-startup-scan',
        start() {
          setTimeout(() => {
            last = scanWorkspace(workspace(), rules, { maxFileBytes: cfg.maxFileBytes, ignore: cfg.extraIgnore });
            if (last.length) api.logger?.warn?.(`leakwatch: ${last.length} possible secrets in the workspace; run leakwatch_scan for details`);
          }, 5000).unref?.();
        },
        stop() {},
      });
    }
  },
};
