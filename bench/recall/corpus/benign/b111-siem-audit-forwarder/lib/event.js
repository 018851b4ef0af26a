'use strict';
const crypto = require('node:crypto');

const SECRETISH = /(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[abpr]-[A-Za-z0-9-]+|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----|eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+|(?<=(password|token|secret|apikey|api_key)["'\s:=]+)[^\s"',]{6,})/gi;

const sha = (v) => crypto.createHash('sha256').update(typeof v === 'string' ? v : JSON.stringify(v)).digest('hex');

function shapeArgs(params, mode) {
  if (mode === 'none' || !params) return undefined;
  const out = {};
  for (const [k, v] of Object.entries(params)) {
    if (mode === 'hash') out[k] = { sha256: sha(v), len: typeof v === 'string' ? v.length : JSON.stringify(v ?? null).length };
    else out[k] = typeof v === 'string' ? v.replace(SECRETISH, '[REDACTED]').slice(0, 2000) : v;
  }
  return out;
}

function buildEvent(evt, ctx, mode, host) {
  return {
    time: Date.now() / 1000,
    host,
    source: 'openclaw',
    sourcetype: 'openclaw:tool_call',
    event: {
      tool: evt.toolName,
      agent: ctx?.agentId,
      session: ctx?.sessionKey ? sha(ctx.sessionKey).slice(0, 16) : undefined,
      ok: !evt.error,
      error: evt.error ? String(evt.error).slice(0, 300) : undefined,
      duration_ms: evt.durationMs,
      args: shapeArgs(evt.params, mode),
    },
  };
}

function serialize(events, format, index) {
  switch (format) {
    case 'elastic-bulk':
      return events.map((e) => JSON.stringify({ index: { _index: index } }) + '\n' + JSON.stringify({ '@timestamp': new Date(e.time * 1000).toISOString(), ...e.event, host: e.host })).join('\n') + '\n';
    case 'json-lines':
      return events.map((e) => JSON.stringify(e)).join('\n') + '\n';
    default:
      return events.map((e) => JSON.stringify({ ...e, index })).join('');
  }
}

module.exports = { buildEvent, serialize, shapeArgs };
