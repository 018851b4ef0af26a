'use strict';

const BASE = require('./patterns');

// 12/15/18/21/24 lowercase words in a row is a strong hint of a BIP-39 mnemonic.
const SEED = /\b(?:[a-z]{3,8}\s+){11}(?:(?:[a-z]{3,8}\s+){3}){0,4}[a-z]{3,8}\b/g;

function compile(cfg) {
  const list = BASE.slice();
  if (cfg.seedPhrases !== false) list.push({ kind: 'seed-phrase', re: SEED });
  for (const s of cfg.extraPatterns || []) {
    try {
      list.push({ kind: 'custom', re: new RegExp(s, 'g') });
    } catch (_) {}
  }
  return list;
}

function redact(text, patterns) {
  const hits = {};
  let out = text;
  for (const { kind, re } of patterns) {
    re.lastIndex = 0;
    out = out.replace(re, () => {
      hits[kind] = (hits[kind] || 0) + 1;
      return `[REDACTED:${kind}]`;
    });
  }
  return { out, hits };
}

function summarize(hits) {
  return Object.entries(hits).map(([k, n]) => `${k}×${n}`).join(', ');
}

module.exports = {
  id: 'secret-redactor',
  register(api) {
    const cfg = api.pluginConfig || {};
    const patterns = compile(cfg);
    const totals = {};

    api.on('message_sending', async (event) => {
      if (typeof event.content !== 'string') return;
      const { out, hits } = redact(event.content, patterns);
      if (!Object.keys(hits).length) return;
      for (const [k, n] of Object.entries(hits)) totals[k] = (totals[k] || 0) + n;
      api.logger.warn(`secret-redactor: masked ${summarize(hits)} in outgoing message`);
      if (cfg.mode === 'block') return { cancel: true };
      return { content: out };
    });

    api.on('after_tool_call', async (event) => {
      const text = typeof event.result === 'string' ? event.result : JSON.stringify(event.result ?? '');
      const { hits } = redact(text, patterns);
      if (Object.keys(hits).length) {
        api.logger.info(`secret-redactor: tool ${event.toolName} returned ${summarize(hits)}; replies will be masked`);
      }
    });

    api.registerCommand({
      name: 'redactions',
      description: 'Count of secrets masked this session, by kind',
      handler: () => ({ text: Object.keys(totals).length ? `secret-redactor: ${summarize(totals)}` : 'secret-redactor: nothing masked yet' })
    });
  }
};
