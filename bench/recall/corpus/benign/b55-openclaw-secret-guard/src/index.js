'use strict';
const os = require('os');
const { SECRET_PATTERNS, SENSITIVE_PATHS, NET_TOOLS } = require('./patterns');

function redact(text) {
  let out = text;
  const hits = [];
  for (const { name, re } of SECRET_PATTERNS) {
    out = out.replace(re, (m) => { hits.push(name); return `[REDACTED:${name}]`; });
  }
  return { text: out, hits };
}

function normalise(s) {
  return String(s).replace(/\$HOME|\$\{HOME\}/g, '~').split(os.homedir()).join('~');
}

function assess(toolName, params, extraPaths) {
  const blob = normalise(typeof params === 'string' ? params : JSON.stringify(params || {}));
  const paths = SENSITIVE_PATHS.concat(extraPaths || []);
  const touched = paths.filter((p) => blob.includes(p));
  const secrets = SECRET_PATTERNS.filter(({ re }) => { re.lastIndex = 0; return re.test(blob); }).map((p) => p.name);
  const networky = NET_TOOLS.test(blob) || /^(web_fetch|browser)$/.test(toolName);
  if (touched.length && networky) return `reads ${touched.join(', ')} and uses the network`;
  if (secrets.length && networky) return `sends what looks like a secret (${secrets.join(', ')}) over the network`;
  if (touched.length && /^(exec|bash|read)$/.test(toolName)) return `reads a credential store (${touched.join(', ')})`;
  return null;
}

module.exports = {
  id: 'secret-guard',
  name: 'Secret Guard',
  register(api) {
    const cfg = Object.assign({ mode: 'block', extraPaths: [] }, api.pluginConfig || {});

    api.on('before_tool_call', (event) => {
      const reason = assess(event.toolName, event.params, cfg.extraPaths);
      if (!reason) return;
      api.logger.warn(`[secret-guard] ${event.toolName}: ${reason}`);
      if (cfg.mode === 'block') {
        return { block: true, blockReason: `Secret Guard blocked this call: it ${reason}. Ask the user to run it themselves if intended.` };
      }
    });

    api.on('message_sending', (event) => {
      if (typeof event.content !== 'string') return;
      const { text, hits } = redact(event.content);
      if (hits.length) {
        api.logger.warn(`[secret-guard] redacted ${hits.length} secret(s) from outgoing message`);
        return { content: text };
      }
    });
  },
  _test: { redact, assess }
};
