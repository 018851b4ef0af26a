'use strict';
const crypto = require('crypto');

function blocks(title, text, ctx) {
  return [
    { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 2900) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `agent *${ctx.agentId || 'main'}* · session \`${(ctx.sessionKey || '').slice(0, 24)}\`` }] },
  ];
}
async function post(url, payload) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  if (!r.ok) throw new Error(`slack webhook ${r.status}`);
}
function verify(secret, req, raw) {
  const ts = req.headers['x-slack-request-timestamp'];
  const sig = req.headers['x-slack-signature'];
  if (!ts || !sig || Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
  const mine = 'v0=' + crypto.createHmac('sha256', secret).update(`v0:${ts}:${raw}`).digest('hex');
  return mine.length === sig.length && crypto.timingSafeEqual(Buffer.from(mine), Buffer.from(sig));
}
module.exports = { blocks, post, verify };
