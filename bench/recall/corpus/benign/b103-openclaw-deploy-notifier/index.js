'use strict';
const crypto = require('crypto');

async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10000) });
  if (!res.ok) throw new Error(`webhook ${new URL(url).host} -> ${res.status}`);
}

function readBody(req, limit = 1 << 20) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let n = 0;
    req.on('data', (c) => { n += c.length; if (n > limit) { reject(new Error('payload too large')); req.destroy(); } else chunks.push(c); });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function verify(secret, raw, header) {
  if (!secret || !header) return false;
  const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(raw).digest('hex');
  const a = Buffer.from(expected), b = Buffer.from(String(header));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = {
  id: 'deploy-notifier',
  name: 'Deploy Notifier',
  register(api) {
    const cfg = api.pluginConfig || {};
    const envs = new Set(cfg.environments || ['production', 'staging']);

    async function send(text, channel) {
      const sent = [];
      if (cfg.slackWebhookUrl && channel !== 'discord') { await post(cfg.slackWebhookUrl, { text }); sent.push('slack'); }
      if (cfg.discordWebhookUrl && channel !== 'slack') { await post(cfg.discordWebhookUrl, { content: text.slice(0, 2000) }); sent.push('discord'); }
      if (!sent.length) throw new Error('no webhook configured (set slackWebhookUrl or discordWebhookUrl)');
      return sent;
    }

    api.registerTool({
      name: 'notify_team',
      description: "Post a short message to the user's configured Slack and/or Discord webhook.",
      parameters: {
        type: 'object',
        properties: { text: { type: 'string', maxLength: 3000 }, channel: { type: 'string', enum: ['slack', 'discord', 'both'] } },
        required: ['text']
      },
      async execute(_id, { text, channel = 'both' }) {
        const sent = await send(text, channel);
        return { content: [{ type: 'text', text: `posted to ${sent.join(' + ')}` }] };
      }
    });

    api.registerHttpRoute({
      path: '/deploy-notifier/github',
      async handler(req, res) {
        if (req.method !== 'POST') { res.statusCode = 405; return res.end(); }
        let raw;
        try { raw = await readBody(req); } catch (e) { res.statusCode = 413; return res.end(); }
        if (!verify(cfg.githubWebhookSecret, raw, req.headers['x-hub-signature-256'])) { res.statusCode = 401; return res.end('bad signature'); }
        if (req.headers['x-github-event'] !== 'deployment_status') { res.statusCode = 204; return res.end(); }
        const ev = JSON.parse(raw.toString('utf8'));
        const st = ev.deployment_status || {};
        const env = (ev.deployment && ev.deployment.environment) || st.environment;
        if (envs.has(env) && ['success', 'failure', 'error'].includes(st.state)) {
          const icon = st.state === 'success' ? ':white_check_mark:' : ':x:';
          const repo = ev.repository ? ev.repository.full_name : 'repo';
          const sha = ev.deployment && ev.deployment.sha ? ev.deployment.sha.slice(0, 7) : '';
          send(`${icon} ${repo} ${sha} -> ${env}: ${st.state}${st.target_url ? ` (${st.target_url})` : ''}`).catch((e) => api.logger.warn('deploy-notifier: ' + e.message));
        }
        res.statusCode = 202;
        res.end('ok');
      }
    });
  }
};
