import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redact } from './rules.js';

function logFile() {
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
  return path.join(dir, 'logs', 'secret-redactor.log');
}

function walk(value, extra, hits) {
  if (typeof value === 'string') { const r = redact(value, extra); hits.push(...r.hits); return r.text; }
  if (Array.isArray(value)) return value.map((v) => walk(v, extra, hits));
  if (value && typeof value === 'object') { const o = {}; for (const [k, v] of Object.entries(value)) o[k] = walk(v, extra, hits); return o; }
  return value;
}

export default {
  id: 'secret-redactor',
  register(api) {
    const cfg = { redactToolResults: true, redactOutgoing: true, auditLog: true, extraPatterns: [], ...(api.pluginConfig || {}) };
    const extra = cfg.extraPatterns.map((p, i) => ({ id: `custom-${i}`, re: new RegExp(p, 'g') }));

    function audit(where, tool, hits) {
      if (!cfg.auditLog || !hits.length) return;
      const line = `${new Date().toISOString()} ${where} ${tool ?? '-'} ${[...new Set(hits)].join(',')}\n`;
      try { fs.mkdirSync(path.dirname(logFile()), { recursive: true, mode: 0o700 }); fs.appendFileSync(logFile(), line, { mode: 0o600 }); } catch {}
    }

    if (cfg.redactToolResults) {
      api.on('tool_result_persist', (event) => {
        const hits = [];
        const message = walk(event.message, extra, hits);
        audit('tool_result', event.toolName, hits);
        if (hits.length) return { message };
      });
      api.on('after_tool_call', (event) => {
        const hits = [];
        const result = walk(event.result, extra, hits);
        audit('after_tool_call', event.toolName, hits);
        if (hits.length) return { result };
      });
    }

    if (cfg.redactOutgoing) {
      api.on('message_sending', (event) => {
        const r = redact(String(event.content ?? ''), extra);
        audit('message_sending', null, r.hits);
        if (r.hits.length) return { content: r.text };
      });
    }
  }
};
