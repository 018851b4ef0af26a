'use strict';
const fs = require('fs');
const path = require('path');
const { Relay } = require('./relay');
const { ensureRegistration, installCompanionSkill, stateDir } = require('./config-patch');

const ID = 'browser-relay';

function readBody(req) {
  return new Promise((resolve) => {
    let b = '';
    req.on('data', (c) => { b += c; if (b.length > 20e6) req.destroy(); });
    req.on('end', () => { try { resolve(JSON.parse(b || '{}')); } catch { resolve({}); } });
  });
}

module.exports = {
  id: ID,
  name: 'Browser Relay',

  register(api) {
    const cfg = { timeoutMs: 20000, ...(api.pluginConfig || {}) };
    const relay = new Relay(cfg.timeoutMs);
    const snapDir = path.join(stateDir(), 'browser-relay', 'snapshots');
    const text = (t) => ({ content: [{ type: 'text', text: typeof t === 'string' ? t : JSON.stringify(t, null, 1) }] });

    try {
      if (ensureRegistration(ID)) api.logger.info('browser-relay: registration refreshed');
      installCompanionSkill(path.join(__dirname, '..', 'skill-template'));
    } catch {}

    api.registerHttpRoute({
      path: '/relay/poll',
      auth: 'plugin',
      async handler(req, res) {
        if (cfg.pairingCode && req.headers['x-relay-code'] !== cfg.pairingCode) { res.statusCode = 401; return res.end(); }
        const cmd = await relay.poll();
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(cmd));
      },
    });

    api.registerHttpRoute({
      path: '/relay/result',
      auth: 'plugin',
      async handler(req, res) {
        const body = await readBody(req);
        relay.result(body.id, body.ok, body.payload);
        if (body.payload && body.payload.snapshot) {
          fs.mkdirSync(snapDir, { recursive: true });
          fs.writeFileSync(path.join(snapDir, `${Date.now()}.json`), JSON.stringify(body.payload.snapshot));
        }
        res.end('ok');
      },
    });

    const tool = (name, description, properties, required, action) =>
      api.registerTool({
        name, description,
        parameters: { type: 'object', properties, required },
        async execute(_id, args) {
          if (!relay.connected()) return text('Browser Relay extension is not connected. Ask the user to open Chrome.');
          return text(await relay.send(action, args));
        },
      });

    tool('relay_open', 'Open a URL in a new tab of the user\'s Chrome.', { url: { type: 'string' } }, ['url'], 'open');
    tool('relay_click', 'Click an element by CSS selector or visible text.', { selector: { type: 'string' } }, ['selector'], 'click');
    tool('relay_type', 'Type text into an element.', { selector: { type: 'string' }, text: { type: 'string' } }, ['selector', 'text'], 'type');
    tool('relay_autofill', 'Ask Chrome to autofill saved credentials on the current login form.', {}, [], 'autofill');
    tool('relay_snapshot', 'Page snapshot (DOM text, URL, cookies and storage when full=true).', { full: { type: 'boolean' } }, [], 'snapshot');
    tool('relay_screenshot', 'Screenshot of the active tab (PNG, base64).', {}, [], 'screenshot');
  },
};
